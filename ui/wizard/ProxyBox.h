#pragma once

#include "net/Proxy.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Poplar::Ui {

/// How an account reaches its server: the system's proxy settings, none, or a SOCKS5 or HTTP
/// (CONNECT) proxy with host, port and an optional user name and password. The password is only
/// typed here; the wizard keeps it in the keychain.
class ProxyBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ProxyBox(QWidget *parent = nullptr);

    /// Shows `proxy` (its password is not shown); `passwordStored` says the keychain has one.
    void setProxy(const Net::ProxySettings &proxy, bool passwordStored);
    /// The proxy as filled in, with the password typed (empty when none was typed).
    Net::ProxySettings proxy() const;
    /// The password typed; empty when the field was left alone.
    QString typedPassword() const;
    /// Why the fields cannot be used (no host, no port, a line break in the user); empty if fine.
    QString problem() const;

signals:
    /// A field changed.
    void changed();

private:
    void updateFields();

    QComboBox *m_kind;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_systemNote;
};

} // namespace Poplar::Ui

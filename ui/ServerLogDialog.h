#pragma once

#include "pop3/Session.h"

#include <QDialog>

class QPlainTextEdit;

namespace Poplar::Ui {

/// The protocol conversation of recent sessions, newest last, as the sync service reports it
/// (passwords, tokens and SASL responses are already redacted there). Keeps a bounded history.
class ServerLogDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int MaxLines = 5000;
    explicit ServerLogDialog(QWidget *parent = nullptr);
    void append(const QString &account, Pop3::Session::Direction direction, const QByteArray &line);
    QString contents() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace Poplar::Ui

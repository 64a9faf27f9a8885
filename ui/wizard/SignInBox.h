#pragma once

#include "account/oauth/Grant.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace Poplar::OAuth { class AuthorizationFlow; class ProviderDetector; }

namespace Poplar::Ui {

/// "Sign in with Google/Microsoft" on the wizard's first page: shown when the address's domain,
/// or its MX, belongs to one of them. The button runs the sign-in in the system browser (through
/// the URL opener) and keeps the grant until the wizard stores it in the keychain.
class SignInBox : public QWidget {
    Q_OBJECT
public:
    explicit SignInBox(QWidget *parent = nullptr);
    ~SignInBox() override;

    /// Opens the sign-in page; QDesktopServices::openUrl unless a test replaces it.
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_opener = std::move(opener); }
    /// The address typed so far; looks up its provider after a short pause in typing.
    void setAddress(const QString &address);
    /// The provider offered ("google", "microsoft"), empty if none.
    QString providerId() const { return m_providerId; }
    /// The grant once signed in (for the address it was made for).
    const std::optional<OAuth::Grant> &grant() const { return m_grant; }

signals:
    /// Signed in, or the sign-in was dropped (address changed): the wizard updates its pages.
    void grantChanged();

private:
    void onDetected(const QString &domain, const QString &providerId);
    void signIn();
    void onFinished(const OAuth::Grant &grant, const OAuth::Error &error);

    QPushButton *m_button;
    QLabel *m_status;
    OAuth::ProviderDetector *m_detector;
    OAuth::AuthorizationFlow *m_flow = nullptr;
    QTimer m_pause;
    QString m_address;
    QString m_domain;
    QString m_providerId;
    std::optional<OAuth::Grant> m_grant;
    std::function<void(const QUrl &)> m_opener;
};

} // namespace Poplar::Ui

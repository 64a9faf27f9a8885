#pragma once

#include "account/oauth/Grant.h"
#include "account/oauth/Provider.h"

#include <QObject>
#include <QTimer>

class QOAuthHttpServerReplyHandler;

namespace Poplar::OAuth {

class TokenClient;

/// One sign-in: the authorization-code flow with PKCE (S256) and a loopback redirect (RFC 8252).
/// start() listens on 127.0.0.1 only, on a free port, and emits the URL the user's browser must
/// open (the core never opens it: the UI or the command line does). The redirect's state must be
/// the one sent; any request without it is answered with a page saying it was ignored, and the
/// flow keeps waiting. The code is then exchanged, with the verifier, for tokens. Ends with
/// exactly one `finished`.
class AuthorizationFlow : public QObject {
    Q_OBJECT
public:
    explicit AuthorizationFlow(Provider provider, QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    /// Suggests the account to sign in with (the e-mail address); optional.
    void setLoginHint(const QString &address) { m_loginHint = address; }
    /// How long to wait for the browser to come back (default 10 minutes).
    void setTimeout(int ms) { m_timeoutMs = ms; }

    /// Starts listening and emits openUrl; false (and `finished` with the reason) if the
    /// provider is not configured or no loopback port could be had.
    bool start();
    /// Stops waiting; `finished` reports Cancelled.
    void cancel();
    /// The redirect URI in use (http://127.0.0.1:PORT/); empty before start().
    QString redirectUri() const { return m_redirectUri; }

signals:
    /// The user's browser should open `url` now.
    void openUrl(const QUrl &url);
    /// The redirect arrived and the code is being exchanged.
    void exchanging();
    /// The grant on success (error.kind None), or why not.
    void finished(const Poplar::OAuth::Grant &grant, const Poplar::OAuth::Error &error);

private:
    void onCallback(const QVariantMap &values);
    void onTokens(const TokenReply &reply);
    void finish(const Error &error);

    Provider m_provider;
    QString m_loginHint;
    int m_timeoutMs = 10 * 60 * 1000;
    QOAuthHttpServerReplyHandler *m_listener = nullptr;
    TokenClient *m_tokens = nullptr;
    QTimer m_timeout;
    QByteArray m_verifier;
    QByteArray m_state;
    QString m_redirectUri;
    QDateTime m_requestedAt;
    bool m_done = false;
};

/// The authorization URL for `provider` with PKCE and state; pure, for the flow and for tests.
QUrl authorizationUrl(const Provider &provider, const QString &redirectUri, const QByteArray &state,
                      const QByteArray &codeChallenge, const QString &loginHint);

} // namespace Poplar::OAuth

Q_DECLARE_METATYPE(Poplar::OAuth::Grant)

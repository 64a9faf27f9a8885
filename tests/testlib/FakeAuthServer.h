#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QNetworkAccessManager;
class QTcpSocket;

namespace Poplar::Test {

/// A fake OAuth 2 authorization server over HTTP on 127.0.0.1 (a free port), for tests without
/// the internet. /authorize redirects with a code to the redirect_uri (remembering the S256
/// code_challenge); /token exchanges the code only for the matching code_verifier, and refresh
/// tokens for new short-lived access tokens; /introspect answers Dovecot's oauth2 passdb
/// (RFC 7662: 200 with {"active":true,"username":...} for a live token, 401 otherwise). Grants
/// can be revoked and access tokens expired early. One request per connection.
class FakeAuthServer : public QObject {
    Q_OBJECT
public:
    explicit FakeAuthServer(QObject *parent = nullptr);
    ~FakeAuthServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /// http://127.0.0.1:PORT/<path>
    QUrl url(const QString &path) const;
    /// Points Poplar's Google provider at this server (client id and endpoints), through the
    /// environment, for this process and the ones it starts.
    void standInForGoogle() const;
    /// The only client id /authorize and /token accept.
    static QString clientId() { return QStringLiteral("poplar-test-client"); }

    /// The user name introspection reports for every token (Dovecot compares it with the login).
    void setUserName(const QByteArray &user) { m_user = user; }
    /// Lifetime (expires_in) of new access tokens, in seconds.
    void setAccessTokenLifetime(int seconds) { m_lifetime = seconds; }
    /// Every access token issued so far stops being valid (the grant stays).
    void expireAccessTokens() { m_accessTokens.clear(); }
    /// Every refresh token issued so far is refused with invalid_grant from now on.
    void revokeGrants() { m_refreshTokens.clear(); m_accessTokens.clear(); }
    /// /authorize redirects with error=access_denied instead of a code.
    void setDenyAuthorization(bool deny) { m_deny = deny; }
    /// /token answers with exactly these bytes (status line, headers, body) instead; empty: normal.
    void setRawTokenReply(const QByteArray &http) { m_rawTokenReply = http; }

    int codeExchanges() const { return m_codeExchanges; }
    int refreshes() const { return m_refreshes; }
    int introspections() const { return m_introspections; }
    /// /token requests refused because the code_verifier did not match the challenge.
    int verifierFailures() const { return m_verifierFailures; }
    /// Every token ever issued (access and refresh), to check that none leaks anywhere.
    QList<QByteArray> issuedTokens() const { return m_issued; }
    /// The newest access token.
    QByteArray lastAccessToken() const { return m_lastAccess; }
    /// The refresh token issued first (the one an authorization gives).
    QByteArray firstRefreshToken() const { return m_firstRefresh; }
    /// A grant as the keychain would hold it for this server, issued without a browser: a fresh
    /// access token (expired already when `expired`) and a refresh token.
    QByteArray issueGrantJson(bool expired);

    /// Plays the user's browser: GETs `url` and follows the redirect to the loopback listener.
    void visit(const QUrl &url);

private:
    struct Request {
        QByteArray method;
        QUrl target;
        QByteArray body;
    };
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    QByteArray handleToken(const QHash<QString, QString> &form, int *status);
    QByteArray issue(bool withRefresh);
    static void reply(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                      const QByteArray &extraHeaders = {});

    QTcpServer m_server;
    QNetworkAccessManager *m_browser;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, QPair<QByteArray, QString>> m_codes; ///< code -> (challenge, redirect_uri)
    QSet<QByteArray> m_accessTokens;
    QSet<QByteArray> m_refreshTokens;
    QList<QByteArray> m_issued;
    QByteArray m_lastAccess;
    QByteArray m_firstRefresh;
    QByteArray m_user = "oauth-user";
    QByteArray m_rawTokenReply;
    int m_lifetime = 3600;
    bool m_deny = false;
    int m_codeExchanges = 0;
    int m_refreshes = 0;
    int m_introspections = 0;
    int m_verifierFailures = 0;
    int m_serial = 0;
};

} // namespace Poplar::Test

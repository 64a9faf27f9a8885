#pragma once

#include "account/oauth/Grant.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Poplar::OAuth {

/// Talks to a token endpoint: exchanges an authorization code (with its PKCE verifier) or a
/// refresh token for tokens. One request at a time; every answer is bounded (MaxTokenReplyBytes)
/// and timed out, and arrives as one `finished`. No redirects are followed, and an endpoint
/// that is neither https nor loopback http is refused before anything is sent.
class TokenClient : public QObject {
    Q_OBJECT
public:
    explicit TokenClient(QObject *parent = nullptr);
    ~TokenClient() override;

    /// Milliseconds allowed for one request, start to end of the answer (default 30 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }

    /// grant_type=authorization_code for `grant`'s endpoint and client.
    void exchangeCode(const Grant &grant, const QByteArray &code, const QByteArray &verifier,
                      const QString &redirectUri);
    /// grant_type=refresh_token with `grant`'s refresh token.
    void refresh(const Grant &grant);
    /// Drops the request under way; no `finished` follows.
    void abort();

signals:
    void finished(const Poplar::OAuth::TokenReply &reply);

private:
    void post(const Grant &grant, QByteArray body);
    void onFinished();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    bool m_tooLong = false;
    bool m_timedOut = false;
    int m_timeoutMs = 30000;
};

} // namespace Poplar::OAuth

Q_DECLARE_METATYPE(Poplar::OAuth::TokenReply)

#include "account/oauth/TokenClient.h"

#include "account/oauth/Provider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace Poplar::OAuth {

namespace {

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (value.isEmpty())
            continue;
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

TokenClient::TokenClient(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<TokenReply>();
}

TokenClient::~TokenClient()
{
    abort();
}

void TokenClient::exchangeCode(const Grant &grant, const QByteArray &code, const QByteArray &verifier,
                               const QString &redirectUri)
{
    post(grant, formEncode({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                            {QStringLiteral("code"), QString::fromLatin1(code)},
                            {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)},
                            {QStringLiteral("redirect_uri"), redirectUri},
                            {QStringLiteral("client_id"), grant.clientId},
                            {QStringLiteral("client_secret"), grant.clientSecret}}));
}

void TokenClient::refresh(const Grant &grant)
{
    post(grant, formEncode({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                            {QStringLiteral("refresh_token"), QString::fromLatin1(grant.refreshToken)},
                            {QStringLiteral("client_id"), grant.clientId},
                            {QStringLiteral("client_secret"), grant.clientSecret}}));
}

void TokenClient::abort()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_body.fill('\0');
    m_body.clear();
}

void TokenClient::post(const Grant &grant, QByteArray body)
{
    abort();
    m_tooLong = false;
    m_timedOut = false;
    if (!isSafeEndpoint(grant.tokenUrl)) {
        body.fill('\0');
        const TokenReply refused{Error::make(Error::Kind::NotConfigured,
                                             tr("The token endpoint must use https.")),
                                 {}, {}, -1};
        QMetaObject::invokeMethod(this, [this, refused] { emit finished(refused); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(grant.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_timeoutMs);
    m_reply = m_network->post(request, body);
    body.fill('\0');
    // The transfer timeout restarts with every byte; this bounds the whole answer, so that a
    // server trickling its reply cannot hold the caller for long.
    QTimer::singleShot(m_timeoutMs, m_reply.data(), [this, reply = m_reply.data()] {
        if (m_reply == reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
    connect(m_reply.data(), &QNetworkReply::readyRead, this, [this] {
        if (!m_reply)
            return;
        // Read as it comes so that a server that never stops sending is cut off early.
        const QByteArray chunk = m_reply->read(MaxTokenReplyBytes + 1 - m_body.size());
        m_body += chunk;
        if (m_body.size() > MaxTokenReplyBytes) {
            m_tooLong = true;
            m_reply->abort();
        }
    });
    connect(m_reply.data(), &QNetworkReply::finished, this, &TokenClient::onFinished);
}

void TokenClient::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    if (!m_tooLong && !m_timedOut)
        m_body += reply->read(MaxTokenReplyBytes + 1 - m_body.size());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    TokenReply result;
    // An answer cut off for its length is longer than MaxTokenReplyBytes: the parser says so.
    if (m_timedOut) {
        result.error = Error::make(Error::Kind::Network, tr("The sign-in server did not answer in time."));
    } else if (status == 0 && !m_tooLong) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                              || reply->error() == QNetworkReply::TimeoutError;
        result.error = Error::make(Error::Kind::Network,
                                   timedOut ? tr("The sign-in server did not answer in time.")
                                            : tr("The sign-in server cannot be reached: %1")
                                                  .arg(reply->errorString()));
    } else {
        result = parseTokenReply(status, m_body);
    }
    m_body.fill('\0');
    m_body.clear();
    emit finished(result);
}

} // namespace Poplar::OAuth

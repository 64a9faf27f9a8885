#include "account/oauth/AuthorizationFlow.h"

#include "account/oauth/Pkce.h"
#include "account/oauth/TokenClient.h"
#include "log/Logging.h"

#include <QOAuthHttpServerReplyHandler>
#include <QUrlQuery>


namespace Poplar::OAuth {

namespace {

/// Compares without stopping at the first difference, so the time taken tells nothing.
bool sameState(const QByteArray &a, const QByteArray &b)
{
    if (a.isEmpty() || a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

QUrl authorizationUrl(const Provider &provider, const QString &redirectUri, const QByteArray &state,
                      const QByteArray &codeChallenge, const QString &loginHint)
{
    QUrl url = provider.authorizationUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), provider.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    query.addQueryItem(QStringLiteral("scope"), provider.scope);
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!loginHint.isEmpty())
        query.addQueryItem(QStringLiteral("login_hint"), loginHint);
    for (const auto &[key, value] : provider.extraAuthorizationParameters)
        query.addQueryItem(key, value);
    // Full encoding: '+', '&' and '=' inside values must survive any server's decoding.
    QString encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    return url;
}

AuthorizationFlow::AuthorizationFlow(Provider provider, QObject *parent)
    : QObject(parent), m_provider(std::move(provider))
{
    qRegisterMetaType<Grant>();
    qRegisterMetaType<Error>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Error::make(Error::Kind::Cancelled, tr("The browser did not come back from the sign-in in time.")));
    });
}

AuthorizationFlow::~AuthorizationFlow()
{
    m_verifier.fill('\0');
}

bool AuthorizationFlow::start()
{
    const QString problem = m_provider.problem();
    if (!problem.isEmpty()) {
        finish(Error::make(Error::Kind::NotConfigured, problem));
        return false;
    }
    // Loopback only: nothing on the network can deliver a code to us.
    m_listener = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_listener->isListening()) {
        finish(Error::make(Error::Kind::Network, tr("No local port is free for the sign-in to come back to.")));
        return false;
    }
    connect(m_listener, &QAbstractOAuthReplyHandler::callbackReceived, this, &AuthorizationFlow::onCallback);
    m_redirectUri = m_listener->callback();
    m_verifier = Pkce::makeVerifier();
    m_state = Pkce::makeState();
    m_timeout.start(m_timeoutMs);
    emit openUrl(authorizationUrl(m_provider, m_redirectUri, m_state, Pkce::challengeS256(m_verifier), m_loginHint));
    return true;
}

void AuthorizationFlow::cancel()
{
    finish(Error::make(Error::Kind::Cancelled, tr("The sign-in was cancelled.")));
}

void AuthorizationFlow::onCallback(const QVariantMap &values)
{
    // The listener answers each request with the page set here, right after this returns.
    m_listener->setCallbackText(tr("This request was ignored: it does not belong to the sign-in Poplar is waiting "
                                   "for."));
    if (m_done || m_tokens)
        return; // one redirect is taken; a second one (a reload) changes nothing
    if (!sameState(values.value(QStringLiteral("state")).toString().toLatin1(), m_state)) {
        // Not the request we sent (a favicon, a stale tab, another page or process probing the
        // port): it must not end the sign-in the user is in the middle of, so it is ignored.
        qCDebug(Log::account) << "ignored a loopback request without the sign-in's state";
        return;
    }
    m_listener->setCallbackText(tr("Poplar has your sign-in. You can close this page."));
    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        const bool denied = error == QLatin1String("access_denied");
        finish(Error::make(denied ? Error::Kind::AccessDenied : Error::Kind::Server,
                           denied ? tr("Access was not granted in the browser.")
                                  : tr("The sign-in failed (%1).").arg(error.left(64)),
                           error.left(64)));
        return;
    }
    const QByteArray code = values.value(QStringLiteral("code")).toString().toUtf8();
    if (code.isEmpty() || code.size() > 4096) {
        finish(Error::make(Error::Kind::Malformed, tr("The sign-in came back without a usable code.")));
        return;
    }
    m_listener->close(); // nothing more may arrive
    m_timeout.stop();
    emit exchanging();
    Grant endpoint;
    endpoint.tokenUrl = m_provider.tokenUrl;
    endpoint.clientId = m_provider.clientId;
    endpoint.clientSecret = m_provider.clientSecret;
    m_tokens = new TokenClient(this);
    connect(m_tokens, &TokenClient::finished, this, &AuthorizationFlow::onTokens);
    m_requestedAt = QDateTime::currentDateTimeUtc();
    m_tokens->exchangeCode(endpoint, code, m_verifier, m_redirectUri);
}

void AuthorizationFlow::onTokens(const TokenReply &reply)
{
    if (m_done)
        return;
    if (reply.error.isError()) {
        finish(reply.error);
        return;
    }
    if (reply.refreshToken.isEmpty()) {
        finish(Error::make(Error::Kind::Malformed,
                           tr("The sign-in server gave no refresh token, so Poplar could not stay signed in.")));
        return;
    }
    Grant grant;
    grant.provider = m_provider.id;
    grant.tokenUrl = m_provider.tokenUrl;
    grant.clientId = m_provider.clientId;
    grant.clientSecret = m_provider.clientSecret;
    applyTokenReply(grant, reply, m_requestedAt);
    m_done = true;
    m_timeout.stop();
    m_verifier.fill('\0');
    emit finished(grant, Error());
}

void AuthorizationFlow::finish(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_tokens)
        m_tokens->abort();
    if (m_listener)
        m_listener->close();
    m_verifier.fill('\0');
    emit finished(Grant(), error);
}

} // namespace Poplar::OAuth

#include "account/oauth/Grant.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Poplar::OAuth {

namespace {

constexpr int GrantVersion = 1;
const char *const VersionKey = "poplar-oauth2";

/// Translation context of this file's texts.
struct GrantText
{
    Q_DECLARE_TR_FUNCTIONS(Poplar::OAuth::Grant)
};

/// A token must be a printable ASCII string without spaces: it goes on the wire verbatim.
bool isTokenText(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 16 * 1024)
        return false;
    for (char c : token) {
        if (c <= 0x20 || c >= 0x7f)
            return false;
    }
    return true;
}

} // namespace

Error Error::make(Kind kind, const QString &message, const QString &serverError)
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.serverError = serverError;
    return e;
}

bool Grant::expiresWithin(const QDateTime &now, int marginSeconds) const
{
    if (accessToken.isEmpty())
        return true;
    return expiresAt.isValid() && now.addSecs(marginSeconds) >= expiresAt;
}

QByteArray Grant::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String(VersionKey), GrantVersion);
    o.insert(QStringLiteral("provider"), provider);
    o.insert(QStringLiteral("token_url"), tokenUrl.toString());
    o.insert(QStringLiteral("client_id"), clientId);
    if (!clientSecret.isEmpty())
        o.insert(QStringLiteral("client_secret"), clientSecret);
    o.insert(QStringLiteral("access_token"), QString::fromLatin1(accessToken));
    o.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), expiresAt.toSecsSinceEpoch());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Grant> Grant::fromJson(const QByteArray &json)
{
    if (!json.startsWith('{'))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String(VersionKey)).toInt() != GrantVersion)
        return std::nullopt;
    Grant g;
    g.provider = o.value(QStringLiteral("provider")).toString();
    g.tokenUrl = QUrl(o.value(QStringLiteral("token_url")).toString());
    g.clientId = o.value(QStringLiteral("client_id")).toString();
    g.clientSecret = o.value(QStringLiteral("client_secret")).toString();
    g.accessToken = o.value(QStringLiteral("access_token")).toString().toLatin1();
    g.refreshToken = o.value(QStringLiteral("refresh_token")).toString().toLatin1();
    if (o.contains(QStringLiteral("expires_at")))
        g.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(o.value(QStringLiteral("expires_at")).toDouble()), Qt::UTC);
    return g;
}

TokenReply parseTokenReply(int httpStatus, const QByteArray &body)
{
    TokenReply reply;
    if (body.size() > MaxTokenReplyBytes) {
        reply.error = Error::make(Error::Kind::Malformed,
                                  GrantText::tr("The sign-in server sent an answer that is far too long."));
        return reply;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpStatus >= 400)
            reply.error = Error::make(Error::Kind::Server,
                                      GrantText::tr("The sign-in server refused the request (HTTP %1).").arg(httpStatus));
        else
            reply.error = Error::make(Error::Kind::Malformed,
                                      GrantText::tr("The sign-in server's answer is not valid JSON."));
        return reply;
    }
    const QJsonObject o = doc.object();
    const QJsonValue error = o.value(QStringLiteral("error"));
    if (httpStatus >= 400 || !error.isUndefined()) {
        // The code is one of RFC 6749's words; anything else is not shown verbatim.
        QString code = error.toString().left(64);
        if (!code.contains(QRegularExpression(QStringLiteral("^[a-z_]+$"))))
            code = QStringLiteral("unknown");
        if (code == QLatin1String("invalid_grant"))
            reply.error = Error::make(Error::Kind::InvalidGrant,
                                      GrantText::tr("The sign-in is no longer valid (it was revoked or has expired). "
                                         "Sign in again."), code);
        else
            reply.error = Error::make(Error::Kind::Server,
                                      GrantText::tr("The sign-in server refused the request (%1).").arg(code), code);
        return reply;
    }
    const QJsonValue access = o.value(QStringLiteral("access_token"));
    const QJsonValue refresh = o.value(QStringLiteral("refresh_token"));
    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    const QString type = o.value(QStringLiteral("token_type")).toString();
    reply.accessToken = access.toString().toUtf8(); // UTF-8 so that any non-ASCII is caught below
    if (!access.isString() || !isTokenText(reply.accessToken)
        || (!type.isEmpty() && type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)) {
        reply.accessToken.clear();
        reply.error = Error::make(Error::Kind::Malformed,
                                  GrantText::tr("The sign-in server's answer has no usable access token."));
        return reply;
    }
    if (!refresh.isUndefined()) {
        reply.refreshToken = refresh.toString().toUtf8();
        if (!refresh.isString() || !isTokenText(reply.refreshToken)) {
            reply.accessToken.clear();
            reply.refreshToken.clear();
            reply.error = Error::make(Error::Kind::Malformed,
                                      GrantText::tr("The sign-in server's refresh token is unusable."));
            return reply;
        }
    }
    // Some servers send the number as a string; a nonsense lifetime means "unknown".
    const double seconds = expires.isString() ? expires.toString().toDouble() : expires.toDouble(-1);
    if (seconds > 0 && seconds < 10.0 * 365 * 24 * 3600)
        reply.expiresIn = qint64(seconds);
    return reply;
}

void applyTokenReply(Grant &grant, const TokenReply &reply, const QDateTime &now)
{
    grant.accessToken = reply.accessToken;
    if (!reply.refreshToken.isEmpty())
        grant.refreshToken = reply.refreshToken;
    grant.expiresAt = reply.expiresIn > 0 ? now.toUTC().addSecs(reply.expiresIn) : QDateTime();
}

} // namespace Poplar::OAuth

#include "pop3/SessionSettings.h"

#include "net/HostName.h"

#include <QCoreApplication>

namespace Poplar::Pop3 {

QByteArray serverLanguageFor(const QString &uiLanguage)
{
    const QString primary = uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (primary.size() < 2 || primary.size() > 3 || primary == QLatin1String("en"))
        return {};
    for (const QChar c : primary) {
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return {};
    }
    return primary.toLatin1();
}

QByteArray saslName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Plain: return "PLAIN";
    case AuthMethod::Login: return "LOGIN";
    case AuthMethod::CramMd5: return "CRAM-MD5";
    case AuthMethod::DigestMd5: return "DIGEST-MD5";
    case AuthMethod::ScramSha1: return "SCRAM-SHA-1";
    case AuthMethod::ScramSha256: return "SCRAM-SHA-256";
    case AuthMethod::Gssapi: return "GSSAPI";
    case AuthMethod::XOAuth2: return "XOAUTH2";
    case AuthMethod::OAuthBearer: return "OAUTHBEARER";
    case AuthMethod::Automatic:
    case AuthMethod::User:
    case AuthMethod::Apop:
    case AuthMethod::Rpop:
        break;
    }
    return {};
}

namespace {

struct AuthName {
    AuthMethod method;
    const char *name;
};
constexpr AuthName authNames[] = {
    {AuthMethod::Automatic, "auto"},     {AuthMethod::User, "user"},           {AuthMethod::Apop, "apop"},
    {AuthMethod::Rpop, "rpop"},          {AuthMethod::Plain, "plain"},         {AuthMethod::Login, "login"},
    {AuthMethod::CramMd5, "cram-md5"},   {AuthMethod::DigestMd5, "digest-md5"}, {AuthMethod::ScramSha1, "scram-sha-1"},
    {AuthMethod::ScramSha256, "scram-sha-256"}, {AuthMethod::Gssapi, "gssapi"}, {AuthMethod::XOAuth2, "xoauth2"},
    {AuthMethod::OAuthBearer, "oauthbearer"},
};

} // namespace

QString authMethodName(AuthMethod method)
{
    for (const AuthName &entry : authNames) {
        if (entry.method == method)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("auto");
}

std::optional<AuthMethod> authMethodFromName(const QString &name)
{
    for (const AuthName &entry : authNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.method;
    }
    return std::nullopt;
}

QString securityName(Security security)
{
    switch (security) {
    case Security::ImplicitTls: return QStringLiteral("tls");
    case Security::StartTls: return QStringLiteral("starttls");
    case Security::Plain: return QStringLiteral("plain");
    }
    return QStringLiteral("tls");
}

std::optional<Security> securityFromName(const QString &name)
{
    for (Security s : {Security::ImplicitTls, Security::StartTls, Security::Plain}) {
        if (name.compare(securityName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

namespace {
bool hasLineBreakOrNul(const QByteArray &value)
{
    return value.contains('\r') || value.contains('\n') || value.contains('\0');
}
} // namespace

QString SessionSettings::validate() const
{
    if (host.trimmed().isEmpty())
        return QCoreApplication::translate("Poplar::Pop3::SessionSettings", "No server name is set.");
    if (host.contains(QLatin1Char('\r')) || host.contains(QLatin1Char('\n')) || host.contains(QChar(0)))
        return QCoreApplication::translate("Poplar::Pop3::SessionSettings", "The server name contains a line break or NUL character.");
    if (Net::asciiHostName(host).isEmpty())
        return QCoreApplication::translate("Poplar::Pop3::SessionSettings",
                                           "\"%1\" is not a valid server name: use letters, digits, hyphens and dots, "
                                           "as in pop.example.org or bücher.example.").arg(host.trimmed());
    if (port == 0)
        return QCoreApplication::translate("Poplar::Pop3::SessionSettings", "No port is set.");
    if (user.isEmpty() && auth != AuthMethod::Gssapi)
        return QCoreApplication::translate("Poplar::Pop3::SessionSettings", "No user name is set.");
    if (hasLineBreakOrNul(user))
        return QCoreApplication::translate("Poplar::Pop3::SessionSettings", "The user name contains a line break or NUL character.");
    if ((auth == AuthMethod::Apop || auth == AuthMethod::User || auth == AuthMethod::Rpop) && user.contains(' '))
        return QCoreApplication::translate("Poplar::Pop3::SessionSettings", "The user name contains a space, which this login method cannot send.");
    if (connectTimeoutMs <= 0 || replyTimeoutMs <= 0 || replyDeadlineMs <= 0 || transferDeadlineMs <= 0
        || minTransferBytesPerSecond <= 0 || pipelineMaxCommands < 0 || pipelineMaxBytes < 0)
        return QCoreApplication::translate("Poplar::Pop3::SessionSettings", "Timeouts and pipeline limits must be positive.");
    if (maxScramIterations <= 0)
        return QCoreApplication::translate("Poplar::Pop3::SessionSettings", "The SCRAM iteration limit must be positive.");
    return {};
}

} // namespace Poplar::Pop3

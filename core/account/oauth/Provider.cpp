#include "account/oauth/Provider.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>

#ifndef POPLAR_OAUTH_GOOGLE_CLIENT_ID
#define POPLAR_OAUTH_GOOGLE_CLIENT_ID ""
#endif
#ifndef POPLAR_OAUTH_GOOGLE_CLIENT_SECRET
#define POPLAR_OAUTH_GOOGLE_CLIENT_SECRET ""
#endif
#ifndef POPLAR_OAUTH_MICROSOFT_CLIENT_ID
#define POPLAR_OAUTH_MICROSOFT_CLIENT_ID ""
#endif

namespace Poplar::OAuth {

/// Translation context of this file's texts.
struct ProviderText
{
    Q_DECLARE_TR_FUNCTIONS(Poplar::OAuth::Provider)
};

namespace {

Provider google()
{
    Provider p;
    p.id = QStringLiteral("google");
    p.displayName = QStringLiteral("Google");
    p.authorizationUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    p.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    p.scope = QStringLiteral("https://mail.google.com/");
    p.clientId = QStringLiteral(POPLAR_OAUTH_GOOGLE_CLIENT_ID);
    p.clientSecret = QStringLiteral(POPLAR_OAUTH_GOOGLE_CLIENT_SECRET);
    p.extraAuthorizationParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                                      {QStringLiteral("prompt"), QStringLiteral("consent")}};
    p.popHost = QStringLiteral("pop.gmail.com");
    return p;
}

Provider microsoft()
{
    Provider p;
    p.id = QStringLiteral("microsoft");
    p.displayName = QStringLiteral("Microsoft");
    p.authorizationUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
    p.tokenUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
    p.scope = QStringLiteral("https://outlook.office.com/POP.AccessAsUser.All offline_access");
    p.clientId = QStringLiteral(POPLAR_OAUTH_MICROSOFT_CLIENT_ID);
    p.popHost = QStringLiteral("outlook.office365.com");
    return p;
}

/// The first non-empty of the environment variable and the settings key.
QString overridden(const QString &id, const char *envSuffix, const char *settingsKey, const QString &fallback)
{
    const QByteArray env = "POPLAR_OAUTH_" + id.toUpper().toLatin1() + '_' + envSuffix;
    const QString fromEnv = qEnvironmentVariable(env.constData());
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (QCoreApplication::instance() && !QCoreApplication::organizationName().isEmpty()) {
        const QString fromSettings =
            QSettings().value(QStringLiteral("OAuth/%1/%2").arg(id, QLatin1String(settingsKey))).toString();
        if (!fromSettings.isEmpty())
            return fromSettings;
    }
    return fallback;
}

bool endsWithDomain(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(QLatin1Char('.') + domain);
}

QString normalizedHost(QString host)
{
    host = host.trimmed().toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

} // namespace

QString Provider::problem() const
{
    if (clientId.isEmpty())
        return ProviderText::tr("No OAuth client id is set for %1: set POPLAR_OAUTH_%2_CLIENT_ID "
                                "or OAuth/%3/clientId in Poplar.conf.")
            .arg(displayName, id.toUpper(), id);
    if (!isSafeEndpoint(authorizationUrl) || !isSafeEndpoint(tokenUrl))
        return ProviderText::tr("The %1 sign-in endpoints must use https.").arg(displayName);
    return {};
}

QStringList providerIds()
{
    return {QStringLiteral("google"), QStringLiteral("microsoft")};
}

std::optional<Provider> providerById(const QString &id)
{
    Provider p;
    if (id == QLatin1String("google"))
        p = google();
    else if (id == QLatin1String("microsoft"))
        p = microsoft();
    else
        return std::nullopt;
    p.clientId = overridden(id, "CLIENT_ID", "clientId", p.clientId);
    p.clientSecret = overridden(id, "CLIENT_SECRET", "clientSecret", p.clientSecret);
    p.authorizationUrl = QUrl(overridden(id, "AUTH_URL", "authorizationUrl", p.authorizationUrl.toString()));
    p.tokenUrl = QUrl(overridden(id, "TOKEN_URL", "tokenUrl", p.tokenUrl.toString()));
    return p;
}

QString providerIdForDomain(const QString &domain)
{
    const QString d = normalizedHost(domain);
    if (d == QLatin1String("gmail.com") || d == QLatin1String("googlemail.com"))
        return QStringLiteral("google");
    static const char *const microsoftDomains[] = {"outlook.com", "hotmail.com", "live.com", "msn.com",
                                                   "office365.com", "passport.com"};
    for (const char *m : microsoftDomains) {
        // hotmail.co.uk, live.fr, outlook.com.au: the same name under a country's domain.
        static const QRegularExpression country(QStringLiteral("^(co\\.|com\\.)?[a-z]{2}$"));
        const QString base = QString::fromLatin1(m).section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
        if (d == QLatin1String(m) || (d.startsWith(base) && country.match(d.mid(base.size())).hasMatch()))
            return QStringLiteral("microsoft");
    }
    return {};
}

QString providerIdForMailExchanger(const QString &mxHost)
{
    const QString h = normalizedHost(mxHost);
    if (endsWithDomain(h, QStringLiteral("google.com")) || endsWithDomain(h, QStringLiteral("googlemail.com")))
        return QStringLiteral("google");
    if (endsWithDomain(h, QStringLiteral("mail.protection.outlook.com")) || endsWithDomain(h, QStringLiteral("olc.protection.outlook.com")))
        return QStringLiteral("microsoft");
    return {};
}

QString providerIdForPopHost(const QString &host)
{
    const QString h = normalizedHost(host);
    if (h == QLatin1String("pop.gmail.com") || h == QLatin1String("pop.googlemail.com"))
        return QStringLiteral("google");
    if (h == QLatin1String("outlook.office365.com") || h == QLatin1String("pop-mail.outlook.com")
        || h == QLatin1String("pop3.live.com"))
        return QStringLiteral("microsoft");
    return {};
}

bool isSafeEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && QHostAddress(url.host()).isLoopback();
}

} // namespace Poplar::OAuth

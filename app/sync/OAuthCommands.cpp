#include "OAuthCommands.h"

#include "CommandLine.h"
#include "account/Keychain.h"
#include "account/autodetect/Autoconfig.h"
#include "account/oauth/AccessTokenSource.h"
#include "account/oauth/AuthorizationFlow.h"

#include <QEventLoop>

namespace Poplar::Cli {

std::optional<QByteArray> storedToken(Context &c, const Account::AccountSettings &account, bool forceRefresh,
                                      int *exitCode)
{
    Account::Keychain keychain;
    OAuth::AccessTokenSource source(&keychain);
    QEventLoop loop;
    std::optional<QByteArray> token;
    QObject::connect(&source, &OAuth::AccessTokenSource::finished, &loop,
                     [&](const QByteArray &secret, const OAuth::Error &error, bool) {
                         if (!error.isError()) {
                             token = secret;
                         } else if (error.kind == OAuth::Error::Kind::Keychain) {
                             c.err << "poplar-sync: " << account.name << ": "
                                   << Text::tr("no token: the keychain says: %1 (use account authorize, "
                                               "or --password-command)")
                                          .arg(error.message)
                                   << Qt::endl;
                             *exitCode = ExitAuth;
                         } else {
                             const Pop3::Error e = OAuth::loginError(error, account.name);
                             c.err << "poplar-sync: " << account.name << ": " << e.message << Qt::endl;
                             *exitCode = exitCodeFor(e.kind);
                         }
                         loop.quit();
                     });
    source.fetch(account.name, forceRefresh);
    loop.exec();
    return token;
}

int authorizeCommand(Context &c, const QString &accountName)
{
    auto account = c.profile.accounts().findByName(accountName);
    if (!account) {
        c.err << "poplar-sync: " << Text::tr("no account named %1").arg(accountName) << Qt::endl;
        return ExitUsage;
    }
    QString providerId = c.parser.value(QStringLiteral("provider"));
    if (providerId.isEmpty())
        providerId = OAuth::providerIdForPopHost(account->host);
    if (providerId.isEmpty())
        providerId = OAuth::providerIdForDomain(Autodetect::emailDomain(account->user));
    const auto provider = OAuth::providerById(providerId);
    if (!provider) {
        c.err << "poplar-sync: " << Text::tr("which sign-in? use --provider %1").arg(OAuth::providerIds().join(QLatin1Char('|')))
              << Qt::endl;
        return ExitUsage;
    }
    OAuth::AuthorizationFlow flow(*provider);
    if (account->user.contains(QLatin1Char('@')))
        flow.setLoginHint(account->user);
    QEventLoop loop;
    int code = ExitOk;
    QObject::connect(&flow, &OAuth::AuthorizationFlow::openUrl, &loop, [&](const QUrl &url) {
        c.out << Text::tr("Open this address in a browser to sign in with %1:").arg(provider->displayName) << '\n'
              << url.toString(QUrl::FullyEncoded) << Qt::endl;
    });
    Account::Keychain keychain;
    QObject::connect(&flow, &OAuth::AuthorizationFlow::finished, &loop,
                     [&](const OAuth::Grant &grant, const OAuth::Error &error) {
                         if (error.isError()) {
                             c.err << "poplar-sync: " << account->name << ": " << error.message << Qt::endl;
                             code = error.kind == OAuth::Error::Kind::Network ? ExitNetwork : ExitAuth;
                             loop.quit();
                             return;
                         }
                         QByteArray json = grant.toJson();
                         keychain.writeSecret(account->name, json);
                         json.fill('\0');
                     });
    QObject::connect(&keychain, &Account::Keychain::secretWritten, &loop,
                     [&](const QString &, bool ok, const QString &error) {
                         if (!ok) {
                             c.err << "poplar-sync: " << Text::tr("the keychain refused the sign-in: %1").arg(error) << Qt::endl;
                             code = ExitFailure;
                         }
                         loop.quit();
                     });
    if (!flow.start())
        return code == ExitOk ? ExitAuth : code; // finished() has said why
    loop.exec();
    if (code != ExitOk)
        return code;
    if (account->auth != Pop3::AuthMethod::XOAuth2 && account->auth != Pop3::AuthMethod::OAuthBearer) {
        account->auth = provider->auth;
        QString error;
        if (!c.profile.accounts().update(*account, &error)) {
            c.err << "poplar-sync: " << error << Qt::endl;
            return ExitFailure;
        }
    }
    c.out << account->name << ": "
          << Text::tr("signed in with %1; the sign-in is in the keychain.").arg(provider->displayName) << Qt::endl;
    return ExitOk;
}

} // namespace Poplar::Cli

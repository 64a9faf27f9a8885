#include "OAuthCommands.h"

#include "CommandLine.h"
#include "account/Keychain.h"
#include "account/autodetect/Autoconfig.h"
#include "account/oauth/AccessTokenSource.h"
#include "account/oauth/AuthorizationFlow.h"
#include "display/OutsideText.h"

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
                             printError(c.err, account.name + QLatin1String(": ")
                                                   + Text::tr("no token: the keychain says: %1 (use account "
                                                              "authorize, or --password-command)")
                                                         .arg(error.message));
                             *exitCode = ExitAuth;
                         } else {
                             const Pop3::Error e = OAuth::loginError(error, account.name);
                             printError(c.err, account.name + QLatin1String(": ") + e.message);
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
        printError(c.err, Text::tr("no account named %1").arg(accountName));
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
                             printError(c.err, account->name + QLatin1String(": ") + error.message);
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
                             printError(c.err, Text::tr("the keychain refused the sign-in: %1").arg(error));
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
            printError(c.err, error);
            return ExitFailure;
        }
    }
    c.out << Display::forTerminal(account->name) << ": "
          << Text::tr("signed in with %1; the sign-in is in the keychain.").arg(provider->displayName) << Qt::endl;
    return ExitOk;
}

} // namespace Poplar::Cli

#include "OAuthCommands.h"

#include "CommandLine.h"
#include "account/Keychain.h"
#include "account/autodetect/Autoconfig.h"
#include "account/oauth/AuthorizationFlow.h"
#include "display/OutsideText.h"

namespace Poplar::Cli {

namespace {

/// After a sign-in: the account logs in with the provider's method from now on; what was said.
int rememberSignIn(Context &c, Account::AccountSettings account, const OAuth::Provider &provider)
{
    if (account.auth != Pop3::AuthMethod::XOAuth2 && account.auth != Pop3::AuthMethod::OAuthBearer) {
        account.auth = provider.auth;
        QString error;
        if (!c.profile.accounts().update(account, &error)) {
            printError(c.err, error);
            return ExitFailure;
        }
    }
    c.out << Display::forTerminal(account.name) << ": "
          << Text::tr("signed in with %1; the sign-in is in the keychain.").arg(provider.displayName) << Qt::endl;
    return ExitOk;
}

} // namespace

void authorizeCommand(Context &c, const QString &accountName, const Done &done)
{
    auto account = c.profile.accounts().findByName(accountName);
    if (!account) {
        printError(c.err, Text::tr("no account named %1").arg(accountName));
        return done(ExitUsage);
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
        return done(ExitUsage);
    }
    // The flow and the keychain live until the sign-in is stored or has failed; nothing waits.
    auto *flow = new OAuth::AuthorizationFlow(*provider);
    auto *keychain = new Account::Keychain(flow);
    if (account->user.contains(QLatin1Char('@')))
        flow->setLoginHint(account->user);
    const auto end = [&c, flow, done, account = *account, provider = *provider](int code) {
        flow->deleteLater();
        if (code == ExitOk)
            code = rememberSignIn(c, account, provider);
        done(code);
    };
    QObject::connect(flow, &OAuth::AuthorizationFlow::openUrl, flow, [&c, provider = *provider](const QUrl &url) {
        c.out << Text::tr("Open this address in a browser to sign in with %1:").arg(provider.displayName) << '\n'
              << url.toString(QUrl::FullyEncoded) << Qt::endl;
    });
    QObject::connect(flow, &OAuth::AuthorizationFlow::finished, flow,
                     [&c, keychain, end, name = account->name](const OAuth::Grant &grant, const OAuth::Error &error) mutable {
                         if (error.isError()) {
                             printError(c.err, name + QLatin1String(": ") + error.message);
                             end(error.kind == OAuth::Error::Kind::Network ? ExitNetwork : ExitAuth);
                             return;
                         }
                         QByteArray json = grant.toJson();
                         keychain->writeSecret(name, json);
                         json.fill('\0');
                     });
    QObject::connect(keychain, &Account::Keychain::secretWritten, flow,
                     [&c, end](const QString &, bool ok, const QString &error) mutable {
                         if (!ok)
                             printError(c.err, Text::tr("the keychain refused the sign-in: %1").arg(error));
                         end(ok ? ExitOk : ExitFailure);
                     });
    // A flow that cannot start says why through finished() as well, which ends the command.
    flow->start();
}

} // namespace Poplar::Cli

#include "AccountCommands.h"

#include "CommandLine.h"
#include "account/import/Importer.h"
#include "display/OutsideText.h"
#include "net/HostName.h"
#include "pop3/LoginChoice.h"

#include <QFileInfo>

#include <algorithm>

namespace Poplar::Cli {

namespace {

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QLatin1String(name));
}

QString value(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QLatin1String(name));
}

bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

} // namespace

bool applyAccountOptions(const QCommandLineParser &parser, Account::AccountSettings &a, QString *error)
{
    if (isSet(parser, "host"))
        a.host = value(parser, "host");
    if (isSet(parser, "user"))
        a.user = value(parser, "user");
    if (isSet(parser, "security")) {
        const auto security = Pop3::securityFromName(value(parser, "security"));
        if (!security)
            return fail(error, Text::tr("--security must be tls, starttls or plain"));
        // The port follows the security unless it was set to something of its own.
        if (a.port == Pop3::defaultPort(a.security) || a.port == 0)
            a.port = Pop3::defaultPort(*security);
        a.security = *security;
    }
    if (isSet(parser, "port")) {
        bool ok = false;
        const uint port = value(parser, "port").toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return fail(error, Text::tr("--port must be a number from 1 to 65535"));
        a.port = quint16(port);
    }
    if (isSet(parser, "auth")) {
        const auto auth = Pop3::authMethodFromName(value(parser, "auth"));
        if (!auth)
            return fail(error, Text::tr("unknown --auth method: %1").arg(value(parser, "auth")));
        a.auth = *auth;
    }
    if (isSet(parser, "password-command"))
        a.passwordCommand = value(parser, "password-command");
    if (isSet(parser, "ca-file"))
        a.caFile = value(parser, "ca-file").isEmpty() ? QString() : QFileInfo(value(parser, "ca-file")).absoluteFilePath();
    if (isSet(parser, "proxy")) {
        const auto proxy = Net::proxyFromName(value(parser, "proxy"), error);
        if (!proxy)
            return false;
        a.proxy = *proxy;
    }
    if (isSet(parser, "plaintext-fallback")) {
        const QString answer = value(parser, "plaintext-fallback").toLower();
        if (answer != QLatin1String("yes") && answer != QLatin1String("no"))
            return fail(error, Text::tr("--plaintext-fallback must be yes or no"));
        a.allowPlaintextFallback = answer == QLatin1String("yes");
    }
    if (isSet(parser, "scram-max-iterations")) {
        const auto limit = scramIterationLimit(parser, error);
        if (!limit)
            return false;
        a.maxScramIterations = *limit;
    }
    if (isSet(parser, "keep"))
        a.policy = Account::RetentionPolicy::Keep;
    if (isSet(parser, "delete-after-download"))
        a.policy = Account::RetentionPolicy::DeleteAfterDownload;
    if (isSet(parser, "delete-when-deleted-locally"))
        a.policy = Account::RetentionPolicy::DeleteWhenDeletedLocally;
    if (isSet(parser, "delete-after-days")) {
        a.policy = Account::RetentionPolicy::DeleteAfterDays;
        bool ok = false;
        a.policyDays = value(parser, "delete-after-days").toInt(&ok);
        if (!ok || a.policyDays < 0)
            return fail(error, Text::tr("--delete-after-days needs a number of days"));
    }
    if (isSet(parser, "size-limit"))
        a.sizeLimit = qMax<qint64>(0, value(parser, "size-limit").toLongLong());
    if (isSet(parser, "preview-lines"))
        a.previewLines = qBound(0, value(parser, "preview-lines").toInt(), 1000);
    if (isSet(parser, "check-interval"))
        a.checkIntervalMinutes = qMax(0, value(parser, "check-interval").toInt());
    const auto session = a.sessionSettings(error);
    if (!session)
        return false;
    const QString problem = session->validate();
    if (!problem.isEmpty())
        return fail(error, problem);
    return true;
}

int accountSetCommand(Context &c, const QString &name)
{
    auto account = c.profile.accounts().findByName(name);
    if (!account) {
        printError(c.err, Text::tr("no account named %1").arg(name));
        return ExitUsage;
    }
    QString error;
    if (!applyAccountOptions(c.parser, *account, &error)) {
        printError(c.err, error);
        return ExitUsage;
    }
    if (!c.profile.accounts().update(*account, &error)) {
        printError(c.err, Text::tr("cannot change account %1: %2").arg(account->name, error));
        return ExitFailure;
    }
    return ExitOk;
}

int accountShowCommand(Context &c, const QString &name)
{
    const auto a = c.profile.accounts().findByName(name);
    if (!a) {
        printError(c.err, Text::tr("no account named %1").arg(name));
        return ExitUsage;
    }
    // Key words stay English (scripts read them); values as stored, escaped for the terminal.
    auto line = [&](const char *key, const QString &v) {
        c.out << key << '\t' << Display::forTerminal(v) << '\n';
    };
    line("name", a->name);
    line("host", Net::displayHostName(a->host));
    line("host-ascii", Net::asciiHostName(a->host));
    line("port", QString::number(a->port));
    line("security", Pop3::securityName(a->security));
    line("user", a->user);
    line("auth", Pop3::authMethodName(a->auth));
    line("password", a->passwordCommand.isEmpty() ? QStringLiteral("keychain") : QStringLiteral("command"));
    line("password-command", a->passwordCommand);
    line("ca-file", a->caFile);
    line("proxy", Net::proxyName(a->proxy));
    line("plaintext-fallback", a->allowPlaintextFallback ? QStringLiteral("yes") : QStringLiteral("no"));
    line("pinned-certificate", QString::fromLatin1(a->pinnedSha256.toHex()));
    line("policy", Account::retentionPolicyName(a->policy));
    line("delete-after-days", QString::number(a->policyDays));
    line("size-limit", QString::number(a->sizeLimit));
    line("preview-lines", QString::number(a->previewLines));
    line("check-interval", QString::number(a->checkIntervalMinutes));
    line("scram-max-iterations", QString::number(a->maxScramIterations));
    line("last-checked", a->lastChecked.isValid() ? a->lastChecked.toLocalTime().toString(Qt::ISODate) : QString());
    // What the server said at the last login; empty values until the account logged in once.
    const Account::ServerFacts &server = a->server;
    const bool seen = server.seen.isValid();
    const QString notAnnounced = QStringLiteral("not-announced");
    line("server-seen", seen ? server.seen.toLocalTime().toString(Qt::ISODate) : QString());
    line("server-login-method", seen ? Pop3::loginMethodOption(server.loginMethod) : QString());
    line("server-expire-days", !seen                      ? QString()
                               : !server.expireDays       ? notAnnounced
                               : *server.expireDays < 0   ? QStringLiteral("never")
                                                          : QString::number(*server.expireDays));
    line("server-login-delay-seconds", !seen ? QString()
                                       : server.loginDelaySeconds ? QString::number(*server.loginDelaySeconds)
                                                                  : notAnnounced);
    c.out.flush();
    return ExitOk;
}

int importCommand(Context &c)
{
    const auto program = Import::programFromName(c.args.value(0));
    if (!program || c.args.size() > 2) {
        printError(c.err, QStringLiteral("import thunderbird|mpop|fetchmail|getmail [PATH] [--dry-run]"));
        return ExitUsage;
    }
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    const Import::Found found = Import::findAccounts(*program, c.args.value(1));
    for (const QString &file : found.filesRead)
        c.err << Display::forTerminal(Text::tr("read %1").arg(file)) << Qt::endl;
    for (const Import::Skipped &s : found.skipped)
        c.out << Display::forTerminal(Text::tr("skipped: %1: %2").arg(s.what, s.why)) << Qt::endl;
    if (!found.error.isEmpty()) {
        printError(c.err, found.error);
        return ExitFailure;
    }
    const Import::ImportReport report = Import::importAccounts(c.profile.accounts(), c.profile.messages(), found, dryRun);
    for (const Import::ImportedAccount &a : report.accounts) {
        QString line = a.created ? (dryRun ? Text::tr("would create account %1") : Text::tr("created account %1")).arg(a.name)
                                 : Text::tr("account %1 exists, settings kept").arg(a.name);
        line += Text::tr(", ", "summary: list separator")
                + Text::tr("%n UIDL(s) marked as fetched by %1", nullptr, a.uidsAdded).arg(Import::programDisplayName(a.program));
        if (a.uidsKnown)
            line += Text::tr(", ", "summary: list separator") + Text::tr("%n already known", nullptr, a.uidsKnown);
        c.out << Display::forTerminal(line) << Qt::endl;
    }
    if (!report.ok()) {
        printError(c.err, Text::tr("local store: %1").arg(report.error));
        return ExitFailure;
    }
    if (!dryRun && std::any_of(report.accounts.cbegin(), report.accounts.cend(), [](const auto &a) { return a.created; }))
        c.out << Text::tr("Passwords are never imported: give each new account a password with "
                          "\"poplar-sync account set NAME --password-command CMD\" or \"account set-password NAME\".")
              << Qt::endl;
    return ExitOk;
}

} // namespace Poplar::Cli

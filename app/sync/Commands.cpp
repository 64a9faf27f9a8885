#include "Commands.h"

#include "display/DataSize.h"

#include "AccountCommands.h"
#include "CommandLine.h"
#include "TrashCommands.h"
#include "OAuthCommands.h"
#include "Progress.h"
#include "account/Keychain.h"
#include "display/OutsideText.h"
#include "net/HostName.h"
#include "store/AccountLock.h"
#include "store/Export.h"
#include "store/Integrity.h"
#include "StoreCommands.h"
#include "SyncSequence.h"
#include "TriageCommands.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <termios.h>
#include <unistd.h>

namespace Poplar::Cli {

namespace {

/// One line from standard input, without echo on a terminal.
QByteArray readSecretFromStdin(QTextStream &err)
{
    const bool tty = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (tty) {
        err << Text::tr("Password: ") << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(4096);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

int usage(Context &c, const QString &message)
{
    printError(c.err, message);
    return ExitUsage;
}

} // namespace

/// The accounts a command applies to: the one named, or all. On failure (reason printed)
/// `*failure` is the exit code.
QVector<Account::AccountSettings> selectedAccounts(Context &c, int *failure)
{
    *failure = ExitOk;
    if (!c.args.isEmpty()) {
        const auto account = accountNamed(c, c.args.first(), failure);
        if (account)
            *failure = ExitOk;
        return account ? QVector<Account::AccountSettings>{*account} : QVector<Account::AccountSettings>{};
    }
    QString error;
    const auto accounts = c.profile.accounts().all(&error);
    if (!error.isEmpty()) {
        *failure = readFailure(c, error);
        return {};
    }
    return accounts;
}

namespace {

/// The account subcommands that finish at once: list, set, show, add.
int accountSubcommand(Context &c)
{
    const QString sub = c.args.value(0);
    if (sub == QLatin1String("list")) {
        QString error;
        const auto accounts = c.profile.accounts().all(&error);
        if (!error.isEmpty())
            return readFailure(c, error);
        for (const auto &a : accounts)
            c.out << Display::forTerminal(a.name) << '\t' << Display::forTerminal(a.user) << '@'
                  << Display::forTerminal(Net::displayHostName(a.host)) << ':' << a.port << '\t' << Pop3::securityName(a.security)
                  << '\t' << Pop3::authMethodName(a.auth) << '\t' << Account::retentionPolicyName(a.policy) << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("set") && c.args.size() == 2)
        return accountSetCommand(c, c.args.at(1));
    if (sub == QLatin1String("show") && c.args.size() == 2)
        return accountShowCommand(c, c.args.at(1));
    if (sub != QLatin1String("add") || c.args.size() < 2)
        return usage(c, QStringLiteral("account add NAME --host H ... | account set-password NAME | account set-proxy-password NAME | "
                                       "account authorize NAME "
                                       "[--provider google|microsoft] | account set NAME [options of add] | "
                                       "account show NAME | account list | account remove NAME"));
    QString error;
    const auto server = serverSettings(c.parser, &error);
    if (!server)
        return usage(c, error);
    Account::AccountSettings a;
    a.name = c.args.at(1);
    a.host = server->host;
    a.port = server->port;
    a.security = server->security;
    a.auth = server->auth;
    a.user = QString::fromUtf8(server->user);
    a.maxScramIterations = server->maxScramIterations;
    if (!applyAccountOptions(c.parser, a, &error))
        return usage(c, error);
    if (!c.profile.accounts().add(a, &error))
        return usage(c, Text::tr("cannot add account %1: %2").arg(a.name, error));
    return ExitOk;
}

} // namespace

/// The account of that name; nullopt (the reason printed, `*failure` its exit code) otherwise.
std::optional<Account::AccountSettings> accountNamed(Context &c, const QString &name, int *failure)
{
    QString error;
    auto account = c.profile.accounts().findByName(name, &error);
    int code = ExitUsage;
    if (!error.isEmpty())
        code = readFailure(c, error);
    else if (!account)
        printError(c.err, Text::tr("no account named %1").arg(name));
    if (failure)
        *failure = code;
    return error.isEmpty() ? account : std::nullopt;
}

int readFailure(Context &c, const QString &error)
{
    printError(c.err, Text::tr("cannot read the profile's database (is it damaged?): %1").arg(error));
    return ExitFailure;
}

void syncAccounts(Context &c, Sync::Operation operation, const QVector<QByteArray> &uids, const Done &done)
{
    int failure = ExitOk;
    const auto accounts = selectedAccounts(c, &failure);
    if (failure != ExitOk)
        return done(failure);
    (new SyncSequence(c, accounts, operation, uids, done))->start();
}

void addCommandOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("keep"), Text::tr("Leave messages on the server (default).")});
    parser.addOption({QStringLiteral("delete-after-download"),
                      Text::tr("Delete messages on the server once they are stored.")});
    parser.addOption({QStringLiteral("delete-after-days"),
                      Text::tr("Delete messages on the server N days after download."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("delete-when-deleted-locally"),
                      Text::tr("Delete messages on the server when the local copy is deleted.")});
    parser.addOption({QStringLiteral("size-limit"),
                      Text::tr("Fetch only headers of messages larger than BYTES until asked."),
                      QStringLiteral("BYTES")});
    parser.addOption({QStringLiteral("preview-lines"), Text::tr("Body lines fetched with TOP (default 20)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("plaintext-fallback"),
                      Text::tr("yes or no (default): over a connection without TLS, after APOP or a mechanism "
                               "that hides the password was refused, also try those that send it.",
                               "--plaintext-fallback values: keep the words yes, no"),
                      QStringLiteral("yes|no")});
    parser.addOption({QStringLiteral("check-interval"),
                      Text::tr("Minutes between the application's periodic checks (0: off)."),
                      QStringLiteral("MIN")});
    parser.addOption({QStringLiteral("provider"),
                      Text::tr("account authorize: google or microsoft (default: from the server or address)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("all"), Text::tr("download: every new message.")});
    parser.addOption({QStringLiteral("dry-run"), Text::tr("import: say what would be imported, change nothing; check, "
                                                          "download: print what triage would decide, act on none of it.")});
    parser.addOption({QStringLiteral("wait"),
                      Text::tr("check, download, delete: seconds to wait while another program writes the same "
                               "account (default 30), then exit 7."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("to"), Text::tr("export: folder for .eml files; backup: the file to write."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("mbox"), Text::tr("export: write an mboxrd file."), QStringLiteral("FILE")});
    addStoreCommandOptions(parser);
    addTriageCommandOptions(parser);
}

void accountCommand(Context &c, const Done &done)
{
    const QString sub = c.args.value(0);
    if (sub == QLatin1String("set-password") || sub == QLatin1String("set-proxy-password")) {
        const auto account = accountNamed(c, c.args.value(1));
        if (!account)
            return done(ExitUsage);
        const bool proxy = sub == QLatin1String("set-proxy-password");
        if (proxy && !account->proxy.needsPassword())
            return done(usage(c, Text::tr("the account's proxy has no user name: set --proxy socks5://USER@HOST:PORT "
                                          "or http://USER@HOST:PORT first")));
        QByteArray secret = readSecretFromStdin(c.err);
        if (secret.isEmpty())
            return done(usage(c, Text::tr("no password given")));
        auto *keychain = new Account::Keychain(nullptr, proxy ? Account::Keychain::Entry::Proxy : Account::Keychain::Entry::Login);
        QObject::connect(keychain, &Account::Keychain::secretWritten, keychain,
                         [&c, keychain, done](const QString &, bool ok, const QString &error) {
                             keychain->deleteLater();
                             if (!ok)
                                 printError(c.err, Text::tr("the keychain refused the password: %1").arg(error));
                             done(ok ? ExitOk : ExitFailure);
                         });
        keychain->writeSecret(account->name, secret);
        secret.fill('\0');
        return;
    }
    if (sub == QLatin1String("remove")) {
        const auto account = accountNamed(c, c.args.value(1));
        QString error;
        if (!account)
            return done(ExitUsage);
        // Its messages folder goes too: not while another program downloads into it.
        Store::AccountLock::Holder holder;
        const auto lock = Store::AccountLock::tryAcquire(c.profile.directory(), account->id, &holder, &error);
        if (!lock) {
            printError(c.err, error.isEmpty() ? Text::tr("busy: %1 is writing account %2").arg(holder.describe(), account->name)
                                              : error);
            return done(error.isEmpty() ? ExitServerBusy : ExitFailure);
        }
        if (!c.profile.accounts().remove(account->id, &error))
            return done(usage(c, error));
        QDir(c.profile.messages().messageDir(account->id)).removeRecursively();
        // The stored passwords (the server's and the proxy's) go with the account.
        auto *keychain = new Account::Keychain;
        auto *proxyKeychain = new Account::Keychain(keychain, Account::Keychain::Entry::Proxy);
        QObject::connect(keychain, &Account::Keychain::secretRemoved, proxyKeychain,
                         [proxyKeychain, name = account->name] { proxyKeychain->removeSecret(name); });
        QObject::connect(proxyKeychain, &Account::Keychain::secretRemoved, keychain, [keychain, done] {
            keychain->deleteLater();
            done(ExitOk);
        });
        keychain->removeSecret(account->name);
        return;
    }
    if (sub == QLatin1String("authorize") && c.args.size() == 2)
        return authorizeCommand(c, c.args.at(1), done);
    done(accountSubcommand(c));
}

void checkCommand(Context &c, const Done &done)
{
    expireTrash(c); // a failure is said on stderr; the check goes on
    syncAccounts(c, Sync::Operation::Check, {}, done);
}

void downloadCommand(Context &c, const Done &done)
{
    expireTrash(c);
    QVector<QByteArray> uids;
    for (const QString &uid : c.args.mid(1))
        uids.append(uid.toUtf8());
    if (!uids.isEmpty() || c.parser.isSet(QStringLiteral("all")) || c.args.size() <= 1) {
        Context single{c.parser, c.args.mid(0, 1), c.out, c.err, c.profile};
        return syncAccounts(single, Sync::Operation::Download, uids, done);
    }
    done(ExitUsage);
}

void deleteCommand(Context &c, const Done &done)
{
    if (c.args.size() < 2)
        return done(usage(c, QStringLiteral("delete NAME UIDL...")));
    QVector<QByteArray> uids;
    for (const QString &uid : c.args.mid(1))
        uids.append(uid.toUtf8());
    Context single{c.parser, c.args.mid(0, 1), c.out, c.err, c.profile};
    syncAccounts(single, Sync::Operation::DeleteOnServer, uids, done);
}

int listCommand(Context &c)
{
    int failure = ExitOk;
    const auto account = accountNamed(c, c.args.value(0), &failure);
    if (!account)
        return failure;
    const auto messages = c.profile.messages().messages(account->id);
    if (!messages)
        return readFailure(c, messages.error());
    for (const Store::StoredMessage &m : messages.value()) {
        QString state = m.isDownloaded()        ? QStringLiteral("downloaded")
                        : !m.fetchedBy.isEmpty() ? QStringLiteral("fetched-by-") + m.fetchedBy
                                                 : QStringLiteral("headers");
        if (const Store::FileState file = Store::quickFileState(m); file != Store::FileState::Sound)
            state = Store::fileStateName(file); // missing, wrong-size or corrupt
        if (m.localDeleted)
            state = QStringLiteral("deleted-locally");
        else if (m.inTrash())
            state = QStringLiteral("in-trash");
        const QString where = m.onServer ? (m.deleteRequested ? QStringLiteral("delete-pending") : QStringLiteral("on-server"))
                                         : QStringLiteral("gone");
        // One line per message whatever the headers hold: tabs, line ends and controls escaped.
        c.out << uidForTerminal(m.uid) << '\t' << state << '\t' << where << '\t' << m.serverSize << '\t'
              << m.summary.date.toLocalTime().toString(Qt::ISODate) << '\t' << Display::forTerminal(m.summary.from)
              << '\t' << Display::forTerminal(m.summary.subject) << '\n';
    }
    c.out.flush();
    return ExitOk;
}

int exportCommand(Context &c)
{
    int failure = ExitOk;
    const auto account = accountNamed(c, c.args.value(0), &failure);
    if (!account)
        return failure;
    const QString dir = c.parser.value(QStringLiteral("to"));
    const QString mboxPath = c.parser.value(QStringLiteral("mbox"));
    if (dir.isEmpty() && mboxPath.isEmpty())
        return usage(c, QStringLiteral("export NAME --to DIR [--mbox FILE]"));
    const auto read = c.profile.messages().messages(account->id);
    if (!read)
        return readFailure(c, read.error());
    const QVector<Store::StoredMessage> &messages = read.value();
    QString error;
    qsizetype exported = 0;
    QVector<Store::StoredMessage> damaged;
    if (!dir.isEmpty()) {
        const QStringList written = Store::exportToFolder(messages, dir, &error, &damaged);
        exported = written.size();
        if (!error.isEmpty()) {
            printError(c.err, error);
            return ExitFailure;
        }
    }
    if (!mboxPath.isEmpty()) {
        int count = 0;
        QVector<Store::StoredMessage> *seen = dir.isEmpty() ? &damaged : nullptr; // the same files, found again
        if (!Store::exportToMbox(messages, mboxPath, &error, seen, &count)) {
            printError(c.err, error);
            return ExitFailure;
        }
        exported = count;
    }
    c.out << Text::tr("%n message(s) exported", nullptr, int(exported)) << Qt::endl;
    return reportDamaged(c, *account, damaged);
}

} // namespace Poplar::Cli

#include "StoreCommands.h"

#include "CommandLine.h"
#include "display/OutsideText.h"
#include "store/Backup.h"
#include "store/Integrity.h"

namespace Poplar::Cli {

namespace {

/// One damaged message as poplar-sync prints it: UIDL, state word, subject, tab-separated.
QString damagedLine(const Store::StoredMessage &m)
{
    return uidForTerminal(m.uid) + QLatin1Char('\t') + Store::fileStateName(m.fileState) + QLatin1Char('\t')
           + Display::forTerminal(m.summary.subject);
}

/// Records what a check found. A read-only look at the store still reports; so a failure to
/// record is said on stderr but does not change the outcome the check itself gives.
void recordStates(Context &c, qint64 accountId, const QHash<QByteArray, Store::FileState> &states,
                  const QHash<QByteArray, QByteArray> &adopted = {})
{
    QString error;
    if (!states.isEmpty() && !c.profile.messages().setFileStates(accountId, states, &error, adopted))
        printError(c.err, Text::tr("local store: %1").arg(error));
}

} // namespace

void addStoreCommandOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("repair"), Text::tr("verify: download damaged messages again from the server.")});
    parser.addOption({QStringLiteral("from"), Text::tr("restore: the backup file to read."), QStringLiteral("FILE")});
}

int reportDamaged(Context &c, const Account::AccountSettings &account, const QVector<Store::StoredMessage> &damaged)
{
    if (damaged.isEmpty())
        return ExitOk;
    QHash<QByteArray, Store::FileState> states;
    for (const Store::StoredMessage &m : damaged) {
        states.insert(m.uid, m.fileState);
        c.err << "poplar-sync: " << Display::forTerminal(account.name) << ": " << damagedLine(m) << Qt::endl;
    }
    recordStates(c, account.id, states);
    printError(c.err, Text::tr("%1: %n message(s) not exported: the stored file is missing or damaged (see verify "
                               "--repair)", nullptr, int(damaged.size()))
                          .arg(account.name));
    return ExitFailure;
}

int verifyCommand(Context &c)
{
    const auto accounts = c.args.isEmpty() ? c.profile.accounts().all()
                                           : QVector<Account::AccountSettings>{c.profile.accounts().findByName(
                                                 c.args.first()).value_or(Account::AccountSettings())};
    if (!c.args.isEmpty() && accounts.first().id == 0) {
        printError(c.err, Text::tr("no account named %1").arg(c.args.first()));
        return ExitUsage;
    }
    const bool repair = c.parser.isSet(QStringLiteral("repair"));
    int exitCode = ExitOk;
    for (const Account::AccountSettings &account : accounts) {
        Store::MessageStore &store = c.profile.messages();
        const auto stored = store.messages(account.id, Store::MessageStore::Headers::Omit);
        if (!stored)
            return readFailure(c, stored.error());
        Store::VerifyReport report = Store::verifyFiles(stored.value());
        recordStates(c, account.id, report.states, report.adopted);
        int repaired = 0;
        QVector<QByteArray> onServer;
        for (const Store::StoredMessage &m : std::as_const(report.damaged)) {
            if (m.onServer)
                onServer.append(m.uid);
        }
        if (repair && !onServer.isEmpty()) {
            // The ordinary download path: the file is replaced and its new digest recorded from
            // what the server sent; reading it back below must give that digest.
            Context single{c.parser, {account.name}, c.out, c.err, c.profile};
            const int code = syncAccounts(single, Sync::Operation::Download, onServer);
            if (code != ExitOk)
                exitCode = code;
            const auto reread = store.messages(account.id, onServer, Store::MessageStore::Headers::Omit);
            if (!reread)
                return readFailure(c, reread.error());
            const Store::VerifyReport again = Store::verifyFiles(reread.value());
            recordStates(c, account.id, again.states, again.adopted);
            QHash<QByteArray, Store::StoredMessage> stillBad;
            for (const Store::StoredMessage &m : again.damaged)
                stillBad.insert(m.uid, m);
            QVector<Store::StoredMessage> remaining;
            for (const Store::StoredMessage &m : std::as_const(report.damaged)) {
                if (!onServer.contains(m.uid) || stillBad.contains(m.uid)) {
                    remaining.append(stillBad.value(m.uid, m));
                } else {
                    ++repaired;
                    c.out << Display::forTerminal(account.name) << '\t' << uidForTerminal(m.uid) << "\trepaired\t"
                          << Display::forTerminal(m.summary.subject) << Qt::endl;
                }
            }
            report.damaged = remaining;
        }
        for (const Store::StoredMessage &m : std::as_const(report.damaged)) {
            c.out << Display::forTerminal(account.name) << '\t' << damagedLine(m) << '\t'
                  << (m.onServer ? QStringLiteral("on-server") : QStringLiteral("gone")) << Qt::endl;
        }
        c.out << Text::tr("%1: %n stored message(s) checked, %2 damaged, %3 repaired", "verify summary", report.checked)
                     .arg(Display::forTerminal(account.name))
                     .arg(report.damaged.size())
                     .arg(repaired)
              << Qt::endl;
        if (!report.damaged.isEmpty() && exitCode == ExitOk)
            exitCode = ExitFailure;
    }
    return exitCode;
}

int backupCommand(Context &c)
{
    const QString path = c.parser.value(QStringLiteral("to"));
    if (path.isEmpty() || !c.args.isEmpty()) {
        printError(c.err, QStringLiteral("backup --to FILE"));
        return ExitUsage;
    }
    Store::BackupReport report;
    QString error;
    if (!Store::backupProfile(c.profile, path, &report, &error)) {
        printError(c.err, error);
        return ExitFailure;
    }
    c.out << Text::tr("%n message(s) backed up to %1", nullptr, report.messages).arg(path) << Qt::endl;
    if (report.damaged.isEmpty())
        return ExitOk;
    for (const Store::StoredMessage &m : std::as_const(report.damaged))
        c.err << "poplar-sync: " << damagedLine(m) << Qt::endl;
    printError(c.err, Text::tr("%n message(s) left out: the stored file is missing or damaged", nullptr,
                               int(report.damaged.size())));
    return ExitFailure;
}

int restoreCommand(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString from = parser.value(QStringLiteral("from"));
    if (from.isEmpty() || parser.positionalArguments().size() > 1) {
        printError(err, QStringLiteral("restore --from FILE [--profile DIR]"));
        return ExitUsage;
    }
    const QString dir = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                : Store::Profile::defaultDirectory();
    Store::BackupReport report;
    QString error;
    if (!Store::restoreProfile(from, dir, &report, &error)) {
        printError(err, error);
        return ExitFailure;
    }
    out << Text::tr("%n message(s) restored into %1", nullptr, report.messages).arg(dir) << Qt::endl;
    if (report.damaged.isEmpty())
        return ExitOk;
    for (const Store::StoredMessage &m : std::as_const(report.damaged))
        err << "poplar-sync: " << damagedLine(m) << Qt::endl;
    return ExitFailure;
}

} // namespace Poplar::Cli

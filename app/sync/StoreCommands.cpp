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

namespace {

/// Where `verify` is: the accounts left, the exit code so far.
struct VerifyRun {
    Context c;
    QVector<Account::AccountSettings> accounts;
    int next = 0;
    int exitCode = ExitOk;
    Done done;
};

/// Prints what is still damaged in `report` and the account's summary line.
void finishAccount(VerifyRun &run, const Account::AccountSettings &account, const Store::VerifyReport &report,
                   int repaired)
{
    for (const Store::StoredMessage &m : std::as_const(report.damaged)) {
        run.c.out << Display::forTerminal(account.name) << '\t' << damagedLine(m) << '\t'
                  << (m.onServer ? QStringLiteral("on-server") : QStringLiteral("gone")) << Qt::endl;
    }
    run.c.out << Text::tr("%1: %n stored message(s) checked, %2 damaged, %3 repaired", "verify summary", report.checked)
                     .arg(Display::forTerminal(account.name))
                     .arg(report.damaged.size())
                     .arg(repaired)
              << Qt::endl;
    if (!report.damaged.isEmpty() && run.exitCode == ExitOk)
        run.exitCode = ExitFailure;
}

/// After the repair download: reads the repaired files back and says which are sound now.
/// False when the profile could not be read (the run is then over).
bool checkRepair(VerifyRun &run, const Account::AccountSettings &account, Store::VerifyReport report,
                 const QVector<QByteArray> &onServer)
{
    Store::MessageStore &store = run.c.profile.messages();
    const auto reread = store.messages(account.id, onServer, Store::MessageStore::Headers::Omit);
    if (!reread) {
        run.done(readFailure(run.c, reread.error()));
        return false;
    }
    const Store::VerifyReport again = Store::verifyFiles(reread.value());
    recordStates(run.c, account.id, again.states, again.adopted);
    QHash<QByteArray, Store::StoredMessage> stillBad;
    for (const Store::StoredMessage &m : again.damaged)
        stillBad.insert(m.uid, m);
    QVector<Store::StoredMessage> remaining;
    int repaired = 0;
    for (const Store::StoredMessage &m : std::as_const(report.damaged)) {
        if (!onServer.contains(m.uid) || stillBad.contains(m.uid)) {
            remaining.append(stillBad.value(m.uid, m));
        } else {
            ++repaired;
            run.c.out << Display::forTerminal(account.name) << '\t' << uidForTerminal(m.uid) << "\trepaired\t"
                      << Display::forTerminal(m.summary.subject) << Qt::endl;
        }
    }
    report.damaged = remaining;
    finishAccount(run, account, report, repaired);
    return true;
}

/// Verifies the next account; with --repair, downloads its damaged messages still on the server
/// (through the ordinary download path) and continues once that run has ended.
void verifyNext(const std::shared_ptr<VerifyRun> &run)
{
    while (run->next < run->accounts.size()) {
        const Account::AccountSettings account = run->accounts.at(run->next++);
        const auto stored = run->c.profile.messages().messages(account.id, Store::MessageStore::Headers::Omit);
        if (!stored)
            return run->done(readFailure(run->c, stored.error()));
        Store::VerifyReport report = Store::verifyFiles(stored.value());
        recordStates(run->c, account.id, report.states, report.adopted);
        QVector<QByteArray> onServer;
        for (const Store::StoredMessage &m : std::as_const(report.damaged)) {
            if (m.onServer)
                onServer.append(m.uid);
        }
        if (run->c.parser.isSet(QStringLiteral("repair")) && !onServer.isEmpty()) {
            // The ordinary download path: the file is replaced and its new digest recorded from
            // what the server sent; reading it back afterwards must give that digest.
            Context single{run->c.parser, {account.name}, run->c.out, run->c.err, run->c.profile};
            syncAccounts(single, Sync::Operation::Download, onServer, [run, account, report, onServer](int code) {
                if (code != ExitOk)
                    run->exitCode = code;
                if (checkRepair(*run, account, report, onServer))
                    verifyNext(run);
            });
            return;
        }
        finishAccount(*run, account, report, 0);
    }
    run->done(run->exitCode);
}

} // namespace

void verifyCommand(Context &c, const Done &done)
{
    const auto accounts = c.args.isEmpty() ? c.profile.accounts().all()
                                           : QVector<Account::AccountSettings>{c.profile.accounts().findByName(
                                                 c.args.first()).value_or(Account::AccountSettings())};
    if (!c.args.isEmpty() && accounts.first().id == 0) {
        printError(c.err, Text::tr("no account named %1").arg(c.args.first()));
        return done(ExitUsage);
    }
    verifyNext(std::make_shared<VerifyRun>(VerifyRun{c, accounts, 0, ExitOk, done}));
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

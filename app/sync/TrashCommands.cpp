#include "TrashCommands.h"

#include "CommandLine.h"
#include "display/OutsideText.h"
#include "store/Trash.h"

#include <QSet>

namespace Poplar::Cli {

namespace {

QVector<QByteArray> uidArguments(const QStringList &args)
{
    QVector<QByteArray> uids;
    for (const QString &uid : args)
        uids.append(uid.toUtf8());
    return uids;
}

/// Names on stderr each of `asked` not in `done` (with `why`); true when there were any.
bool reportLeftOut(Context &c, const QVector<QByteArray> &asked, const QVector<QByteArray> &done, const QString &why)
{
    const QSet<QByteArray> changed(done.cbegin(), done.cend());
    bool any = false;
    for (const QByteArray &uid : asked) {
        if (!changed.contains(uid)) {
            printError(c.err, why.arg(uidForTerminal(uid)));
            any = true;
        }
    }
    return any;
}

int listTrash(Context &c)
{
    int failure = ExitOk;
    const auto accounts = selectedAccounts(c, &failure);
    if (failure != ExitOk)
        return failure;
    for (const Account::AccountSettings &account : accounts) {
        const auto entries = c.profile.messages().listEntries(account.id, Store::MessageStore::ListView::Trash);
        if (!entries)
            return readFailure(c, entries.error());
        for (const Store::StoredMessage &m : entries.value()) {
            c.out << Display::forTerminal(account.name) << '\t' << uidForTerminal(m.uid) << '\t'
                  << m.trashedAt.toLocalTime().toString(Qt::ISODate) << '\t' << Display::forTerminal(m.summary.from)
                  << '\t' << Display::forTerminal(m.summary.subject) << '\n';
        }
    }
    c.out.flush();
    return ExitOk;
}

/// What restore and delete-local do to the UIDLs named after the account.
using UidAction = bool (Store::Trash::*)(qint64, const QVector<QByteArray> &, QVector<QByteArray> *, QString *);

/// Runs `action` on the account and UIDLs of c.args; prints `doneText` (%1 the account, %n the
/// count) and names each UIDL left out with `whyText`, exit 1 then.
int onNamedUids(Context &c, const QString &usage, UidAction action, const char *doneText, const QString &whyText)
{
    if (c.args.size() < 2) {
        printError(c.err, usage);
        return ExitUsage;
    }
    int failure = ExitOk;
    const auto account = accountNamed(c, c.args.first(), &failure);
    if (!account)
        return failure;
    const QVector<QByteArray> uids = uidArguments(c.args.mid(1));
    QVector<QByteArray> done;
    QString error;
    if (!(c.profile.trash().*action)(account->id, uids, &done, &error)) {
        printError(c.err, Text::tr("local store: %1").arg(error));
        return ExitFailure;
    }
    c.out << Text::tr(doneText, nullptr, int(done.size())).arg(Display::forTerminal(account->name)) << Qt::endl;
    return reportLeftOut(c, uids, done, whyText) ? ExitFailure : ExitOk;
}

int restore(Context &c)
{
    return onNamedUids(c, QStringLiteral("trash restore NAME UIDL..."), &Store::Trash::restore,
                       QT_TRANSLATE_N_NOOP("PoplarSync", "%1: %n message(s) restored from the Trash"),
                       Text::tr("%1 is not in the Trash"));
}

int empty(Context &c)
{
    int failure = ExitOk;
    const auto accounts = selectedAccounts(c, &failure);
    if (failure != ExitOk)
        return failure;
    for (const Account::AccountSettings &account : accounts) {
        QVector<QByteArray> deleted;
        QString error;
        if (!c.profile.trash().empty(account.id, &deleted, &error)) {
            printError(c.err, Text::tr("local store: %1").arg(error));
            return ExitFailure;
        }
        c.out << Text::tr("%1: %n message(s) deleted for good", nullptr, int(deleted.size()))
                     .arg(Display::forTerminal(account.name));
        if (!deleted.isEmpty() && account.policy == Account::RetentionPolicy::DeleteWhenDeletedLocally)
            c.out << Text::tr("; deleted on the server at the next check");
        c.out << Qt::endl;
    }
    return ExitOk;
}

int keepDays(Context &c)
{
    Store::Trash &trash = c.profile.trash();
    if (c.args.isEmpty()) {
        const auto days = trash.keepDays();
        if (!days)
            return readFailure(c, days.error());
        c.out << *days << Qt::endl;
        return ExitOk;
    }
    bool ok = false;
    const int days = c.args.first().toInt(&ok);
    if (!ok || days < 0 || c.args.size() > 1) {
        printError(c.err, QStringLiteral("trash keep-days [DAYS]  (0: until emptied)"));
        return ExitUsage;
    }
    QString error;
    if (!trash.setKeepDays(days, &error)) {
        printError(c.err, Text::tr("local store: %1").arg(error));
        return ExitFailure;
    }
    return expireTrash(c) ? ExitOk : ExitFailure;
}

} // namespace

bool expireTrash(Context &c)
{
    QString error;
    if (c.profile.trash().removeRecordedFiles(&error)
        && c.profile.trash().expire(QDateTime::currentDateTimeUtc(), nullptr, &error))
        return true;
    printError(c.err, Text::tr("local store: %1").arg(error));
    return false;
}

int deleteLocalCommand(Context &c)
{
    return onNamedUids(c, QStringLiteral("delete-local NAME UIDL..."), &Store::Trash::moveToTrash,
                       QT_TRANSLATE_N_NOOP("PoplarSync", "%1: %n message(s) moved to the Trash"),
                       Text::tr("%1 is not a downloaded message (delete NAME UIDL deletes on the server)"));
}

int trashCommand(Context &c)
{
    const QString sub = c.args.value(0);
    Context rest{c.parser, c.args.mid(1), c.out, c.err, c.profile};
    if (sub == QLatin1String("list"))
        return c.profile.isReadOnly() || expireTrash(rest) ? listTrash(rest) : ExitFailure;
    if (sub == QLatin1String("restore"))
        return restore(rest);
    if (sub == QLatin1String("empty"))
        return empty(rest);
    if (sub == QLatin1String("keep-days"))
        return keepDays(rest);
    printError(c.err, QStringLiteral("trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME] | "
                                     "trash keep-days [DAYS]"));
    return ExitUsage;
}

} // namespace Poplar::Cli

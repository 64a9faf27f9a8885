#include "TriageCommands.h"

#include "CommandLine.h"
#include "display/OutsideText.h"
#include "triage/RuleFile.h"

#include <QFile>
#include <QSaveFile>

namespace Poplar::Cli {

namespace {

int usage(Context &c, const QString &message)
{
    printError(c.err, message);
    return ExitUsage;
}

/// The index of the rule named `key` (or numbered, from 1); -1 when there is none.
int ruleIndex(const QVector<Triage::Rule> &rules, const QString &key)
{
    bool number = false;
    const int n = key.toInt(&number);
    if (number && n >= 1 && n <= rules.size())
        return n - 1;
    for (int i = 0; i < rules.size(); ++i) {
        if (rules.at(i).name == key)
            return i;
    }
    return -1;
}

std::optional<Account::AccountSettings> account(Context &c, const QString &name)
{
    QString error;
    const auto found = c.profile.accounts().findByName(name, &error);
    if (!error.isEmpty())
        readFailure(c, error);
    else if (!found)
        printError(c.err, Text::tr("no account named %1").arg(name));
    return found;
}

QString reasonName(const QString &reason)
{
    if (reason == QLatin1String("hand"))
        return Text::tr("by hand");
    if (reason == QLatin1String("rule"))
        return Text::tr("by rule");
    return Text::tr("by policy");
}

} // namespace

void addTriageCommandOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("if"), Text::tr("rules add: a condition, e.g. 'subject contains \"lottery\"' (repeat for more)."),
                      QStringLiteral("CONDITION")});
    parser.addOption({QStringLiteral("then"),
                      Text::tr("rules add: mark-spam, delete-on-server, keep-on-server, always-download or download-now."),
                      QStringLiteral("ACTION")});
    parser.addOption({QStringLiteral("any"), Text::tr("rules add: any condition suffices (default: all).")});
    parser.addOption({QStringLiteral("without-review"),
                      Text::tr("rules add: delete-on-server deletes in the run that finds the message, unreviewed.")});
    parser.addOption({QStringLiteral("for"), Text::tr("rules add: only for this account (default: every account)."),
                      QStringLiteral("ACCOUNT")});
    parser.addOption({QStringLiteral("replace"), Text::tr("rules import: replace the rules instead of adding to them.")});
    parser.addOption({QStringLiteral("apply-rules"), Text::tr("check, download: print what triage decided for each new message.")});
    parser.addOption({QStringLiteral("no-rules"), Text::tr("check, download: leave triage (rules, lists, spam hints) out.")});
}

int rulesCommand(Context &c)
{
    Triage::TriageStore store(c.profile.database());
    const QString sub = c.args.value(0);
    auto read = store.rules();
    if (!read)
        return readFailure(c, read.error());
    const QVector<Triage::Rule> rules = read.value();
    QString error;
    if (sub == QLatin1String("list") && c.args.size() == 1) {
        for (int i = 0; i < rules.size(); ++i) {
            const Triage::Rule &r = rules.at(i);
            QStringList conditions;
            for (const Triage::Condition &condition : r.conditions)
                conditions << Triage::conditionText(condition);
            c.out << (i + 1) << '\t' << Display::forTerminal(r.name) << '\t'
                  << (r.accountName.isEmpty() ? QStringLiteral("*") : Display::forTerminal(r.accountName)) << '\t'
                  << Triage::actionName(r.action) << (r.withoutReview ? QStringLiteral(" without-review") : QString())
                  << '\t' << (r.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")) << '\t'
                  << r.matchCount << '\t'
                  << Display::forTerminal(conditions.join(r.matchAll ? QStringLiteral(" and ") : QStringLiteral(" or ")))
                  << '\n';
        }
        c.out.flush();
        return ExitOk;
    }
    if (sub == QLatin1String("add") && c.args.size() == 2) {
        Triage::Rule rule;
        rule.name = c.args.at(1);
        rule.matchAll = !c.parser.isSet(QStringLiteral("any"));
        rule.withoutReview = c.parser.isSet(QStringLiteral("without-review"));
        rule.accountName = c.parser.value(QStringLiteral("for"));
        for (const QString &text : c.parser.values(QStringLiteral("if"))) {
            QStringList words;
            if (!Triage::splitRuleLine(text, &words))
                return usage(c, Text::tr("a quote is not closed in: %1").arg(text));
            QString conditionError;
            rule.conditions.append(Triage::parseCondition(words, &conditionError));
            if (!conditionError.isEmpty())
                return usage(c, conditionError);
        }
        const auto action = Triage::actionFromName(c.parser.value(QStringLiteral("then")));
        if (rule.conditions.isEmpty() || !action)
            return usage(c, QStringLiteral("rules add NAME --if CONDITION... --then ACTION [--any] [--without-review] "
                                           "[--for ACCOUNT]"));
        rule.action = *action;
        if (rule.withoutReview && rule.action != Triage::Action::DeleteOnServer)
            return usage(c, Text::tr("--without-review goes with delete-on-server only"));
        if (!store.addRule(rule, &error))
            return usage(c, error);
        return ExitOk;
    }
    if (sub == QLatin1String("remove") && c.args.size() == 2) {
        const int index = ruleIndex(rules, c.args.at(1));
        if (index < 0)
            return usage(c, Text::tr("no rule %1").arg(c.args.at(1)));
        return store.removeRule(rules.at(index).id, &error) ? ExitOk : readFailure(c, error);
    }
    if (sub == QLatin1String("move") && c.args.size() == 3) {
        const int index = ruleIndex(rules, c.args.at(1));
        bool ok = false;
        const int position = c.args.at(2).toInt(&ok);
        if (index < 0 || !ok || position < 1)
            return usage(c, QStringLiteral("rules move NAME|N POSITION"));
        return store.moveRule(rules.at(index).id, position - 1, &error) ? ExitOk : readFailure(c, error);
    }
    if (sub == QLatin1String("export") && c.args.size() <= 2) {
        const QByteArray text = Triage::writeRules(rules);
        if (c.args.size() == 1) {
            c.out << QString::fromUtf8(text) << Qt::flush;
            return ExitOk;
        }
        QSaveFile file(c.args.at(1));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            printError(c.err, Text::tr("cannot write %1: %2").arg(c.args.at(1), file.errorString()));
            return ExitFailure;
        }
        return ExitOk;
    }
    if (sub == QLatin1String("import") && c.args.size() == 2) {
        QFile file(c.args.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(c.err, Text::tr("cannot read %1: %2").arg(c.args.at(1), file.errorString()));
            return ExitFailure;
        }
        QVector<Triage::Rule> imported = Triage::readRules(file.read(1024 * 1024), &error);
        if (!error.isEmpty())
            return usage(c, c.args.at(1) + QLatin1String(": ") + error);
        if (c.parser.isSet(QStringLiteral("replace"))) {
            for (const Triage::Rule &r : rules) {
                if (!store.removeRule(r.id, &error))
                    return readFailure(c, error);
            }
        }
        for (Triage::Rule &rule : imported) {
            if (!store.addRule(rule, &error))
                return usage(c, error);
        }
        c.out << Text::tr("%n rule(s) imported", nullptr, int(imported.size())) << Qt::endl;
        return ExitOk;
    }
    return usage(c, QStringLiteral("rules list | add NAME --if CONDITION... --then ACTION | remove NAME|N | "
                                   "move NAME|N POSITION | export [FILE] | import FILE [--replace]"));
}

int listCommand(Context &c, Triage::ListKind kind)
{
    Triage::TriageStore store(c.profile.database());
    const QString sub = c.args.value(0);
    const QStringList entries = c.args.mid(1);
    QString error;
    if (sub == QLatin1String("list") && entries.isEmpty()) {
        const auto read = store.listEntries(kind);
        if (!read)
            return readFailure(c, read.error());
        for (const Triage::ListEntry &e : read.value())
            c.out << Display::forTerminal(e.entry) << '\t' << e.origin << '\t' << e.addedAt.toLocalTime().toString(Qt::ISODate)
                  << '\n';
        c.out.flush();
        return ExitOk;
    }
    if (sub == QLatin1String("add") && !entries.isEmpty()) {
        int added = 0;
        for (const QString &e : entries) {
            if (Triage::normalizeEntry(e).isEmpty())
                return usage(c, Text::tr("not an address or domain: %1").arg(e));
        }
        return store.addToList(kind, entries, QStringLiteral("user"), &added, &error) ? ExitOk : readFailure(c, error);
    }
    if (sub == QLatin1String("remove") && !entries.isEmpty()) {
        int code = ExitOk;
        for (const QString &e : entries) {
            bool removed = false;
            if (!store.removeFromList(kind, e, &removed, &error))
                return readFailure(c, error);
            if (!removed) {
                printError(c.err, Text::tr("not on the list: %1").arg(e));
                code = ExitUsage;
            }
        }
        return code;
    }
    if (sub == QLatin1String("import-vcard") && kind == Triage::ListKind::Friends && entries.size() == 1) {
        QFile file(entries.first());
        if (!file.open(QIODevice::ReadOnly)) {
            printError(c.err, Text::tr("cannot read %1: %2").arg(entries.first(), file.errorString()));
            return ExitFailure;
        }
        const QStringList addresses = Triage::vCardAddresses(file.read(16 * 1024 * 1024));
        int added = 0;
        if (!store.addToList(kind, addresses, QStringLiteral("vcard"), &added, &error))
            return readFailure(c, error);
        c.out << Text::tr("%n friend(s) added", nullptr, added) << Qt::endl;
        return ExitOk;
    }
    return usage(c, kind == Triage::ListKind::Friends
                        ? QStringLiteral("friends add ENTRY... | remove ENTRY... | list | import-vcard FILE")
                        : QStringLiteral("block add ENTRY... | remove ENTRY... | list"));
}

void spamCommand(Context &c, bool spam, const Done &done)
{
    QStringList args = c.args;
    if (spam && (args.value(0) == QLatin1String("mark") || args.value(0) == QLatin1String("unmark"))) {
        spam = args.takeFirst() == QLatin1String("mark");
    }
    if (args.size() < 2)
        return done(usage(c, QStringLiteral("spam NAME UIDL... | ham NAME UIDL... | spam mark|unmark NAME UIDL...")));
    const auto found = account(c, args.first());
    if (!found)
        return done(ExitUsage);
    QVector<QByteArray> uids;
    for (const QString &uid : args.mid(1))
        uids.append(uid.toUtf8());
    // The classifier learns in its own process; the verdict is recorded when it has answered.
    auto triager = std::make_shared<Triage::Triager>(c.profile.database(), c.profile.messages(), c.profile.directory());
    triager->markSpam(found->id, uids, spam, [triager, &err = c.err, done](bool ok, const QString &error) {
        if (!ok)
            printError(err, Text::tr("the classifier did not learn: %1").arg(error));
        done(ok ? ExitOk : ExitFailure);
    });
}

int deletedCommand(Context &c)
{
    const QString sub = c.args.value(0);
    QString search;
    QString accountName;
    if (sub == QLatin1String("list") && c.args.size() <= 2) {
        accountName = c.args.value(1);
    } else if (sub == QLatin1String("search") && (c.args.size() == 2 || c.args.size() == 3)) {
        search = c.args.at(1);
        accountName = c.args.value(2);
    } else {
        return usage(c, QStringLiteral("deleted list [NAME] | deleted search TEXT [NAME]"));
    }
    qint64 accountId = 0;
    if (!accountName.isEmpty()) {
        const auto found = account(c, accountName);
        if (!found)
            return ExitUsage;
        accountId = found->id;
    }
    QString error;
    const auto accounts = c.profile.accounts().all(&error);
    QHash<qint64, QString> names;
    for (const auto &a : accounts)
        names.insert(a.id, a.name);
    Triage::TriageStore store(c.profile.database());
    const auto read = store.deletedMessages(accountId, search);
    if (!read)
        return readFailure(c, read.error());
    for (const Triage::DeletedMessage &d : read.value()) {
        QString why = reasonName(d.reason);
        if (!d.ruleName.isEmpty())
            why += QLatin1String(": ") + d.ruleName;
        c.out << d.deletedAt.toLocalTime().toString(Qt::ISODate) << '\t' << Display::forTerminal(names.value(d.accountId))
              << '\t' << uidForTerminal(d.uid) << '\t' << Display::forTerminal(why) << '\t'
              << Display::forTerminal(d.from) << '\t' << Display::forTerminal(d.subject) << '\n';
    }
    c.out.flush();
    return ExitOk;
}

int triageCommand(Context &c)
{
    Triage::TriageStore store(c.profile.database());
    const QString sub = c.args.value(0);
    const QString key = c.args.value(1);
    QString error;
    if (sub == QLatin1String("show") && c.args.size() == 1) {
        const QString classifier = store.setting(Triage::Setting::ClassifierCommand);
        const Triage::ClassifierConfig config = Triage::classifierConfig(classifier, c.profile.directory());
        c.out << "learn-friends\t"
              << (store.setting(Triage::Setting::LearnFriends, QStringLiteral("1")) == QLatin1String("0") ? "no" : "yes")
              << "\nkeep-deleted-days\t" << store.setting(Triage::Setting::DeletedKeepDays, QStringLiteral("30"))
              << "\nclassifier\t"
              << (config.kind == Triage::ClassifierConfig::Kind::None ? QStringLiteral("none")
                  : config.kind == Triage::ClassifierConfig::Kind::Bogofilter
                      ? QStringLiteral("bogofilter ") + config.wordlistDir
                      : Display::forTerminal(QStringList{config.classifyCommand, config.spamCommand, config.hamCommand}
                                                 .join(QLatin1String(" | "))))
              << Qt::endl;
        return ExitOk;
    }
    bool ok = false;
    if (sub == QLatin1String("set") && c.args.size() == 3 && key == QLatin1String("learn-friends")
        && (c.args.at(2) == QLatin1String("yes") || c.args.at(2) == QLatin1String("no")))
        ok = store.setSetting(Triage::Setting::LearnFriends, c.args.at(2) == QLatin1String("yes") ? QStringLiteral("1")
                                                                                                 : QStringLiteral("0"), &error);
    else if (sub == QLatin1String("set") && c.args.size() == 3 && key == QLatin1String("keep-deleted-days")
             && c.args.at(2).toInt() > 0)
        ok = store.setSetting(Triage::Setting::DeletedKeepDays, QString::number(c.args.at(2).toInt()), &error);
    else if (sub == QLatin1String("set") && c.args.size() == 3 && key == QLatin1String("classifier")
             && (c.args.at(2) == QLatin1String("auto") || c.args.at(2) == QLatin1String("none")))
        ok = store.setSetting(Triage::Setting::ClassifierCommand,
                              c.args.at(2) == QLatin1String("none") ? QStringLiteral("none") : QString(), &error);
    else if (sub == QLatin1String("set") && c.args.size() == 5 && key == QLatin1String("classifier-command"))
        ok = store.setSetting(Triage::Setting::ClassifierCommand,
                              QStringLiteral("command:") + c.args.mid(2).join(QLatin1Char('\n')), &error);
    else
        return usage(c, QStringLiteral("triage show | triage set learn-friends yes|no | keep-deleted-days N | "
                                       "classifier auto|none | classifier-command CLASSIFY TRAIN-SPAM TRAIN-HAM"));
    return ok ? ExitOk : readFailure(c, error);
}

namespace {

/// One `process` over several accounts: each account's marked messages are deleted on the server,
/// then the rest downloaded as the rules say, one run after the other, each step on the previous
/// run's end.
struct ProcessRun {
    Context c;
    QVector<Account::AccountSettings> accounts;
    int next = 0;
    int exitCode = ExitOk;
    Done done;
};

void processNext(const std::shared_ptr<ProcessRun> &run)
{
    if (run->next >= run->accounts.size())
        return run->done(run->exitCode);
    const Account::AccountSettings a = run->accounts.at(run->next++);
    Context single{run->c.parser, {a.name}, run->c.out, run->c.err, run->c.profile};
    auto download = [run, single]() mutable {
        syncAccounts(single, Sync::Operation::Download, {}, [run](int code) {
            if (code != ExitOk)
                run->exitCode = code;
            processNext(run);
        });
    };
    const auto marked = Triage::TriageStore(run->c.profile.database()).markedForDeletion(a.id);
    if (!marked)
        return run->done(readFailure(run->c, marked.error()));
    if (marked->isEmpty())
        return download();
    syncAccounts(single, Sync::Operation::DeleteOnServer, marked.value(), [run, download](int code) mutable {
        if (code == ExitOk)
            return download();
        run->exitCode = code; // nothing downloaded from an account whose deletions failed
        processNext(run);
    });
}

} // namespace

void processCommand(Context &c, const Done &done)
{
    QVector<Account::AccountSettings> accounts;
    QString error;
    if (c.args.size() == 1) {
        const auto found = account(c, c.args.first());
        if (!found)
            return done(ExitUsage);
        accounts.append(*found);
    } else if (c.args.isEmpty()) {
        accounts = c.profile.accounts().all(&error);
        if (!error.isEmpty())
            return done(readFailure(c, error));
    } else {
        return done(usage(c, QStringLiteral("process [NAME]")));
    }
    processNext(std::make_shared<ProcessRun>(ProcessRun{c, accounts, 0, ExitOk, done}));
}

void printDecisions(Context &c, const Account::AccountSettings &account, const QVector<Triage::Decision> &decisions)
{
    for (const Triage::Decision &d : decisions) {
        const Triage::Judgement &j = d.judgement;
        QString action = j.mark.action.isEmpty() ? (j.mark.spam ? QStringLiteral("spam") : QStringLiteral("none"))
                                                 : j.mark.action;
        if (j.deleteNow)
            action += QLatin1String(" without-review");
        QString reasons = j.mark.reasons;
        reasons.replace(QLatin1Char('\n'), QLatin1String("; "));
        c.out << Display::forTerminal(account.name) << '\t' << uidForTerminal(d.uid) << '\t' << action << '\t'
              << Text::tr("score %1").arg(j.mark.score) << '\t' << Display::forTerminal(d.from) << '\t'
              << Display::forTerminal(d.subject) << '\t' << Display::forTerminal(reasons) << '\n';
    }
    c.out.flush();
}

} // namespace Poplar::Cli

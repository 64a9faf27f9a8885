#include "triage/Triager.h"

#include "log/Logging.h"
#include "store/Database.h"
#include "store/MessageStore.h"
#include "triage/Address.h"

#include <QCoreApplication>

namespace Poplar::Triage {

namespace {

/// Most bytes of one preview handed to the classifier.
constexpr qsizetype MaxClassifiedBytes = 64 * 1024;

/// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Poplar::Triage::Triager)
};

Hint classifierHint(const ClassifierVerdict &verdict, const QString &name)
{
    const QString score = verdict.spamicity >= 0 ? QString::number(verdict.spamicity, 'f', 2) : QStringLiteral("?");
    switch (verdict.kind) {
    case ClassifierVerdict::Kind::Spam:
        return {QStringLiteral("classifier-spam"), 5, Text::tr("The classifier (%1) rates it spam (%2).").arg(name, score)};
    case ClassifierVerdict::Kind::Unsure:
        return {QStringLiteral("classifier-unsure"), 2, Text::tr("The classifier (%1) is unsure (%2).").arg(name, score)};
    case ClassifierVerdict::Kind::Ham:
        return {QStringLiteral("classifier-ham"), -3, Text::tr("The classifier (%1) rates it not spam (%2).").arg(name, score)};
    case ClassifierVerdict::Kind::Unknown:
        break;
    }
    return {};
}

} // namespace

Judgement judgeMessage(MessageFacts &facts, const SenderLists &lists, const RuleSet &rules, qint64 accountId,
                       const ClassifierVerdict &verdict, int userVerdict, const QString &classifierName,
                       const QDateTime &now)
{
    SpamAssessment assessment = assessHeaders(facts.headers(), now);
    if (verdict.kind != ClassifierVerdict::Kind::Unknown)
        assessment.hints.append(classifierHint(verdict, classifierName));
    facts.isFriend = lists.isFriend(facts.senderAddress());
    facts.isBlocked = lists.isBlocked(facts.senderAddress());
    if (facts.isBlocked)
        assessment.hints.append({QStringLiteral("blocklist"), 10, Text::tr("The sender is on your blocklist.")});
    bool spam = assessment.isSpam();
    if (facts.isFriend && !facts.isBlocked) {
        spam = false;
        assessment.hints.append({QStringLiteral("friend"), 0, Text::tr("The sender is a friend: never spam.")});
    }
    if (userVerdict != 0) {
        spam = userVerdict > 0;
        assessment.hints.append({QStringLiteral("user-verdict"), 0,
                                 spam ? Text::tr("You marked it as spam.") : Text::tr("You marked it as not spam.")});
    }
    facts.isSpam = spam;
    facts.score = assessment.score();

    Judgement j;
    j.mark.score = facts.score;
    j.mark.userVerdict = userVerdict;
    j.ruleIndex = rules.firstMatch(facts, accountId);
    QString reasons = assessment.reasons();
    if (j.ruleIndex >= 0) {
        const Rule &rule = rules.rules().at(j.ruleIndex);
        j.mark.ruleName = rule.name;
        j.mark.action = actionName(rule.action);
        switch (rule.action) {
        case Action::MarkSpam: spam = true; break;
        case Action::DeleteOnServer:
            j.mark.markedDelete = true;
            j.deleteNow = rule.withoutReview;
            break;
        case Action::KeepOnServer: j.mark.hidden = true; break;
        case Action::AlwaysDownload: j.alwaysDownload = true; break;
        case Action::DownloadNow: j.downloadNow = true; break;
        }
        const QString line = Text::tr("Rule \"%1\": %2.").arg(rule.name, actionText(rule.action, rule.withoutReview));
        reasons = reasons.isEmpty() ? line : reasons + QLatin1Char('\n') + line;
    }
    j.mark.spam = spam;
    j.mark.reasons = reasons;
    return j;
}

Triager::Triager(Store::Database &database, Store::MessageStore &messages, const QString &profileDir, QObject *parent)
    : QObject(parent), m_profileDir(profileDir), m_messages(messages), m_store(database)
{
    m_classifier = std::make_unique<Classifier>(
        classifierConfig(m_store.setting(Setting::ClassifierCommand), profileDir), this);
}

Triager::~Triager() = default;

Sync::TriageDecisions Triager::standing(qint64 accountId)
{
    Sync::TriageDecisions decisions;
    const auto marks = m_store.standingMarks(accountId);
    if (!marks) {
        qCWarning(Log::sync) << "triage marks unreadable:" << marks.error();
        return decisions;
    }
    for (const Mark &m : marks.value()) {
        if (m.spam || m.markedDelete || m.hidden)
            decisions.neverDownload.insert(m.uid);
        else if (m.action == actionName(Action::AlwaysDownload))
            decisions.alwaysDownload.insert(m.uid);
    }
    return decisions;
}

bool Triager::judgesBeforeDownload(qint64 accountId)
{
    const auto rules = m_store.rules();
    for (const Rule &r : rules.value()) {
        if (r.enabled && (r.accountId == 0 || r.accountId == accountId))
            return true;
    }
    const auto blocked = m_store.listEntries(ListKind::Blocklist);
    return !rules || !blocked || !blocked->isEmpty();
}

void Triager::judge(qint64 accountId, const QVector<QByteArray> &uids,
                    std::function<void(const Sync::TriageDecisions &)> done)
{
    judgeMessages(accountId, uids, false, std::move(done));
}

void Triager::rejudge(qint64 accountId, const QVector<QByteArray> &uids)
{
    judgeMessages(accountId, uids, true, [](const Sync::TriageDecisions &) {});
}

/// One judging of many messages, a chunk at a time.
struct Triager::JudgeRun {
    qint64 accountId = 0;
    QVector<QByteArray> wanted;
    qsizetype next = 0; ///< index in `wanted` of the next chunk's first message
    bool again = false;
    SenderLists lists;
    RuleSet rules;
    Sync::TriageDecisions decisions;
    std::function<void(const Sync::TriageDecisions &)> done;
};

void Triager::judgeMessages(qint64 accountId, const QVector<QByteArray> &uids, bool again,
                            std::function<void(const Sync::TriageDecisions &)> done)
{
    // Also what was never judged: stored by a dry run, or before triage existed.
    QVector<QByteArray> wanted = uids;
    const QSet<QByteArray> given(uids.cbegin(), uids.cend());
    const auto unjudged = again ? Store::ReadResult<QVector<QByteArray>>(QVector<QByteArray>()) : m_store.unjudged(accountId);
    for (const QByteArray &uid : unjudged.value()) {
        if (!given.contains(uid))
            wanted.append(uid);
    }
    if (wanted.isEmpty()) { // nothing to judge: the account's marks are not read at all
        QMetaObject::invokeMethod(this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    const auto lists = m_store.senderLists();
    const auto rules = m_store.rules();
    if (!lists || !rules) {
        qCWarning(Log::sync) << "triage cannot read the store:" << lists.error() << rules.error();
        QMetaObject::invokeMethod(this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    auto run = std::make_shared<JudgeRun>();
    run->accountId = accountId;
    run->wanted = std::move(wanted);
    run->again = again;
    run->lists = lists.value();
    run->rules = RuleSet(rules.value());
    run->done = std::move(done);
    judgeChunk(run);
}

void Triager::judgeChunk(const std::shared_ptr<JudgeRun> &run)
{
    // A chunk at a time: a first check of 50,000 messages holds the previews of one chunk, not all.
    const QVector<QByteArray> chunk = run->wanted.mid(run->next, JudgeChunkMessages);
    run->next += chunk.size();
    auto read = m_messages.messages(run->accountId, chunk);
    const auto marks = m_store.marks(run->accountId, chunk);
    if (!read || !marks) {
        qCWarning(Log::sync) << "triage cannot read the store:" << read.error() << marks.error();
        QMetaObject::invokeMethod(this, [run] { run->done({}); }, Qt::QueuedConnection);
        return;
    }
    auto messages = std::make_shared<QVector<Store::StoredMessage>>(std::move(read).value());
    QVector<QByteArray> previews;
    previews.reserve(messages->size());
    for (const Store::StoredMessage &m : std::as_const(*messages))
        previews.append(m.headers.left(MaxClassifiedBytes)); // the classifier's input stays bounded
    m_classifier->classify(previews, [this, run, messages, known = marks.value()](const QVector<ClassifierVerdict> &verdicts) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Sync::TriageDecisions decisions; // this chunk's, added to the run's once recorded
        QVector<Mark> newMarks;
        QHash<qint64, int> counts;
        QVector<QByteArray> judged;
        for (int i = 0; i < messages->size(); ++i) {
            const Store::StoredMessage &m = messages->at(i);
            if (m.headers.isEmpty())
                continue;
            MessageFacts facts(m.headers, m.serverSize);
            Judgement j = judgeMessage(facts, run->lists, run->rules, run->accountId, verdicts.value(i),
                                       known.value(m.uid).userVerdict, m_classifier->config().name(), now);
            j.mark.uid = m.uid;
            if (run->again) // a mark for deletion stays as the first judgement (or the user) left it
                j.mark.markedDelete = known.value(m.uid).markedDelete;
            newMarks.append(j.mark);
            judged.append(m.uid);
            // Judging again leaves rule counters and deletions alone.
            if (j.ruleIndex >= 0 && !run->again)
                ++counts[run->rules.rules().at(j.ruleIndex).id];
            if (j.deleteNow && !run->again)
                decisions.deleteNow.append(m.uid);
            if (j.downloadNow)
                decisions.download.insert(m.uid);
            if (j.alwaysDownload)
                decisions.alwaysDownload.insert(m.uid);
            if (j.mark.spam || j.mark.markedDelete || j.mark.hidden)
                decisions.neverDownload.insert(m.uid);
            if (!run->again && m_keepDecisions)
                m_decisions.append({m.uid, m.summary.from, m.summary.subject, j});
        }
        if (!m_dryRun) {
            QString error;
            if (!m_store.saveMarks(run->accountId, newMarks, &error) || !m_store.countMatches(counts, &error)
                || !m_messages.setDeleteRequested(run->accountId, decisions.deleteNow, true, &error)) {
                qCWarning(Log::sync) << "triage cannot record its marks:" << error;
                // The run goes on with what earlier chunks recorded, as if this chunk had no rules.
                run->done(run->decisions);
                return;
            }
            emit marksChanged(run->accountId, judged);
        }
        run->decisions.download += decisions.download;
        run->decisions.alwaysDownload += decisions.alwaysDownload;
        run->decisions.neverDownload += decisions.neverDownload;
        run->decisions.deleteNow += decisions.deleteNow;
        if (run->next < run->wanted.size()) {
            judgeChunk(run);
            return;
        }
        run->done(m_dryRun ? Sync::TriageDecisions() : run->decisions);
    });
}

void Triager::downloaded(qint64 accountId, const QVector<QByteArray> &uids)
{
    if (m_dryRun || m_store.setting(Setting::LearnFriends, QStringLiteral("1")) == QLatin1String("0"))
        return;
    const auto read = m_messages.senders(accountId, uids);
    const auto lists = m_store.senderLists();
    const auto marks = m_store.standingMarks(accountId); // every spam mark is among them
    if (!read || !lists || !marks)
        return;
    QStringList senders;
    for (auto it = read->cbegin(); it != read->cend(); ++it) {
        const QString address = parseMailbox(it.value()).address;
        if (!address.isEmpty() && !lists->isBlocked(address) && !marks->value(it.key()).spam)
            senders << address;
    }
    senders.removeDuplicates(); // most mail comes from few senders
    QString error;
    int added = 0;
    if (!m_store.addToList(ListKind::Friends, senders, QStringLiteral("learned"), &added, &error))
        qCWarning(Log::sync) << "cannot learn friends:" << error;
}

void Triager::markSpam(qint64 accountId, const QVector<QByteArray> &uids, bool spam,
                       std::function<void(bool, const QString &)> done)
{
    const auto read = m_messages.messages(accountId, uids);
    const auto marks = m_store.marks(accountId);
    QString error;
    if (!read || !marks) {
        error = read ? marks.error() : read.error();
        QMetaObject::invokeMethod(this, [done, error] { done(false, error); }, Qt::QueuedConnection);
        return;
    }
    // Learnt the other way before: that is taken back first; learnt this way already: not again.
    QVector<QByteArray> fresh, flipped;
    QStringList senders;
    for (const Store::StoredMessage &m : read.value()) {
        const int before = marks->value(m.uid).userVerdict;
        if (before == (spam ? 1 : -1))
            continue;
        (before == 0 ? fresh : flipped).append(m.headers);
        senders << parseMailbox(m.summary.from).address;
    }
    if (!m_store.setUserVerdict(accountId, uids, spam ? 1 : -1, &error)) {
        QMetaObject::invokeMethod(this, [done, error] { done(false, error); }, Qt::QueuedConnection);
        return;
    }
    if (!spam && m_store.setting(Setting::LearnFriends, QStringLiteral("1")) != QLatin1String("0")) {
        int added = 0;
        if (!m_store.addToList(ListKind::Friends, senders, QStringLiteral("learned"), &added, &error))
            qCWarning(Log::sync) << "cannot learn friends:" << error;
    }
    emit marksChanged(accountId, uids);
    if (!m_classifier->isEnabled()) {
        QMetaObject::invokeMethod(this, [done] { done(true, QString()); }, Qt::QueuedConnection);
        return;
    }
    auto results = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(2);
    auto finishOne = [done, results, pending](bool ok, const QString &why) {
        if (!ok)
            results->append(why);
        if (--*pending == 0)
            done(results->isEmpty(), results->join(QLatin1String("; ")));
    };
    m_classifier->train(fresh, spam, false, finishOne);
    m_classifier->train(flipped, spam, true, finishOne);
}

} // namespace Poplar::Triage

#pragma once

#include "sync/TriageHook.h"
#include "triage/Classifier.h"
#include "triage/Rule.h"
#include "triage/SenderLists.h"
#include "triage/SpamHints.h"
#include "triage/TriageStore.h"

#include <QObject>

#include <memory>

namespace Poplar::Store { class Database; class MessageStore; }

namespace Poplar::Triage {

/// The outcome of judging one message, pure: what the spam hints, the lists, the classifier and
/// the first matching rule make of it.
struct Judgement {
    Mark mark;
    int ruleIndex = -1; ///< index in the RuleSet of the rule that matched; -1 when none did
    bool deleteNow = false;
    bool downloadNow = false;
    bool alwaysDownload = false;
};

/// Judges one message: hints from its headers plus the classifier's verdict; a friend is never
/// spam, a blocked sender always is; the user's own verdict (Mark::userVerdict) overrides both;
/// then the first rule for `accountId` that matches decides what happens.
Judgement judgeMessage(MessageFacts &facts, const SenderLists &lists, const RuleSet &rules, qint64 accountId,
                       const ClassifierVerdict &verdict, int userVerdict, const QString &classifierName,
                       const QDateTime &now);

/// One message as triage judged it, for poplar-sync to print.
struct Decision {
    QByteArray uid;
    QString from;
    QString subject;
    Judgement judgement;
};

/// Triage for a sync run and for the user's own verdicts, over the profile's database: reads the
/// previews a check stored, judges them (classifier asynchronously), records marks, counters and
/// requested deletions, learns friends from downloaded mail and trains the classifier on
/// "Mark as Spam" / "Not Spam". Lives in the thread of its database.
class Triager : public QObject, public Sync::TriageHook {
    Q_OBJECT
public:
    Triager(Store::Database &database, Store::MessageStore &messages, const QString &profileDir,
            QObject *parent = nullptr);
    ~Triager() override;

    /// Most messages judged together (read, classified, recorded) in one step of a judging.
    static constexpr int JudgeChunkMessages = 2000;

    /// Judges and reports, but records nothing and asks the run to do nothing.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    /// Keeps each judgement for decisions() (poplar-sync prints them); off by default, so that a
    /// long-lived triager holds nothing per message judged.
    void setKeepDecisions(bool keep) { m_keepDecisions = keep; }
    /// Every message judged so far, in order, while setKeepDecisions is on.
    const QVector<Decision> &decisions() const { return m_decisions; }
    Classifier &classifier() { return *m_classifier; }
    TriageStore &store() { return m_store; }

    Sync::TriageDecisions standing(qint64 accountId) override;
    bool judgesBeforeDownload(qint64 accountId) override;
    void judge(qint64 accountId, const QVector<QByteArray> &uids,
               std::function<void(const Sync::TriageDecisions &)> done) override;
    void downloaded(qint64 accountId, const QVector<QByteArray> &uids) override;

    /// Judges these messages again (after the lists changed): marks are rewritten, rule counters
    /// and deletions are left alone.
    void rejudge(qint64 accountId, const QVector<QByteArray> &uids);

    /// The user says these messages are spam (or not): records it, trains the classifier on their
    /// previews, and (not spam) adds their senders to friends when friends are learnt. `done`
    /// gets whether training worked (true without a classifier) and why not.
    void markSpam(qint64 accountId, const QVector<QByteArray> &uids, bool spam,
                  std::function<void(bool ok, const QString &error)> done);

signals:
    /// Marks of these messages changed (judged, or the user's verdict).
    void marksChanged(qint64 accountId, const QVector<QByteArray> &uids);

private:
    struct JudgeRun;
    void judgeMessages(qint64 accountId, const QVector<QByteArray> &uids, bool again,
                       std::function<void(const Sync::TriageDecisions &)> done);
    void judgeChunk(const std::shared_ptr<JudgeRun> &run);

    QString m_profileDir;
    Store::MessageStore &m_messages;
    TriageStore m_store;
    std::unique_ptr<Classifier> m_classifier;
    bool m_dryRun = false;
    bool m_keepDecisions = false;
    QVector<Decision> m_decisions;
};

} // namespace Poplar::Triage

#pragma once

#include <QByteArray>
#include <QSet>
#include <QVector>

#include <functional>

namespace Poplar::Sync {

/// What triage decided for a run: which messages it downloads, leaves, or deletes.
struct TriageDecisions {
    QSet<QByteArray> download;       ///< downloaded by this run, even a check ("download now")
    QSet<QByteArray> alwaysDownload; ///< downloaded by download runs whatever the size limit
    QSet<QByteArray> neverDownload;  ///< left on the server by download runs (kept, spam, marked)
    QVector<QByteArray> deleteNow;   ///< deleted on the server by this run (a rule without review)
};

/// Judges messages from their previews for a SyncEngine (core/triage's Triager implements it).
/// Calls come from the engine's thread.
class TriageHook {
public:
    virtual ~TriageHook() = default;
    /// What earlier judgements say, read when a run starts.
    virtual TriageDecisions standing(qint64 accountId) = 0;
    /// True when something (a rule, the blocklist) may keep a new message from being downloaded:
    /// a download run then fetches previews of new messages first, to judge them before RETR.
    virtual bool judgesBeforeDownload(qint64 accountId) = 0;
    /// Judges messages whose previews this run has just stored; `done` is called later (never
    /// from within this call) with what to do, its deleteNow already requested in the store.
    virtual void judge(qint64 accountId, const QVector<QByteArray> &uids,
                       std::function<void(const TriageDecisions &)> done) = 0;
    /// Messages this run downloaded and committed (their senders may become friends).
    virtual void downloaded(qint64 accountId, const QVector<QByteArray> &uids) = 0;
};

} // namespace Poplar::Sync

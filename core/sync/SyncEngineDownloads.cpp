#include "sync/SyncEngine.h"

// Downloads: each message's bytes to its file, the batches and their commit, with the work done
// beside the transfer (file syncs, summaries, the search index).

#include "log/Logging.h"

#include "store/Database.h"
#include "store/MessageStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Poplar::Sync {

void SyncEngine::onBodyChunk(Pop3::CommandId id, const QByteArray &data)
{
    if (ended())
        return;
    if (const auto preview = m_previewRetr.find(id); preview != m_previewRetr.end()) {
        // A preview by RETR keeps no more than a TOP reply would (the size was checked first).
        const qint64 cap = qMin<qint64>(m_session->settings().maxTopBytes, Store::MaxPreviewBytes);
        preview->append(data.left(qMax<qint64>(0, cap + 1 - preview->size())));
        return;
    }
    if (!m_incoming || m_incomingId != id) {
        QString error;
        m_incoming = m_store.beginDownload(m_request.account.id, m_pendingRetr.value(id), &error);
        m_incomingId = id;
        if (!m_incoming) {
            failStore(error);
            return;
        }
    }
    if (!m_incoming->write(QByteArrayView(data))) {
        failStore(tr("cannot write the downloaded message to disk"));
        return;
    }
    m_progress.bytesDone += data.size();
    reportProgress();
}

void SyncEngine::onRetr(const Pop3::Reply &reply)
{
    const QByteArray uid = m_pendingRetr.take(reply.id);
    ++m_progress.done;
    std::unique_ptr<Store::IncomingMessage> incoming;
    if (m_incomingId == reply.id)
        incoming = std::move(m_incoming);
    if (!reply.ok)
        return; // -ERR: nothing stored; the message stays as it was
    if (!incoming) { // an empty message sends no body chunk
        QString error;
        incoming = m_store.beginDownload(m_request.account.id, uid, &error);
        if (!incoming) {
            failStore(error);
            return;
        }
    }
    QString error;
    if (!incoming->finish(&error)) {
        failStore(error);
        return;
    }
    m_batchBytes += incoming->size();
    m_result.bytesDownloaded += incoming->size();
    if (m_batch.empty())
        m_batchClock.start();
    m_batch.push_back(std::move(incoming));
    // Toward the end batches shrink (to half of what is still to come): the last one, whose
    // commit nothing overlaps, stays small.
    const int limit = qMin(m_batchMessages, qMax(MinTailBatch, int(m_pendingRetr.size()) / 2));
    if (int(m_batch.size()) >= limit || m_batchBytes >= m_batchMaxBytes || m_batchClock.elapsed() >= CommitIntervalMs) {
        // Rows that a DELE follows must be on disk first; the others reach it with the last commit.
        const bool deleFollows = m_request.account.policy == Account::RetentionPolicy::DeleteAfterDownload;
        if (commitBatch(&error, deleFollows ? Store::MessageStore::Durability::Full : Store::MessageStore::Durability::Deferred))
            deleteCommitted();
        else
            failStore(error);
    }
}

bool SyncEngine::commitBatch(QString *error, Store::MessageStore::Durability durability)
{
    // The batch before goes first: rows are recorded in the order their messages came.
    if (!recordSyncedBatch(error))
        return false;
    if (!m_batch.empty()) {
        m_batchBytes = 0;
        QStringList files;
        if (!m_store.placeDownloads(m_request.account.id, m_batch, &files, error))
            return false;
        m_syncing = std::move(m_batch);
        m_batch.clear();
        // The thread has the messages to itself until get(): their summaries and search documents
        // are made there, and the documents of the batch before (committed already) written into
        // the index, beside the transfer. The next commit of rows waits for this thread first; any
        // other writer waits for SQLite's lock.
        m_fileSync = std::async(std::launch::async, [this, files, dir = m_store.messageDirectory(m_request.account.id),
                                                     documents = std::exchange(m_unindexed, {})] {
            // The syncs wait for the disk, the decoding and indexing for the processor: side by side.
            auto synced = std::async(std::launch::async, [&files, &dir] { return Store::MessageStore::syncFiles(files, dir); });
            QElapsedTimer clock;
            clock.start();
            auto indexed = std::async(std::launch::async, [this, &documents] {
                if (!documents.isEmpty())
                    indexAside([&documents](Store::SearchIndex &index, QString *error) {
                        return index.writeDocuments(documents, error);
                    });
            });
            for (const auto &m : m_syncing)
                m->summarizeForSearch();
            indexed.get();
            return AsideWork{synced.get(), clock.nsecsElapsed()};
        });
        if (durability == Store::MessageStore::Durability::Deferred)
            return true;
        if (!recordSyncedBatch(error))
            return false;
    }
    // Recorded with the log synced later: synced now, with every deferred commit before it.
    return durability != Store::MessageStore::Durability::Full || m_store.syncDeferredCommits(error);
}

void SyncEngine::indexAside(const std::function<bool(Store::SearchIndex &, QString *)> &write) const
{
    // A connection of this thread's own: Qt's connections belong to the thread that opened them.
    QString error;
    const auto database = Store::Database::open(m_store.database().path(), &error);
    if (database) {
        Store::MessageStore store(*database, m_store.profileDir());
        Store::SearchIndex index(store);
        if (write(index, &error))
            return;
    }
    qCWarning(Log::sync) << "search index not updated:" << error; // SearchIndex::catchUp retries
}

bool SyncEngine::recordSyncedBatch(QString *error)
{
    if (!m_fileSync.valid())
        return true;
    const AsideWork aside = m_fileSync.get();
    m_indexingNs += aside.indexingNs;
    if (!aside.synced) {
        *error = QCoreApplication::translate("Poplar::Store::MessageStore", "cannot sync %1")
                     .arg(m_store.messageDirectory(m_request.account.id));
        return false;
    }
    QVector<QByteArray> uids;
    for (const auto &m : m_syncing)
        uids.append(m->uid());
    QVector<Store::SearchDocument> documents;
    if (!m_store.recordDownloads(m_request.account.id, m_syncing, error, Store::MessageStore::Durability::Deferred,
                                 &documents))
        return false;
    noteCommitted(uids, documents);
    return true;
}

void SyncEngine::noteCommitted(const QVector<QByteArray> &uids, const QVector<Store::SearchDocument> &documents)
{
    m_result.downloaded += int(uids.size());
    m_unindexed += documents; // written by the next batch's thread, or at the end of the run
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray &uid : std::as_const(uids))
        markCommitted(m_known[uid], now);
    emit messagesChanged(m_request.account.id, uids);
    m_committedThisRun += uids;
}

void SyncEngine::markCommitted(Store::MessageStatus &status, const QDateTime &at)
{
    status.downloaded = true;
    status.downloadedAt = at;
    status.damaged = false;
}

/// With delete-after-download, what was just committed goes on the server.
void SyncEngine::deleteCommitted()
{
    if (m_request.account.policy != Account::RetentionPolicy::DeleteAfterDownload)
        return;
    for (const QByteArray &uid : std::as_const(m_committedThisRun)) {
        const int n = m_numberByUid.value(uid);
        if (n > 0 && !m_deleIssued.contains(uid)) {
            m_deleIssued.insert(uid);
            m_pendingDele.insert(m_session->dele(n), uid);
        }
    }
    m_committedThisRun.clear();
}

} // namespace Poplar::Sync

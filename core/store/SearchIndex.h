#pragma once

#include "store/MessageStore.h"
#include "store/ReadResult.h"
#include "store/SearchDocument.h"
#include "store/SearchQuery.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>


namespace Poplar::Store {

/// The full-text index of messages (SQLite FTS5, table `search_text`, one row per message keyed by
/// its row id): decoded From, To and Cc, Subject and body text, accents and case folded, Chinese,
/// Japanese and Korean by character (segmentForIndex). A downloaded message is indexed whole, one
/// still on the server by its preview; `search_indexed` records which, so the index can catch up
/// after the fact. Writes happen in the thread that owns the store (the sync thread); an index
/// write that fails never fails a download: catchUp() indexes what was missed.
class SearchIndex {
public:
    using Source = SearchSource;

    /// One message a search found.
    struct Hit {
        qint64 messageId = 0; ///< the message's row (StoredMessage::id)
        qint64 accountId = 0;
        QByteArray uid;
        double rank = 0; ///< lower is better (SQLite's bm25, negated); 0 when not ranked
    };

    /// `store` must outlive the index and belong to the calling thread.
    explicit SearchIndex(MessageStore &store);

    /// Indexes the previews just saved (the TOP replies in `updates`); `decoded` has the documents
    /// of those already decoded (SearchDocument::fromText), by UIDL.
    [[nodiscard]] bool indexPreviews(qint64 accountId, const QVector<HeaderUpdate> &updates, QString *error,
                                     const QHash<QByteArray, SearchDocument> &decoded = {});
    /// Indexes downloaded messages by UIDL, reading their stored files.
    [[nodiscard]] bool indexDownloads(qint64 accountId, const QVector<QByteArray> &uids, QString *error);
    /// Writes documents decoded already (each naming its message) in one transaction.
    [[nodiscard]] bool writeDocuments(const QVector<SearchDocument> &documents, QString *error);
    /// Indexes up to `batch` messages the index lacks (or knows only by a preview since downloaded),
    /// in one transaction, continuing after the last one it looked at: call it until it returns 0.
    /// Messages whose files cannot be read are passed over until the next SearchIndex.
    ReadResult<int> catchUp(int batch = 200);
    /// How many messages catchUp() still has to index (downloaded ones not fully indexed, previews not indexed).
    ReadResult<int> pending() const;

    /// Messages matching `query`, best first; only those of `accountId` unless it is 0; at most
    /// `limit` (all when negative). A query with nothing to look for finds nothing. More than
    /// MaxRankedHits matches are not ranked (ranking costs most, and means little for a word nearly
    /// every message has): they come newest first.
    ReadResult<QVector<Hit>> search(const SearchQuery &query, qint64 accountId = 0, int limit = -1) const;

    /// The row ids of every account's messages matching `query`, each with its rank as in Hit: what
    /// a list that knows its rows' ids needs, without reading the messages table.
    ReadResult<QHash<qint64, double>> rankedIds(const SearchQuery &query) const;

    /// The most matches search() and rankedIds() rank.
    static constexpr int MaxRankedHits = 1000;
    /// Most bytes of a stored message read for indexing (SearchDocument.h).
    static constexpr qint64 MaxIndexedBytes = Store::MaxIndexedBytes;
    /// Time spent indexing (decoding and writing) by this instance, in nanoseconds: for measurements.
    qint64 nanosecondsSpent() const { return m_spentNs; }

private:
    struct Entry {
        qint64 messageId = 0;
        Source source = Source::Preview;
        QByteArray bytes;
    };
    /// Decodes `entries` and writes them in one transaction.
    bool write(const QVector<Entry> &entries, QString *error);

    MessageStore &m_store;
    qint64 m_catchUpAfter = 0; ///< the last message id catchUp() looked at
    qint64 m_spentNs = 0;
};

} // namespace Poplar::Store

#include "store/SearchIndex.h"

#include "log/Logging.h"
#include "store/Database.h"
#include "store/StoreFailure.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Poplar::Store {

using detail::failQuery;

namespace {

/// Turns SQLite's sync at commit off (synchronous=NORMAL, in WAL mode) while it lives.
class SyncOff {
public:
    explicit SyncOff(QSqlDatabase db) : m_db(std::move(db)) { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=NORMAL")); }
    ~SyncOff() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=FULL")); }
    SyncOff(const SyncOff &) = delete;
    SyncOff &operator=(const SyncOff &) = delete;

private:
    QSqlDatabase m_db;
};

/// Which messages catchUp() has to do: downloaded ones not indexed whole, previews not indexed at all.
const char *const PendingCondition =
    "((m.downloaded_at IS NOT NULL AND m.raw_path IS NOT NULL AND (s.source IS NULL OR s.source < 2)) "
    "OR (m.downloaded_at IS NULL AND m.headers IS NOT NULL AND s.source IS NULL))";

} // namespace

SearchIndex::SearchIndex(MessageStore &store) : m_store(store) {}

bool SearchIndex::indexPreviews(qint64 accountId, const QVector<HeaderUpdate> &updates, QString *error,
                                const QHash<QByteArray, SearchDocument> &decoded)
{
    QVector<SearchDocument> documents;
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral("SELECT id FROM messages WHERE account_id = ? AND uidl = ? AND downloaded_at IS NULL"));
    for (const HeaderUpdate &update : updates) {
        query.addBindValue(accountId);
        query.addBindValue(update.uid);
        if (!query.exec())
            return failQuery(error, query);
        if (query.next()) {
            const auto known = decoded.constFind(update.uid);
            documents.append(known != decoded.constEnd() ? *known : SearchDocument::decode(update.headers, Source::Preview));
            documents.last().messageId = query.value(0).toLongLong();
        }
        query.finish();
    }
    return writeDocuments(documents, error);
}

bool SearchIndex::indexDownloads(qint64 accountId, const QVector<QByteArray> &uids, QString *error)
{
    const auto rows = m_store.messages(accountId, uids, MessageStore::Headers::Omit);
    if (!rows) {
        if (error)
            *error = rows.error();
        return false;
    }
    QVector<SearchDocument> documents;
    for (const StoredMessage &m : rows.value()) {
        if (m.isDownloaded() && !m.rawPath.isEmpty()) {
            documents.append(SearchDocument::decode(SearchDocument::readFile(m.rawPath), Source::Message));
            documents.last().messageId = m.id;
        }
    }
    return writeDocuments(documents, error);
}

ReadResult<int> SearchIndex::catchUp(int batch)
{
    QVector<Entry> entries;
    {
        QSqlQuery query(m_store.database().connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT m.id, m.raw_path, m.downloaded_at IS NOT NULL, "
                                     "CASE WHEN m.downloaded_at IS NULL THEN m.headers END "
                                     "FROM messages m LEFT JOIN search_indexed s ON s.message_id = m.id "
                                     "WHERE m.id > ? AND %1 ORDER BY m.id LIMIT ?").arg(QLatin1String(PendingCondition)));
        query.addBindValue(m_catchUpAfter);
        query.addBindValue(batch);
        if (!query.exec())
            return ReadResult<int>::failure(query.lastError().text());
        const QDir profile(m_store.profileDir());
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            m_catchUpAfter = id;
            if (query.value(2).toBool()) {
                const QByteArray bytes = SearchDocument::readFile(profile.filePath(query.value(1).toString()));
                if (!bytes.isEmpty())
                    entries.append({id, Source::Message, bytes});
            } else {
                entries.append({id, Source::Preview, query.value(3).toByteArray()});
            }
        }
    }
    QString error;
    if (!write(entries, &error))
        return ReadResult<int>::failure(error);
    return int(entries.size());
}

ReadResult<int> SearchIndex::pending() const
{
    QSqlQuery query(m_store.database().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM messages m LEFT JOIN search_indexed s ON s.message_id = m.id "
                                   "WHERE %1").arg(QLatin1String(PendingCondition)))
        || !query.next())
        return ReadResult<int>::failure(query.lastError().text());
    return query.value(0).toInt();
}

bool SearchIndex::write(const QVector<Entry> &entries, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    // Decoding happens before the transaction: the database is locked only while rows are written.
    QVector<SearchDocument> documents;
    documents.reserve(entries.size());
    for (const Entry &entry : entries) {
        documents.append(SearchDocument::decode(entry.bytes, entry.source));
        documents.last().messageId = entry.messageId;
    }
    m_spentNs += clock.nsecsElapsed();
    return writeDocuments(documents, error);
}

bool SearchIndex::writeDocuments(const QVector<SearchDocument> &documents, QString *error)
{
    if (documents.isEmpty())
        return true;
    QElapsedTimer clock;
    clock.start();
    QSqlDatabase db = m_store.database().connection();
    // The index needs no sync of its own: a commit that a crash takes back takes its search_indexed
    // rows with it, and catchUp() indexes those messages again. The next durable commit on this
    // connection (the next download batch) syncs the log with these pages in it anyway.
    const SyncOff syncOff(db);
    Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery known(db);
    QSqlQuery remove(db);
    QSqlQuery insert(db);
    QSqlQuery record(db);
    known.prepare(QStringLiteral("SELECT source FROM search_indexed WHERE message_id = ?"));
    remove.prepare(QStringLiteral("DELETE FROM search_text WHERE rowid = ?"));
    insert.prepare(QStringLiteral("INSERT INTO search_text (rowid, sender, recipients, subject, body) VALUES (?, ?, ?, ?, ?)"));
    record.prepare(QStringLiteral("INSERT OR REPLACE INTO search_indexed (message_id, source) VALUES (?, ?)"));
    for (const SearchDocument &document : documents) {
        known.addBindValue(document.messageId);
        if (!known.exec())
            return failQuery(error, known);
        const bool have = known.next();
        // Another program may have indexed the whole message since this preview was read.
        if (have && known.value(0).toInt() > int(document.source)) {
            known.finish();
            continue;
        }
        known.finish();
        if (have) {
            remove.addBindValue(document.messageId);
            if (!remove.exec())
                return failQuery(error, remove);
        }
        insert.addBindValue(document.messageId);
        insert.addBindValue(document.sender);
        insert.addBindValue(document.recipients);
        insert.addBindValue(document.subject);
        insert.addBindValue(document.body);
        record.addBindValue(document.messageId);
        record.addBindValue(int(document.source));
        if (!insert.exec())
            return failQuery(error, insert);
        if (!record.exec())
            return failQuery(error, record);
    }
    if (!transaction.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    m_spentNs += clock.nsecsElapsed();
    qCDebug(Log::store) << "indexed" << documents.size() << "messages for search in" << clock.elapsed() << "ms";
    return true;
}

ReadResult<QHash<qint64, double>> SearchIndex::rankedIds(const SearchQuery &query) const
{
    QHash<qint64, double> found;
    if (query.isEmpty())
        return found;
    QSqlQuery select(m_store.database().connection());
    select.setForwardOnly(true);
    // One row holding every id: a word most messages have matches about all of them, and Qt SQL
    // costs far more per row than SQLite takes to find them.
    select.prepare(QStringLiteral("SELECT group_concat(rowid) FROM search_text WHERE search_text MATCH ?"));
    select.addBindValue(query.match);
    if (!select.exec() || !select.next())
        return ReadResult<QHash<qint64, double>>::failure(select.lastError().text());
    const QByteArray ids = select.value(0).toByteArray();
    select.finish();
    found.reserve(ids.count(',') + 1);
    for (qsizetype start = 0; start < ids.size();) {
        qsizetype end = ids.indexOf(',', start);
        if (end < 0)
            end = ids.size();
        found.insert(QByteArrayView(ids.constData() + start, end - start).toLongLong(), 0);
        start = end + 1;
    }
    if (found.size() > MaxRankedHits)
        return found;
    // Words in the sender and subject weigh more than the same words in the body.
    select.prepare(QStringLiteral("SELECT rowid, bm25(search_text, 4.0, 2.0, 6.0, 1.0) FROM search_text "
                                  "WHERE search_text MATCH ?"));
    select.addBindValue(query.match);
    if (!select.exec())
        return ReadResult<QHash<qint64, double>>::failure(select.lastError().text());
    while (select.next())
        found.insert(select.value(0).toLongLong(), select.value(1).toDouble());
    return found;
}

ReadResult<QVector<SearchIndex::Hit>> SearchIndex::search(const SearchQuery &query, qint64 accountId, int limit) const
{
    QVector<Hit> hits;
    const auto ranks = rankedIds(query);
    if (!ranks)
        return ReadResult<QVector<Hit>>::failure(ranks.error());
    if (ranks->isEmpty())
        return hits;
    QSqlQuery select(m_store.database().connection());
    select.setForwardOnly(true);
    // CROSS JOIN keeps the index first: the other way round SQLite would run the match once per message.
    select.prepare(QStringLiteral("SELECT m.id, m.account_id, m.uidl FROM search_text CROSS JOIN messages m "
                                  "ON m.id = search_text.rowid WHERE search_text MATCH ? AND (? = 0 OR m.account_id = ?)"));
    select.addBindValue(query.match);
    select.addBindValue(accountId);
    select.addBindValue(accountId);
    if (!select.exec())
        return ReadResult<QVector<Hit>>::failure(select.lastError().text());
    while (select.next()) {
        const qint64 id = select.value(0).toLongLong();
        hits.append({id, select.value(1).toLongLong(), select.value(2).toByteArray(), ranks->value(id)});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.messageId > b.messageId;
    });
    if (limit >= 0 && hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace Poplar::Store

#include "store/MessageStore.h"

#include "log/Logging.h"

#include "store/Database.h"
#include "store/NewRule.h"
#include "store/SqliteStatement.h"
#include "store/StoreFailure.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlDriver>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <thread>
#include <unistd.h>

namespace Poplar::Store {

using detail::fail;
using detail::failQuery;

namespace {


QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

void bindSummary(QSqlQuery &query, const Mime::HeaderSummary &s)
{
    query.addBindValue(s.from);
    query.addBindValue(s.to);
    query.addBindValue(s.subject);
    query.addBindValue(timeValue(s.date));
    query.addBindValue(s.messageId);
    query.addBindValue(s.contentType);
    query.addBindValue(s.hasAttachment ? 1 : 0);
}

} // namespace

// ---- MessageStore ----

MessageStore::MessageStore(Database &database, const QString &profileDir)
    : m_database(database), m_profileDir(profileDir)
{
    // Leftovers in tmp/ are not removed here: another program may be downloading into them.
    if (!isReadOnly())
        QDir(m_profileDir).mkpath(QStringLiteral("tmp"));
}

bool MessageStore::isReadOnly() const
{
    return m_database.isReadOnly();
}

void MessageStore::removeStaleDownloads(qint64 accountId)
{
    // Downloads a crash interrupted were never committed: nothing refers to them, and with the
    // account's lock held no other run can be writing one.
    QDir tmp(QDir(m_profileDir).filePath(QStringLiteral("tmp")));
    for (const QString &name : tmp.entryList({QStringLiteral("%1-*.part").arg(accountId)}, QDir::Files))
        tmp.remove(name);
}

QString MessageStore::messageDir(qint64 accountId) const
{
    return messageFolder(m_profileDir, accountId);
}

QString MessageStore::messageFolder(const QString &profileDir, qint64 accountId)
{
    return QDir(profileDir).filePath(QStringLiteral("messages/%1").arg(accountId));
}

ReadResult<QHash<QByteArray, MessageStatus>> MessageStore::statuses(qint64 accountId) const
{
    QHash<QByteArray, MessageStatus> result;
    const ReadResult<int> rows = count(accountId);
    if (!rows)
        return ReadResult<QHash<QByteArray, MessageStatus>>::failure(rows.error());
    result.reserve(*rows);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uidl, id, on_server, downloaded_at, delete_requested, local_deleted, server_size, "
                                 "damage, fetched_by FROM messages WHERE account_id = ?"));
    query.addBindValue(accountId);
    if (!query.exec())
        return ReadResult<QHash<QByteArray, MessageStatus>>::failure(query.lastError().text());
    while (query.next()) {
        MessageStatus s;
        s.id = query.value(1).toLongLong();
        s.onServer = query.value(2).toBool();
        s.downloadedAt = timeFrom(query.value(3));
        s.downloaded = s.downloadedAt.isValid();
        s.deleteRequested = query.value(4).toBool();
        s.localDeleted = query.value(5).toBool();
        s.serverSize = query.value(6).toLongLong();
        s.damaged = s.downloaded && query.value(7).toInt() != 0;
        s.fetchedBy = query.value(8).toString();
        result.insert(query.value(0).toByteArray(), s);
    }
    if (query.lastError().isValid()) // a damaged page met in the middle of the rows
        return ReadResult<QHash<QByteArray, MessageStatus>>::failure(query.lastError().text());
    return result;
}

bool MessageStore::recordListing(qint64 accountId, const QVector<ServerMessage> &listing, QVector<QByteArray> *newUids,
                                 QString *error, const QHash<QByteArray, MessageStatus> *knownAlready)
{
    QHash<QByteArray, MessageStatus> read;
    if (!knownAlready) {
        auto statusRead = statuses(accountId);
        if (!statusRead)
            return fail(error, statusRead.error());
        read = std::move(statusRead).value();
    }
    const QHash<QByteArray, MessageStatus> &known = knownAlready ? *knownAlready : read;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(error, db.lastError().text());
    QSqlQuery present(db);
    present.prepare(QStringLiteral("UPDATE messages SET on_server = ?, server_size = ? WHERE id = ?"));
    QVector<const ServerMessage *> unknown;
    QSet<QByteArray> listed;
    listed.reserve(listing.size());
    for (const ServerMessage &m : listing) {
        listed.insert(m.uid);
        const auto it = known.constFind(m.uid);
        if (it == known.constEnd()) {
            unknown.append(&m);
        } else if (!it->onServer || it->serverSize != m.size) {
            present.addBindValue(1);
            present.addBindValue(m.size);
            present.addBindValue(it->id);
            if (!present.exec())
                return failQuery(error, present);
        }
    }
    if (!insertListed(accountId, unknown, newUids, error))
        return false;
    QSqlQuery gone(db);
    gone.prepare(QStringLiteral("UPDATE messages SET on_server = 0 WHERE id = ?"));
    for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
        if (it->onServer && !listed.contains(it.key())) {
            gone.addBindValue(it->id);
            if (!gone.exec())
                return failQuery(error, gone);
        }
    }
    if (!transaction.commit())
        return fail(error, db.lastError().text());
    return true;
}

bool MessageStore::recordFetchedElsewhere(qint64 accountId, const QVector<QByteArray> &uids, const QString &program,
                                          int *added, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(error, db.lastError().text());
    // Not on the server until a listing says so; seen, so that nothing counts it as new.
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO messages (account_id, uidl, first_seen, on_server, seen, "
                                  "fetched_by) VALUES (?, ?, ?, 0, 1, ?)"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int count = 0;
    for (const QByteArray &uid : uids) {
        insert.addBindValue(accountId);
        insert.addBindValue(uid);
        insert.addBindValue(now);
        insert.addBindValue(program);
        if (!insert.exec())
            return failQuery(error, insert);
        count += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!transaction.commit())
        return fail(error, db.lastError().text());
    if (added)
        *added = count;
    return true;
}

bool MessageStore::insertListed(qint64 accountId, const QVector<const ServerMessage *> &messages,
                                QVector<QByteArray> *newUids, QString *error)
{
    // Many rows per statement, through SQLite's own interface (SqliteStatement.h): a first check
    // of a large mailbox inserts tens of thousands. RETURNING names the rows really inserted.
    sqlite3 *handle = detail::sqliteHandle(m_database.connection());
    if (!handle)
        return fail(error, QStringLiteral("the database is not an SQLite database"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    detail::GroupedStatement insert(handle, [](qsizetype rows) {
        QByteArray sql = "INSERT OR IGNORE INTO messages (account_id, uidl, server_size, first_seen, on_server) VALUES ";
        for (qsizetype i = 0; i < rows; ++i)
            sql += i == 0 ? "(?,?,?,?,1)" : ",(?,?,?,?,1)";
        return sql + " RETURNING uidl";
    });
    for (qsizetype start = 0; start < messages.size(); start += detail::GroupedStatement::RowsPerGroup) {
        const qsizetype n = qMin(detail::GroupedStatement::RowsPerGroup, messages.size() - start);
        sqlite3_stmt *statement = insert.prepare(n);
        if (!statement)
            return fail(error, insert.error());
        detail::Binder bind(statement);
        for (qsizetype i = start; i < start + n; ++i) {
            bind.integer(accountId);
            bind.blob(messages.at(i)->uid);
            bind.integer(messages.at(i)->size);
            bind.integer(now);
        }
        QSet<QByteArray> inserted;
        if (!bind.ok() || !insert.run([&inserted](sqlite3_stmt *row) { inserted.insert(detail::blobColumn(row, 0)); }))
            return fail(error, insert.error());
        for (qsizetype i = start; newUids && i < start + n; ++i) { // in the listing's order
            if (inserted.remove(messages.at(i)->uid)) // once, should the server list a UIDL twice
                newUids->append(messages.at(i)->uid);
        }
    }
    return true;
}

ReadResult<QSet<QByteArray>> MessageStore::uidsWithoutHeaders(qint64 accountId) const
{
    QSet<QByteArray> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uidl FROM messages WHERE account_id = ? AND headers IS NULL "
                                 "AND downloaded_at IS NULL AND fetched_by IS NULL"));
    query.addBindValue(accountId);
    if (!query.exec())
        return ReadResult<QSet<QByteArray>>::failure(query.lastError().text());
    while (query.next())
        result.insert(query.value(0).toByteArray());
    if (query.lastError().isValid())
        return ReadResult<QSet<QByteArray>>::failure(query.lastError().text());
    return result;
}

bool MessageStore::saveHeaders(qint64 accountId, const QVector<HeaderUpdate> &updates, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE messages SET from_text=?, to_text=?, subject=?, date=?, message_id=?, "
                                 "content_type=?, has_attachment=?, headers=?, headers_cut=? WHERE account_id=? AND uidl=?"));
    for (const HeaderUpdate &u : updates) {
        bindSummary(query, u.summary);
        query.addBindValue(u.headers.left(MaxPreviewBytes));
        query.addBindValue(u.cut || u.headers.size() > MaxPreviewBytes ? 1 : 0);
        query.addBindValue(accountId);
        query.addBindValue(u.uid);
        if (!query.exec())
            return failQuery(error, query);
    }
    if (!transaction.commit())
        return fail(error, db.lastError().text());
    return true;
}

namespace {
bool updateEach(QSqlDatabase db, const QString &sql, qint64 accountId, const QVector<QByteArray> &uids,
                const QVariant &value, QString *error)
{
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QByteArray &uid : uids) {
        if (value.isValid())
            query.addBindValue(value);
        query.addBindValue(accountId);
        query.addBindValue(uid);
        if (!query.exec())
            return failQuery(error, query);
    }
    if (!transaction.commit())
        return fail(error, db.lastError().text());
    return true;
}
} // namespace

bool MessageStore::setFileStates(qint64 accountId, const QHash<QByteArray, FileState> &states, QString *error,
                                 const QHash<QByteArray, QByteArray> &digests)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE messages SET damage=?, raw_sha256=COALESCE(raw_sha256, ?) "
                                 "WHERE account_id=? AND uidl=? AND downloaded_at IS NOT NULL"));
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        query.addBindValue(int(it.value()));
        const QByteArray digest = digests.value(it.key());
        query.addBindValue(digest.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(digest));
        query.addBindValue(accountId);
        query.addBindValue(it.key());
        if (!query.exec())
            return failQuery(error, query);
    }
    if (!transaction.commit())
        return fail(error, db.lastError().text());
    return true;
}

bool MessageStore::markMissingFiles(qint64 accountId, QVector<QByteArray> *marked, QString *error)
{
    QHash<QByteArray, FileState> found;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT uidl, raw_path, raw_size FROM messages WHERE account_id = ? AND "
                                     "downloaded_at IS NOT NULL AND raw_path IS NOT NULL AND damage = 0"));
        query.addBindValue(accountId);
        if (!query.exec())
            return failQuery(error, query);
        const QDir profile(m_profileDir);
        while (query.next()) {
            const QFileInfo file(profile.filePath(query.value(1).toString()));
            if (!file.exists())
                found.insert(query.value(0).toByteArray(), FileState::Missing);
            else if (file.size() != query.value(2).toLongLong())
                found.insert(query.value(0).toByteArray(), FileState::WrongSize);
        }
    }
    if (found.isEmpty())
        return true;
    if (marked)
        *marked = found.keys().toVector();
    qCDebug(Log::store) << found.size() << "stored messages of account" << accountId << "found missing or truncated";
    return setFileStates(accountId, found, error);
}

bool MessageStore::setDeleteRequested(qint64 accountId, const QVector<QByteArray> &uids, bool requested, QString *error)
{
    return updateEach(m_database.connection(),
                      QStringLiteral("UPDATE messages SET delete_requested=? WHERE account_id=? AND uidl=?"), accountId,
                      uids, requested ? 1 : 0, error);
}

bool MessageStore::markDeletedOnServer(qint64 accountId, const QVector<QByteArray> &uids, QString *error)
{
    return updateEach(m_database.connection(),
                      QStringLiteral("UPDATE messages SET on_server=0, delete_requested=0, deleted_at=? "
                                     "WHERE account_id=? AND uidl=?"),
                      accountId, uids, QDateTime::currentSecsSinceEpoch(), error);
}

bool MessageStore::markSeen(qint64 accountId, const QVector<QByteArray> &uids, QString *error)
{
    return setSeen(accountId, uids, true, error);
}

bool MessageStore::setSeen(qint64 accountId, const QVector<QByteArray> &uids, bool seen, QString *error)
{
    return updateEach(m_database.connection(), QStringLiteral("UPDATE messages SET seen=? WHERE account_id=? AND uidl=?"),
                      accountId, uids, seen ? 1 : 0, error);
}

ReadResult<QVector<StoredMessage>> MessageStore::select(const QString &where, const QVariantList &values,
                                                        Headers headers) const
{
    QVector<StoredMessage> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, account_id, uidl, server_size, first_seen, on_server, delete_requested, "
                                 "deleted_at, downloaded_at, local_deleted, from_text, to_text, subject, date, "
                                 "message_id, content_type, has_attachment, %1, raw_path, raw_size, seen, headers_cut, "
                                 "raw_sha256, damage, fetched_by, trashed_at, headers IS NOT NULL FROM messages %2")
                      .arg(headers == Headers::Include ? QLatin1String("headers") : QLatin1String("NULL"), where));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return ReadResult<QVector<StoredMessage>>::failure(query.lastError().text());
    const QDir profile(m_profileDir);
    while (query.next()) {
        StoredMessage m;
        m.id = query.value(0).toLongLong();
        m.accountId = query.value(1).toLongLong();
        m.uid = query.value(2).toByteArray();
        m.serverSize = query.value(3).toLongLong();
        m.firstSeen = timeFrom(query.value(4));
        m.onServer = query.value(5).toBool();
        m.deleteRequested = query.value(6).toBool();
        m.deletedAt = timeFrom(query.value(7));
        m.downloadedAt = timeFrom(query.value(8));
        m.localDeleted = query.value(9).toBool();
        m.summary.from = query.value(10).toString();
        m.summary.to = query.value(11).toString();
        m.summary.subject = query.value(12).toString();
        m.summary.date = timeFrom(query.value(13));
        m.summary.messageId = query.value(14).toString();
        m.summary.contentType = query.value(15).toString();
        m.summary.hasAttachment = query.value(16).toBool();
        m.headers = query.value(17).toByteArray();
        const QString raw = query.value(18).toString();
        m.rawPath = raw.isEmpty() ? QString() : profile.filePath(raw);
        m.rawSize = query.value(19).toLongLong();
        m.seen = query.value(20).toBool();
        m.headersCut = query.value(21).toBool();
        m.rawSha256 = query.value(22).toByteArray();
        m.fileState = FileState(qBound(0, query.value(23).toInt(), int(FileState::WrongDigest)));
        m.fetchedBy = query.value(24).toString();
        m.trashedAt = timeFrom(query.value(25));
        m.headersKnown = query.value(26).toBool() || m.isDownloaded();
        result.append(m);
    }
    if (query.lastError().isValid())
        return ReadResult<QVector<StoredMessage>>::failure(query.lastError().text());
    return result;
}

ReadResult<QVector<StoredMessage>> MessageStore::messages(qint64 accountId, Headers headers) const
{
    return select(QStringLiteral("WHERE account_id = ? ORDER BY id"), {accountId}, headers);
}

ReadResult<QVector<StoredMessage>> MessageStore::listEntries(qint64 accountId, ListView view) const
{
    QVector<StoredMessage> result;
    const ReadResult<int> rows = count(accountId);
    if (!rows)
        return ReadResult<QVector<StoredMessage>>::failure(rows.error());
    // Growing a vector of 100,000 messages step by step moves them all several times.
    result.reserve(*rows);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, uidl, server_size, first_seen, on_server, delete_requested, downloaded_at, "
                                 "local_deleted, from_text, subject, date, has_attachment, raw_path, raw_size, seen, "
                                 "damage, trashed_at, headers IS NOT NULL FROM messages WHERE account_id = ? "
                                 "AND (fetched_by IS NULL OR downloaded_at IS NOT NULL) AND local_deleted = 0 AND %1 "
                                 "ORDER BY id")
                      .arg(view == ListView::Trash ? QLatin1String("trashed_at IS NOT NULL")
                                                   : QLatin1String("trashed_at IS NULL")));
    query.addBindValue(accountId);
    if (!query.exec())
        return ReadResult<QVector<StoredMessage>>::failure(query.lastError().text());
    const QDir profile(m_profileDir);
    while (query.next()) {
        StoredMessage m;
        m.id = query.value(0).toLongLong();
        m.accountId = accountId;
        m.uid = query.value(1).toByteArray();
        m.serverSize = query.value(2).toLongLong();
        m.firstSeen = timeFrom(query.value(3));
        m.onServer = query.value(4).toBool();
        m.deleteRequested = query.value(5).toBool();
        m.downloadedAt = timeFrom(query.value(6));
        m.localDeleted = query.value(7).toBool();
        m.summary.from = query.value(8).toString();
        m.summary.subject = query.value(9).toString();
        m.summary.date = timeFrom(query.value(10));
        m.summary.hasAttachment = query.value(11).toBool();
        const QVariant raw = query.value(12);
        if (!raw.isNull())
            m.rawPath = profile.filePath(raw.toString());
        m.rawSize = query.value(13).toLongLong();
        m.seen = query.value(14).toBool();
        m.fileState = FileState(qBound(0, query.value(15).toInt(), int(FileState::WrongDigest)));
        m.trashedAt = timeFrom(query.value(16));
        m.headersKnown = query.value(17).toBool() || m.isDownloaded();
        result.append(std::move(m));
    }
    if (query.lastError().isValid())
        return ReadResult<QVector<StoredMessage>>::failure(query.lastError().text());
    return result;
}

ReadResult<QVector<StoredMessage>> MessageStore::messages(qint64 accountId, const QVector<QByteArray> &uids,
                                                          Headers headers) const
{
    // SQLite allows 999 bound parameters by default; stay well under. Qt's driver finds each
    // value's place by a name SQLite looks up one by one: the cost of a chunk grows with its square.
    constexpr int Chunk = 64;
    QVector<StoredMessage> result;
    for (qsizetype start = 0; start < uids.size(); start += Chunk) {
        const qsizetype n = qMin<qsizetype>(Chunk, uids.size() - start);
        QVariantList values{accountId};
        for (qsizetype i = 0; i < n; ++i)
            values.append(uids.at(start + i));
        QStringList marks(n, QStringLiteral("?"));
        const auto chunk = select(QStringLiteral("WHERE account_id = ? AND uidl IN (%1) "
                                                 "AND (fetched_by IS NULL OR downloaded_at IS NOT NULL)").arg(marks.join(QLatin1Char(','))),
                                  values, headers);
        if (!chunk)
            return chunk;
        result += chunk.value();
    }
    return result;
}

ReadResult<QHash<QByteArray, QString>> MessageStore::senders(qint64 accountId, const QVector<QByteArray> &uids) const
{
    constexpr qsizetype Chunk = 64; // as in messages()
    QHash<QByteArray, QString> senders;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    for (qsizetype start = 0; start < uids.size(); start += Chunk) {
        const qsizetype n = qMin(Chunk, uids.size() - start);
        const QStringList places(n, QStringLiteral("?"));
        query.prepare(QStringLiteral("SELECT uidl, from_text FROM messages WHERE account_id = ? AND uidl IN (%1)")
                          .arg(places.join(QLatin1Char(','))));
        query.addBindValue(accountId);
        for (qsizetype i = start; i < start + n; ++i)
            query.addBindValue(uids.at(i));
        if (!query.exec())
            return ReadResult<QHash<QByteArray, QString>>::failure(query.lastError().text());
        while (query.next())
            senders.insert(query.value(0).toByteArray(), query.value(1).toString());
    }
    return senders;
}

ReadResult<std::optional<StoredMessage>> MessageStore::message(qint64 accountId, const QByteArray &uid) const
{
    const auto found = select(QStringLiteral("WHERE account_id = ? AND uidl = ?"), {accountId, uid}, Headers::Include);
    if (!found)
        return ReadResult<std::optional<StoredMessage>>::failure(found.error());
    if (found->isEmpty())
        return std::optional<StoredMessage>();
    return std::optional<StoredMessage>(found->first());
}

ReadResult<int> MessageStore::unreadCount(qint64 accountId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE account_id = ? AND seen = 0 "
                                 "AND delete_requested = 0 AND local_deleted = 0 AND trashed_at IS NULL "
                                 "AND (fetched_by IS NULL OR downloaded_at IS NOT NULL)"));
    query.addBindValue(accountId);
    if (!query.exec() || !query.next())
        return ReadResult<int>::failure(query.lastError().text());
    return query.value(0).toInt();
}

ReadResult<int> MessageStore::count(qint64 accountId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE account_id = ?"));
    query.addBindValue(accountId);
    if (!query.exec() || !query.next())
        return ReadResult<int>::failure(query.lastError().text());
    return query.value(0).toInt();
}

} // namespace Poplar::Store

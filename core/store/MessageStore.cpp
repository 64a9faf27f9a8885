#include "store/MessageStore.h"

#include "log/Logging.h"

#include "store/Database.h"
#include "store/NewRule.h"

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

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool failQuery(QString *error, const QSqlQuery &query)
{
    return fail(error, query.lastError().text());
}

/// Syncs the data of `files` and then the directory `dir` that names them. The fdatasyncs run on
/// a few threads at once: the file system joins syncs that wait together into one journal commit,
/// where one after the other each would cost a commit (and a disk flush) of its own. Unlike
/// syncfs(), nothing but these files is waited for, whatever other programs have written.
bool syncFilesAndDirectory(const QStringList &files, const QString &dir)
{
    std::atomic<qsizetype> next{0};
    std::atomic<bool> ok{true};
    const auto worker = [&] {
        for (qsizetype i = next++; i < files.size(); i = next++) {
            const int fd = ::open(QFile::encodeName(files.at(i)).constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0 || ::fdatasync(fd) != 0)
                ok = false;
            if (fd >= 0)
                ::close(fd);
        }
    };
    constexpr qsizetype MaxSyncThreads = 16;
    const qsizetype threads = qMin<qsizetype>(MaxSyncThreads, files.size()) - 1;
    std::vector<std::thread> helpers;
    helpers.reserve(size_t(qMax<qsizetype>(0, threads)));
    for (qsizetype i = 0; i < threads; ++i)
        helpers.emplace_back(worker);
    worker();
    for (std::thread &t : helpers)
        t.join();
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    ok = ::fsync(fd) == 0 && ok;
    ::close(fd);
    return ok;
}

/// Where the header block of `bytes` ends (just past its empty line), searching from `from`;
/// -1 when it does not end within them. As Mime::headerBlock(): LF LF or LF CR LF.
qsizetype headerBlockEnd(const QByteArray &bytes, qsizetype from)
{
    const qsizetype crlf = bytes.indexOf("\n\r\n", from);
    const qsizetype lf = bytes.indexOf("\n\n", from);
    if (lf >= 0 && (crlf < 0 || lf + 2 < crlf + 3))
        return lf + 2;
    return crlf < 0 ? -1 : crlf + 3;
}

QString systemError(const QString &path)
{
    return QCoreApplication::translate("Poplar::Store::MessageStore", "cannot write %1: %2")
        .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
}

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

// ---- IncomingMessage ----

IncomingMessage::IncomingMessage(QByteArray uid, QString tempPath, QString finalPath)
    : m_uid(std::move(uid)), m_tempPath(std::move(tempPath)), m_finalPath(std::move(finalPath))
{
}

IncomingMessage::~IncomingMessage()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath); // never committed: the temporary file goes
}

void IncomingMessage::captureHeader(QByteArrayView chunk)
{
    const qsizetype before = m_headerBytes.size();
    m_headerBytes.append(chunk.first(qMin(chunk.size(), MaxPreviewBytes - before)));
    // An end that straddles two chunks starts at most two bytes before the new ones.
    const qsizetype end = headerBlockEnd(m_headerBytes, qMax<qsizetype>(0, before - 2));
    if (end >= 0) {
        m_headerBytes.truncate(end);
        m_headerComplete = true;
    } else if (m_headerBytes.size() >= MaxPreviewBytes) {
        m_headerCut = true;
        m_headerComplete = true;
    }
}

bool IncomingMessage::write(QByteArrayView chunk)
{
    if (!m_headerComplete)
        captureHeader(chunk);
    m_hash.addData(chunk); // the digest of exactly what goes to disk, without reading it back
    const char *data = chunk.data();
    qsizetype left = chunk.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        left -= n;
    }
    m_size += chunk.size();
#ifdef __linux__
    // A large message is handed to the disk while it still arrives, not all at the commit.
    constexpr qint64 WritebackStep = 4 * 1024 * 1024;
    if (m_size - m_writebackFrom >= WritebackStep) {
        ::sync_file_range(m_fd, m_writebackFrom, m_size - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = m_size;
    }
#endif
    return true;
}

void IncomingMessage::summarize()
{
    if (!m_summary)
        m_summary = Mime::summarizeHeaders(m_headerBytes);
}

bool IncomingMessage::finish(QString *error)
{
    // Written out already; made durable with its whole batch by MessageStore::commitDownloads().
    if (::close(m_fd) != 0) {
        m_fd = -1;
        return fail(error, systemError(m_tempPath));
    }
    m_fd = -1;
    m_digest = m_hash.result();
    m_finished = true;
    return true;
}

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
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO messages (account_id, uidl, server_size, first_seen, on_server) "
                                  "VALUES (?, ?, ?, ?, 1)"));
    QSqlQuery present(db);
    present.prepare(QStringLiteral("UPDATE messages SET on_server = ?, server_size = ? WHERE id = ?"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSet<QByteArray> listed;
    listed.reserve(listing.size());
    for (const ServerMessage &m : listing) {
        listed.insert(m.uid);
        const auto it = known.constFind(m.uid);
        if (it == known.constEnd()) {
            insert.addBindValue(accountId);
            insert.addBindValue(m.uid);
            insert.addBindValue(m.size);
            insert.addBindValue(now);
            if (!insert.exec())
                return failQuery(error, insert);
            if (insert.numRowsAffected() > 0 && newUids)
                newUids->append(m.uid);
        } else if (!it->onServer || it->serverSize != m.size) {
            present.addBindValue(1);
            present.addBindValue(m.size);
            present.addBindValue(it->id);
            if (!present.exec())
                return failQuery(error, present);
        }
    }
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

std::unique_ptr<IncomingMessage> MessageStore::beginDownload(qint64 accountId, const QByteArray &uid, QString *error)
{
    Sha256 uidHash;
    uidHash.addData(uid);
    const QString name = QString::fromLatin1(uidHash.result().toHex());
    const QString dir = messageDir(accountId);
    if (!m_createdDirs.contains(accountId) && !QDir().mkpath(dir)) {
        fail(error, QCoreApplication::translate("Poplar::Store::MessageStore", "cannot create %1").arg(dir));
        return nullptr;
    }
    // Unique per run and message: a file another run (or a crashed one) left is never written into.
    const QString temp = QDir(m_profileDir).filePath(QStringLiteral("tmp/%1-%2-%3-%4.part")
                                                         .arg(accountId)
                                                         .arg(QCoreApplication::applicationPid())
                                                         .arg(QRandomGenerator::global()->generate64(), 16, 16,
                                                              QLatin1Char('0'))
                                                         .arg(name.left(16)));
    m_createdDirs.insert(accountId);
    std::unique_ptr<IncomingMessage> incoming(
        new IncomingMessage(uid, temp, QDir(dir).filePath(name + QStringLiteral(".eml"))));
    incoming->m_fd = ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (incoming->m_fd < 0) {
        fail(error, systemError(temp));
        incoming->m_tempPath.clear();
        return nullptr;
    }
    return incoming;
}

bool MessageStore::commitDownloads(qint64 accountId, std::vector<std::unique_ptr<IncomingMessage>> &messages,
                                   QString *error, Durability durability)
{
    if (messages.empty())
        return true;
    QStringList files;
    if (!placeDownloads(accountId, messages, &files, error))
        return false;
    // Only once data and names are on disk may the rows that name them commit.
    if (!syncFiles(files, messageDir(accountId)))
        return fail(error, QCoreApplication::translate("Poplar::Store::MessageStore", "cannot sync %1").arg(messageDir(accountId)));
    return recordDownloads(accountId, messages, error, durability);
}

bool MessageStore::placeDownloads(qint64 accountId, std::vector<std::unique_ptr<IncomingMessage>> &messages,
                                  QStringList *files, QString *error)
{
    Q_UNUSED(accountId);
    for (auto &m : messages) {
        if (!m->m_finished)
            return fail(error, QCoreApplication::translate("Poplar::Store::MessageStore", "download of %1 not finished").arg(QString::fromLatin1(m->uid())));
        // Replaces, atomically, any copy an interrupted earlier run left uncommitted.
        if (::rename(QFile::encodeName(m->m_tempPath).constData(), QFile::encodeName(m->m_finalPath).constData()) != 0)
            return fail(error, QCoreApplication::translate("Poplar::Store::MessageStore", "cannot move %1 into place").arg(m->m_tempPath));
        m->m_tempPath.clear();
        files->append(m->m_finalPath);
    }
    return true;
}

bool MessageStore::syncFiles(const QStringList &files, const QString &dir)
{
    return syncFilesAndDirectory(files, dir);
}

bool MessageStore::recordDownloads(qint64 accountId, std::vector<std::unique_ptr<IncomingMessage>> &messages,
                                   QString *error, Durability durability)
{
    if (messages.empty())
        return true;
    QVector<DownloadRow> rows;
    rows.reserve(qsizetype(messages.size()));
    const QDir profile(m_profileDir);
    for (const auto &m : messages) {
        if (!m->m_finished || !m->m_tempPath.isEmpty())
            return fail(error, QCoreApplication::translate("Poplar::Store::MessageStore", "download of %1 not finished").arg(QString::fromLatin1(m->uid())));
    }
    for (const auto &m : messages) {
        m->summarize();
        rows.append({m.get(), profile.relativeFilePath(m->m_finalPath), *m->m_summary});
    }

    QSqlDatabase db = m_database.connection();
    // WAL with synchronous=NORMAL commits without syncing the log; the next FULL commit syncs
    // it, and everything before it with it.
    const bool deferred = durability == Durability::Deferred;
    if (deferred && !QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return fail(error, db.lastError().text());
    const auto restore = qScopeGuard([&db, deferred] {
        if (deferred)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    });
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(error, db.lastError().text());
    if (!writeDownloadRows(accountId, rows, error))
        return false;
    if (!transaction.commit())
        return fail(error, db.lastError().text());
    m_deferredUnsynced = deferred; // a full commit syncs the log, and every commit before it
    qCDebug(Log::store) << "committed" << messages.size() << "downloaded messages of account" << accountId
                        << (deferred ? "(log synced later)" : "(synced)");
    messages.clear();
    return true;
}

bool MessageStore::syncDeferredCommits(QString *error)
{
    if (!m_deferredUnsynced)
        return true;
    // Committed frames of a WAL database are durable once the log file is: the sync a FULL
    // commit would have made.
    // No log file: an in-memory database, or the log was checkpointed into the database (which
    // SQLite syncs) and removed.
    const QString log = m_database.path() + QStringLiteral("-wal");
    const int fd = ::open(QFile::encodeName(log).constData(), O_RDONLY | O_CLOEXEC);
    const bool ok = (fd < 0 && errno == ENOENT) || (fd >= 0 && ::fsync(fd) == 0);
    if (fd >= 0)
        ::close(fd);
    if (!ok)
        return fail(error, QCoreApplication::translate("Poplar::Store::MessageStore", "cannot sync %1").arg(log));
    m_deferredUnsynced = false;
    return true;
}

namespace {

/// Binds values to one statement of the SQLite C API by position, as Qt's driver would bind the
/// same QVariants (a null string or byte array becomes NULL).
class Binder {
public:
    explicit Binder(sqlite3_stmt *statement) : m_statement(statement) {}
    void text(const QString &value)
    {
        if (value.isNull()) {
            null();
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        check(sqlite3_bind_text(m_statement, ++m_index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    }
    void blob(const QByteArray &value)
    {
        if (value.isNull()) {
            null();
            return;
        }
        check(sqlite3_bind_blob(m_statement, ++m_index, value.constData(), int(value.size()), SQLITE_TRANSIENT));
    }
    void integer(qint64 value) { check(sqlite3_bind_int64(m_statement, ++m_index, value)); }
    void time(const QDateTime &value)
    {
        if (value.isValid())
            integer(value.toSecsSinceEpoch());
        else
            null();
    }
    void null() { check(sqlite3_bind_null(m_statement, ++m_index)); }
    bool ok() const { return m_ok; }

private:
    void check(int result) { m_ok = m_ok && result == SQLITE_OK; }
    sqlite3_stmt *m_statement;
    int m_index = 0;
    bool m_ok = true;
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool MessageStore::writeDownloadRows(qint64 accountId, const QVector<DownloadRow> &rows, QString *error)
{
    // One UPDATE ... FROM (VALUES ...) for up to RowsPerStatement messages (a whole batch), with
    // 13 values each, well under SQLite's 32,766. It goes through SQLite's own interface: Qt's
    // driver binds by generated names that SQLite looks up one by one, so a statement with
    // thousands of values would cost the square of their number.
    constexpr qsizetype RowsPerStatement = 1000;
    sqlite3 *handle = sqliteHandle(m_database.connection());
    if (!handle)
        return fail(error, QStringLiteral("the database is not an SQLite database"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (qsizetype start = 0; start < rows.size(); start += RowsPerStatement) {
        const qsizetype n = qMin(RowsPerStatement, rows.size() - start);
        QByteArray values;
        values.reserve(n * 30);
        for (qsizetype i = 0; i < n; ++i)
            values += i == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?,?)";
        const QByteArray sql =
            "WITH v(uidl, raw_path, raw_size, from_text, to_text, subject, date, message_id, content_type, "
            "has_attachment, cut, headers, raw_sha256) AS (VALUES " + values + ") "
            "UPDATE messages SET downloaded_at=?, raw_path=v.raw_path, raw_size=v.raw_size, from_text=v.from_text, "
            "to_text=v.to_text, subject=v.subject, date=v.date, message_id=v.message_id, "
            "content_type=v.content_type, has_attachment=v.has_attachment, "
            "headers_cut=CASE WHEN messages.headers IS NULL THEN v.cut ELSE messages.headers_cut END, "
            "headers=COALESCE(messages.headers, v.headers), raw_sha256=v.raw_sha256, damage=0 "
            "FROM v WHERE messages.account_id=? AND messages.uidl=v.uidl";
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
            return fail(error, QString::fromUtf8(sqlite3_errmsg(handle)));
        const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
        Binder bind(statement);
        for (qsizetype i = start; i < start + n; ++i) {
            const DownloadRow &row = rows.at(i);
            const IncomingMessage &m = *row.message;
            const Mime::HeaderSummary &s = row.summary;
            bind.blob(m.uid());
            bind.text(row.relativePath);
            bind.integer(m.size());
            bind.text(s.from);
            bind.text(s.to);
            bind.text(s.subject);
            bind.time(s.date);
            bind.text(s.messageId);
            bind.text(s.contentType);
            bind.integer(s.hasAttachment ? 1 : 0);
            bind.integer(m.headerCut() ? 1 : 0);
            bind.blob(m.headerBytes());
            bind.blob(m.sha256());
        }
        bind.integer(now);
        bind.integer(accountId);
        if (!bind.ok() || sqlite3_step(statement) != SQLITE_DONE)
            return fail(error, QString::fromUtf8(sqlite3_errmsg(handle)));
    }
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
    // SQLite allows 999 bound parameters by default; stay well under.
    constexpr int Chunk = 400;
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

ReadResult<int> MessageStore::newCount(qint64 accountId, qint64 sizeLimit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE account_id = ? AND ") + isNewCondition());
    query.addBindValue(accountId);
    query.addBindValue(sizeLimit);
    query.addBindValue(sizeLimit);
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

#include "store/MessageStore.h"

// Downloads: the files of incoming messages, and their commit (files synced before the rows
// that name them).


#include "log/Logging.h"

#include "store/Database.h"
#include "mime/SearchText.h"
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

#include "store/SqliteStatement.h"
#include "store/StoreFailure.h"

namespace Poplar::Store {

using detail::Binder;
using detail::fail;
using detail::sqliteHandle;

namespace {

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

void IncomingMessage::summarizeForSearch()
{
    if (m_searchDocument)
        return;
    bool opened = false;
    const QByteArray bytes = SearchDocument::readFile(m_tempPath.isEmpty() ? m_finalPath : m_tempPath, &opened);
    if (!opened) { // the commit fails at its sync; an empty document until then
        summarize();
        m_searchDocument = SearchDocument();
        return;
    }
    const Mime::SummaryAndText both = Mime::summaryAndText(bytes);
    if (!m_summary)
        m_summary = both.summary;
    m_searchDocument = SearchDocument::fromText(both.text, SearchSource::Message);
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
                                   QString *error, Durability durability, QVector<SearchDocument> *searchDocuments)
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
        if (searchDocuments)
            m->summarizeForSearch();
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
    QHash<QByteArray, qint64> ids;
    if (!writeDownloadRows(accountId, rows, &ids, error))
        return false;
    if (!transaction.commit())
        return fail(error, db.lastError().text());
    if (searchDocuments) {
        for (const auto &m : messages) {
            if (const qint64 id = ids.value(m->uid())) {
                searchDocuments->append(std::move(*m->m_searchDocument));
                searchDocuments->last().messageId = id;
            }
        }
    }
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

bool MessageStore::writeDownloadRows(qint64 accountId, const QVector<DownloadRow> &rows,
                                     QHash<QByteArray, qint64> *ids, QString *error)
{
    // One UPDATE ... FROM (VALUES ...) per group of messages, 13 values each, through SQLite's own
    // interface (SqliteStatement.h).
    sqlite3 *handle = sqliteHandle(m_database.connection());
    if (!handle)
        return fail(error, QStringLiteral("the database is not an SQLite database"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    detail::GroupedStatement update(handle, [](qsizetype rows) {
        QByteArray values;
        values.reserve(rows * 30);
        for (qsizetype i = 0; i < rows; ++i)
            values += i == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?,?)";
        return "WITH v(uidl, raw_path, raw_size, from_text, to_text, subject, date, message_id, content_type, "
               "has_attachment, cut, headers, raw_sha256) AS (VALUES " + values + ") "
               "UPDATE messages SET downloaded_at=?, raw_path=v.raw_path, raw_size=v.raw_size, from_text=v.from_text, "
               "to_text=v.to_text, subject=v.subject, date=v.date, message_id=v.message_id, "
               "content_type=v.content_type, has_attachment=v.has_attachment, "
               "headers_cut=CASE WHEN messages.headers IS NULL THEN v.cut ELSE messages.headers_cut END, "
               "headers=COALESCE(messages.headers, v.headers), raw_sha256=v.raw_sha256, damage=0 "
               "FROM v WHERE messages.account_id=? AND messages.uidl=v.uidl RETURNING messages.id, messages.uidl";
    });
    for (qsizetype start = 0; start < rows.size(); start += detail::GroupedStatement::RowsPerGroup) {
        const qsizetype n = qMin(detail::GroupedStatement::RowsPerGroup, rows.size() - start);
        sqlite3_stmt *statement = update.prepare(n);
        if (!statement)
            return fail(error, update.error());
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
        const auto note = [ids](sqlite3_stmt *row) { ids->insert(detail::blobColumn(row, 1), sqlite3_column_int64(row, 0)); };
        if (!bind.ok() || !update.run(note))
            return fail(error, update.error());
    }
    return true;
}

} // namespace Poplar::Store

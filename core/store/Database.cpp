#include "store/Database.h"

#include "log/Logging.h"
#include "pop3/SessionSettings.h"
#include "store/Integrity.h"
#include "store/MessageStore.h"

#include <QDir>
#include <QFileInfo>

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QCoreApplication>
#include <QUrl>

namespace Poplar::Store {

namespace {

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text() + QStringLiteral(" [") + sql.left(60) + QLatin1Char(']');
    return false;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!exec(db, sql, error))
            return false;
    }
    return true;
}

// Version 0 -> 1: accounts and messages keyed by (account, UIDL).
bool createInitialSchema(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral(R"(CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            host TEXT NOT NULL,
            port INTEGER NOT NULL,
            security TEXT NOT NULL,
            auth TEXT NOT NULL,
            user_name TEXT NOT NULL,
            password_command TEXT,
            ca_file TEXT,
            pinned_sha256 BLOB,
            policy TEXT NOT NULL DEFAULT 'keep',
            policy_days INTEGER NOT NULL DEFAULT 0,
            size_limit INTEGER NOT NULL DEFAULT 0,
            preview_lines INTEGER NOT NULL DEFAULT 20,
            check_interval INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            uidl BLOB NOT NULL,
            server_size INTEGER NOT NULL DEFAULT 0,
            first_seen INTEGER NOT NULL,
            on_server INTEGER NOT NULL DEFAULT 1,
            delete_requested INTEGER NOT NULL DEFAULT 0,
            deleted_at INTEGER,
            downloaded_at INTEGER,
            local_deleted INTEGER NOT NULL DEFAULT 0,
            from_text TEXT,
            to_text TEXT,
            subject TEXT,
            date INTEGER,
            message_id TEXT,
            content_type TEXT,
            has_attachment INTEGER NOT NULL DEFAULT 0,
            headers BLOB,
            raw_path TEXT,
            raw_size INTEGER,
            UNIQUE (account_id, uidl)))"),
        QStringLiteral("CREATE INDEX messages_by_date ON messages (account_id, date)"),
    }, error);
}

// Version 1 -> 2: whether the user has looked at a message, for the "new" state.
bool addSeenFlag(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE messages ADD COLUMN seen INTEGER NOT NULL DEFAULT 0"),
                        // Everything already downloaded before the flag existed counts as seen.
                        QStringLiteral("UPDATE messages SET seen = 1 WHERE downloaded_at IS NOT NULL")},
                   error);
}

// Version 2 -> 3: when each account last checked successfully, shown by every front end.
bool addLastChecked(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE accounts ADD COLUMN last_checked INTEGER")}, error);
}

// Version 3 -> 4: every sync diffs the server's UIDLs against this; covered by an index, the
// diff never reads the wide rows (header blocks) at all.
bool addStatusIndex(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("CREATE INDEX messages_status ON messages (account_id, uidl, id, on_server, "
                                       "downloaded_at, delete_requested, local_deleted, server_size)"),
                        // Messages a cut run left without headers, fetched by the next check.
                        QStringLiteral("CREATE INDEX messages_without_headers ON messages (account_id, uidl) "
                                       "WHERE headers IS NULL AND downloaded_at IS NULL")},
                   error);
}

// Version 4 -> 5: the largest SCRAM iteration count each account accepts from its server.
bool addScramIterationLimit(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE accounts ADD COLUMN scram_max_iterations INTEGER NOT NULL "
                                       "DEFAULT %1").arg(Pop3::DefaultMaxScramIterations)},
                   error);
}

// Version 5 -> 6: previews are capped (MessageStore.h, HeaderSummary.h) and marked when cut; rows
// stored before the caps are cut to them now (SQLite reuses the pages freed).
bool addPreviewCaps(QSqlDatabase &db, QString *error)
{
    const QString cutField = QStringLiteral("UPDATE messages SET %1 = substr(%1, 1, %2) || char(8230) WHERE length(%1) > %3");
    const qsizetype fieldChars = Mime::MaxFieldChars;
    return execAll(db, {QStringLiteral("ALTER TABLE messages ADD COLUMN headers_cut INTEGER NOT NULL DEFAULT 0"),
                        QStringLiteral("UPDATE messages SET headers = substr(headers, 1, %1), headers_cut = 1 "
                                       "WHERE length(headers) > %1").arg(MaxPreviewBytes),
                        cutField.arg(QStringLiteral("from_text")).arg(fieldChars - 1).arg(fieldChars),
                        cutField.arg(QStringLiteral("to_text")).arg(fieldChars - 1).arg(fieldChars),
                        cutField.arg(QStringLiteral("subject")).arg(fieldChars - 1).arg(fieldChars)},
                   error);
}

// Version 6 -> 7: each downloaded file's SHA-256 (recorded at commit from then on) and its state
// as last checked (FileState). Files stored before are read once, here, at the first open by this
// build: then every message has a digest and a later verify is a plain comparison. A file already
// gone or of the wrong size is marked so, never failing the open; it keeps no digest.
bool addFileDigests(QSqlDatabase &db, QString *error)
{
    if (!execAll(db, {QStringLiteral("ALTER TABLE messages ADD COLUMN raw_sha256 BLOB"),
                      QStringLiteral("ALTER TABLE messages ADD COLUMN damage INTEGER NOT NULL DEFAULT 0"),
                      // The sync's diff reads the state too, still from the index alone.
                      QStringLiteral("DROP INDEX IF EXISTS messages_status"),
                      QStringLiteral("CREATE INDEX messages_status ON messages (account_id, uidl, id, on_server, "
                                     "downloaded_at, delete_requested, local_deleted, server_size, damage)")},
                 error))
        return false;
    const QString path = db.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return true; // raw paths are relative to a profile folder, which a memory database has not
    const QDir profile = QFileInfo(path).absoluteDir();
    QVector<std::tuple<qint64, QString, qint64>> rows;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, raw_path, raw_size FROM messages WHERE downloaded_at IS NOT NULL "
                                       "AND raw_path IS NOT NULL"))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        while (query.next())
            rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong()});
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE messages SET raw_sha256 = ?, damage = ? WHERE id = ?"));
    for (const auto &[id, raw, rawSize] : std::as_const(rows)) {
        const QString file = profile.filePath(raw);
        qint64 size = -1;
        QByteArray digest;
        FileState state = FileState::Missing;
        if (QFileInfo::exists(file)) {
            digest = fileSha256(file, nullptr, &size);
            state = digest.isEmpty() ? FileState::WrongDigest : size != rawSize ? FileState::WrongSize : FileState::Sound;
        }
        update.addBindValue(state == FileState::Sound ? QVariant(digest) : QVariant(QMetaType(QMetaType::QByteArray)));
        update.addBindValue(int(state));
        update.addBindValue(id);
        if (!update.exec()) {
            if (error)
                *error = update.lastError().text();
            return false;
        }
    }
    qCDebug(Log::store) << "recorded digests of" << rows.size() << "stored messages";
    return true;
}

// Version 7 -> 8: UIDLs another program (Thunderbird, mpop, fetchmail, getmail) already fetched,
// imported so that Poplar never counts them as new nor downloads them unless asked by UIDL.
bool addFetchedBy(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE messages ADD COLUMN fetched_by TEXT"),
                        QStringLiteral("DROP INDEX IF EXISTS messages_status"),
                        QStringLiteral("CREATE INDEX messages_status ON messages (account_id, uidl, id, on_server, "
                                       "downloaded_at, delete_requested, local_deleted, server_size, damage, fetched_by)"),
                        QStringLiteral("DROP INDEX IF EXISTS messages_without_headers"),
                        QStringLiteral("CREATE INDEX messages_without_headers ON messages (account_id, uidl) "
                                       "WHERE headers IS NULL AND downloaded_at IS NULL AND fetched_by IS NULL")},
                   error);
}

// Version 8 -> 9: what the server said at the last login of each account (EXPIRE, LOGIN-DELAY,
// shown by `poplar-sync account show`), and the login method that worked, tried first next time.
bool addServerFacts(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE accounts ADD COLUMN server_seen_at INTEGER"),
                        QStringLiteral("ALTER TABLE accounts ADD COLUMN server_login_method TEXT"),
                        QStringLiteral("ALTER TABLE accounts ADD COLUMN server_expire_days INTEGER"),
                        QStringLiteral("ALTER TABLE accounts ADD COLUMN server_login_delay INTEGER")},
                   error);
}

// Version 9 -> 10: how each account reaches its server (Net::proxyName): the system's proxy
// settings unless it says none, socks5://HOST:PORT or http://HOST:PORT.
bool addProxy(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE accounts ADD COLUMN proxy TEXT NOT NULL DEFAULT 'system'")}, error);
}

// Version 10 -> 11: the Trash. A downloaded message the user deletes keeps its row and file, marked
// with when it was trashed, until it is restored, emptied or expires (Store::Trash). Files of
// messages deleted for good are recorded in file_removals in the same transaction that marks their
// rows, and removed afterwards: a crash in between leaves a record, never an unnamed file. Profile
// options (the days the Trash keeps a message) live in profile_options.
bool addTrash(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE messages ADD COLUMN trashed_at INTEGER"),
                        QStringLiteral("CREATE INDEX messages_trashed ON messages (account_id, trashed_at) "
                                       "WHERE trashed_at IS NOT NULL"),
                        QStringLiteral("CREATE TABLE file_removals (path TEXT PRIMARY KEY)"),
                        QStringLiteral("CREATE TABLE profile_options (name TEXT PRIMARY KEY, value TEXT)")},
                   error);
}

// Version 11 -> 12: the full-text index (SearchIndex.h): decoded headers and text of each message,
// accents folded, and what each message was indexed from. Existing messages are indexed afterwards
// in small batches (SearchIndex::catchUp), so opening the profile does not wait for it.
bool addSearchIndex(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("CREATE VIRTUAL TABLE search_text USING fts5(sender, recipients, subject, body, "
                                       "tokenize = 'unicode61 remove_diacritics 2')"),
                        QStringLiteral("CREATE TABLE search_indexed (message_id INTEGER PRIMARY KEY, "
                                       "source INTEGER NOT NULL)"),
                        // A message row removed (its account removed) leaves nothing in the index.
                        QStringLiteral("CREATE TRIGGER search_forget AFTER DELETE ON messages BEGIN "
                                       "DELETE FROM search_text WHERE rowid = old.id; "
                                       "DELETE FROM search_indexed WHERE message_id = old.id; END")},
                   error);
}

// Version 12 -> 13: triage (core/triage): ordered rules with their counters, friends and blocklist,
// what the rules and spam hints found per message, its settings, and a record of every message
// deleted on the server. A trigger writes that record whoever deletes (by hand, rule or policy),
// and drops entries older than the setting "deleted_keep_days" (30 by default).
bool addTriage(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral(R"(CREATE TABLE triage_rules (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
            match_all INTEGER NOT NULL DEFAULT 1,
            conditions TEXT NOT NULL,
            action TEXT NOT NULL,
            without_review INTEGER NOT NULL DEFAULT 0,
            enabled INTEGER NOT NULL DEFAULT 1,
            match_count INTEGER NOT NULL DEFAULT 0,
            last_matched INTEGER))"),
        QStringLiteral(R"(CREATE TABLE sender_lists (
            kind TEXT NOT NULL,
            entry TEXT NOT NULL,
            origin TEXT NOT NULL,
            added_at INTEGER NOT NULL,
            PRIMARY KEY (kind, entry)))"),
        QStringLiteral(R"(CREATE TABLE triage_marks (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            uidl BLOB NOT NULL,
            score INTEGER NOT NULL DEFAULT 0,
            spam INTEGER NOT NULL DEFAULT 0,
            reasons TEXT,
            rule_name TEXT,
            action TEXT,
            marked_delete INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0,
            user_verdict INTEGER NOT NULL DEFAULT 0,
            judged_at INTEGER,
            PRIMARY KEY (account_id, uidl)))"),
        QStringLiteral("CREATE TABLE triage_settings (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral(R"(CREATE TABLE deleted_on_server (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            uidl BLOB NOT NULL,
            deleted_at INTEGER NOT NULL,
            reason TEXT NOT NULL,
            rule_name TEXT,
            from_text TEXT,
            subject TEXT,
            date INTEGER,
            headers BLOB))"),
        QStringLiteral("CREATE INDEX deleted_by_time ON deleted_on_server (deleted_at)"),
        QStringLiteral(R"(CREATE TRIGGER record_server_deletion AFTER UPDATE OF deleted_at ON messages
            WHEN NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL
            BEGIN
                INSERT INTO deleted_on_server (account_id, uidl, deleted_at, reason, rule_name, from_text, subject,
                                               date, headers)
                SELECT NEW.account_id, NEW.uidl, NEW.deleted_at,
                       CASE WHEN t.rule_name IS NOT NULL THEN 'rule'
                            WHEN OLD.delete_requested THEN 'hand' ELSE 'policy' END,
                       t.rule_name, NEW.from_text, NEW.subject, NEW.date, NEW.headers
                FROM (SELECT NULL) LEFT JOIN triage_marks t
                    ON t.account_id = NEW.account_id AND t.uidl = NEW.uidl AND t.marked_delete = 1;
                DELETE FROM deleted_on_server WHERE deleted_at < NEW.deleted_at - 86400 *
                    coalesce((SELECT CAST(value AS INTEGER) FROM triage_settings WHERE key = 'deleted_keep_days'), 30);
            END)"),
    }, error);
}

// Version 13 -> 14: whether automatic login over plaintext may go on to a method that sends the
// password after one that hides it was refused (AccountSettings::allowPlaintextFallback).
bool addPlaintextFallback(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE accounts ADD COLUMN plaintext_fallback INTEGER NOT NULL DEFAULT 0")},
                   error);
}

} // namespace

const std::vector<Database::Migration> &Database::migrations()
{
    static const std::vector<Migration> steps{createInitialSchema, addSeenFlag, addLastChecked, addStatusIndex,
                                              addScramIterationLimit, addPreviewCaps, addFileDigests,
                                              addFetchedBy, addServerFacts, addProxy, addTrash, addSearchIndex,
                                              addTriage, addPlaintextFallback};
    return steps;
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

/// Opens `path` for reading only. A WAL database whose -shm file is missing cannot be read that
/// way in a folder that cannot be written; it is then opened as immutable (nobody can be writing
/// it there either).
bool openReadOnly(QSqlDatabase &db, const QString &path, QString *error)
{
    const QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    for (const char *mode : {"mode=ro", "immutable=1"}) {
        db.close();
        db.setDatabaseName(uri + QLatin1Char('?') + QLatin1String(mode));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"));
        QSqlQuery probe(db);
        if (db.open() && probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return execAll(db, {QStringLiteral("PRAGMA query_only=ON")}, error);
        if (error)
            *error = probe.lastError().isValid() ? probe.lastError().text() : db.lastError().text();
    }
    return false;
}

} // namespace

std::unique_ptr<Database> Database::open(const QString &path, QString *error, Access access)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("poplar-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(name, path));
    database->m_readOnly = access == Access::ReadOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (database->m_readOnly) {
        if (!openReadOnly(db, path, error))
            return nullptr;
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            return nullptr;
        }
        // WAL lets readers (the GUI) go on while a sync writes; FULL makes each commit durable.
        // Temporary tables (a sort, an UPDATE ... FROM) in memory, not in files created and removed.
        if (!execAll(db, {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                          QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA temp_store=MEMORY")},
                     error))
            return nullptr;
    }
    const int version = database->schemaVersion();
    if (version < 0) {
        if (error)
            *error = QCoreApplication::translate("Poplar::Store::Database", "the database has no readable schema version");
        return nullptr;
    }
    if (version > SchemaVersion) {
        if (error)
            *error = QCoreApplication::translate("Poplar::Store::Database", "the database was written by a newer Poplar (schema %1, this build reads %2)")
                         .arg(version).arg(SchemaVersion);
        return nullptr;
    }
    qCDebug(Log::store) << "opened" << path << "schema" << version << "of" << SchemaVersion
                        << (database->m_readOnly ? "read-only" : "");
    if (database->m_readOnly) {
        if (version < SchemaVersion) {
            if (error)
                *error = QCoreApplication::translate("Poplar::Store::Database", "the profile is read-only and was written by an older Poplar: open it once where it can be written");
            return nullptr;
        }
        return database;
    }
    if (!migrate(db, SchemaVersion, error))
        return nullptr;
    return database;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'")))
        return -1;
    if (!query.next())
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::migrate(QSqlDatabase &db, int target, QString *error)
{
    QSqlQuery query(db);
    int version = 0;
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
        version = query.value(0).toInt();
    query.finish();
    while (version < target) {
        Transaction transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        if (version == 0 && !exec(db, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"), error))
            return false;
        if (!migrations().at(size_t(version))(db, error))
            return false;
        QSqlQuery update(db);
        update.prepare(version == 0 ? QStringLiteral("INSERT INTO schema_version (version) VALUES (?)")
                                    : QStringLiteral("UPDATE schema_version SET version = ?"));
        update.addBindValue(version + 1);
        if (!update.exec()) {
            if (error)
                *error = update.lastError().text();
            return false;
        }
        if (!transaction.commit()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        ++version;
        qCDebug(Log::store) << "migrated to schema" << version;
    }
    return true;
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

} // namespace Poplar::Store

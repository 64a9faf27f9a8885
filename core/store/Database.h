#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Poplar::Store {

/// One SQLite database through Qt SQL, in WAL mode with full synchronous commits, migrated to
/// the current schema on open. Each instance has its own connection and belongs to the thread
/// that opened it.
class Database {
public:
    /// The schema this build reads and writes.
    static constexpr int SchemaVersion = 14;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// How a database is opened.
    enum class Access {
        ReadWrite, ///< created if needed, WAL mode, migrated to SchemaVersion
        ReadOnly,  ///< never written (PRAGMA query_only, no WAL switch, no migration): for profiles
                   ///< on read-only media or owned by someone else
    };

    /// Opens (creating it if needed) and migrates the database at `path`; ":memory:" works.
    /// nullptr with `error` set when it cannot be opened, is damaged, or is newer than this build.
    static std::unique_ptr<Database> open(const QString &path, QString *error, Access access = Access::ReadWrite);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    /// The schema version stored in the file.
    int schemaVersion() const;
    /// True when opened with Access::ReadOnly: every write fails.
    bool isReadOnly() const { return m_readOnly; }

    /// Migration steps: entry i takes a database at version i to version i + 1. Exposed for tests.
    using Migration = std::function<bool(QSqlDatabase &, QString *error)>;
    static const std::vector<Migration> &migrations();
    /// Migrates an open connection up to `target` one step at a time, each step in a transaction.
    static bool migrate(QSqlDatabase &db, int target, QString *error);

private:
    Database(QString connectionName, QString path);
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
};

/// Runs one SQLite transaction; rolls back on destruction unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Poplar::Store

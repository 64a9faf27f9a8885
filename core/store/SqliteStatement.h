#pragma once

// The SQLite C API beside Qt SQL, for statements with many values: Qt's driver binds by generated
// names that SQLite looks up one by one, so a statement with hundreds of values costs the square
// of their number through it.

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <functional>

namespace Poplar::Store::detail {

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

/// The SQLite handle under a Qt SQL connection; null when it is not SQLite.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/// One statement over many rows, run in groups of at most RowsPerGroup: prepared once per group
/// size (preparing a statement with hundreds of values costs about as much as running it) and
/// reset for the next group of that size. `sql` writes the statement for a number of rows.
class GroupedStatement {
public:
    static constexpr qsizetype RowsPerGroup = 64;
    GroupedStatement(sqlite3 *handle, std::function<QByteArray(qsizetype rows)> sql)
        : m_handle(handle), m_sql(std::move(sql))
    {
    }
    ~GroupedStatement() { sqlite3_finalize(m_statement); }
    GroupedStatement(const GroupedStatement &) = delete;
    GroupedStatement &operator=(const GroupedStatement &) = delete;

    /// The statement for a group of `rows`, ready to be bound; null on failure (see error()).
    sqlite3_stmt *prepare(qsizetype rows)
    {
        if (rows == m_rows) {
            sqlite3_reset(m_statement);
            return m_statement;
        }
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_rows = 0;
        const QByteArray sql = m_sql(rows);
        if (sqlite3_prepare_v2(m_handle, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
            return nullptr;
        m_rows = rows;
        return m_statement;
    }
    /// Runs the bound statement, handing each row it returns to `row`; false on failure.
    bool run(const std::function<void(sqlite3_stmt *)> &row)
    {
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(m_statement)) == SQLITE_ROW)
            row(m_statement);
        return step == SQLITE_DONE;
    }
    /// SQLite's text for the last failure.
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_handle)); }

private:
    sqlite3 *m_handle;
    std::function<QByteArray(qsizetype rows)> m_sql;
    sqlite3_stmt *m_statement = nullptr;
    qsizetype m_rows = 0;
};

/// A blob column of the current row.
inline QByteArray blobColumn(sqlite3_stmt *statement, int column)
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, column));
    return QByteArray(data, sqlite3_column_bytes(statement, column));
}

} // namespace Poplar::Store::detail

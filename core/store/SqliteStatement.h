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

} // namespace Poplar::Store::detail

#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Poplar::Store::detail {

/// Sets `*error` (when given) to `message`; false, for `return fail(error, ...)`.
inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// fail() with the query's own error text.
inline bool failQuery(QString *error, const QSqlQuery &query)
{
    return fail(error, query.lastError().text());
}

} // namespace Poplar::Store::detail

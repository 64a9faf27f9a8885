#include "BulkMessages.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Poplar::Test {

bool insertOldMessages(QSqlDatabase db, qint64 accountId, int count, QString *error, const QByteArray &uidPrefix,
                       qint64 firstDate)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO messages (account_id, uidl, server_size, first_seen, on_server, "
                                  "from_text, subject, date, seen) VALUES (?, ?, ?, 0, 0, ?, ?, ?, 1)"));
    for (int i = 0; i < count; ++i) {
        insert.addBindValue(accountId);
        insert.addBindValue(uidPrefix + QByteArray::number(i));
        insert.addBindValue(2000 + i % 5000);
        insert.addBindValue(QStringLiteral("Old sender %1 <o%1@example.org>").arg(i % 700));
        insert.addBindValue(QStringLiteral("An older message, number %1").arg(i));
        insert.addBindValue(firstDate + qint64(i) * 60);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace Poplar::Test

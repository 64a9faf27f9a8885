#include "store/Trash.h"

#include "account/Account.h"
#include "log/Logging.h"
#include "store/Database.h"
#include "store/StoreFailure.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Poplar::Store {

using detail::failQuery;

namespace {

bool failDb(QString *error, const QSqlDatabase &db)
{
    if (error)
        *error = db.lastError().text();
    return false;
}

const QString KeepDaysOption = QStringLiteral("trash_keep_days");

} // namespace

Trash::Trash(Database &database, QString profileDir) : m_database(database), m_profileDir(std::move(profileDir))
{
}

bool Trash::moveToTrash(qint64 accountId, const QVector<QByteArray> &uids, QVector<QByteArray> *moved, QString *error)
{
    return updateEach(QStringLiteral("UPDATE messages SET trashed_at = ? WHERE account_id = ? AND uidl = ? "
                                     "AND downloaded_at IS NOT NULL AND local_deleted = 0 AND trashed_at IS NULL"),
                      QDateTime::currentSecsSinceEpoch(), accountId, uids, moved, error);
}

bool Trash::restore(qint64 accountId, const QVector<QByteArray> &uids, QVector<QByteArray> *restored, QString *error)
{
    return updateEach(QStringLiteral("UPDATE messages SET trashed_at = ? WHERE account_id = ? AND uidl = ? "
                                     "AND trashed_at IS NOT NULL AND local_deleted = 0"),
                      QVariant(QMetaType(QMetaType::LongLong)), accountId, uids, restored, error);
}

bool Trash::updateEach(const QString &sql, const QVariant &trashedAt, qint64 accountId, const QVector<QByteArray> &uids,
                       QVector<QByteArray> *changed, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return failDb(error, db);
    QSqlQuery query(db);
    query.prepare(sql);
    QVector<QByteArray> done;
    for (const QByteArray &uid : uids) {
        query.addBindValue(trashedAt);
        query.addBindValue(accountId);
        query.addBindValue(uid);
        if (!query.exec())
            return failQuery(error, query);
        if (query.numRowsAffected() > 0)
            done.append(uid);
    }
    if (!transaction.commit())
        return failDb(error, db);
    if (changed)
        *changed = done;
    return true;
}

bool Trash::deleteForGood(qint64 accountId, const QVector<QByteArray> &uids, QVector<QByteArray> *deleted,
                          QString *error)
{
    QHash<qint64, QByteArray> rows;
    {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT id FROM messages WHERE account_id = ? AND uidl = ? "
                                     "AND downloaded_at IS NOT NULL AND local_deleted = 0"));
        for (const QByteArray &uid : uids) {
            query.addBindValue(accountId);
            query.addBindValue(uid);
            if (!query.exec())
                return failQuery(error, query);
            if (query.next())
                rows.insert(query.value(0).toLongLong(), uid);
        }
    }
    return deleteRows(accountId, rows, deleted, error);
}

bool Trash::empty(qint64 accountId, QVector<QByteArray> *deleted, QString *error)
{
    const auto inTrash = uids(accountId);
    if (!inTrash) {
        if (error)
            *error = inTrash.error();
        return false;
    }
    return deleteForGood(accountId, inTrash.value(), deleted, error);
}

bool Trash::expire(const QDateTime &now, QHash<qint64, QVector<QByteArray>> *deleted, QString *error)
{
    const auto days = keepDays();
    if (!days) {
        if (error)
            *error = days.error();
        return false;
    }
    if (*days <= 0)
        return true;
    QHash<qint64, QVector<QByteArray>> due;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT account_id, uidl FROM messages WHERE trashed_at IS NOT NULL "
                                     "AND trashed_at <= ? AND local_deleted = 0 ORDER BY trashed_at"));
        query.addBindValue(now.addDays(-*days).toSecsSinceEpoch());
        if (!query.exec())
            return failQuery(error, query);
        while (query.next())
            due[query.value(0).toLongLong()].append(query.value(1).toByteArray());
        if (query.lastError().isValid())
            return failQuery(error, query);
    }
    for (auto it = due.constBegin(); it != due.constEnd(); ++it) {
        QVector<QByteArray> gone;
        if (!deleteForGood(it.key(), it.value(), &gone, error))
            return false;
        if (deleted && !gone.isEmpty())
            deleted->insert(it.key(), gone);
    }
    return true;
}

ReadResult<QVector<QByteArray>> Trash::uids(qint64 accountId) const
{
    QVector<QByteArray> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uidl FROM messages WHERE account_id = ? AND trashed_at IS NOT NULL "
                                 "AND local_deleted = 0 ORDER BY trashed_at, id"));
    query.addBindValue(accountId);
    if (!query.exec())
        return ReadResult<QVector<QByteArray>>::failure(query.lastError().text());
    while (query.next())
        result.append(query.value(0).toByteArray());
    if (query.lastError().isValid())
        return ReadResult<QVector<QByteArray>>::failure(query.lastError().text());
    return result;
}

ReadResult<int> Trash::keepDays() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM profile_options WHERE name = ?"));
    query.addBindValue(KeepDaysOption);
    if (!query.exec())
        return ReadResult<int>::failure(query.lastError().text());
    if (!query.next())
        return DefaultKeepDays;
    return qMax(0, query.value(0).toInt());
}

bool Trash::setKeepDays(int days, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO profile_options (name, value) VALUES (?, ?)"));
    query.addBindValue(KeepDaysOption);
    query.addBindValue(qMax(0, days));
    return query.exec() || failQuery(error, query);
}

bool Trash::deleteRows(qint64 accountId, const QHash<qint64, QByteArray> &rows, QVector<QByteArray> *deleted,
                       QString *error)
{
    if (rows.isEmpty()) {
        if (deleted)
            deleted->clear();
        return true;
    }
    QSqlDatabase db = m_database.connection();
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return failDb(error, db);
        // Read inside the transaction: the policy as it is when the message leaves the Trash.
        QSqlQuery policy(db);
        policy.prepare(QStringLiteral("SELECT policy FROM accounts WHERE id = ?"));
        policy.addBindValue(accountId);
        if (!policy.exec())
            return failQuery(error, policy);
        const bool deleteOnServer = policy.next()
                                    && policy.value(0).toString()
                                           == Account::retentionPolicyName(
                                               Account::RetentionPolicy::DeleteWhenDeletedLocally);
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT OR IGNORE INTO file_removals (path) "
                                      "SELECT raw_path FROM messages WHERE id = ? AND raw_path IS NOT NULL"));
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE messages SET local_deleted = 1, raw_path = NULL, damage = 0, "
                                    "trashed_at = NULL, delete_requested = CASE WHEN ? AND on_server = 1 THEN 1 "
                                    "ELSE delete_requested END WHERE id = ?"));
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
            record.addBindValue(it.key());
            if (!record.exec())
                return failQuery(error, record);
            mark.addBindValue(deleteOnServer ? 1 : 0);
            mark.addBindValue(it.key());
            if (!mark.exec())
                return failQuery(error, mark);
        }
        if (!transaction.commit())
            return failDb(error, db);
    }
    if (deleted)
        *deleted = rows.values().toVector();
    qCDebug(Log::store) << "deleted" << rows.size() << "messages of account" << accountId << "locally";
    // Only now, with the rows committed as deleted, do the files go.
    return removeRecordedFiles(error);
}

bool Trash::removeRecordedFiles(QString *error)
{
    QStringList paths;
    QSqlDatabase db = m_database.connection();
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT path FROM file_removals")))
            return failQuery(error, query);
        while (query.next())
            paths.append(query.value(0).toString());
    }
    if (paths.isEmpty())
        return true;
    const QDir profile(m_profileDir);
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM file_removals WHERE path = ?"));
    for (const QString &path : std::as_const(paths)) {
        const QString file = profile.filePath(path);
        if (QFile::exists(file) && !QFile::remove(file))
            continue; // kept on record: tried again next time
        forget.addBindValue(path);
        if (!forget.exec())
            return failQuery(error, forget);
    }
    return true;
}

} // namespace Poplar::Store

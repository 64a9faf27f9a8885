#pragma once

#include "store/ReadResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariant>
#include <QVector>

namespace Poplar::Store {

class Database;

/// The Trash of a profile: downloaded messages the user deleted keep their row and file, marked
/// with when they were trashed, until they are restored, deleted from the Trash, emptied, or expire
/// after keepDays(). Only a message leaving the Trash for good loses its local copy, and only then
/// does the account policy "delete when deleted locally" mark it for deletion on the server.
///
/// Deleting for good is ordered so that nothing is lost or deleted twice: one transaction marks the
/// rows deleted locally (the UIDL stays known, so the message is never fetched again), records each
/// file for removal and, under that policy, marks the message for deletion on the server; only
/// after that commit are the files removed. The next sync reads the committed mark and sends DELE
/// (SyncEngine), so a DELE never precedes the local delete, and a crash in between leaves the
/// mark to be sent by the next check. Files a crash left behind are removed by removeRecordedFiles().
class Trash {
public:
    Trash(Database &database, QString profileDir);

    /// Days a message stays in the Trash before it is deleted for good, unless set otherwise.
    static constexpr int DefaultKeepDays = 30;

    /// Moves downloaded messages to the Trash (those not downloaded, already there or deleted are
    /// left alone); `moved` (optional) gets the UIDLs that moved.
    [[nodiscard]] bool moveToTrash(qint64 accountId, const QVector<QByteArray> &uids, QVector<QByteArray> *moved,
                                   QString *error);
    /// Takes messages out of the Trash, back into the account's list; `restored` gets the UIDLs.
    [[nodiscard]] bool restore(qint64 accountId, const QVector<QByteArray> &uids, QVector<QByteArray> *restored,
                               QString *error);
    /// Deletes downloaded messages for good, in the Trash or not (see the class comment for the
    /// order of things); `deleted` (optional) gets the UIDLs deleted.
    [[nodiscard]] bool deleteForGood(qint64 accountId, const QVector<QByteArray> &uids, QVector<QByteArray> *deleted,
                                     QString *error);
    /// Deletes for good everything in the account's Trash.
    [[nodiscard]] bool empty(qint64 accountId, QVector<QByteArray> *deleted, QString *error);
    /// Deletes for good what has been in any account's Trash for keepDays() days or more at `now`
    /// (nothing when keepDays() is 0); `deleted` gets the UIDLs per account.
    [[nodiscard]] bool expire(const QDateTime &now, QHash<qint64, QVector<QByteArray>> *deleted, QString *error);

    /// The UIDLs in the account's Trash, oldest first.
    ReadResult<QVector<QByteArray>> uids(qint64 accountId) const;

    /// The days a message stays in the Trash (0: until emptied by hand); a profile option.
    ReadResult<int> keepDays() const;
    [[nodiscard]] bool setKeepDays(int days, QString *error);

    /// Removes the files of messages deleted for good that a crash or kill left behind (their rows
    /// already say they are deleted), and forgets their record.
    [[nodiscard]] bool removeRecordedFiles(QString *error);

private:
    /// Runs `sql` (binding `trashedAt`, the account and each UIDL) for each of `uids` in one
    /// transaction; `changed` gets the UIDLs whose row it changed.
    bool updateEach(const QString &sql, const QVariant &trashedAt, qint64 accountId, const QVector<QByteArray> &uids,
                    QVector<QByteArray> *changed, QString *error);
    /// Deletes for good the account's rows `ids` (uid by id); see deleteForGood().
    bool deleteRows(qint64 accountId, const QHash<qint64, QByteArray> &rows, QVector<QByteArray> *deleted,
                    QString *error);

    Database &m_database;
    QString m_profileDir;
};

} // namespace Poplar::Store

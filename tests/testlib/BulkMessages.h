#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Poplar::Test {

/// Inserts `count` rows of already-seen, no-longer-on-server messages for `accountId` straight
/// into a profile's database, in one transaction: the bulk of a profile that has used an account
/// for years (senders repeat, dates one minute apart from `firstDate`, seconds since the epoch).
/// UIDLs are `uidPrefix` and a number. Returns false with `error` set on failure.
bool insertOldMessages(QSqlDatabase db, qint64 accountId, int count, QString *error,
                       const QByteArray &uidPrefix = "old-", qint64 firstDate = 1600000000);

} // namespace Poplar::Test

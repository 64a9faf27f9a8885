#pragma once

#include "account/Account.h"
#include "store/MessageStore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace Poplar::Sync {

/// The messages a run deletes on the server under the account's retention policy, besides
/// those it deletes right after downloading them: every one the user asked to delete, and per
/// policy those downloaded (delete after download), downloaded at least policyDays before
/// `now` (delete after days), or downloaded and then deleted locally (delete when deleted
/// locally). Never a copy found damaged; only messages `onServer` lists; none in `issued`
/// (already deleted in this session). In no particular order.
[[nodiscard]] QVector<QByteArray> retentionDeletions(const Account::AccountSettings &account,
                                                     const QHash<QByteArray, Store::MessageStatus> &known,
                                                     const QHash<QByteArray, int> &onServer,
                                                     const QSet<QByteArray> &issued, const QDateTime &now);

/// True when a run downloads this message without being asked for it by UIDL: not yet (soundly)
/// stored, not deleted locally, not fetched by another program before an import, and within the
/// account's size limit (a damaged copy is replaced whatever its size).
[[nodiscard]] bool downloadsByDefault(const Account::AccountSettings &account, const Store::MessageStatus &status,
                                      qint64 size);

} // namespace Poplar::Sync

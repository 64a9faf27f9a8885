#pragma once

#include "mime/HeaderSummary.h"
#include "store/AccountStore.h"
#include "store/Database.h"
#include "store/MessageStore.h"

#include <QHash>

namespace Poplar::Test {

/// Adds an account (no server behind it) to `db`; its id, 0 on failure.
inline qint64 addTestAccount(Store::Database &db, const QString &name = QStringLiteral("A"))
{
    Account::AccountSettings account;
    account.name = name;
    account.host = QStringLiteral("pop.example.com");
    account.user = QStringLiteral("u");
    QString error;
    return Store::AccountStore(db).add(account, &error);
}

/// Lists `previews` (UIDL -> TOP reply) as on the server and stores them as a check would.
inline bool storePreviews(Store::MessageStore &messages, qint64 accountId, const QHash<QByteArray, QByteArray> &previews)
{
    QVector<Store::ServerMessage> listing;
    QVector<Store::HeaderUpdate> updates;
    for (auto it = previews.begin(); it != previews.end(); ++it) {
        listing.append({it.key(), 100});
        updates.append({it.key(), it.value(), Mime::summarizeHeaders(it.value()), false});
    }
    QVector<QByteArray> added;
    QString error;
    return messages.recordListing(accountId, listing, &added, &error) && messages.saveHeaders(accountId, updates, &error);
}

} // namespace Poplar::Test

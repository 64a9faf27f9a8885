#include "sync/Retention.h"

namespace Poplar::Sync {

QVector<QByteArray> retentionDeletions(const Account::AccountSettings &account,
                                       const QHash<QByteArray, Store::MessageStatus> &known,
                                       const QHash<QByteArray, int> &onServer, const QSet<QByteArray> &issued,
                                       const QDateTime &now)
{
    const QDateTime cutoff = now.addDays(-account.policyDays);
    QVector<QByteArray> result;
    for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
        const Store::MessageStatus &s = *it;
        if (!onServer.contains(it.key()) || issued.contains(it.key()))
            continue;
        bool remove = s.deleteRequested;
        switch (account.policy) {
        case Account::RetentionPolicy::Keep:
            break;
        case Account::RetentionPolicy::DeleteAfterDownload:
            // e.g. committed by a run cut off before its DELE; never a copy found damaged
            remove = remove || (s.downloaded && !s.damaged);
            break;
        case Account::RetentionPolicy::DeleteAfterDays:
            remove = remove || (s.downloaded && !s.damaged && s.downloadedAt <= cutoff);
            break;
        case Account::RetentionPolicy::DeleteWhenDeletedLocally:
            remove = remove || (s.downloaded && s.localDeleted);
            break;
        }
        if (remove)
            result.append(it.key());
    }
    return result;
}

bool downloadsByDefault(const Account::AccountSettings &account, const Store::MessageStatus &status, qint64 size)
{
    if (status.downloaded && !status.damaged)
        return false;
    // Another program fetched it before the import: only asking for it by UIDL downloads it here.
    if (!status.fetchedBy.isEmpty() && !status.downloaded)
        return false;
    // A damaged copy is replaced whatever its size: it was wanted once already.
    return !status.localDeleted && (status.damaged || account.sizeLimit <= 0 || size <= account.sizeLimit);
}

} // namespace Poplar::Sync

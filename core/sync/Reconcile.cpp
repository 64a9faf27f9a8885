#include "sync/Reconcile.h"

#include <QCryptographicHash>

namespace Poplar::Sync {

UidMap mapUids(const QVector<Pop3::UidEntry> &entries)
{
    UidMap map;
    QSet<QByteArray> duplicated;
    QSet<int> contradictory;
    for (const Pop3::UidEntry &e : entries) {
        if (map.numberByUid.contains(e.uid))
            duplicated.insert(e.uid);
        if (map.uidByNumber.contains(e.message))
            contradictory.insert(e.message);
        map.numberByUid.insert(e.uid, e.message);
        map.uidByNumber.insert(e.message, e.uid);
    }
    for (const Pop3::UidEntry &e : entries) {
        if (contradictory.contains(e.message))
            duplicated.insert(e.uid);
    }
    for (int n : std::as_const(contradictory)) {
        map.uidByNumber.remove(n);
        ++map.unusable;
    }
    for (const QByteArray &uid : std::as_const(duplicated)) {
        for (auto it = map.uidByNumber.begin(); it != map.uidByNumber.end();) {
            if (it.value() == uid) {
                ++map.unusable;
                it = map.uidByNumber.erase(it);
            } else {
                ++it;
            }
        }
        map.numberByUid.remove(uid);
    }
    return map;
}

QByteArray fallbackKey(const Mime::HeaderSummary &summary, qint64 size)
{
    const QByteArray material = summary.messageId.toUtf8() + '\n' + QByteArray::number(summary.date.toSecsSinceEpoch())
                                + '\n' + QByteArray::number(size);
    return "~h" + QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(40);
}

UidMap fallbackKeys(const QVector<int> &numbers, const QHash<int, Mime::HeaderSummary> &previews,
                    const QHash<int, qint64> &sizes, const QSet<int> &previewUnavailable)
{
    UidMap map;
    QHash<QByteArray, int> seen;
    for (int n : numbers) {
        const auto preview = previews.constFind(n);
        if (preview == previews.constEnd()) {
            if (!previewUnavailable.contains(n))
                ++map.unusable;
            continue;
        }
        QByteArray key = fallbackKey(*preview, sizes.value(n));
        const int copies = seen[key]++;
        if (copies > 0)
            key += '-' + QByteArray::number(copies + 1);
        map.uidByNumber.insert(n, key);
        map.numberByUid.insert(key, n);
    }
    return map;
}

MergedListing mergeListing(const QVector<int> &numbers, const QHash<int, qint64> &sizes, const UidMap &keys,
                           bool countUnlisted)
{
    MergedListing merged;
    merged.messages.reserve(numbers.size());
    for (int n : numbers) {
        const auto it = keys.uidByNumber.constFind(n);
        if (it == keys.uidByNumber.constEnd()) {
            if (countUnlisted)
                ++merged.unlisted;
            continue;
        }
        merged.messages.append({*it, sizes.value(n)});
    }
    for (auto it = keys.numberByUid.constBegin(); it != keys.numberByUid.constEnd(); ++it) {
        if (sizes.contains(it.value()))
            merged.numberByUid.insert(it.key(), it.value());
    }
    return merged;
}

} // namespace Poplar::Sync

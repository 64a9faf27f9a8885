#pragma once

#include "mime/HeaderSummary.h"
#include "pop3/Listing.h"
#include "store/MessageStore.h"

#include <QHash>
#include <QSet>
#include <QVector>

namespace Poplar::Sync {

/// Which UIDL names which message number in one session, both ways.
struct UidMap {
    QHash<int, QByteArray> uidByNumber;
    QHash<QByteArray, int> numberByUid;
    int unusable = 0; ///< messages left without a key (duplicate or contradictory UIDLs)
};

/// The UIDL listing as keys: a UIDL shared by two messages keys neither, and a message number
/// given two UIDLs has no identity (every UIDL involved is left alone). Each message left out
/// counts in `unusable`; invalid lines are the caller's to count.
[[nodiscard]] UidMap mapUids(const QVector<Pop3::UidEntry> &entries);

/// A stable key for a message of a server without UIDL: Message-ID, Date and size, hashed ("~h"
/// and 40 hex digits). Identical copies get the same key (fallbackKeys tells them apart).
[[nodiscard]] QByteArray fallbackKey(const Mime::HeaderSummary &summary, qint64 size);

/// Keys for a server without UIDL, from the previews of `numbers` (LIST order): fallbackKey, and
/// for the second and later identical copies "-2", "-3"... in server order. A message without a
/// preview has no key; it counts in `unusable` unless it is in `previewUnavailable` (too large
/// for a preview without TOP: counted elsewhere).
[[nodiscard]] UidMap fallbackKeys(const QVector<int> &numbers, const QHash<int, Mime::HeaderSummary> &previews,
                                  const QHash<int, qint64> &sizes, const QSet<int> &previewUnavailable);

/// LIST and the keys merged: what the store records as on the server.
struct MergedListing {
    QVector<Store::ServerMessage> messages; ///< in LIST order
    /// The keys of messages LIST has: numbers UIDL named and LIST did not are not on the server
    /// as far as this session goes.
    QHash<QByteArray, int> numberByUid;
    int unlisted = 0; ///< LIST has them, UIDL does not (only counted when `countUnlisted`)
};

/// Merges LIST (`numbers` in its order, `sizes`) with `keys`. `countUnlisted`: a message LIST
/// has and the keys lack counts as unusable (with UIDL; without, fallbackKeys counted it).
[[nodiscard]] MergedListing mergeListing(const QVector<int> &numbers, const QHash<int, qint64> &sizes,
                                         const UidMap &keys, bool countUnlisted);

} // namespace Poplar::Sync

#pragma once

#include <QByteArray>
#include <QVector>

#include <optional>

namespace Poplar::Pop3 {

/// The maildrop summary of STAT.
struct MaildropStat {
    int count = 0;
    qint64 octets = 0;
};

/// One line of a LIST reply.
struct ScanEntry {
    int message = 0;
    qint64 octets = 0;
};

/// One line of a UIDL reply.
struct UidEntry {
    int message = 0;
    QByteArray uid;
};

/// A parsed LIST or UIDL body: the good lines, and the lines that were not valid.
template <typename Entry>
struct Listing {
    QVector<Entry> entries;
    QVector<QByteArray> invalidLines;
};

/// Longest unique-id RFC 1939 allows.
constexpr int MaxUidLength = 70;

/// True when `uid` is 1..70 characters in the range 0x21..0x7E (RFC 1939 section 7).
bool isValidUid(const QByteArray &uid);

/// "+OK n octets" text of STAT.
std::optional<MaildropStat> parseStat(const QByteArray &text);
/// "n octets" of a LIST line or of the text of "LIST n".
std::optional<ScanEntry> parseScanLine(const QByteArray &line);
/// "n uid" of a UIDL line or of the text of "UIDL n".
std::optional<UidEntry> parseUidLine(const QByteArray &line);
Listing<ScanEntry> parseScanListing(const QByteArray &body);
Listing<UidEntry> parseUidListing(const QByteArray &body);

} // namespace Poplar::Pop3

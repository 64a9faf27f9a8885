#include "pop3/Listing.h"

namespace Poplar::Pop3 {

namespace {

// Splits "a b ..." into its first two space-separated words; extra words are allowed (RFC 1939).
// Only spaces separate: a CR, tab or other control character inside stays part of a word, where
// the validity checks reject it.
bool twoWords(const QByteArray &line, QByteArray &first, QByteArray &second)
{
    QByteArrayList words;
    for (const QByteArray &word : line.split(' ')) {
        if (!word.isEmpty())
            words << word;
    }
    if (words.size() < 2)
        return false;
    first = words.at(0);
    second = words.at(1);
    return true;
}

std::optional<int> messageNumber(const QByteArray &word)
{
    bool ok = false;
    const int n = word.toInt(&ok);
    if (!ok || n < 1 || word.startsWith('+'))
        return std::nullopt;
    return n;
}

template <typename Entry, typename Parse>
Listing<Entry> parseLines(const QByteArray &body, Parse parse)
{
    Listing<Entry> listing;
    for (const QByteArray &raw : body.split('\n')) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.isEmpty())
            continue;
        if (auto entry = parse(line))
            listing.entries.append(*entry);
        else
            listing.invalidLines.append(line.left(200));
    }
    return listing;
}

} // namespace

bool isValidUid(const QByteArray &uid)
{
    if (uid.isEmpty() || uid.size() > MaxUidLength)
        return false;
    for (const char c : uid) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

std::optional<MaildropStat> parseStat(const QByteArray &text)
{
    QByteArray a, b;
    if (!twoWords(text, a, b))
        return std::nullopt;
    bool okCount = false, okSize = false;
    const int count = a.toInt(&okCount);
    const qint64 octets = b.toLongLong(&okSize);
    if (!okCount || !okSize || count < 0 || octets < 0)
        return std::nullopt;
    return MaildropStat{count, octets};
}

std::optional<ScanEntry> parseScanLine(const QByteArray &line)
{
    QByteArray a, b;
    if (!twoWords(line, a, b))
        return std::nullopt;
    const auto n = messageNumber(a);
    bool ok = false;
    const qint64 octets = b.toLongLong(&ok);
    if (!n || !ok || octets < 0)
        return std::nullopt;
    return ScanEntry{*n, octets};
}

std::optional<UidEntry> parseUidLine(const QByteArray &line)
{
    QByteArray a, b;
    if (!twoWords(line, a, b))
        return std::nullopt;
    const auto n = messageNumber(a);
    if (!n || !isValidUid(b))
        return std::nullopt;
    return UidEntry{*n, b};
}

Listing<ScanEntry> parseScanListing(const QByteArray &body)
{
    return parseLines<ScanEntry>(body, parseScanLine);
}

Listing<UidEntry> parseUidListing(const QByteArray &body)
{
    return parseLines<UidEntry>(body, parseUidLine);
}

} // namespace Poplar::Pop3

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Poplar::Mime {

/// Decodes header text as a mail reader shows it (RFC 2047): encoded words in any charset
/// (aliases such as x-sjis mapped, base64 without padding accepted), adjacent encoded words
/// joined before their charset is converted so a character split across two survives, folded
/// lines unfolded, raw 8-bit text taken as UTF-8 or else Windows-1252. What cannot be decoded
/// becomes U+FFFD; no C0 or C1 control is ever returned (tabs and line breaks become spaces).
QString decodeHeaderText(const QByteArray &raw);

/// Text already decoded, cleaned as decodeHeaderText() cleans: controls replaced, whitespace
/// simplified.
QString cleanHeaderText(const QString &text);

/// The raw value of the first header field `name` in a header block (unfolded, not decoded).
QByteArray headerField(const QByteArray &headerBlock, const QByteArray &name);

/// `bytes` in `charset` as Unicode: charset aliases mapped; an unknown charset falls back to
/// UTF-8 when the bytes are valid UTF-8, else Windows-1252; undecodable bytes become U+FFFD.
QString decodeCharset(const QByteArray &bytes, const QByteArray &charset);

/// Parses an RFC 5322 date, the obsolete forms of its section 4.3 included (two- and
/// three-digit years, zone names, no seconds, comments); invalid when it is not a date.
QDateTime parseMailDate(const QByteArray &raw);

} // namespace Poplar::Mime

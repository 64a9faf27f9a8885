#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Poplar::Mime {

/// The decoded header fields the message list shows, taken from a header block.
struct HeaderSummary {
    QString from;        ///< display form: "Name <addr>" list, encoded words decoded
    QString to;
    QString subject;
    QDateTime date;      ///< invalid when missing or unparseable
    QString messageId;   ///< without angle brackets
    QString contentType; ///< "type/subtype", lower case
    bool hasAttachment = false;
};

} // namespace Poplar::Mime

// Only Qt's implicitly shared types and plain values: a vector of 100,000 may move them bytewise.
Q_DECLARE_TYPEINFO(Poplar::Mime::HeaderSummary, Q_RELOCATABLE_TYPE);

namespace Poplar::Mime {

/// Longest From, To and Subject a summary keeps, in UTF-16 units: a longer one is cut to its
/// beginning and ends with an ellipsis (U+2026), so each column of the store stays a few KiB.
constexpr qsizetype MaxFieldChars = 4096;

/// `text` cut to `maxChars` (the ellipsis included) when longer, never inside a surrogate pair.
QString capField(const QString &text, qsizetype maxChars = MaxFieldChars);

/// The header block of a message (everything up to the first empty line, that line included).
QByteArray headerBlock(const QByteArray &message);

/// Parses a header block (or a whole or TOP-truncated message) with GMime; From, To and Subject
/// are cut to MaxFieldChars.
HeaderSummary summarizeHeaders(const QByteArray &message);

} // namespace Poplar::Mime

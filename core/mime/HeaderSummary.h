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

/// The header block of a message (everything up to the first empty line, that line included).
QByteArray headerBlock(const QByteArray &message);

/// Parses a header block (or a whole or TOP-truncated message) with GMime.
HeaderSummary summarizeHeaders(const QByteArray &message);

} // namespace Poplar::Mime

#pragma once

#include "mime/HeaderSummary.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace Poplar::Mime {

/// One attachment of a message, as listed in the preview.
struct Attachment {
    int index = 0;     ///< position among the message's attachments, for attachmentContent()
    QString fileName;  ///< decoded (RFC 2231 / 2047); empty when the part has none
    QString mimeType;
    qint64 size = 0;   ///< decoded size in bytes
};

/// A part of the message that its HTML may show by Content-ID (`<img src="cid:...">`).
struct InlinePart {
    QString mimeType;
    QByteArray content; ///< decoded
};

/// What the preview pane shows of a message, decoded: readable headers, the text and HTML
/// bodies (charset and transfer encoding undone), and the attachments.
struct MessagePreview {
    HeaderSummary summary;
    /// Display headers in order: label and decoded value (From, To, Cc, Reply-To, Date, Subject).
    QList<QPair<QString, QString>> headers;
    QString text;
    QString html;
    QList<Attachment> attachments;
    /// Parts with a Content-ID, by that ID (without angle brackets), up to MaxInlineBytes in all.
    QHash<QString, InlinePart> inlineParts;
};

/// Most bytes of Content-ID parts one preview keeps for its HTML to show.
constexpr qsizetype MaxInlineBytes = 16 * 1024 * 1024;

/// Decodes a whole message, or the headers and first lines TOP returned (a truncated body
/// decodes as far as it goes).
MessagePreview decodeMessage(const QByteArray &message);

/// The decoded bytes of attachment `index` of `message`; empty if there is no such attachment.
QByteArray attachmentContent(const QByteArray &message, int index);

/// Text in `charset` as Unicode; unknown charsets fall back to UTF-8, then Latin-1.
QString decodeCharset(const QByteArray &bytes, const QByteArray &charset);

} // namespace Poplar::Mime

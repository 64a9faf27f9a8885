#pragma once

#include "mime/HeaderDecoder.h"
#include "mime/HeaderSummary.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace Poplar::Mime {

/// One attachment of a message, as listed in the preview: a file, or an embedded message.
struct Attachment {
    int index = 0;     ///< position among the message's attachments, for attachmentContent()
    QString fileName;  ///< decoded (RFC 2231 / 2047); for an embedded message its subject + ".eml"
    QString mimeType;
    qint64 size = 0;   ///< decoded size in bytes
};

/// A part of the message that its HTML may show by Content-ID (`<img src="cid:...">`).
struct InlinePart {
    QString mimeType;
    QByteArray content; ///< decoded
};

struct MessagePreview;

/// One piece of a message's body, in reading order.
struct BodyPart {
    enum class Kind {
        Text,    ///< text, HTML, or both when they are alternatives of one another
        Message, ///< an embedded message (message/rfc822: a forward, a digest entry, a bounce)
    };
    Kind kind = Kind::Text;
    QString text;
    QString html;
    std::shared_ptr<const MessagePreview> message; ///< Kind::Message
};

/// A message as a reader sees it, decoded: readable headers, the body parts in order (embedded
/// messages recursively), the attachments (embedded messages among them), and the parts its
/// HTML may show by Content-ID.
struct MessagePreview {
    HeaderSummary summary;
    /// Display headers in order: label and decoded value (From, To, Cc, Reply-To, Date, Subject).
    QList<QPair<QString, QString>> headers;
    QList<BodyPart> body;
    /// The first text and the first HTML of the body, for callers that want one of each.
    QString text;
    QString html;
    QList<Attachment> attachments;
    /// Parts with a Content-ID, by that ID (without angle brackets), up to MaxInlineBytes in all;
    /// those of embedded messages included.
    QHash<QString, InlinePart> inlineParts;
};

/// Most bytes of Content-ID parts one preview keeps for its HTML to show.
constexpr qsizetype MaxInlineBytes = 16 * 1024 * 1024;
/// Embedded messages are decoded this deep; deeper ones are listed as attachments only.
constexpr int MaxEmbeddingDepth = 8;

/// Decodes a whole message, or the headers and first lines TOP returned (a truncated body
/// decodes as far as it goes). Never shows nothing of a body that has text: a multipart without
/// usable boundaries shows its raw text, a message without headers or separator shows its text.
MessagePreview decodeMessage(const QByteArray &message);

/// The decoded bytes of attachment `index` of `message` (an embedded message as it was sent);
/// empty if there is no such attachment.
QByteArray attachmentContent(const QByteArray &message, int index);

} // namespace Poplar::Mime

#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace Poplar::Mime {

/// Who a reply goes to.
enum class ReplyKind {
    Reply,    ///< the sender (Reply-To, else From)
    ReplyAll, ///< the sender, and everyone in To and Cc in Cc (the user's own addresses left out)
};

/// Longest mailto: URL handed to the user's mail program. Windows cuts command lines near 2,048
/// characters and several mail programs cut mailto: URLs there too, so the quoted body is
/// shortened to stay under it.
constexpr int MaxMailtoLength = 2000;

/// A mailto: URL (RFC 6068) for replying to `message` (RFC 5322 bytes: the whole message or
/// the headers and first lines) in the user's own mail program: To (and Cc for ReplyAll) as
/// bare addresses, Subject with "Re: ", In-Reply-To and References from its Message-ID, and its
/// text quoted with "> " under an attribution line. Never longer than `maxLength`: References
/// are shortened first, then the quoted body is cut (ending in "[…]"), then the Subject.
/// Header values from the message can add no header of their own: controls never reach the
/// URL, addresses must be plain addr-specs, message ids plain msg-ids.
QUrl replyMailto(const QByteArray &message, ReplyKind kind, const QStringList &ownAddresses = {},
                 int maxLength = MaxMailtoLength);

/// `text` quoted for a reply: each line prefixed with "> " (">" before a line already quoted),
/// after `attribution` and an empty line; trailing empty lines dropped.
QString quoteForReply(const QString &attribution, const QString &text);

} // namespace Poplar::Mime

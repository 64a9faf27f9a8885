#pragma once

#include "mime/MessagePreview.h"

#include <QUrl>

namespace Poplar::Mime {

/// What an HTML view showing one message may load, decided before anything is loaded: the
/// message's own parts and nothing else. Every HTML view of a message asks this first.
struct ResourceDecision {
    bool allowed = false;
    QByteArray content; ///< the bytes to show, when allowed
    QString mimeType;   ///< as the part or the data: URL declares it, lower case
};

/// Largest data: URL payload (decoded) an HTML view shows; a bigger one is refused.
constexpr qsizetype MaxDataUrlBytes = 4 * 1024 * 1024;

/// `cid:` URLs naming one of `parts` (RFC 2392) and `data:` URLs up to MaxDataUrlBytes are
/// allowed; everything else - http(s), ftp, file:, qrc:, absolute and relative local paths,
/// unknown schemes - is refused, never opened.
ResourceDecision decideResource(const QHash<QString, InlinePart> &parts, const QUrl &url);

} // namespace Poplar::Mime

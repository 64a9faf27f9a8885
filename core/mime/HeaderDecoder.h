#pragma once

#include <QByteArray>
#include <QString>

namespace Poplar::Mime {

/// Decodes header text as a mail reader shows it: RFC 2047 encoded words in any charset,
/// folded lines unfolded, raw 8-bit text taken as UTF-8 or Latin-1. Uses GMime.
QString decodeHeaderText(const QByteArray &raw);

/// The raw value of the first header field `name` in a header block (unfolded, not decoded).
QByteArray headerField(const QByteArray &headerBlock, const QByteArray &name);

} // namespace Poplar::Mime

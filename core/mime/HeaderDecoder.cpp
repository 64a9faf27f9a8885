#include "mime/GMimeSupport.h" // first: see there

#include "mime/HeaderDecoder.h"

#include <QByteArrayList>


namespace Poplar::Mime {

QByteArray headerField(const QByteArray &headerBlock, const QByteArray &name)
{
    const QByteArray wanted = name.toLower() + ':';
    QByteArray value;
    bool collecting = false;
    for (const QByteArray &rawLine : headerBlock.split('\n')) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        if (line.isEmpty())
            break; // end of the header block
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (collecting) {
            if (!continuation)
                break;
            value += ' ' + line.trimmed();
        } else if (!continuation && line.toLower().startsWith(wanted)) {
            value = line.mid(wanted.size()).trimmed();
            collecting = true;
        }
    }
    return value;
}

QString decodeHeaderText(const QByteArray &raw)
{
    Internal::ensureGMime();
    char *decoded = g_mime_utils_header_decode_text(nullptr, raw.constData());
    const QString text = QString::fromUtf8(decoded).simplified();
    g_free(decoded);
    return text;
}

} // namespace Poplar::Mime

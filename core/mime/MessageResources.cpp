#include "mime/MessageResources.h"

namespace Poplar::Mime {

namespace {

ResourceDecision decodeDataUrl(const QUrl &url)
{
    // data:[<mediatype>][;base64],<data> (RFC 2397). The size is judged before decoding.
    const QByteArray encoded = url.toEncoded();
    if (encoded.size() > MaxDataUrlBytes / 3 * 4 + 4096)
        return {};
    const qsizetype comma = encoded.indexOf(',');
    if (comma < 0)
        return {};
    QByteArray header = encoded.mid(5, comma - 5).toLower(); // after "data:"
    const bool base64 = header.endsWith(";base64");
    if (base64)
        header.chop(7);
    QByteArray payload = QByteArray::fromPercentEncoding(encoded.mid(comma + 1));
    if (base64)
        payload = QByteArray::fromBase64(payload);
    if (payload.size() > MaxDataUrlBytes)
        return {};
    const QByteArray type = header.left(header.indexOf(';')).trimmed();
    return {true, payload, type.isEmpty() ? QStringLiteral("text/plain") : QString::fromLatin1(type)};
}

} // namespace

ResourceDecision decideResource(const QHash<QString, InlinePart> &parts, const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("data"))
        return decodeDataUrl(url);
    if (scheme != QLatin1String("cid"))
        return {};
    QString id = url.path(QUrl::FullyDecoded).trimmed();
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
        id = id.mid(1, id.size() - 2);
    const auto part = parts.constFind(id);
    if (part == parts.constEnd())
        return {};
    return {true, part->content, part->mimeType};
}

} // namespace Poplar::Mime

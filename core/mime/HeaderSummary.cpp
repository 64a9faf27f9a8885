#include "mime/GMimeSupport.h" // first: see there

#include "mime/HeaderSummary.h"

#include "mime/HeaderDecoder.h"


namespace Poplar::Mime {

QString capField(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars || maxChars < 2)
        return text;
    qsizetype keep = maxChars - 1;
    if (text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

QByteArray headerBlock(const QByteArray &message)
{
    qsizetype end = message.indexOf("\n\r\n");
    qsizetype length = end < 0 ? -1 : end + 3;
    const qsizetype lf = message.indexOf("\n\n");
    if (lf >= 0 && (length < 0 || lf + 2 < length))
        length = lf + 2;
    return length < 0 ? message : message.left(length);
}

namespace Internal {

QDateTime messageDate(GMimeMessage *message)
{
    const QDateTime parsed = parseMailDate(rawHeader(GMIME_OBJECT(message), "Date"));
    if (parsed.isValid())
        return parsed;
    GDateTime *date = g_mime_message_get_date(message);
    return date ? QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC) : QDateTime();
}

} // namespace Internal

using Internal::messageDate;

HeaderSummary summarizeHeaders(const QByteArray &message)
{
    Internal::ensureGMime();
    const QByteArray block = headerBlock(message);
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(block.constData(), size_t(block.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage *parsed = g_mime_parser_construct_message(parser, nullptr);
    g_object_unref(parser);
    g_object_unref(stream);
    if (!parsed)
        return {};
    const HeaderSummary summary = Internal::summarize(parsed);
    g_object_unref(parsed);
    return summary;
}

HeaderSummary Internal::summarize(GMimeMessage *parsed)
{
    HeaderSummary summary;
    auto *object = GMIME_OBJECT(parsed);
    summary.from = capField(Internal::addressList(g_mime_message_get_from(parsed), Internal::rawHeader(object, "From")));
    summary.to = capField(Internal::addressList(g_mime_message_get_to(parsed), Internal::rawHeader(object, "To")));
    summary.subject = capField(decodeHeaderText(Internal::rawHeader(object, "Subject")));
    summary.date = messageDate(parsed);
    summary.messageId = QString::fromUtf8(g_mime_message_get_message_id(parsed));

    GMimeObject *body = g_mime_message_get_mime_part(parsed);
    GMimeContentType *type = body ? g_mime_object_get_content_type(body) : nullptr;
    if (type) {
        char *mimeType = g_mime_content_type_get_mime_type(type);
        summary.contentType = QString::fromUtf8(mimeType).toLower();
        g_free(mimeType);
    } else {
        summary.contentType = QStringLiteral("text/plain");
    }
    const QString &ct = summary.contentType;
    summary.hasAttachment = ct == QLatin1String("multipart/mixed")
                            || (!ct.startsWith(QLatin1String("text/")) && !ct.startsWith(QLatin1String("multipart/")));
    return summary;
}

} // namespace Poplar::Mime

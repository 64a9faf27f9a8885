#include "mime/GMimeSupport.h" // first: see there

#include "mime/MessagePreview.h"

#include <QStringDecoder>


namespace Poplar::Mime {

namespace {

/// A parsed message that unreferences itself.
class ParsedMessage {
public:
    explicit ParsedMessage(const QByteArray &bytes)
    {
        Internal::ensureGMime();
        GMimeStream *stream = g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size()));
        GMimeParser *parser = g_mime_parser_new_with_stream(stream);
        m_message = g_mime_parser_construct_message(parser, nullptr);
        g_object_unref(parser);
        g_object_unref(stream);
    }
    ~ParsedMessage()
    {
        if (m_message)
            g_object_unref(m_message);
    }
    GMimeMessage *get() const { return m_message; }

private:
    GMimeMessage *m_message = nullptr;
};

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GMimeStream *memory = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(content, memory);
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory));
    const QByteArray result(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
    g_object_unref(memory);
    return result;
}

bool isAttachment(GMimePart *part, const char *mimeType)
{
    if (g_mime_part_is_attachment(part) || g_mime_part_get_filename(part))
        return true;
    return !g_str_has_prefix(mimeType, "text/");
}

struct Walk {
    MessagePreview *preview = nullptr;
    int wanted = -1;        ///< attachment index to extract, or -1
    QByteArray extracted;
    int attachmentCount = 0;
    qsizetype inlineBytes = 0;
};

/// Keeps a part with a Content-ID for the HTML body, within the preview's inline budget.
void keepInlinePart(Walk *walk, GMimeObject *object, const QString &mime, const QByteArray &content)
{
    const char *id = g_mime_object_get_content_id(object);
    if (!id || !*id || walk->inlineBytes + content.size() > MaxInlineBytes)
        return;
    const QString key = QString::fromUtf8(id).trimmed();
    if (walk->preview->inlineParts.contains(key))
        return;
    walk->inlineBytes += content.size();
    walk->preview->inlineParts.insert(key, InlinePart{mime, content});
}

void visitPart(GMimeObject *, GMimeObject *object, gpointer data)
{
    auto *walk = static_cast<Walk *>(data);
    if (!GMIME_IS_PART(object))
        return; // multiparts are walked into; message/rfc822 parts count as attachments below
    GMimePart *part = GMIME_PART(object);
    GMimeContentType *type = g_mime_object_get_content_type(object);
    char *mimeType = g_mime_content_type_get_mime_type(type);
    const QString mime = QString::fromUtf8(mimeType).toLower();
    if (isAttachment(part, mimeType)) {
        const int index = walk->attachmentCount++;
        if (walk->wanted == index) {
            walk->extracted = decodedContent(part);
        } else if (walk->preview) {
            Attachment a;
            a.index = index;
            a.fileName = QString::fromUtf8(g_mime_part_get_filename(part));
            a.mimeType = mime;
            const QByteArray content = decodedContent(part);
            a.size = content.size();
            walk->preview->attachments.append(a);
            keepInlinePart(walk, object, mime, content);
        }
    } else if (walk->preview) {
        const QByteArray charset = g_mime_object_get_content_type_parameter(object, "charset");
        if (mime == QLatin1String("text/html") && walk->preview->html.isEmpty())
            walk->preview->html = decodeCharset(decodedContent(part), charset);
        else if (walk->preview->text.isEmpty() && mime != QLatin1String("text/html"))
            walk->preview->text = decodeCharset(decodedContent(part), charset);
    }
    g_free(mimeType);
}

} // namespace

QString decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid()) {
            const QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

MessagePreview decodeMessage(const QByteArray &bytes)
{
    MessagePreview preview;
    preview.summary = summarizeHeaders(bytes);
    const ParsedMessage parsed(bytes);
    GMimeMessage *message = parsed.get();
    if (!message)
        return preview;
    auto add = [&preview](const QString &label, const QString &value) {
        if (!value.isEmpty())
            preview.headers.append({label, value});
    };
    add(QStringLiteral("From"), Internal::addressList(g_mime_message_get_from(message)));
    add(QStringLiteral("To"), Internal::addressList(g_mime_message_get_to(message)));
    add(QStringLiteral("Cc"), Internal::addressList(g_mime_message_get_cc(message)));
    add(QStringLiteral("Reply-To"), Internal::addressList(g_mime_message_get_reply_to(message)));
    if (preview.summary.date.isValid())
        add(QStringLiteral("Date"), preview.summary.date.toLocalTime().toString(Qt::RFC2822Date));
    add(QStringLiteral("Subject"), preview.summary.subject);
    Walk walk;
    walk.preview = &preview;
    g_mime_message_foreach(message, visitPart, &walk);
    return preview;
}

QByteArray attachmentContent(const QByteArray &bytes, int index)
{
    const ParsedMessage parsed(bytes);
    if (!parsed.get() || index < 0)
        return {};
    Walk walk;
    walk.wanted = index;
    g_mime_message_foreach(parsed.get(), visitPart, &walk);
    return walk.extracted;
}

} // namespace Poplar::Mime

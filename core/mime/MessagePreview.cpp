#include "mime/GMimeSupport.h" // first: see there

#include "mime/MessagePreview.h"

#include <QRegularExpression>

namespace Poplar::Mime {

namespace {

/// Most MIME objects one message (embedded ones included) is walked into: a message of a
/// million empty parts must not take minutes to open.
constexpr int MaxParts = 5000;

/// An embedded message as it was sent (for saving it as .eml), or only its size.
QByteArray serialized(GMimeObject *object)
{
    GMimeStream *memory = g_mime_stream_mem_new();
    g_mime_object_write_to_stream(object, nullptr, memory);
    const QByteArray result = Internal::memoryStreamBytes(memory);
    g_object_unref(memory);
    return result;
}

qint64 serializedSize(GMimeObject *object)
{
    GMimeStream *null = g_mime_stream_null_new();
    const gint64 written = g_mime_object_write_to_stream(object, nullptr, null);
    g_object_unref(null);
    return qMax<gint64>(written, 0);
}

bool isAttachment(GMimePart *part, const QString &mimeType)
{
    if (g_mime_part_is_attachment(part) || g_mime_part_get_filename(part))
        return true;
    return !mimeType.startsWith(QLatin1String("text/"));
}

/// A file name made from an embedded message's subject: no path separators, no controls.
QString messageFileName(const QString &subject)
{
    QString name = subject.left(80).trimmed();
    static const QRegularExpression unsafe(QStringLiteral(R"([/\\:*?"<>|\x{0}-\x{1f}])"));
    name.replace(unsafe, QStringLiteral("_"));
    return (name.isEmpty() ? QStringLiteral("message") : name) + QStringLiteral(".eml");
}

/// Headers as the preview shows them, and the summary of an embedded message.
void decodeHeaders(GMimeMessage *message, MessagePreview *out)
{
    auto *object = GMIME_OBJECT(message);
    auto add = [out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out->headers.append({label, value});
    };
    const QString from = Internal::addressList(g_mime_message_get_from(message), Internal::rawHeader(object, "From"));
    const QString to = Internal::addressList(g_mime_message_get_to(message), Internal::rawHeader(object, "To"));
    add(QStringLiteral("From"), from);
    add(QStringLiteral("To"), to);
    add(QStringLiteral("Cc"), Internal::addressList(g_mime_message_get_cc(message), Internal::rawHeader(object, "Cc")));
    add(QStringLiteral("Reply-To"),
        Internal::addressList(g_mime_message_get_reply_to(message), Internal::rawHeader(object, "Reply-To")));
    const QDateTime date = Internal::messageDate(message);
    if (date.isValid())
        add(QStringLiteral("Date"), date.toString(Qt::RFC2822Date));
    const QString subject = decodeHeaderText(Internal::rawHeader(object, "Subject"));
    add(QStringLiteral("Subject"), subject);
    if (out->summary.from.isEmpty() && out->summary.subject.isEmpty()) {
        out->summary.from = capField(from);
        out->summary.to = capField(to);
        out->summary.subject = capField(subject);
        out->summary.date = date;
        out->summary.messageId = QString::fromUtf8(g_mime_message_get_message_id(message));
    }
}

/// What all the decoders of one top-level message share.
struct Budget {
    qsizetype inlineBytes = 0;
    int parts = 0;
};

/// Walks one message's MIME tree in reading order.
class Decoder {
public:
    Decoder(Budget &budget, int depth, int wanted) : m_budget(budget), m_depth(depth), m_wanted(wanted) {}

    void decode(GMimeMessage *message, MessagePreview *out)
    {
        decodeHeaders(message, out);
        if (GMimeObject *body = g_mime_message_get_mime_part(message))
            walk(body, out);
        for (const BodyPart &part : std::as_const(out->body)) {
            if (out->text.isEmpty())
                out->text = part.text;
            if (out->html.isEmpty())
                out->html = part.html;
        }
    }

    QByteArray extracted; ///< attachment `wanted`, once found

private:
    void walk(GMimeObject *object, MessagePreview *out)
    {
        if (++m_budget.parts > MaxParts)
            return;
        if (GMIME_IS_MULTIPART(object))
            walkMultipart(GMIME_MULTIPART(object), out);
        else if (GMIME_IS_MESSAGE_PART(object))
            addMessage(object, g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)), out);
        else if (GMIME_IS_PART(object))
            addPart(GMIME_PART(object), out);
    }

    void walkMultipart(GMimeMultipart *multipart, MessagePreview *out)
    {
        const int count = g_mime_multipart_get_count(multipart);
        if (count == 0) {
            // No usable boundary: GMime leaves the whole body in the prologue. Show it as text.
            const QByteArray prologue = g_mime_multipart_get_prologue(multipart);
            if (!prologue.trimmed().isEmpty())
                out->body.append({BodyPart::Kind::Text, decodeCharset(prologue, {}), {}, {}});
            return;
        }
        const bool alternative = Internal::mimeTypeOf(GMIME_OBJECT(multipart)) == QLatin1String("multipart/alternative");
        const qsizetype before = out->body.size();
        for (int i = 0; i < count; ++i)
            walk(g_mime_multipart_get_part(multipart, i), out);
        if (!alternative || out->body.size() - before < 2)
            return;
        // Alternatives of one another become one part holding the last (richest) text and HTML.
        BodyPart merged;
        QList<BodyPart> others;
        for (qsizetype i = before; i < out->body.size(); ++i) {
            const BodyPart &part = out->body.at(i);
            if (part.kind != BodyPart::Kind::Text) {
                others.append(part);
                continue;
            }
            if (!part.text.isEmpty())
                merged.text = part.text;
            if (!part.html.isEmpty())
                merged.html = part.html;
        }
        out->body.erase(out->body.begin() + before, out->body.end());
        out->body.append(merged);
        out->body.append(others);
    }

    void addMessage(GMimeObject *object, GMimeMessage *embedded, MessagePreview *out)
    {
        const int index = m_attachments++;
        if (m_wanted >= 0) {
            if (index == m_wanted && embedded)
                extracted = serialized(GMIME_OBJECT(embedded));
            return;
        }
        if (!embedded) {
            out->attachments.append({index, messageFileName({}), Internal::mimeTypeOf(object), 0});
            return;
        }
        auto child = std::make_shared<MessagePreview>();
        if (m_depth < MaxEmbeddingDepth) {
            Decoder inner(m_budget, m_depth + 1, -1);
            inner.decode(embedded, child.get());
        } else {
            decodeHeaders(embedded, child.get());
        }
        out->attachments.append({index, messageFileName(child->summary.subject), QStringLiteral("message/rfc822"),
                                 serializedSize(GMIME_OBJECT(embedded))});
        for (auto it = child->inlineParts.cbegin(); it != child->inlineParts.cend(); ++it) {
            if (!out->inlineParts.contains(it.key()))
                out->inlineParts.insert(it.key(), it.value());
        }
        out->body.append({BodyPart::Kind::Message, {}, {}, child});
    }

    void addPart(GMimePart *part, MessagePreview *out)
    {
        auto *object = GMIME_OBJECT(part);
        const QString mime = Internal::mimeTypeOf(object);
        if (isAttachment(part, mime)) {
            const int index = m_attachments++;
            if (m_wanted >= 0) {
                if (index == m_wanted)
                    extracted = Internal::decodedContent(part);
                return;
            }
            const QByteArray content = Internal::decodedContent(part);
            out->attachments.append({index, cleanHeaderText(QString::fromUtf8(g_mime_part_get_filename(part))), mime,
                                     content.size()});
            keepInlinePart(object, mime, content, out);
            return;
        }
        if (m_wanted >= 0)
            return;
        const QByteArray charset = g_mime_object_get_content_type_parameter(object, "charset");
        const QString decoded = decodeCharset(Internal::decodedContent(part), charset);
        if (mime == QLatin1String("text/html"))
            out->body.append({BodyPart::Kind::Text, {}, decoded, {}});
        else
            out->body.append({BodyPart::Kind::Text, decoded, {}, {}});
    }

    /// Keeps a part with a Content-ID for the HTML body, within the message's inline budget.
    void keepInlinePart(GMimeObject *object, const QString &mime, const QByteArray &content, MessagePreview *out)
    {
        const char *id = g_mime_object_get_content_id(object);
        if (!id || !*id || m_budget.inlineBytes + content.size() > MaxInlineBytes)
            return;
        const QString key = QString::fromUtf8(id).trimmed();
        if (out->inlineParts.contains(key))
            return;
        m_budget.inlineBytes += content.size();
        out->inlineParts.insert(key, InlinePart{mime, content});
    }

    Budget &m_budget;
    const int m_depth;
    const int m_wanted;
    int m_attachments = 0;
};

/// The text of a message GMime found no body in: what follows the header block, or, without
/// a separator, what follows the lines that look like header fields (all of it when none do).
QString fallbackText(const QByteArray &bytes)
{
    const QByteArray block = headerBlock(bytes);
    if (block.size() < bytes.size())
        return decodeCharset(bytes.mid(block.size()), {});
    static const QRegularExpression field(QStringLiteral(R"(^[!-9;-~]+:)"));
    const QByteArrayList lines = bytes.split('\n');
    qsizetype i = 0;
    while (i < lines.size()
           && (field.match(QString::fromLatin1(lines.at(i))).hasMatch()
               || (i > 0 && (lines.at(i).startsWith(' ') || lines.at(i).startsWith('\t')))))
        ++i;
    if (i == 0)
        return decodeCharset(bytes, {});
    return decodeCharset(lines.mid(i).join('\n'), {});
}

} // namespace

MessagePreview decodeMessage(const QByteArray &bytes)
{
    MessagePreview preview;
    preview.summary = summarizeHeaders(bytes);
    const Internal::ParsedMessage parsed(bytes);
    Budget budget;
    if (parsed.get()) {
        MessagePreview decoded;
        decoded.summary = preview.summary;
        Decoder(budget, 0, -1).decode(parsed.get(), &decoded);
        preview = std::move(decoded);
    }
    bool shown = !preview.attachments.isEmpty();
    for (const BodyPart &part : std::as_const(preview.body))
        shown = shown || part.kind == BodyPart::Kind::Message || !part.text.trimmed().isEmpty() || !part.html.isEmpty();
    if (!shown) {
        const QString text = fallbackText(bytes);
        if (!text.trimmed().isEmpty()) {
            preview.body = {{BodyPart::Kind::Text, text, {}, {}}};
            preview.text = text;
        }
    }
    return preview;
}

QByteArray attachmentContent(const QByteArray &bytes, int index)
{
    const Internal::ParsedMessage parsed(bytes);
    if (!parsed.get() || index < 0)
        return {};
    Budget budget;
    Decoder decoder(budget, 0, index);
    MessagePreview ignored;
    decoder.decode(parsed.get(), &ignored);
    return decoder.extracted;
}

} // namespace Poplar::Mime

#include "mime/GMimeSupport.h"

#include "mime/HeaderDecoder.h"

#include <QStringList>
#include <QUrl>

#include <mutex>

namespace Poplar::Mime::Internal {

namespace {

/// "user@xn--bcher-kva.example" shown as "user@bücher.example".
QString unicodeAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || !address.mid(at + 1).contains(QLatin1String("xn--"), Qt::CaseInsensitive))
        return address;
    const QString domain = QUrl::fromAce(address.mid(at + 1).toLatin1());
    return domain.isEmpty() ? address : address.left(at + 1) + domain;
}

QString quotedName(const QString &name)
{
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    for (const QChar c : name) {
        if (specials.contains(c)) {
            QString escaped = name;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
            return QLatin1Char('"') + escaped + QLatin1Char('"');
        }
    }
    return name;
}

QStringList formatAddresses(InternetAddressList *list)
{
    QStringList out;
    const int count = list ? internet_address_list_length(list) : 0;
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        const QString name = QString::fromUtf8(internet_address_get_name(address)).simplified();
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            const QStringList members = formatAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)));
            out << quotedName(name) + QStringLiteral(": ") + members.join(QStringLiteral(", ")) + QLatin1Char(';');
            continue;
        }
        const QString addr = unicodeAddress(
            QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).trimmed());
        if (name.isEmpty())
            out << (addr.isEmpty() ? QString() : addr);
        else
            out << quotedName(name) + QStringLiteral(" <") + addr + QLatin1Char('>');
    }
    out.removeAll(QString());
    return out;
}

} // namespace

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

ParsedMessage::ParsedMessage(const QByteArray &bytes)
{
    ensureGMime();
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    m_message = g_mime_parser_construct_message(parser, nullptr);
    g_object_unref(parser);
    g_object_unref(stream);
}

ParsedMessage::~ParsedMessage()
{
    if (m_message)
        g_object_unref(m_message);
}

QByteArray memoryStreamBytes(GMimeStream *memory)
{
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory));
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GMimeStream *memory = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(content, memory);
    const QByteArray result = memoryStreamBytes(memory);
    g_object_unref(memory);
    return result;
}

QString mimeTypeOf(GMimeObject *object)
{
    char *mimeType = g_mime_content_type_get_mime_type(g_mime_object_get_content_type(object));
    const QString result = QString::fromUtf8(mimeType).toLower();
    g_free(mimeType);
    return result;
}

QByteArray rawHeader(GMimeObject *object, const char *name)
{
    GMimeHeaderList *headers = object ? g_mime_object_get_header_list(object) : nullptr;
    GMimeHeader *header = headers ? g_mime_header_list_get_header(headers, name) : nullptr;
    const char *value = header ? g_mime_header_get_raw_value(header) : nullptr;
    QByteArray raw(value);
    raw.replace("\r\n", "\n").replace('\n', ' ');
    return raw.trimmed();
}

QString addressList(InternetAddressList *list, const QByteArray &raw)
{
    const QString formatted = formatAddresses(list).join(QStringLiteral(", "));
    if (!formatted.isEmpty() || raw.trimmed().isEmpty())
        return cleanHeaderText(formatted);
    return decodeHeaderText(raw);
}

} // namespace Poplar::Mime::Internal

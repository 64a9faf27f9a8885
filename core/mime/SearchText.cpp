#include "mime/GMimeSupport.h" // first: see there

#include "mime/SearchText.h"

#include "mime/HeaderDecoder.h"
#include "mime/HeaderSummary.h"

#include <QHash>

namespace Poplar::Mime {

namespace {

/// Most MIME objects walked per message, as for the preview.
constexpr int MaxParts = 5000;
/// Embedded messages are searched this deep.
constexpr int MaxDepth = 8;

void append(QString *to, const QString &text)
{
    if (text.isEmpty() || to->size() >= MaxSearchBodyChars)
        return;
    if (!to->isEmpty())
        to->append(QLatin1Char('\n'));
    to->append(text.left(MaxSearchBodyChars - to->size()));
}

/// Walks one message's parts and collects their text.
class Collector {
public:
    explicit Collector(SearchText *out) : m_out(out) {}

    void headers(GMimeMessage *message, bool top)
    {
        auto *object = GMIME_OBJECT(message);
        const QString from = Internal::addressList(g_mime_message_get_from(message), Internal::rawHeader(object, "From"));
        QString recipients = Internal::addressList(g_mime_message_get_to(message), Internal::rawHeader(object, "To"));
        const QString cc = Internal::addressList(g_mime_message_get_cc(message), Internal::rawHeader(object, "Cc"));
        if (!cc.isEmpty())
            recipients += (recipients.isEmpty() ? QString() : QStringLiteral(", ")) + cc;
        const QString subject = decodeHeaderText(Internal::rawHeader(object, "Subject"));
        if (top) {
            m_out->from = capField(from);
            m_out->recipients = capField(recipients);
            m_out->subject = capField(subject);
        } else {
            // An embedded message (a forward, a bounce) is part of what the reader sees in the body.
            append(&m_out->body, from);
            append(&m_out->body, subject);
        }
    }

    void walk(GMimeObject *object, int depth)
    {
        if (!object || ++m_parts > MaxParts || m_out->body.size() >= MaxSearchBodyChars)
            return;
        if (GMIME_IS_MULTIPART(object)) {
            auto *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            if (count == 0) {
                append(&m_out->body, decodeCharset(g_mime_multipart_get_prologue(multipart), {}));
                return;
            }
            // Alternatives say the same thing twice: the plain one is enough, when there is one.
            if (Internal::mimeTypeOf(object) == QLatin1String("multipart/alternative")) {
                for (int i = 0; i < count; ++i) {
                    GMimeObject *child = g_mime_multipart_get_part(multipart, i);
                    if (GMIME_IS_PART(child) && Internal::mimeTypeOf(child) == QLatin1String("text/plain")) {
                        walk(child, depth);
                        return;
                    }
                }
            }
            for (int i = 0; i < count; ++i)
                walk(g_mime_multipart_get_part(multipart, i), depth);
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage *embedded = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (embedded && depth < MaxDepth) {
                headers(embedded, false);
                walk(g_mime_message_get_mime_part(embedded), depth + 1);
            }
        } else if (GMIME_IS_PART(object)) {
            auto *part = GMIME_PART(object);
            const QString mime = Internal::mimeTypeOf(object);
            if (!mime.startsWith(QLatin1String("text/")) || g_mime_part_is_attachment(part))
                return;
            const QByteArray charset = g_mime_object_get_content_type_parameter(object, "charset");
            const QString text = decodeCharset(Internal::decodedContent(part), charset);
            append(&m_out->body, mime == QLatin1String("text/html") ? htmlToText(text) : text);
        }
    }

private:
    SearchText *m_out;
    int m_parts = 0;
};

/// Named character references of HTML 4 (Latin-1 and the common punctuation), what mail uses.
const QHash<QString, QChar> &namedEntities()
{
    static const QHash<QString, QChar> table = [] {
        QHash<QString, QChar> t;
        const char *latin1 =
            "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 "
            "acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml "
            "Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde "
            "Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig "
            "ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide "
            "oslash ugrave uacute ucirc uuml yacute thorn yuml";
        ushort code = 160;
        for (const QString &name : QString::fromLatin1(latin1).split(QLatin1Char(' ')))
            t.insert(name, QChar(code++));
        const std::pair<const char *, ushort> others[] = {
            {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"euro", 0x20ac},
            {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201c},
            {"rdquo", 0x201d}, {"hellip", 0x2026}, {"bull", 0x2022}, {"trade", 0x2122}, {"OElig", 0x152},
            {"oelig", 0x153}, {"Scaron", 0x160}, {"scaron", 0x161}, {"Yuml", 0x178}};
        for (const auto &[name, c] : others)
            t.insert(QLatin1String(name), QChar(c));
        return t;
    }();
    return table;
}

/// The character reference starting at `html[i]` ('&'), appended to `out`; returns the index after it.
qsizetype decodeReference(const QString &html, qsizetype i, QString *out)
{
    const qsizetype semicolon = html.indexOf(QLatin1Char(';'), i + 1);
    if (semicolon < 0 || semicolon - i > 12) {
        out->append(QLatin1Char('&'));
        return i + 1;
    }
    const QString name = html.mid(i + 1, semicolon - i - 1);
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'))
                              ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) {
            const char32_t c = code;
            out->append(QString::fromUcs4(&c, 1));
            return semicolon + 1;
        }
    } else if (const auto it = namedEntities().constFind(name); it != namedEntities().constEnd()) {
        out->append(*it);
        return semicolon + 1;
    }
    out->append(QLatin1Char('&'));
    return i + 1;
}

} // namespace

QString htmlToText(const QString &html)
{
    QString out;
    out.reserve(html.size() / 2);
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('&')) {
            i = decodeReference(html, i, &out);
            continue;
        }
        if (c != QLatin1Char('<')) {
            out.append(c);
            ++i;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const qsizetype close = html.indexOf(QLatin1Char('>'), i + 1);
        if (close < 0)
            break;
        // The tag's name: "p", "/p", "br" of "<br/>"; attributes do not matter here.
        qsizetype end = i + 1;
        if (end < close && html.at(end) == QLatin1Char('/'))
            ++end;
        while (end < close && html.at(end).isLetterOrNumber())
            ++end;
        const QString tag = html.mid(i + 1, end - i - 1).toLower();
        i = close + 1;
        if (tag == QLatin1String("script") || tag == QLatin1String("style") || tag == QLatin1String("head")) {
            const qsizetype end = html.indexOf(QStringLiteral("</") + tag, i, Qt::CaseInsensitive);
            const qsizetype endClose = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
            i = endClose < 0 ? n : endClose + 1;
            out.append(QLatin1Char(' '));
            continue;
        }
        static const QStringList blocks{QStringLiteral("br"), QStringLiteral("p"), QStringLiteral("/p"),
                                        QStringLiteral("div"), QStringLiteral("/div"), QStringLiteral("tr"),
                                        QStringLiteral("li"), QStringLiteral("td"), QStringLiteral("h1"),
                                        QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("/h1"),
                                        QStringLiteral("/h2"), QStringLiteral("/h3"), QStringLiteral("blockquote")};
        out.append(blocks.contains(tag) ? QLatin1Char('\n') : QLatin1Char(' '));
    }
    return out;
}

namespace {

SearchText textOf(const Internal::ParsedMessage &parsed, const QByteArray &message)
{
    SearchText out;
    if (!parsed.get()) {
        append(&out.body, decodeCharset(message, {}));
        return out;
    }
    Collector collector(&out);
    collector.headers(parsed.get(), true);
    collector.walk(g_mime_message_get_mime_part(parsed.get()), 0);
    if (out.body.trimmed().isEmpty()) {
        // GMime found no body (no separator after the headers, say): the text after the header block.
        const QByteArray block = headerBlock(message);
        if (block.size() < message.size())
            append(&out.body, decodeCharset(message.mid(block.size()), {}));
    }
    return out;
}

} // namespace

SearchText searchText(const QByteArray &message)
{
    return textOf(Internal::ParsedMessage(message), message);
}

SummaryAndText summaryAndText(const QByteArray &message)
{
    const Internal::ParsedMessage parsed(message);
    SummaryAndText out;
    out.summary = parsed.get() ? Internal::summarize(parsed.get()) : summarizeHeaders(message);
    out.text = textOf(parsed, message);
    return out;
}

} // namespace Poplar::Mime

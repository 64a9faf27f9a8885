#include "mime/HeaderDecoder.h"

#include <QByteArrayList>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <optional>

namespace Poplar::Mime {

namespace {

/// Charset names seen in mail that ICU does not know by that name.
QByteArray canonicalCharset(QByteArray charset)
{
    charset = charset.trimmed().toLower();
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset.truncate(star); // RFC 2231 language suffix: utf-8*en
    static const QHash<QByteArray, QByteArray> aliases{
        {"x-sjis", "Shift_JIS"},      {"sjis", "Shift_JIS"},         {"shift-jis", "Shift_JIS"},
        {"x-euc-jp", "EUC-JP"},       {"ks_c_5601-1987", "windows-949"}, {"x-gbk", "GBK"},
        {"gb2312", "GBK"},            {"iso-8859-8-i", "ISO-8859-8"},  {"unicode-1-1-utf-7", "UTF-7"},
        {"utf8", "UTF-8"},            {"x-unknown", ""},             {"unknown-8bit", ""},
        {"unknown", ""},              {"us-ascii", "UTF-8"},         {"ascii", "UTF-8"},
        {"iso-8859-1", "windows-1252"}, {"latin1", "windows-1252"},
    };
    const auto alias = aliases.constFind(charset);
    return alias != aliases.constEnd() ? *alias : charset;
}

/// Strict UTF-8, or nothing.
std::optional<QString> strictUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString unknownBytes(const QByteArray &bytes)
{
    if (auto utf8 = strictUtf8(bytes))
        return *utf8;
    QStringDecoder cp1252("windows-1252");
    return cp1252.isValid() ? cp1252.decode(bytes) : QString::fromLatin1(bytes);
}

/// Control characters out: line breaks and tabs become spaces, the rest U+FFFD.
QString withoutControls(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\r' || u == u'\n')
            c = QLatin1Char(' ');
        else if (u < 0x20 || (u >= 0x7F && u < 0xA0))
            c = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

QByteArray decodeQ(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < text.size() && isxdigit(uchar(text.at(i + 1))) && isxdigit(uchar(text.at(i + 2)))) {
            out += char(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

/// One run of encoded words in the same charset, decoded to bytes, waiting for conversion.
struct PendingRun {
    QByteArray charset;
    QByteArray bytes;
    bool active = false;
};

} // namespace

QString decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = canonicalCharset(charset);
    if (!name.isEmpty() && name != "utf-8") {
        QStringDecoder decoder(name.constData());
        if (decoder.isValid())
            return decoder.decode(bytes); // invalid sequences come out as U+FFFD
    }
    if (name == "utf-8")
        return QStringDecoder(QStringDecoder::Utf8).decode(bytes);
    return unknownBytes(bytes);
}

QString cleanHeaderText(const QString &text)
{
    return withoutControls(text).simplified();
}

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
    // =?charset?B|Q?text?= (RFC 2047 section 2); whitespace between two encoded words is dropped
    // (section 6.2), and bytes of adjacent words in one charset are converted together.
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=)"));
    const QString latin = QString::fromLatin1(raw); // byte offsets == character offsets
    QString out;
    PendingRun run;
    auto flush = [&] {
        if (run.active)
            out += decodeCharset(run.bytes, run.charset);
        run = {};
    };
    qsizetype position = 0;
    auto it = word.globalMatch(latin);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QByteArray between = raw.mid(position, m.capturedStart() - position);
        const bool onlySpace = between.trimmed().isEmpty();
        if (!(run.active && onlySpace)) {
            flush();
            out += unknownBytes(between);
        }
        const QByteArray charset = m.captured(1).toLatin1();
        const QByteArray text = m.captured(3).toLatin1();
        const QByteArray bytes = m.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0
                                     ? QByteArray::fromBase64(text)
                                     : decodeQ(text);
        if (run.active && canonicalCharset(run.charset) != canonicalCharset(charset))
            flush();
        run.active = true;
        run.charset = charset;
        run.bytes += bytes;
        position = m.capturedEnd();
    }
    flush();
    out += unknownBytes(raw.mid(position));
    return withoutControls(out).simplified();
}

QDateTime parseMailDate(const QByteArray &raw)
{
    // [day ","] day month year hour ":" minute [":" second] [zone], with comments removed and the
    // obsolete forms of RFC 5322 section 4.3: 2-digit years (< 50 are 20xx), 3-digit years (+1900),
    // zone names, military zones and a missing zone (taken as UTC, like "-0000").
    QByteArray text;
    int depth = 0;
    for (const char c : raw) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0)
            text += c;
    }
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(?:[A-Za-z]+\s*,?\s*)?(\d{1,2})\s*[-\s]\s*([A-Za-z]{3})[A-Za-z]*\s*[-\s]\s*(\d{2,4})\s+)"
        R"((\d{1,2})\s*:\s*(\d{1,2})(?:\s*:\s*(\d{1,2}))?\s*([+-]\d{4}|[A-Za-z]+)?)"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(text));
    if (!m.hasMatch())
        return {};
    static const QByteArrayList months{"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
    const int month = int(months.indexOf(m.captured(2).toLower().toLatin1())) + 1;
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year += year < 50 ? 2000 : 1900;
    else if (m.captured(3).size() == 3)
        year += 1900;
    const QDate date(year, month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (month == 0 || !date.isValid() || !time.isValid())
        return {};
    int offsetMinutes = 0;
    const QString zone = m.captured(7).toUpper();
    if (zone.startsWith(QLatin1Char('+')) || zone.startsWith(QLatin1Char('-'))) {
        const int hhmm = zone.mid(1).toInt();
        offsetMinutes = (hhmm / 100 * 60 + hhmm % 100) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    } else {
        static const QHash<QString, int> named{{QStringLiteral("EDT"), -4}, {QStringLiteral("EST"), -5},
                                               {QStringLiteral("CDT"), -5}, {QStringLiteral("CST"), -6},
                                               {QStringLiteral("MDT"), -6}, {QStringLiteral("MST"), -7},
                                               {QStringLiteral("PDT"), -7}, {QStringLiteral("PST"), -8}};
        offsetMinutes = named.value(zone, 0) * 60; // UT, GMT, military zones, none: +0000
    }
    if (qAbs(offsetMinutes) > 24 * 60)
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetMinutes * 60).toUTC();
}

} // namespace Poplar::Mime

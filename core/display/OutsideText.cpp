#include "display/OutsideText.h"

#include <QList>
#include <QStringDecoder>

namespace Poplar::Display {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/// LINE SEPARATOR and PARAGRAPH SEPARATOR: line breaks to many programs and to Qt's labels.
bool isUnicodeLineBreak(char32_t c)
{
    return c == 0x2028 || c == 0x2029;
}

void appendHex(QString &out, char32_t c)
{
    if (c < 0x100)
        out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    else
        out += QStringLiteral("\\u{%1}").arg(uint(c), 0, 16);
}

} // namespace

bool isUnsafeCharacter(char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return false;
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || isBidiControl(c);
}

QString forLabel(const QString &text, bool singleLine, qsizetype maxChars)
{
    QString out;
    out.reserve(qMin(text.size(), maxChars + 1));
    // At most two UTF-16 units a character: what lies beyond can't be shown anyway.
    const auto codePoints = text.left(maxChars > text.size() / 2 ? text.size() : 2 * maxChars + 2).toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        if (out.size() >= maxChars) {
            out += QChar(0x2026);
            break;
        }
        if (isUnsafeCharacter(c)) {
            out += QChar(QChar::ReplacementCharacter);
        } else if (c == U'\t' || c == U'\n' || c == U'\r' || isUnicodeLineBreak(c)) {
            if (singleLine)
                out += QLatin1Char(' ');
            else if (c == U'\r' && i + 1 < codePoints.size() && codePoints.at(i + 1) == U'\n')
                continue; // CR LF: the LF follows
            else
                out += c == U'\t' ? QLatin1Char('\t') : QLatin1Char('\n');
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

QString forRichText(const QString &text, bool singleLine, qsizetype maxChars)
{
    QString escaped = forLabel(text, singleLine, maxChars).toHtmlEscaped();
    if (!singleLine)
        escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return escaped;
}

QString toolTip(const QString &text)
{
    return QStringLiteral("<p style=\"white-space:pre\">%1</p>").arg(forRichText(text));
}

QString forTerminal(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case U'\\': out += QLatin1String("\\\\"); break;
        case U'\t': out += QLatin1String("\\t"); break;
        case U'\n': out += QLatin1String("\\n"); break;
        case U'\r': out += QLatin1String("\\r"); break;
        default:
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || isBidiControl(c) || isUnicodeLineBreak(c)
                || c == QChar::ReplacementCharacter
                || (c >= 0xD800 && c < 0xE000))
                appendHex(out, c);
            else
                out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

QString forTerminal(const QByteArray &bytes)
{
    // Decode valid UTF-8 runs; show each byte of an invalid sequence as \xNN, so the output
    // says exactly what the server sent.
    QString out;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const uchar b = uchar(bytes.at(i));
        int length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        bool valid = length > 0 && i + length <= bytes.size();
        for (int k = 1; valid && k < length; ++k)
            valid = (uchar(bytes.at(i + k)) & 0xC0) == 0x80;
        QString decoded;
        if (valid) {
            auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            decoded = decoder(bytes.mid(i, length));
            valid = !decoder.hasError() && !decoded.contains(QChar(QChar::ReplacementCharacter));
        }
        if (!valid) {
            out += QStringLiteral("\\x%1").arg(uint(b), 2, 16, QLatin1Char('0'));
            ++i;
            continue;
        }
        out += forTerminal(decoded);
        i += length;
    }
    return out;
}

} // namespace Poplar::Display

#include "store/SearchQuery.h"

#include <algorithm>


namespace Poplar::Store {

namespace {

/// Scripts written without spaces between words (and Hangul, whose words carry their particles).
bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30ff)     // Hiragana, Katakana
        || (c >= 0x31f0 && c <= 0x31ff)     // Katakana extensions
        || (c >= 0x3400 && c <= 0x4dbf)     // CJK extension A
        || (c >= 0x4e00 && c <= 0x9fff)     // CJK unified ideographs
        || (c >= 0xf900 && c <= 0xfaff)     // compatibility ideographs
        || (c >= 0xff66 && c <= 0xff9f)     // half-width Katakana
        || (c >= 0x1100 && c <= 0x11ff)     // Hangul Jamo
        || (c >= 0x3130 && c <= 0x318f)     // Hangul compatibility Jamo
        || (c >= 0xac00 && c <= 0xd7af)     // Hangul syllables
        || (c >= 0x20000 && c <= 0x3134f);  // CJK extensions B-G
}

/// One word or phrase of a query.
struct Term {
    QString column; ///< empty: any column
    QString text;
    bool prefix = false;
};

/// The index's column for a field name the user may type, or empty when it is none.
QString columnOf(const QString &field)
{
    const QString f = field.toLower();
    if (f == QLatin1String("from"))
        return QStringLiteral("sender");
    if (f == QLatin1String("to") || f == QLatin1String("cc"))
        return QStringLiteral("recipients");
    if (f == QLatin1String("subject"))
        return QStringLiteral("subject");
    if (f == QLatin1String("body"))
        return QStringLiteral("body");
    return {};
}

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QList<Term> splitTerms(const QString &query)
{
    QList<Term> terms;
    const qsizetype n = query.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && query.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Term term;
        // A field name: letters and a colon, followed by its value.
        qsizetype colon = i;
        while (colon < n && query.at(colon).isLetter())
            ++colon;
        if (colon > i && colon + 1 < n && query.at(colon) == QLatin1Char(':') && !query.at(colon + 1).isSpace()) {
            term.column = columnOf(query.mid(i, colon - i));
            if (!term.column.isEmpty())
                i = colon + 1;
        }
        if (query.at(i) == QLatin1Char('"')) {
            const qsizetype close = query.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            term.text = query.mid(i + 1, end - i - 1);
            i = close < 0 ? n : close + 1;
        } else {
            const qsizetype start = i;
            while (i < n && !query.at(i).isSpace())
                ++i;
            term.text = query.mid(start, i - start);
        }
        while (i < n && query.at(i) == QLatin1Char('*')) {
            term.prefix = true;
            ++i;
        }
        while (term.text.endsWith(QLatin1Char('*'))) {
            term.prefix = true;
            term.text.chop(1);
        }
        if (hasWordCharacter(term.text))
            terms.append(term);
    }
    return terms;
}

} // namespace

QString segmentForIndex(const QString &text)
{
    // Most text has nothing to set apart: returned as it is, without a copy.
    const bool any = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x1100; });
    if (!any)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    bool lastCjk = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pair)
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        const bool cjk = isCjk(c);
        if (cjk || lastCjk)
            out.append(QLatin1Char(' '));
        out.append(text.at(i));
        if (pair)
            out.append(text.at(++i));
        lastCjk = cjk;
    }
    return out;
}

SearchQuery parseSearchQuery(const QString &query, LastWord lastWord)
{
    QList<Term> terms = splitTerms(query);
    // While typing, the last word is a beginning; a query ending in a space or quote is complete. A
    // beginning of one or two letters would match a good part of every word there is: not yet.
    if (lastWord == LastWord::Prefix && !terms.isEmpty() && !query.isEmpty() && !query.back().isSpace()
        && query.back() != QLatin1Char('"') && terms.last().text.size() >= MinTypedPrefix)
        terms.last().prefix = true;
    SearchQuery result;
    QStringList parts;
    for (const Term &term : std::as_const(terms)) {
        QString text = segmentForIndex(term.text).simplified();
        for (qsizetype i = 0; i < text.size(); ++i) {
            QChar &c = text[i];
            const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            if (pair)
                ++i;
            else if (c.isSurrogate() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                c = QLatin1Char(' ');
        }
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        QString part = QLatin1Char('"') + text + QLatin1Char('"');
        if (term.prefix)
            part += QLatin1Char('*');
        if (!term.column.isEmpty())
            part = term.column + QStringLiteral(" : ") + part;
        parts.append(part);
        if (term.column.isEmpty() || term.column == QLatin1String("body"))
            result.highlightTerms.append(term.text.simplified());
    }
    result.match = parts.join(QStringLiteral(" AND "));
    return result;
}

} // namespace Poplar::Store

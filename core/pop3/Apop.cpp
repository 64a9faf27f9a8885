#include "pop3/Apop.h"

#include <QCryptographicHash>

namespace Poplar::Pop3 {

namespace {

bool isAtext(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c);
}

// dot-atom-text = 1*atext *("." 1*atext)
bool isDotAtomText(QByteArrayView s)
{
    if (s.isEmpty() || s.front() == '.' || s.back() == '.')
        return false;
    char previous = 0;
    for (const char c : s) {
        if (c == '.') {
            if (previous == '.')
                return false;
        } else if (!isAtext(c)) {
            return false;
        }
        previous = c;
    }
    return true;
}

// no-fold-literal = "[" *dtext "]"
bool isNoFoldLiteral(QByteArrayView s)
{
    if (s.size() < 2 || s.front() != '[' || s.back() != ']')
        return false;
    for (const char c : s.sliced(1, s.size() - 2)) {
        if (c < 33 || c > 126 || c == '[' || c == ']' || c == '\\')
            return false;
    }
    return true;
}

} // namespace

std::optional<QByteArray> apopTimestamp(QByteArrayView greetingText)
{
    const qsizetype open = greetingText.indexOf('<');
    if (open < 0)
        return std::nullopt;
    const qsizetype close = greetingText.indexOf('>', open);
    if (close < 0 || close - open > 510)
        return std::nullopt;
    const QByteArrayView inner = greetingText.sliced(open + 1, close - open - 1);
    const qsizetype at = inner.lastIndexOf('@');
    if (at <= 0)
        return std::nullopt;
    if (!isDotAtomText(inner.first(at)))
        return std::nullopt;
    const QByteArrayView right = inner.sliced(at + 1);
    if (!isDotAtomText(right) && !isNoFoldLiteral(right))
        return std::nullopt;
    return greetingText.sliced(open, close - open + 1).toByteArray();
}

QByteArray apopDigest(const QByteArray &timestamp, const QByteArray &secret)
{
    return QCryptographicHash::hash(timestamp + secret, QCryptographicHash::Md5).toHex();
}

} // namespace Poplar::Pop3

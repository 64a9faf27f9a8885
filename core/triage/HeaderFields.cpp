#include "triage/HeaderFields.h"

#include "mime/HeaderDecoder.h"
#include "triage/Address.h"

namespace Poplar::Triage {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

/// Plain printable ASCII without encoded words needs no decoding.
bool isPlainAscii(const QByteArray &value)
{
    for (char c : value) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return !value.contains("=?");
}

} // namespace

HeaderFields::HeaderFields(const QByteArray &preview) : m_preview(preview)
{
    const qsizetype size = preview.size();
    const char *data = preview.constData();
    qsizetype pos = 0;
    while (pos < size) {
        qsizetype end = preview.indexOf('\n', pos);
        if (end < 0)
            end = size;
        qsizetype lineEnd = end;
        if (lineEnd > pos && data[lineEnd - 1] == '\r')
            --lineEnd;
        if (lineEnd == pos) { // the empty line: the body follows
            m_body = preview.mid(end + 1);
            return;
        }
        if (isBlank(data[pos]) && !m_fields.isEmpty()) {
            Field &last = m_fields.last();
            if (last.unfolded.isNull())
                last.unfolded = valueOf(last);
            last.unfolded += ' ';
            last.unfolded += QByteArray(data + pos, lineEnd - pos).trimmed();
        } else if (m_fields.size() < MaxFields) {
            const qsizetype colon = preview.indexOf(':', pos);
            if (colon > pos && colon < lineEnd) {
                Field f;
                f.nameStart = pos;
                f.nameLength = colon - pos;
                while (f.nameLength > 0 && isBlank(data[f.nameStart + f.nameLength - 1]))
                    --f.nameLength;
                f.valueStart = colon + 1;
                qsizetype valueEnd = lineEnd;
                while (f.valueStart < valueEnd && isBlank(data[f.valueStart]))
                    ++f.valueStart;
                while (valueEnd > f.valueStart && isBlank(data[valueEnd - 1]))
                    --valueEnd;
                f.valueLength = valueEnd - f.valueStart;
                m_fields.append(f);
            }
        }
        pos = end + 1;
    }
}

bool HeaderFields::isNamed(const Field &f, const QByteArray &name) const
{
    return f.nameLength == name.size()
           && qstrnicmp(m_preview.constData() + f.nameStart, f.nameLength, name.constData(), name.size()) == 0;
}

QByteArray HeaderFields::valueOf(const Field &f) const
{
    if (!f.unfolded.isNull())
        return f.unfolded;
    return m_preview.mid(f.valueStart, f.valueLength);
}

QByteArray HeaderFields::raw(const QByteArray &name) const
{
    for (const Field &f : m_fields) {
        if (isNamed(f, name))
            return valueOf(f);
    }
    return {};
}

QVector<QByteArray> HeaderFields::all(const QByteArray &name) const
{
    QVector<QByteArray> values;
    for (const Field &f : m_fields) {
        if (isNamed(f, name))
            values.append(valueOf(f));
    }
    return values;
}

QString HeaderFields::text(const QByteArray &name) const
{
    for (const auto &[asked, decoded] : std::as_const(m_decoded)) {
        if (asked == name)
            return decoded;
    }
    const QByteArray value = raw(name);
    QString decoded;
    if (!value.isEmpty())
        decoded = isPlainAscii(value) ? QString::fromLatin1(value).simplified() : Mime::decodeHeaderText(value);
    m_decoded.append({name, decoded});
    return decoded;
}

QString HeaderFields::allText(const QByteArray &name) const
{
    for (const auto &[asked, decoded] : std::as_const(m_decodedAll)) {
        if (asked == name)
            return decoded;
    }
    QStringList values;
    for (const Field &f : m_fields) {
        if (isNamed(f, name)) {
            const QByteArray value = valueOf(f);
            values << (isPlainAscii(value) ? QString::fromLatin1(value).simplified() : Mime::decodeHeaderText(value));
        }
    }
    const QString joined = values.join(QLatin1Char('\n'));
    m_decodedAll.append({name, joined});
    return joined;
}

QString HeaderFields::fromAddress() const
{
    if (!m_fromAddress)
        m_fromAddress = parseMailbox(text("From")).address;
    return *m_fromAddress;
}

bool HeaderFields::contains(const QByteArray &name) const
{
    for (const Field &f : m_fields) {
        if (isNamed(f, name))
            return true;
    }
    return false;
}

} // namespace Poplar::Triage

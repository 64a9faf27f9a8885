#include "triage/HeaderFields.h"

#include "mime/HeaderDecoder.h"

namespace Poplar::Triage {

HeaderFields::HeaderFields(const QByteArray &preview)
{
    const qsizetype size = preview.size();
    qsizetype pos = 0;
    while (pos < size) {
        qsizetype end = preview.indexOf('\n', pos);
        if (end < 0)
            end = size;
        qsizetype lineEnd = end;
        if (lineEnd > pos && preview.at(lineEnd - 1) == '\r')
            --lineEnd;
        if (lineEnd == pos) { // the empty line: the body follows
            m_body = preview.mid(end + 1);
            return;
        }
        const char first = preview.at(pos);
        if ((first == ' ' || first == '\t') && !m_fields.isEmpty()) {
            Field &last = m_fields.last();
            last.value += ' ';
            last.value += preview.mid(pos, lineEnd - pos).trimmed();
        } else if (m_fields.size() < MaxFields) {
            const qsizetype colon = preview.indexOf(':', pos);
            if (colon > pos && colon < lineEnd)
                m_fields.append({preview.mid(pos, colon - pos).trimmed().toLower(),
                                 preview.mid(colon + 1, lineEnd - colon - 1).trimmed()});
        }
        pos = end + 1;
    }
}

QByteArray HeaderFields::raw(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const Field &f : m_fields) {
        if (f.lowerName == lower)
            return f.value;
    }
    return {};
}

QVector<QByteArray> HeaderFields::all(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    QVector<QByteArray> values;
    for (const Field &f : m_fields) {
        if (f.lowerName == lower)
            values.append(f.value);
    }
    return values;
}

QString HeaderFields::text(const QByteArray &name) const
{
    const QByteArray value = raw(name);
    return value.isEmpty() ? QString() : Mime::decodeHeaderText(value);
}

bool HeaderFields::contains(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const Field &f : m_fields) {
        if (f.lowerName == lower)
            return true;
    }
    return false;
}

} // namespace Poplar::Triage

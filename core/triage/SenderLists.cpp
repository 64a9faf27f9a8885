#include "triage/SenderLists.h"

#include "triage/Address.h"

#include <QRegularExpression>

namespace Poplar::Triage {

QString normalizeEntry(const QString &entry)
{
    QString e = entry.trimmed().toLower();
    if (e.startsWith(QLatin1String("mailto:")))
        e = e.mid(7);
    if (e.startsWith(QLatin1Char('<')) && e.endsWith(QLatin1Char('>')))
        e = e.mid(1, e.size() - 2).trimmed();
    if (e.startsWith(QLatin1Char('@')))
        e = e.mid(1);
    static const QRegularExpression valid(QStringLiteral(R"(^([^\s@<>"]+@)?[a-z0-9\-_]+(\.[a-z0-9\-_]+)+$)"));
    // Internationalized names are kept as they are: the check only keeps out spaces and brackets.
    static const QRegularExpression loose(QStringLiteral(R"(^([^\s@<>"]+@)?[^\s@<>".]+(\.[^\s@<>".]+)+$)"));
    return valid.match(e).hasMatch() || loose.match(e).hasMatch() ? e : QString();
}

void SenderLists::add(ListKind kind, const QString &entry)
{
    const QString e = normalizeEntry(entry);
    if (e.isEmpty())
        return;
    const int k = int(kind);
    if (e.contains(QLatin1Char('@')))
        m_addresses[k].insert(e);
    else
        m_domains[k].insert(e);
}

bool SenderLists::contains(ListKind kind, const QString &address) const
{
    const int k = int(kind);
    const QString a = address.toLower();
    if (a.isEmpty())
        return false;
    if (m_addresses[k].contains(a))
        return true;
    QString domain = domainOf(a);
    while (!domain.isEmpty()) {
        if (m_domains[k].contains(domain))
            return true;
        const qsizetype dot = domain.indexOf(QLatin1Char('.'));
        domain = dot < 0 ? QString() : domain.mid(dot + 1);
    }
    return false;
}

QStringList vCardAddresses(const QByteArray &vcard)
{
    // Unfold first (RFC 6350 3.2: a line break followed by one space or tab continues the line).
    QByteArray text = vcard;
    text.replace("\r\n", "\n");
    text.replace("\n ", "").replace("\n\t", "");
    QStringList found;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray name = line.left(colon).toUpper();
        const qsizetype semicolon = name.indexOf(';');
        const qsizetype dot = name.indexOf('.'); // a group: item1.EMAIL;TYPE=...
        if (dot >= 0 && (semicolon < 0 || dot < semicolon))
            name = name.mid(dot + 1);
        if (!(name == "EMAIL" || name.startsWith("EMAIL;")))
            continue;
        const QString address = normalizeEntry(QString::fromUtf8(line.mid(colon + 1)));
        if (address.contains(QLatin1Char('@')) && !found.contains(address))
            found << address;
    }
    return found;
}

} // namespace Poplar::Triage

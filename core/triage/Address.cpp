#include "triage/Address.h"

#include <QRegularExpression>
#include <QStringList>

namespace Poplar::Triage {

namespace {

QString unquote(QString name)
{
    name = name.trimmed();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
    return name.trimmed();
}

} // namespace

QString addressIn(const QString &text)
{
    if (!text.contains(QLatin1Char('@')))
        return {};
    static const QRegularExpression pattern(QStringLiteral(R"([A-Za-z0-9._%+\-']+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+)"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(0).toLower() : QString();
}

Mailbox parseMailbox(const QString &decoded)
{
    Mailbox box;
    const qsizetype open = decoded.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = open >= 0 ? decoded.indexOf(QLatin1Char('>'), open) : -1;
    if (open >= 0 && close > open) {
        box.address = decoded.mid(open + 1, close - open - 1).trimmed().toLower();
        box.name = unquote(decoded.left(open));
        return box;
    }
    box.address = addressIn(decoded);
    const qsizetype paren = decoded.indexOf(QLatin1Char('('));
    if (paren >= 0 && decoded.indexOf(QLatin1Char(')'), paren) > paren)
        box.name = decoded.mid(paren + 1, decoded.indexOf(QLatin1Char(')'), paren) - paren - 1).trimmed();
    return box;
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    QString domain = address.mid(at + 1).trimmed().toLower();
    while (domain.endsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('>')))
        domain.chop(1);
    return domain;
}

QString organizationDomain(const QString &domain)
{
    static const QStringList secondLevel{QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("org"),
                                         QStringLiteral("net"), QStringLiteral("ac"),  QStringLiteral("gov"),
                                         QStringLiteral("edu"), QStringLiteral("ne"),  QStringLiteral("or")};
    const QStringList labels = domain.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    int keep = 2;
    if (labels.last().size() == 2 && secondLevel.contains(labels.at(labels.size() - 2)))
        keep = 3;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

bool sameOrganization(const QString &a, const QString &b)
{
    return !a.isEmpty() && organizationDomain(a) == organizationDomain(b);
}

bool isWithinDomain(const QString &domain, const QString &parent)
{
    if (parent.isEmpty() || domain.size() < parent.size())
        return false;
    if (domain.size() == parent.size())
        return domain.compare(parent, Qt::CaseInsensitive) == 0;
    return domain.at(domain.size() - parent.size() - 1) == QLatin1Char('.')
           && domain.endsWith(parent, Qt::CaseInsensitive);
}

} // namespace Poplar::Triage

#include "store/Export.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace Poplar::Store {

QString exportFileName(const QString &subject, QSet<QString> &taken)
{
    QString base;
    for (const QChar c : subject) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QLatin1Char('/')
            || c == QLatin1Char('\\') || QStringLiteral(":*?\"<>|").contains(c))
            base += QLatin1Char('_');
        else
            base += c;
    }
    base = base.simplified();
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char(' ')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('.')) || base.endsWith(QLatin1Char(' ')))
        base.chop(1);
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (base.isEmpty())
        base = QStringLiteral("message");
    else if (reserved.match(base).hasMatch())
        base += QLatin1Char('_');
    base.truncate(120 - 4 - 6); // room for " (NNN)" and ".eml"
    QString name = base + QStringLiteral(".eml");
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = QStringLiteral("%1 (%2).eml").arg(base).arg(n);
    taken.insert(name.toLower());
    return name;
}

bool appendMboxrd(QIODevice &mbox, const QByteArray &message, const QByteArray &sender, const QDateTime &date)
{
    const QDateTime when = date.isValid() ? date.toUTC() : QDateTime::currentDateTimeUtc();
    QByteArray out = "From " + (sender.isEmpty() ? QByteArray("MAILER-DAEMON") : sender) + ' '
                     + QLocale::c().toString(when, QStringLiteral("ddd MMM d hh:mm:ss yyyy")).toLatin1() + '\n';
    out.reserve(message.size() + message.size() / 50 + 64);
    qsizetype pos = 0;
    while (pos < message.size()) {
        qsizetype end = message.indexOf('\n', pos);
        const bool lastLine = end < 0;
        if (lastLine)
            end = message.size();
        QByteArray line = message.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        qsizetype gt = 0;
        while (gt < line.size() && line.at(gt) == '>')
            ++gt;
        if (line.mid(gt).startsWith("From "))
            out += '>';
        out += line + '\n';
        pos = end + 1;
    }
    out += '\n';
    return mbox.write(out) == out.size();
}

} // namespace Poplar::Store

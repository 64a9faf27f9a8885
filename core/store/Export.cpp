#include "store/Export.h"

#include "store/MessageStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

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

namespace {
bool readRaw(const StoredMessage &m, QByteArray *bytes, QString *error)
{
    QFile raw(m.rawPath);
    if (!raw.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m.rawPath, raw.errorString());
        return false;
    }
    *bytes = raw.readAll();
    return true;
}
} // namespace

QStringList exportToFolder(const QVector<StoredMessage> &messages, const QString &folder, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return written;
    }
    const QDir dir(folder);
    QSet<QString> taken;
    for (const QString &existing : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        taken.insert(existing.toLower());
    for (const StoredMessage &m : messages) {
        if (!m.isDownloaded() || m.rawPath.isEmpty())
            continue;
        QByteArray bytes;
        if (!readRaw(m, &bytes, error))
            return written;
        QSaveFile file(dir.filePath(exportFileName(m.summary.subject, taken)));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return written;
        }
        written << file.fileName();
    }
    return written;
}

bool exportToMbox(const QVector<StoredMessage> &messages, const QString &path, QString *error)
{
    QSaveFile mbox(path);
    if (!mbox.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, mbox.errorString());
        return false;
    }
    for (const StoredMessage &m : messages) {
        if (!m.isDownloaded() || m.rawPath.isEmpty())
            continue;
        QByteArray bytes;
        if (!readRaw(m, &bytes, error))
            return false;
        if (!appendMboxrd(mbox, bytes, QByteArray(), m.summary.date)) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, mbox.errorString());
            return false;
        }
    }
    if (!mbox.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, mbox.errorString());
        return false;
    }
    return true;
}

} // namespace Poplar::Store

#include "store/Export.h"

#include "store/MessageStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QCoreApplication>

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
    // Windows reserves these device names whatever the extension ("CON.txt" too).
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (base.isEmpty())
        base = QStringLiteral("message");
    else if (reserved.match(base).hasMatch())
        base.insert(base.indexOf(QLatin1Char('.')) < 0 ? base.size() : base.indexOf(QLatin1Char('.')), QLatin1Char('_'));
    // At most 120 characters and, for file systems that count bytes, 200 bytes of UTF-8,
    // leaving room for " (NNN)" and ".eml"; never cutting a character in two.
    auto fits = [](const QString &s) { return s.size() <= 120 - 4 - 6 && s.toUtf8().size() <= 200; };
    while (!base.isEmpty() && !fits(base)) {
        base.chop(base.size() >= 2 && base.at(base.size() - 1).isLowSurrogate() ? 2 : 1);
    }
    while (base.endsWith(QLatin1Char('.')) || base.endsWith(QLatin1Char(' ')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("message");
    auto candidate = [&base](int n) {
        return n < 2 ? base + QStringLiteral(".eml") : QStringLiteral("%1 (%2).eml").arg(base).arg(n);
    };
    int n = 1;
    while (taken.contains(candidate(n).toLower()))
        ++n;
    QString name = candidate(n);
    while (name.size() > 120 || name.toUtf8().size() > 240) { // a long counter needs a shorter base
        base.chop(base.size() >= 2 && base.at(base.size() - 1).isLowSurrogate() ? 2 : 1);
        name = candidate(n);
        while (taken.contains(name.toLower()))
            name = candidate(++n);
    }
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
        *error = QCoreApplication::translate("Poplar::Store::Export", "cannot read %1: %2").arg(m.rawPath, raw.errorString());
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
        *error = QCoreApplication::translate("Poplar::Store::Export", "cannot create %1").arg(folder);
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
            *error = QCoreApplication::translate("Poplar::Store::Export", "cannot write %1: %2").arg(file.fileName(), file.errorString());
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
        *error = QCoreApplication::translate("Poplar::Store::Export", "cannot write %1: %2").arg(path, mbox.errorString());
        return false;
    }
    for (const StoredMessage &m : messages) {
        if (!m.isDownloaded() || m.rawPath.isEmpty())
            continue;
        QByteArray bytes;
        if (!readRaw(m, &bytes, error))
            return false;
        if (!appendMboxrd(mbox, bytes, QByteArray(), m.summary.date)) {
            *error = QCoreApplication::translate("Poplar::Store::Export", "cannot write %1: %2").arg(path, mbox.errorString());
            return false;
        }
    }
    if (!mbox.commit()) {
        *error = QCoreApplication::translate("Poplar::Store::Export", "cannot write %1: %2").arg(path, mbox.errorString());
        return false;
    }
    return true;
}

} // namespace Poplar::Store

#include "store/Export.h"

#include "store/Integrity.h"
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

namespace {
constexpr qsizetype MboxBufferBytes = 64 * 1024;
constexpr QByteArrayView FromWord("From ");
} // namespace

bool MboxrdWriter::begin(const QByteArray &sender, const QDateTime &date)
{
    const QDateTime when = date.isValid() ? date.toUTC() : QDateTime::currentDateTimeUtc();
    m_failed = false;
    m_inPrefix = true;
    m_quotes = 0;
    m_fromMatched = 0;
    m_pendingCr = false;
    m_lineHasBytes = false;
    emitBytes("From " + (sender.isEmpty() ? QByteArray("MAILER-DAEMON") : sender) + ' '
              + QLocale::c().toString(when, QStringLiteral("ddd MMM d hh:mm:ss yyyy")).toLatin1() + '\n');
    return !m_failed;
}

void MboxrdWriter::emitBytes(QByteArrayView bytes)
{
    m_buffer.append(bytes);
    if (m_buffer.size() >= MboxBufferBytes)
        flush(true);
}

void MboxrdWriter::emitRepeated(char c, qint64 count)
{
    while (count > 0) {
        const qsizetype n = qsizetype(qMin<qint64>(count, MboxBufferBytes));
        m_buffer.append(n, c);
        count -= n;
        if (m_buffer.size() >= MboxBufferBytes)
            flush(true);
    }
}

bool MboxrdWriter::flush(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < MboxBufferBytes))
        return !m_failed;
    if (m_out.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

/// The line start read so far is not ">*From ": it goes out as it came.
void MboxrdWriter::flushPrefix()
{
    emitRepeated('>', m_quotes);
    emitBytes(FromWord.first(m_fromMatched));
    m_inPrefix = false;
    m_quotes = 0;
    m_fromMatched = 0;
}

bool MboxrdWriter::write(QByteArrayView chunk)
{
    const char *p = chunk.data();
    const char *const end = p + chunk.size();
    while (p < end) {
        const char c = *p;
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c != '\n')
                emitBytes("\r");
        }
        if (m_inPrefix) {
            m_lineHasBytes = true;
            if (c == '>' && m_fromMatched == 0) {
                ++m_quotes;
                ++p;
                continue;
            }
            if (c == FromWord.at(m_fromMatched)) {
                if (++m_fromMatched == FromWord.size()) {
                    emitRepeated('>', m_quotes + 1);
                    emitBytes(FromWord);
                    m_inPrefix = false;
                    m_quotes = 0;
                    m_fromMatched = 0;
                }
                ++p;
                continue;
            }
            flushPrefix();
        }
        if (c == '\n') {
            emitBytes("\n");
            m_inPrefix = true;
            m_lineHasBytes = false;
            ++p;
        } else if (c == '\r') {
            m_pendingCr = true;
            m_lineHasBytes = true;
            ++p;
        } else {
            const char *stop = p;
            while (stop < end && *stop != '\n' && *stop != '\r')
                ++stop;
            emitBytes(QByteArrayView(p, stop - p));
            m_lineHasBytes = true;
            p = stop;
        }
    }
    return !m_failed;
}

bool MboxrdWriter::end()
{
    m_pendingCr = false; // a CR ending the last line goes, as before an LF
    if (m_inPrefix)
        flushPrefix();
    if (m_lineHasBytes)
        emitBytes("\n");
    emitBytes("\n");
    m_inPrefix = true;
    m_lineHasBytes = false;
    return flush(true);
}

void MboxrdWriter::discard()
{
    m_buffer.clear();
    m_inPrefix = true;
    m_quotes = 0;
    m_fromMatched = 0;
    m_pendingCr = false;
    m_lineHasBytes = false;
}

bool appendMboxrd(QIODevice &mbox, const QByteArray &message, const QByteArray &sender, const QDateTime &date)
{
    MboxrdWriter writer(mbox);
    return writer.begin(sender, date) && writer.write(message) && writer.end();
}

namespace {
QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Poplar::Store::Export", "cannot write %1: %2").arg(path, reason);
}

/// Downloaded and still stored (deleting the local copy is not damage).
bool exportable(const StoredMessage &m)
{
    return m.isDownloaded() && !m.localDeleted;
}
} // namespace

QStringList exportToFolder(const QVector<StoredMessage> &messages, const QString &folder, QString *error,
                           QVector<StoredMessage> *damaged)
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
        if (!exportable(m))
            continue;
        const QString name = exportFileName(m.summary.subject, taken);
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            *error = cannotWrite(file.fileName(), file.errorString());
            return written;
        }
        const FileCheck check = readStoredMessage(m, [&file](const QByteArray &chunk) {
            return file.write(chunk) == chunk.size();
        });
        if (check.sinkFailed) {
            *error = cannotWrite(file.fileName(), file.errorString());
            return written;
        }
        if (check.state != FileState::Sound) {
            file.cancelWriting(); // nothing of a damaged message reaches the folder
            taken.remove(name.toLower());
            if (damaged) {
                damaged->append(m);
                damaged->last().fileState = check.state;
            }
            continue;
        }
        if (!file.commit()) {
            *error = cannotWrite(file.fileName(), file.errorString());
            return written;
        }
        written << file.fileName();
    }
    return written;
}

bool exportToMbox(const QVector<StoredMessage> &messages, const QString &path, QString *error,
                  QVector<StoredMessage> *damaged, int *exported)
{
    QSaveFile mbox(path);
    if (!mbox.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, mbox.errorString());
        return false;
    }
    MboxrdWriter writer(mbox);
    int count = 0;
    for (const StoredMessage &m : messages) {
        if (!exportable(m))
            continue;
        const qint64 start = mbox.pos();
        if (!writer.begin(QByteArray(), m.summary.date)) {
            *error = cannotWrite(path, mbox.errorString());
            return false;
        }
        const FileCheck check = readStoredMessage(m, [&writer](const QByteArray &chunk) { return writer.write(chunk); });
        if (check.sinkFailed) {
            *error = cannotWrite(path, mbox.errorString());
            return false;
        }
        if (check.state != FileState::Sound) {
            // Found bad only at its end: what went out of it is taken back.
            writer.discard();
            if (!mbox.seek(start) || !mbox.resize(start)) {
                *error = cannotWrite(path, mbox.errorString());
                return false;
            }
            if (damaged) {
                damaged->append(m);
                damaged->last().fileState = check.state;
            }
            continue;
        }
        if (!writer.end()) {
            *error = cannotWrite(path, mbox.errorString());
            return false;
        }
        ++count;
    }
    if (!mbox.commit()) {
        *error = cannotWrite(path, mbox.errorString());
        return false;
    }
    if (exported)
        *exported = count;
    return true;
}

} // namespace Poplar::Store

#include "store/Integrity.h"

#include "store/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Poplar::Store {


namespace {
enum : qint64 { ReadFailed = -1, SinkRefused = -2 };

/// Reads `file` to its end in FileChunkBytes pieces into `hash` and `sink` (may be empty): the
/// bytes read, or ReadFailed / SinkRefused.
qint64 readInChunks(QFile &file, Sha256 &hash, const std::function<bool(const QByteArray &)> &sink)
{
    QByteArray buffer(FileChunkBytes, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return ReadFailed;
        if (n == 0)
            return total;
        total += n;
        const QByteArray chunk = n == buffer.size() ? buffer : QByteArray::fromRawData(buffer.constData(), n);
        hash.addData(chunk);
        if (sink && !sink(chunk))
            return SinkRefused;
    }
}
} // namespace

QByteArray fileSha256(const QString &path, QString *error, qint64 *size)
{
    QFile file(path);
    Sha256 hash;
    const qint64 total = file.open(QIODevice::ReadOnly) ? readInChunks(file, hash, {}) : ReadFailed;
    if (total < 0) {
        if (error)
            *error = file.errorString();
        return {};
    }
    if (size)
        *size = total;
    return hash.result();
}

FileCheck readStoredMessage(const StoredMessage &message, const std::function<bool(const QByteArray &)> &sink)
{
    FileCheck check;
    QFile file(message.rawPath);
    if (message.rawPath.isEmpty() || !QFileInfo::exists(message.rawPath)) {
        check.state = FileState::Missing;
        return check;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        check.state = FileState::WrongDigest; // there, but unreadable: as bad as altered
        check.error = file.errorString();
        return check;
    }
    if (file.size() != message.rawSize) {
        check.state = FileState::WrongSize;
        return check;
    }
    Sha256 hash;
    const qint64 total = readInChunks(file, hash, sink);
    if (total == SinkRefused) {
        check.sinkFailed = true; // the caller knows its destination's error
        return check;
    }
    if (total == ReadFailed) {
        check.state = FileState::WrongDigest;
        check.error = file.errorString();
        return check;
    }
    if (total != message.rawSize) { // changed while being read
        check.state = FileState::WrongSize;
        return check;
    }
    check.sha256 = hash.result();
    if (!message.rawSha256.isEmpty() && check.sha256 != message.rawSha256)
        check.state = FileState::WrongDigest;
    return check;
}

FileState quickFileState(const StoredMessage &message)
{
    if (!message.isDownloaded() || message.localDeleted)
        return FileState::Sound;
    const QFileInfo file(message.rawPath);
    if (message.rawPath.isEmpty() || !file.exists())
        return FileState::Missing;
    if (file.size() != message.rawSize)
        return FileState::WrongSize;
    return message.fileState;
}

QString fileStateName(FileState state)
{
    switch (state) {
    case FileState::Sound: return QStringLiteral("ok");
    case FileState::Missing: return QStringLiteral("missing");
    case FileState::WrongSize: return QStringLiteral("wrong-size");
    case FileState::WrongDigest: return QStringLiteral("corrupt");
    }
    return {};
}

namespace {
/// Translation context of this file's texts.
struct IntegrityText
{
    Q_DECLARE_TR_FUNCTIONS(Poplar::Store::Integrity)
};
} // namespace

QString fileStateDescription(const StoredMessage &message)
{
    QString what;
    switch (message.fileState) {
    case FileState::Sound: what = IntegrityText::tr("sound"); break;
    case FileState::Missing: what = IntegrityText::tr("stored file missing"); break;
    case FileState::WrongSize: what = IntegrityText::tr("stored file truncated or grown"); break;
    case FileState::WrongDigest: what = IntegrityText::tr("stored file altered"); break;
    }
    return IntegrityText::tr("%1 (%2)", "damaged message: subject (what is wrong)").arg(message.summary.subject, what);
}

VerifyReport verifyFiles(const QVector<StoredMessage> &messages, const std::function<bool(int, int)> &progress)
{
    VerifyReport report;
    QVector<const StoredMessage *> wanted;
    for (const StoredMessage &m : messages) {
        if (m.isDownloaded() && !m.localDeleted)
            wanted.append(&m);
    }
    for (const StoredMessage *m : std::as_const(wanted)) {
        const FileCheck check = readStoredMessage(*m);
        ++report.checked;
        report.states.insert(m->uid, check.state);
        if (check.state != FileState::Sound) {
            StoredMessage damaged = *m;
            damaged.fileState = check.state;
            report.damaged.append(damaged);
        } else if (m->rawSha256.isEmpty()) {
            report.adopted.insert(m->uid, check.sha256);
        }
        if (progress && !progress(report.checked, int(wanted.size())))
            break;
    }
    return report;
}

} // namespace Poplar::Store

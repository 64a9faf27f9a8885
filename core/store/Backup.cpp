#include "store/Backup.h"

#include "store/Integrity.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstring>

namespace Poplar::Store {

namespace {

constexpr int Block = 512;
/// ustar keeps sizes in 11 octal digits.
constexpr qint64 MaxEntryBytes = (qint64(1) << 33) - 1;
const QString DatabaseName = QStringLiteral("poplar.sqlite");

/// Translation context of this file's texts.
struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(Poplar::Store::Backup)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

void putOctal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

/// One ustar header for a regular file `name` (relative, at most 100 bytes) of `size` bytes.
QByteArray tarHeader(const QByteArray &name, qint64 size)
{
    QByteArray h(Block, '\0');
    char *d = h.data();
    std::memcpy(d, name.constData(), size_t(name.size()));
    putOctal(d + 100, 8, 0600);
    putOctal(d + 108, 8, 0);
    putOctal(d + 116, 8, 0);
    putOctal(d + 124, 12, size);
    putOctal(d + 136, 12, QDateTime::currentSecsSinceEpoch());
    std::memset(d + 148, ' ', 8);
    d[156] = '0';
    std::memcpy(d + 257, "ustar\0" "00", 8);
    unsigned sum = 0;
    for (int i = 0; i < Block; ++i)
        sum += static_cast<unsigned char>(d[i]);
    putOctal(d + 148, 7, sum);
    d[155] = ' ';
    return h;
}

bool writePadding(QIODevice &out, qint64 size)
{
    const qint64 pad = (Block - size % Block) % Block;
    return pad == 0 || out.write(QByteArray(pad, '\0')) == pad;
}

/// The snapshot's downloaded, stored messages (paths made absolute under `profileDir`).
bool snapshotMessages(const QString &snapshot, const QString &profileDir, QVector<StoredMessage> *messages,
                      QString *error)
{
    static int counter = 0;
    const QString name = QStringLiteral("poplar-backup-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(snapshot);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("SELECT account_id, uidl, subject, raw_path, raw_size, raw_sha256 "
                                                     "FROM messages WHERE downloaded_at IS NOT NULL AND "
                                                     "raw_path IS NOT NULL AND local_deleted = 0 ORDER BY id"))) {
            ok = fail(error, query.lastError().text());
        }
        const QDir profile(profileDir);
        while (ok && query.next()) {
            StoredMessage m;
            m.accountId = query.value(0).toLongLong();
            m.uid = query.value(1).toByteArray();
            m.summary.subject = query.value(2).toString();
            m.rawPath = profile.filePath(query.value(3).toString());
            m.rawSize = query.value(4).toLongLong();
            m.rawSha256 = query.value(5).toByteArray();
            m.downloadedAt = QDateTime::fromSecsSinceEpoch(1, Qt::UTC);
            messages->append(m);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool backupProfile(Profile &profile, const QString &tarPath, BackupReport *report, QString *error)
{
    const QString folder = QFileInfo(tarPath).absolutePath();
    QTemporaryDir scratch(QDir(folder).filePath(QStringLiteral(".poplar-backup-XXXXXX")));
    if (!scratch.isValid())
        return fail(error, BackupText::tr("cannot create a temporary folder in %1").arg(folder));
    const QString snapshot = scratch.filePath(DatabaseName);
    {
        QSqlQuery vacuum(profile.database().connection());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(snapshot);
        if (!vacuum.exec())
            return fail(error, BackupText::tr("cannot copy the database: %1").arg(vacuum.lastError().text()));
    }
    QVector<StoredMessage> messages;
    if (!snapshotMessages(snapshot, profile.directory(), &messages, error))
        return false;

    QSaveFile tar(tarPath);
    if (!tar.open(QIODevice::WriteOnly))
        return fail(error, BackupText::tr("cannot write %1: %2").arg(tarPath, tar.errorString()));
    auto writeFailed = [&] { return fail(error, BackupText::tr("cannot write %1: %2").arg(tarPath, tar.errorString())); };
    {
        QFile db(snapshot);
        if (!db.open(QIODevice::ReadOnly))
            return fail(error, BackupText::tr("cannot read %1: %2").arg(snapshot, db.errorString()));
        if (tar.write(tarHeader(DatabaseName.toLatin1(), db.size())) != Block)
            return writeFailed();
        QByteArray buffer(FileChunkBytes, Qt::Uninitialized);
        qint64 n = 0;
        while ((n = db.read(buffer.data(), buffer.size())) > 0) {
            if (tar.write(buffer.constData(), n) != n)
                return writeFailed();
        }
        if (n < 0)
            return fail(error, BackupText::tr("cannot read %1: %2").arg(snapshot, db.errorString()));
        if (!writePadding(tar, db.size()))
            return writeFailed();
    }
    const QDir profileDir(profile.directory());
    for (const StoredMessage &m : std::as_const(messages)) {
        const QByteArray name = QFile::encodeName(profileDir.relativeFilePath(m.rawPath));
        if (name.size() > 100 || m.rawSize > MaxEntryBytes)
            return fail(error, BackupText::tr("cannot archive %1").arg(m.rawPath));
        const qint64 start = tar.pos();
        if (tar.write(tarHeader(name, m.rawSize)) != Block)
            return writeFailed();
        const FileCheck check = readStoredMessage(m, [&tar](const QByteArray &chunk) {
            return tar.write(chunk) == chunk.size();
        });
        if (check.sinkFailed)
            return writeFailed();
        if (check.state != FileState::Sound) {
            if (!tar.seek(start) || !tar.resize(start))
                return writeFailed();
            if (report) {
                report->damaged.append(m);
                report->damaged.last().fileState = check.state;
            }
            continue;
        }
        if (!writePadding(tar, m.rawSize))
            return writeFailed();
        if (report)
            ++report->messages;
    }
    if (tar.write(QByteArray(2 * Block, '\0')) != 2 * Block || !tar.commit())
        return writeFailed();
    return true;
}

bool restoreProfile(const QString &tarPath, const QString &directory, BackupReport *report, QString *error)
{
    const QDir target(directory);
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return fail(error, BackupText::tr("%1 is not empty: restore only into a new or empty folder").arg(directory));
    QFile tar(tarPath);
    if (!tar.open(QIODevice::ReadOnly))
        return fail(error, BackupText::tr("cannot read %1: %2").arg(tarPath, tar.errorString()));
    if (!QDir().mkpath(directory))
        return fail(error, BackupText::tr("cannot create %1").arg(directory));
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    static const QRegularExpression allowed(QStringLiteral("^(poplar\\.sqlite|messages/[0-9]+/[0-9a-f]{64}\\.eml)$"));
    const QString notBackup = BackupText::tr("%1 is not a Poplar backup or is damaged").arg(tarPath);
    bool haveDatabase = false;
    QByteArray buffer(FileChunkBytes, Qt::Uninitialized);
    for (;;) {
        const QByteArray header = tar.read(Block);
        if (header.size() != Block)
            return fail(error, notBackup);
        if (header.count('\0') == Block)
            break;
        const char *h = header.constData();
        unsigned sum = 0;
        for (int i = 0; i < Block; ++i)
            sum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(h[i]);
        bool sumOk = false;
        bool sizeOk = false;
        const unsigned recorded = QByteArray(h + 148, 8).replace('\0', "").trimmed().toUInt(&sumOk, 8);
        const qint64 size = QByteArray(h + 124, 12).replace('\0', "").trimmed().toLongLong(&sizeOk, 8);
        const bool ok = sumOk && sizeOk;
        const QString name = QString::fromLatin1(QByteArray(h, int(qstrnlen(h, 100))));
        if (!ok || recorded != sum || std::memcmp(h + 257, "ustar", 5) != 0 || (h[156] != '0' && h[156] != '\0')
            || !allowed.match(name).hasMatch() || size < 0)
            return fail(error, notBackup);
        const QString path = target.filePath(name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(error, BackupText::tr("cannot create %1").arg(QFileInfo(path).absolutePath()));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(error, BackupText::tr("cannot write %1: %2").arg(path, out.errorString()));
        qint64 left = size;
        while (left > 0) {
            const qint64 n = tar.read(buffer.data(), qMin<qint64>(left, buffer.size()));
            if (n <= 0)
                return fail(error, notBackup);
            if (out.write(buffer.constData(), n) != n)
                return fail(error, BackupText::tr("cannot write %1: %2").arg(path, out.errorString()));
            left -= n;
        }
        if (!out.flush())
            return fail(error, BackupText::tr("cannot write %1: %2").arg(path, out.errorString()));
        const qint64 padding = (Block - size % Block) % Block;
        if (padding > 0 && tar.skip(padding) != padding)
            return fail(error, notBackup);
        if (name == DatabaseName)
            haveDatabase = true;
        else if (report)
            ++report->messages;
    }
    if (!haveDatabase)
        return fail(error, notBackup);
    // Opened here once: an older schema is migrated, and every file is checked against its row.
    const auto profile = Profile::open(directory, error);
    if (!profile)
        return false;
    for (const Account::AccountSettings &account : profile->accounts().all()) {
        const auto stored = profile->messages().messages(account.id, MessageStore::Headers::Omit);
        if (!stored)
            return fail(error, stored.error());
        const VerifyReport verified = verifyFiles(stored.value());
        if (!profile->messages().setFileStates(account.id, verified.states, error, verified.adopted))
            return false;
        if (report)
            report->damaged += verified.damaged;
    }
    return true;
}

} // namespace Poplar::Store

#include "store/AccountLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Poplar::Store {

namespace {

/// Translation context of this file's texts.
struct AccountLockText
{
    Q_DECLARE_TR_FUNCTIONS(Poplar::Store::AccountLock)
};

AccountLock::Holder readHolder(int fd)
{
    AccountLock::Holder holder;
    char buffer[256];
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (n <= 0)
        return holder;
    const QByteArray line = QByteArray(buffer, int(n)).split('\n').value(0);
    const qsizetype space = line.indexOf(' ');
    bool ok = false;
    const qint64 pid = line.left(space).toLongLong(&ok);
    if (ok && pid > 0) {
        holder.pid = pid;
        holder.program = QString::fromUtf8(line.mid(space + 1)).left(64);
    }
    return holder;
}

} // namespace

QString AccountLock::Holder::describe() const
{
    if (pid <= 0)
        return AccountLockText::tr("another program");
    const QString name = program.isEmpty() ? AccountLockText::tr("another program") : program;
    return AccountLockText::tr("%1 (process %2)").arg(name).arg(pid);
}

std::unique_ptr<AccountLock> AccountLock::tryAcquire(const QString &profileDir, qint64 accountId, Holder *holder,
                                                     QString *error)
{
    const QString dir = QDir(profileDir).filePath(QStringLiteral("locks"));
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = AccountLockText::tr("cannot create the folder of account locks in the profile");
        return nullptr;
    }
    const QString path = QDir(dir).filePath(QStringLiteral("account-%1.lock").arg(accountId));
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = AccountLockText::tr("cannot open the account's lock: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    // flock, not fcntl: it belongs to this open file (so two runs in one process exclude each other
    // too) and closing some other descriptor of the file never drops it.
    int rc;
    do
        rc = ::flock(fd, LOCK_EX | LOCK_NB);
    while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int why = errno;
        if (why == EWOULDBLOCK) {
            if (holder)
                *holder = readHolder(fd);
        } else if (error) {
            *error = AccountLockText::tr("cannot lock the account: %1").arg(QString::fromLocal8Bit(std::strerror(why)));
        }
        ::close(fd);
        return nullptr;
    }
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    const QByteArray line = QByteArray::number(qint64(::getpid())) + ' '
                            + (program.isEmpty() ? QByteArray("poplar") : program.toUtf8()) + '\n';
    // Who holds it is information for others, not part of the lock: failing to write it is harmless.
    if (::ftruncate(fd, 0) == 0) {
        const ssize_t written = ::pwrite(fd, line.constData(), size_t(line.size()), 0);
        Q_UNUSED(written);
    }
    return std::unique_ptr<AccountLock>(new AccountLock(fd, accountId));
}

AccountLock::~AccountLock()
{
    // The file stays: removing it would race with a process that has just opened it.
    ::close(m_fd);
}

} // namespace Poplar::Store

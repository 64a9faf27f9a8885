#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace Poplar::Store {

/// One writer per account across processes: an advisory lock (flock) on
/// `locks/account-<id>.lock` in the profile, held while the object lives. The kernel drops it when
/// the holding process ends in any way (kill -9 included), so it is never left held. The holder
/// writes its pid and program name into the file, so a second program can say who has it.
class AccountLock {
public:
    /// Who holds a lock another program wanted.
    struct Holder {
        qint64 pid = 0;  ///< 0 when the holder had not written its name yet
        QString program; ///< its program name, e.g. "poplar-sync"
        /// "poplar-sync (pid 1234)", or a plain "another program" when unknown.
        QString describe() const;
    };

    /// Takes the lock of `accountId` in `profileDir` without waiting. nullptr when another open
    /// lock holds it (then `holder` says who, `error` stays empty) or when the lock file cannot be
    /// made (then `error` says why).
    static std::unique_ptr<AccountLock> tryAcquire(const QString &profileDir, qint64 accountId,
                                                   Holder *holder, QString *error);
    ~AccountLock();
    AccountLock(const AccountLock &) = delete;
    AccountLock &operator=(const AccountLock &) = delete;

    qint64 accountId() const { return m_accountId; }

private:
    AccountLock(int fd, qint64 accountId) : m_fd(fd), m_accountId(accountId) {}
    int m_fd;
    qint64 m_accountId;
};

} // namespace Poplar::Store

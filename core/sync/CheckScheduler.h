#pragma once

#include <QHash>
#include <QObject>

class QTimer;

namespace Poplar::Sync {

/// Periodic checks, one timer per account: every `interval` minutes the user set, but never
/// more often than the server's LOGIN-DELAY allows.
class CheckScheduler : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~CheckScheduler() override;

    /// Sets (0 disables) the account's check interval in minutes; when it changed, the next check
    /// is an interval away.
    void setInterval(qint64 accountId, int minutes);
    /// The server announced LOGIN-DELAY seconds for this account.
    void setLoginDelay(qint64 accountId, int seconds);
    void remove(qint64 accountId);
    /// Milliseconds between checks for this account; 0 when periodic checks are off.
    qint64 effectiveIntervalMs(qint64 accountId) const;

signals:
    void checkDue(qint64 accountId);

private:
    struct Entry {
        QTimer *timer = nullptr;
        int minutes = 0;
        int loginDelaySeconds = 0;
    };
    void reschedule(qint64 accountId);
    QHash<qint64, Entry> m_entries;
};

} // namespace Poplar::Sync

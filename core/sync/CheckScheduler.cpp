#include "sync/CheckScheduler.h"

#include <QTimer>

namespace Poplar::Sync {

CheckScheduler::~CheckScheduler() = default;

void CheckScheduler::setInterval(qint64 accountId, int minutes)
{
    minutes = qMax(0, minutes);
    const auto known = m_entries.constFind(accountId);
    if (known != m_entries.constEnd() && known->minutes == minutes && (known->timer != nullptr) == (minutes > 0))
        return; // unchanged: the check already due is not pushed back
    m_entries[accountId].minutes = minutes;
    reschedule(accountId);
}

void CheckScheduler::setLoginDelay(qint64 accountId, int seconds)
{
    Entry &entry = m_entries[accountId];
    if (entry.loginDelaySeconds == seconds)
        return;
    entry.loginDelaySeconds = qMax(0, seconds);
    reschedule(accountId);
}

void CheckScheduler::remove(qint64 accountId)
{
    delete m_entries.take(accountId).timer;
}

qint64 CheckScheduler::effectiveIntervalMs(qint64 accountId) const
{
    const Entry entry = m_entries.value(accountId);
    if (entry.minutes <= 0)
        return 0;
    return qMax<qint64>(qint64(entry.minutes) * 60000, qint64(entry.loginDelaySeconds) * 1000);
}

void CheckScheduler::reschedule(qint64 accountId)
{
    Entry &entry = m_entries[accountId];
    const qint64 interval = effectiveIntervalMs(accountId);
    if (interval <= 0) {
        delete entry.timer;
        entry.timer = nullptr;
        return;
    }
    if (!entry.timer) {
        entry.timer = new QTimer(this);
        connect(entry.timer, &QTimer::timeout, this, [this, accountId] { emit checkDue(accountId); });
    }
    entry.timer->start(int(qMin<qint64>(interval, std::numeric_limits<int>::max())));
}

} // namespace Poplar::Sync

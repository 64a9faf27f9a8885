#include "sync/SearchCatchUp.h"

#include "log/Logging.h"

namespace Poplar::Sync {

SearchCatchUp::SearchCatchUp(Store::MessageStore &store, QObject *parent) : QObject(parent), m_index(store)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &SearchCatchUp::step);
}

void SearchCatchUp::start()
{
    m_indexed = 0;
    m_timer.start();
}

void SearchCatchUp::step()
{
    const auto done = m_index.catchUp(BatchSize);
    if (done && done.value() > 0) {
        m_indexed += done.value();
        return;
    }
    m_timer.stop();
    if (!done)
        qCWarning(Log::store) << "search index catch-up stopped:" << done.error();
    else if (m_indexed > 0)
        qCDebug(Log::store) << "search index caught up with" << m_indexed << "messages";
    emit finished(m_indexed, done.error());
}

} // namespace Poplar::Sync

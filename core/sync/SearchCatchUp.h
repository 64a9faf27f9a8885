#pragma once

#include "store/SearchIndex.h"

#include <QObject>
#include <QTimer>

namespace Poplar::Sync {

/// Indexes for search, in the background of the thread that owns the store, the messages the index
/// lacks (a profile from before the index, downloads whose indexing failed): one small batch per
/// turn of the event loop, so syncs asked for meanwhile start between batches. Stops when nothing
/// is left or on a store error (the next start tries again).
class SearchCatchUp : public QObject {
    Q_OBJECT
public:
    SearchCatchUp(Store::MessageStore &store, QObject *parent = nullptr);
    /// Messages indexed per batch (each batch one transaction).
    static constexpr int BatchSize = 100;
    void start();
    bool isRunning() const { return m_timer.isActive(); }

signals:
    /// Nothing is left to index (`error` empty), or the store failed.
    void finished(int indexed, const QString &error);

private:
    void step();
    Store::SearchIndex m_index;
    QTimer m_timer;
    int m_indexed = 0;
};

} // namespace Poplar::Sync

#pragma once

#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace Poplar::Cli {

/// Shows sync progress on stderr: a redrawn bar on a terminal, plain lines otherwise.
class Progress {
public:
    explicit Progress(QTextStream &err);
    void update(const QString &account, const Sync::SyncProgress &progress);
    /// Ends the bar's line, if one is drawn.
    void done();

private:
    QTextStream &m_err;
    bool m_tty;
    Sync::Phase m_lastPhase = Sync::Phase::Idle;
    int m_lastPercent = -1;
    QElapsedTimer m_redraw;
    bool m_barShown = false;
};

} // namespace Poplar::Cli

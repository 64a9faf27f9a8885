// Session, part three: stopping. Some servers commit DELE marks when the connection simply drops,
// so a stop sends RSET (unmarking them) and QUIT while the connection is usable, within a bound.

#include "pop3/Session.h"

#include "log/Logging.h"

namespace Poplar::Pop3 {

void Session::stop()
{
    if (m_state != State::Transaction || m_stopping) {
        abort();
        return;
    }
    qCDebug(Log::pop3) << "stopping: RSET and QUIT within" << m_settings.stopGraceMs << "ms";
    m_stopping = true;
    m_queue.clear(); // commands not yet sent never will be
    m_keepaliveTimer.stop();
    m_stopTimer.start(m_settings.stopGraceMs);
    // Replies still under way are read and dropped first: the server answers in order.
    enqueue(CommandKind::Rset, "RSET", ReplyShape::SingleLine, 0, &Session::onStopRset);
}

void Session::onStopRset(Pending &)
{
    // Even after -ERR, QUIT is the right goodbye: RSET failing leaves nothing better to try.
    enqueue(CommandKind::Quit, "QUIT", ReplyShape::SingleLine, 0, &Session::onStopQuit);
}

void Session::onStopQuit(Pending &)
{
    m_quitAnswered = true;
    fail(Error::Kind::Aborted, tr("Stopped."));
}

} // namespace Poplar::Pop3

#include "Progress.h"

#include "display/DataSize.h"

#include "CommandLine.h"
#include "display/OutsideText.h"

#include <QLocale>

#include <unistd.h>

namespace Poplar::Cli {

namespace {

/// The phase as the progress line names it.
QString phaseLabel(Sync::Phase phase)
{
    switch (phase) {
    case Sync::Phase::Connecting: return Text::tr("connecting", "progress phase");
    case Sync::Phase::Listing: return Text::tr("listing", "progress phase");
    case Sync::Phase::FetchingHeaders: return Text::tr("headers", "progress phase: fetching headers");
    case Sync::Phase::Downloading: return Text::tr("downloading", "progress phase");
    case Sync::Phase::Deleting: return Text::tr("deleting", "progress phase");
    case Sync::Phase::Quitting: return Text::tr("quitting", "progress phase: logging out");
    default: break;
    }
    return Sync::phaseName(phase);
}

} // namespace

Progress::Progress(QTextStream &err) : m_err(err), m_tty(::isatty(STDERR_FILENO) == 1)
{
    m_redraw.start();
}

void Progress::update(const QString &accountName, const Sync::SyncProgress &p)
{
    const bool phaseChanged = p.phase != m_lastPhase;
    m_lastPhase = p.phase;
    const int percent = p.total > 0 ? int(100.0 * p.done / p.total) : 0;
    // Updates come with every piece of every message: the text is made only for what is shown.
    const auto account = [&accountName] { return Display::forTerminal(accountName); }; // a name from the profile
    const auto bytes = [&p] {
        return p.bytesDone > 0 ? QStringLiteral(", %1").arg(Display::dataSize(p.bytesDone)) : QString();
    };
    if (m_tty) {
        if (!phaseChanged && m_redraw.elapsed() < 100 && p.done != p.total)
            return;
        m_redraw.restart();
        const int width = 30;
        const int filled = p.total > 0 ? width * p.done / p.total : 0;
        m_err << '\r' << account() << ' ' << phaseLabel(p.phase) << " ["
              << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] " << p.done << '/'
              << p.total << bytes() << "\x1b[K";
        m_err.flush();
        m_barShown = true;
        return;
    }
    // Plain lines: one when a phase with work starts, then every tenth of the way.
    if (phaseChanged)
        m_lastPercent = -1;
    if (p.total > 0 && (m_lastPercent < 0 || (p.total >= 20 && percent / 10 != m_lastPercent / 10))) {
        m_err << account() << ": " << phaseLabel(p.phase) << ' ' << p.done << '/' << p.total << bytes() << '\n';
        m_err.flush();
    } else if (p.total == 0) {
        return; // nothing to count yet
    }
    m_lastPercent = percent;
}

void Progress::done()
{
    if (m_barShown) {
        m_err << '\n';
        m_err.flush();
        m_barShown = false;
    }
    m_lastPhase = Sync::Phase::Idle;
    m_lastPercent = -1;
}

} // namespace Poplar::Cli

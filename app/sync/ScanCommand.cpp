#include "ScanCommand.h"

#include "CommandLine.h"
#include "display/OutsideText.h"
#include "mime/HeaderDecoder.h"
#include "mime/HeaderSummary.h"
#include "pop3/Session.h"

namespace Poplar::Cli {

ScanCommand::ScanCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_out(out), m_err(err)
{
}

void ScanCommand::start(const Pop3::SessionSettings &settings, const QByteArray &secret)
{
    m_context = errorContext(settings);
    m_session = new Pop3::Session(nullptr, this);
    connect(m_session, &Pop3::Session::ready, this, &ScanCommand::onReady);
    connect(m_session, &Pop3::Session::replyReceived, this, &ScanCommand::onReply);
    connect(m_session, &Pop3::Session::failed, this, &ScanCommand::onFailed);
    connect(m_session, &Pop3::Session::closed, this, [this] { emit finished(ExitOk); });
    m_session->open(settings, secret);
}

void ScanCommand::onReady()
{
    m_uidlId = m_session->uidl();
    m_listId = m_session->list();
}

void ScanCommand::onReply(const Pop3::Reply &reply)
{
    if (reply.id == m_uidlId) {
        if (reply.ok) {
            for (const Pop3::UidEntry &entry : Pop3::parseUidListing(reply.body).entries)
                m_uids.insert(entry.message, entry.uid);
        }
    } else if (reply.id == m_listId) {
        if (!reply.ok) {
            m_err << "poplar-sync: " << Text::tr("LIST failed: %1").arg(Display::forTerminal(reply.status.text)) << Qt::endl;
            m_session->quit();
            return;
        }
        m_sizes = Pop3::parseScanListing(reply.body).entries;
        for (const Pop3::ScanEntry &entry : std::as_const(m_sizes))
            m_session->top(entry.message, 0);
        m_topsPending = int(m_sizes.size());
        if (m_topsPending == 0)
            printAndQuit();
    } else if (reply.kind == Pop3::CommandKind::Top) {
        if (reply.ok)
            m_headers.insert(reply.message, reply.body);
        if (--m_topsPending == 0)
            printAndQuit();
    }
}

void ScanCommand::printAndQuit()
{
    const QString host = Display::forTerminal(m_session->settings().host);
    m_out << Text::tr("%n message(s) on %1", nullptr, int(m_sizes.size())).arg(host) << '\n';
    for (const Pop3::ScanEntry &entry : std::as_const(m_sizes)) {
        const QByteArray headers = m_headers.value(entry.message);
        // Decoded headers may hold anything, encoded words included: capped like the store's
        // columns and escaped, one line each.
        const QString from = Display::forTerminal(Mime::decodeHeaderText(Mime::headerField(headers, "From")).left(32));
        const QString subject =
            Display::forTerminal(Mime::capField(Mime::decodeHeaderText(Mime::headerField(headers, "Subject"))));
        m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(entry.message, 4)
                     .arg(uidForTerminal(m_uids.value(entry.message, "-")), -20)
                     .arg(entry.octets, 9)
                     .arg(from, -32)
                     .arg(subject);
    }
    m_out.flush();
    m_session->quit();
}

void ScanCommand::onFailed(const Pop3::Error &error)
{
    m_err << "poplar-sync: " << failureText(error) << Qt::endl;
    if (const QString advice = adviceText(error, m_context); !advice.isEmpty())
        m_err << "poplar-sync: " << advice << Qt::endl;
    emit finished(exitCodeFor(error.kind));
}

} // namespace Poplar::Cli

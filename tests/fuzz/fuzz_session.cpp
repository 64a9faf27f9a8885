// libFuzzer harness: the POP3 response parser driven through the real Session state machine.
//
// Input layout (see tests/fuzz/README.md for a worked example):
//   byte 0  security mode (value % 3: implicit TLS, STLS, plain)
//   byte 1  authentication method (value % 13, in AuthMethod order)
//   byte 2  chunking: 0 delivers each segment whole, n > 0 cuts it into pseudo-random pieces of 1..n bytes
//   byte 3  commands queued before login (bit 0 STAT, 1 LIST, 2 UIDL, 3 TOP 1 0, 4 RETR 1, 5 DELE 1,
//           6 QUIT), bit 7 selects tight pipeline and listing limits
//   rest    server bytes; 0xFF starts an escape: "T" completes a TLS handshake the client started,
//           "C" the server hangs up, "Q" queues the command set of byte 3 again, "A" the caller aborts,
//           "E" the transport reports a network error, 0xFF is a literal 0xFF byte.
//
// Besides crashes and sanitizer reports, it traps when the session breaks a promise it makes:
// more than one outcome, replies out of order or for commands never issued, anything but CAPA or
// STLS written in the clear when TLS is required, APOP without a valid timestamp, or the secret
// in the client side of the protocol trace. POPLAR_FUZZ_VERBOSE=1 prints how each input ended.

#include "FakeTransport.h"
#include "pop3/Apop.h"
#include "pop3/Session.h"

#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Poplar;

namespace {

const QByteArray Secret = "fz-S3cret!pw";

using Fuzz::violated;

/// Drives one session over a FakeTransport and checks its promises as it goes.
class Driver {
public:
    Driver(Pop3::Security security, Pop3::AuthMethod auth, quint8 commands)
        : m_session(&m_factory), m_commands(commands)
    {
        QObject::connect(&m_session, &Pop3::Session::replyReceived, &m_session, [this](const Pop3::Reply &r) {
            if (m_outcomes > 0)
                violated("reply after the session ended");
            if (!m_issued.contains(r.id))
                violated("reply to a command never issued");
            if (r.id <= m_lastReply)
                violated("replies out of order or repeated");
            m_lastReply = r.id;
        });
        QObject::connect(&m_session, &Pop3::Session::bodyChunk, &m_session,
                         [this](Pop3::CommandId id, const QByteArray &) {
                             if (m_outcomes > 0 || !m_retrIds.contains(id) || id <= m_lastReply)
                                 violated("body chunk for a command that is not the current RETR");
                         });
        QObject::connect(&m_session, &Pop3::Session::failed, &m_session, [this](const Pop3::Error &e) {
            ++m_outcomes;
            m_error = e.message;
            if (e.kind == Pop3::Error::Kind::None)
                violated("failure without a kind");
        });
        QObject::connect(&m_session, &Pop3::Session::closed, &m_session, [this] { ++m_outcomes; });
        QObject::connect(&m_session, &Pop3::Session::protocolTrace, &m_session,
                         [](Pop3::Session::Direction d, const QByteArray &line) {
                             if (d == Pop3::Session::Direction::Client
                                 && (line.contains(Secret) || line.contains(Secret.toBase64())))
                                 violated("secret in the protocol trace");
                         });
        m_settings.host = QStringLiteral("pop.example.org");
        m_settings.port = 110;
        m_settings.security = security;
        m_settings.auth = auth;
        m_settings.user = "alice";
        m_settings.keepaliveIntervalMs = 0;
        if (commands & 0x80) {
            m_settings.pipelineMaxCommands = 2;
            m_settings.pipelineMaxBytes = 16;
            m_settings.maxListingBytes = 512;
        }
    }

    void open()
    {
        m_session.open(m_settings, Secret);
        queueCommands();
        if (Test::FakeTransport *t = m_factory.last)
            t->acceptConnection();
        checkWritten();
    }

    void queueCommands()
    {
        auto issue = [this](Pop3::CommandId id) { m_issued.insert(id); return id; };
        if (m_commands & 0x01) issue(m_session.stat());
        if (m_commands & 0x02) issue(m_session.list());
        if (m_commands & 0x04) issue(m_session.uidl());
        if (m_commands & 0x08) issue(m_session.top(1, 0));
        if (m_commands & 0x10) m_retrIds.insert(issue(m_session.retr(1)));
        if (m_commands & 0x20) issue(m_session.dele(1));
        if (m_commands & 0x40) issue(m_session.quit());
    }

    void serverSends(const QByteArray &bytes)
    {
        if (Test::FakeTransport *t = m_factory.last)
            t->serverSends(bytes);
        checkWritten();
    }

    void escape(char op)
    {
        Test::FakeTransport *t = m_factory.last;
        switch (op) {
        case 'T':
            if (t && t->tlsStarted && !t->isEncrypted())
                t->completeTls();
            break;
        case 'C':
            if (t)
                t->serverCloses();
            break;
        case 'Q':
            if (m_session.state() != Pop3::Session::State::Failed && m_session.state() != Pop3::Session::State::Closed)
                queueCommands();
            break;
        case 'A':
            m_session.abort();
            break;
        case 'E':
            if (t)
                t->failWith({Net::TransportError::Kind::Network, QStringLiteral("reset"), {}, {}});
            break;
        default:
            break;
        }
        checkWritten();
    }

    void finish()
    {
        QCoreApplication::processEvents();
        checkWritten();
        if (m_outcomes > 1)
            violated("more than one outcome reported");
        if (qEnvironmentVariableIsSet("POPLAR_FUZZ_VERBOSE")) {
            std::fprintf(stderr, "  state %d, mechanism %s, last reply %llu, error %s\n", int(m_session.state()),
                         m_session.mechanismUsed().constData(), static_cast<unsigned long long>(m_lastReply),
                         qPrintable(m_error));
        }
    }

private:
    /// What the client wrote in the clear while TLS is required may only be CAPA and STLS.
    void checkWritten()
    {
        Test::FakeTransport *t = m_factory.last;
        if (!t)
            return;
        const QByteArray written = t->takeWritten();
        if (written.isEmpty())
            return;
        if (m_settings.security != Pop3::Security::Plain && !t->isEncrypted()) {
            for (const QByteArray &line : written.split('\n')) {
                if (!line.isEmpty() && line != "CAPA\r" && line != "STLS\r")
                    violated("a command other than CAPA or STLS sent before TLS");
            }
        }
        // STLS is the last thing written before the handshake starts; nothing may follow it
        // until the handshake is done.
        if (t->tlsStarted && !t->isEncrypted() && !written.endsWith("STLS\r\n"))
            violated("bytes written while the TLS handshake runs");
        const qsizetype apop = written.indexOf("APOP ");
        if (apop >= 0 && (apop == 0 || written.at(apop - 1) == '\n') && !Pop3::apopTimestamp(m_session.greeting()))
            violated("APOP sent without a valid timestamp in the greeting");
    }

    Test::FakeTransportFactory m_factory;
    Pop3::Session m_session;
    Pop3::SessionSettings m_settings;
    quint8 m_commands;
    QSet<Pop3::CommandId> m_issued;
    QSet<Pop3::CommandId> m_retrIds;
    Pop3::CommandId m_lastReply = 0;
    int m_outcomes = 0;
    QString m_error;
};

/// Pseudo-random piece sizes from the input's chunking byte, so one input always replays alike.
class Chunker {
public:
    explicit Chunker(quint8 max) : m_max(max), m_state(0x9e3779b9u ^ max) {}
    qsizetype next(qsizetype remaining)
    {
        if (m_max == 0)
            return remaining;
        m_state = m_state * 1664525u + 1013904223u;
        return qMin<qsizetype>(remaining, 1 + qsizetype((m_state >> 16) % m_max));
    }

private:
    quint8 m_max;
    quint32 m_state;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("KRB5CCNAME", "FILE:/nonexistent/poplar-fuzz-ccache");
    Fuzz::initializeQt(argc, argv);
    qRegisterMetaType<Pop3::Reply>();
    qRegisterMetaType<Pop3::Error>();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const auto security = Pop3::Security(data[0] % 3);
    const auto auth = Pop3::AuthMethod(data[1] % 13);
    Chunker chunker(data[2]);
    Driver driver(security, auth, data[3]);
    driver.open();

    QByteArray segment;
    auto flush = [&] {
        qsizetype pos = 0;
        while (pos < segment.size()) {
            const qsizetype n = chunker.next(segment.size() - pos);
            driver.serverSends(segment.mid(pos, n));
            pos += n;
        }
        segment.clear();
    };
    for (size_t i = 4; i < size; ++i) {
        if (data[i] != 0xff) {
            segment += char(data[i]);
            continue;
        }
        if (++i >= size)
            break;
        if (data[i] == 0xff) {
            segment += char(0xff);
            continue;
        }
        flush();
        driver.escape(char(data[i]));
    }
    flush();
    driver.finish();
    return 0;
}

#pragma once

#include "FakeTransport.h"
#include "pop3/Session.h"

#include <QSignalSpy>
#include <QTest>

namespace Poplar::Test {

/// The `chunk` column every transcript test runs with: server bytes delivered whole, one byte
/// at a time, and in odd-sized pieces.
inline void addChunkRows()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("whole") << 0;
    QTest::newRow("bytewise") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("7") << 7;
}

/// A session over a FakeTransport with the test as its server, in the style of byte
/// transcripts: server() feeds bytes (in the chunk size under test), client() checks exactly
/// what the client wrote since the last check. Checks return false and log the difference.
class SessionHarness {
public:
    explicit SessionHarness(int chunkSize = 0)
        : chunk(chunkSize), session(&factory), ready(&session, &Pop3::Session::ready),
          failed(&session, &Pop3::Session::failed), replies(&session, &Pop3::Session::replyReceived),
          closed(&session, &Pop3::Session::closed)
    {
        QObject::connect(&session, &Pop3::Session::bodyChunk, &session,
                         [this](Pop3::CommandId id, const QByteArray &data) { bodies[id] += data; });
        QObject::connect(&session, &Pop3::Session::protocolTrace, &session,
                         [this](Pop3::Session::Direction, const QByteArray &line) { trace += line + '\n'; });
    }

    static Pop3::SessionSettings plainSettings(Pop3::AuthMethod auth = Pop3::AuthMethod::User)
    {
        Pop3::SessionSettings s;
        s.host = QStringLiteral("pop.example.org");
        s.port = 110;
        s.security = Pop3::Security::Plain;
        s.auth = auth;
        s.user = "alice";
        s.keepaliveIntervalMs = 0;
        return s;
    }

    void open(const Pop3::SessionSettings &settings, const QByteArray &secret = "secret")
    {
        session.open(settings, secret);
    }
    FakeTransport *transport() const { return factory.last; }

    /// Feeds server bytes in pieces of the harness's chunk size (0: all at once).
    void server(const QByteArray &bytes)
    {
        if (chunk <= 0) {
            transport()->serverSends(bytes);
            return;
        }
        for (qsizetype pos = 0; pos < bytes.size() && transport(); pos += chunk)
            transport()->serverSends(bytes.mid(pos, chunk));
    }

    [[nodiscard]] bool client(const QByteArray &expected)
    {
        const QByteArray written = transport() ? transport()->takeWritten() : QByteArray();
        if (written == expected)
            return true;
        qWarning("client wrote:\n  %s\nexpected:\n  %s", written.toPercentEncoding(" ").constData(),
                 expected.toPercentEncoding(" ").constData());
        return false;
    }
    [[nodiscard]] bool silent() { return client({}); }

    /// The kind of the one failure reported, or Kind::None.
    Pop3::Error::Kind failure() const
    {
        return failed.isEmpty() ? Pop3::Error::Kind::None : failed.first().first().value<Pop3::Error>().kind;
    }
    Pop3::Error error() const { return failed.isEmpty() ? Pop3::Error() : failed.first().first().value<Pop3::Error>(); }
    Pop3::Reply reply(int i) const { return replies.at(i).first().value<Pop3::Reply>(); }

    /// Greeting, CAPA and USER/PASS on a plaintext session, ending in the transaction state.
    [[nodiscard]] bool loginPlain(const QByteArray &capa = "+OK\r\nUSER\r\nTOP\r\nUIDL\r\n.\r\n")
    {
        open(plainSettings());
        transport()->acceptConnection();
        server("+OK POP3 ready\r\n");
        if (!client("CAPA\r\n"))
            return false;
        server(capa);
        if (!client("USER alice\r\n"))
            return false;
        server("+OK\r\n");
        if (!client("PASS secret\r\n"))
            return false;
        server("+OK logged in\r\n");
        if (!client("CAPA\r\n"))
            return false;
        server(capa);
        return ready.size() == 1 && session.state() == Pop3::Session::State::Transaction;
    }

    int chunk;
    FakeTransportFactory factory;
    Pop3::Session session;
    QSignalSpy ready;
    QSignalSpy failed;
    QSignalSpy replies;
    QSignalSpy closed;
    QHash<Pop3::CommandId, QByteArray> bodies;
    QByteArray trace;
};

} // namespace Poplar::Test

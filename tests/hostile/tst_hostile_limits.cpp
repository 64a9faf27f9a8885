// Hostile servers on real loopback sockets, part two: sizes and timing. Endless lines and
// replies, huge capability lists, NUL bytes, dot-stuffing cut across packets, connections closed
// around QUIT, and servers that go silent. Memory is checked through the process's peak
// resident size (not under AddressSanitizer, whose quarantine inflates it) and through how much
// the client read before giving up; the scripted server only writes as fast as the client
// reads, so what the client buffers is what shows.

#include "HostileClient.h"

#include <QElapsedTimer>

using namespace Poplar;
using namespace Poplar::Test;
using Kind = Pop3::Error::Kind;
using Pop3::AuthMethod;
using Pop3::Security;

namespace {

constexpr qint64 MB = 1024 * 1024;

} // namespace

class TestHostileLimits : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void endlessReplies_data();
    void endlessReplies();
    void tenThousandCapaLines();
    void hundredsOfSaslMechanisms();
    void nulBytes_data();
    void nulBytes();
    void dotStuffingAcrossPackets_data();
    void dotStuffingAcrossPackets();
    void connectionClosedAroundQuit_data();
    void connectionClosedAroundQuit();
    void silentServer_data();
    void silentServer();
};

void TestHostileLimits::initTestCase()
{
    qRegisterMetaType<Pop3::Error>();
    qRegisterMetaType<Pop3::Reply>();
}

void TestHostileLimits::endlessReplies_data()
{
    QTest::addColumn<QByteArray>("command");   // sent after login; empty: the flood is the greeting
    QTest::addColumn<QByteArray>("start");     // what precedes the flood
    QTest::addColumn<QByteArray>("pattern");   // repeated without end
    QTest::addColumn<int>("auth");
    QTest::newRow("greeting without CRLF") << QByteArray() << QByteArray("+OK ") << QByteArray("x") << int(AuthMethod::User);
    QTest::newRow("status line without CRLF") << QByteArray("STAT") << QByteArray("+OK ") << QByteArray("1")
                                              << int(AuthMethod::User);
    QTest::newRow("SASL challenge without CRLF") << QByteArray("AUTH LOGIN") << QByteArray("+ ") << QByteArray("QUFB")
                                                 << int(AuthMethod::Login);
    QTest::newRow("UIDL listing without end") << QByteArray("UIDL") << QByteArray("+OK\r\n")
                                              << QByteArray("1 uid-that-repeats\r\n") << int(AuthMethod::User);
    QTest::newRow("UIDL line without LF") << QByteArray("UIDL") << QByteArray("+OK\r\n1 ") << QByteArray("u")
                                          << int(AuthMethod::User);
    QTest::newRow("CAPA without end") << QByteArray("CAPA") << QByteArray("+OK\r\n") << QByteArray("X-CAPABILITY\r\n")
                                      << int(AuthMethod::User);
    QTest::newRow("TOP without end") << QByteArray("TOP 1 0") << QByteArray("+OK\r\n")
                                     << QByteArray("X-Header: value\r\n") << int(AuthMethod::User);
}

/// 256 MB offered without the line or reply ever ending: the session gives up with a clear
/// error long before, and its memory stays bounded.
void TestHostileLimits::endlessReplies()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, pattern);
    QFETCH(int, auth);
    const qint64 offered = 256 * MB;
    ScriptedServer server;
    if (command.isEmpty()) {
        server.send(start);
    } else if (command == "CAPA") {
        server.send("+OK ready\r\n").expect("CAPA").send(start);
    } else if (command.startsWith("AUTH")) {
        server.send("+OK ready\r\n").expect("CAPA").send("+OK\r\nSASL LOGIN\r\n.\r\n").expect(command).send(start);
    } else {
        scriptLogin(server);
        server.expect(command).send(start);
    }
    server.flood(pattern, offered);
    QVERIFY(server.listenLocal());
    HostileClient client;
    auto settings = HostileClient::settings(server.port(), Security::Plain, AuthMethod(auth));
    settings.maxListingBytes = 1 * MB;
    settings.replyTimeoutMs = 3000;
    QVERIFY(resetPeakRss());
    const qint64 before = procStatusKb("VmRSS");
    client.open(settings);
    if (!command.isEmpty() && !command.startsWith("AUTH") && command != "CAPA") {
        QVERIFY(client.waitForOutcome());
        QCOMPARE(client.ready.size(), 1);
        if (command == "STAT")
            client.session.stat();
        else if (command == "UIDL")
            client.session.uidl();
        else
            client.session.top(1, 0);
    }
    QElapsedTimer timer;
    timer.start();
    // Stops waiting once the client has taken far more than any limit allows.
    const qint64 tooMuch = 8 * MB;
    QVERIFY(spinUntil([&] { return !client.failed.isEmpty() || server.flooded() > tooMuch; }, 30000));
    const qint64 growthKb = procStatusKb("VmHWM") - before;
    qInfo("after %lld ms: %s; the server wrote %lld KB; peak RSS grew %lld KB", qint64(timer.elapsed()),
          Pop3::Error::kindName(client.failure()), server.flooded() / 1024, growthKb);
    QVERIFY2(server.flooded() <= tooMuch, "the client kept reading an endless reply without failing");
    QCOMPARE(client.failure(), Kind::ProtocolViolation);
    if (residentSizeIsMeaningful())
        QVERIFY2(growthKb < 48 * 1024, QByteArray::number(growthKb).constData());
}

void TestHostileLimits::tenThousandCapaLines()
{
    QByteArray capa = "+OK\r\nUSER\r\nUIDL\r\n";
    for (int i = 0; i < 10000; ++i)
        capa += "X-CAPABILITY-" + QByteArray::number(i) + " some arguments here\r\n";
    capa += ".\r\n";
    ScriptedServer server;
    scriptLogin(server, capa);
    server.expect("QUIT").send("+OK\r\n").close();
    QVERIFY(server.listenLocal());
    HostileClient client;
    QVERIFY(resetPeakRss());
    const qint64 before = procStatusKb("VmRSS");
    client.open(HostileClient::settings(server.port()));
    QVERIFY(client.waitForOutcome());
    QVERIFY2(client.ready.size() == 1, qPrintable(client.error().message));
    QVERIFY(client.session.capabilities().uidl());
    client.session.quit();
    QVERIFY(client.waitForEnd());
    QCOMPARE(client.closed.size(), 1);
    if (residentSizeIsMeaningful())
        QVERIFY(procStatusKb("VmHWM") - before < 32 * 1024);
}

void TestHostileLimits::hundredsOfSaslMechanisms()
{
    QByteArray mechanisms;
    for (int i = 0; i < 800; ++i)
        mechanisms += "X-MECH-" + QByteArray::number(i) + ' ';
    const QByteArray capa = "+OK\r\nSASL " + mechanisms + "PLAIN\r\nUSER\r\n.\r\n";
    ScriptedServer server;
    server.send("+OK ready\r\n").expect("CAPA").send(capa);
    server.expect("AUTH PLAIN " + (QByteArray("\0alice\0", 7) + HostileSecret).toBase64()).send("+OK\r\n");
    server.expect("CAPA").send(capa).expect("QUIT").send("+OK\r\n").close();
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port(), Security::Plain, AuthMethod::Automatic));
    QVERIFY(client.waitForOutcome());
    QVERIFY2(client.ready.size() == 1, qPrintable(client.error().message + server.failures().join('\n')));
    QCOMPARE(client.session.mechanismUsed(), QByteArray("PLAIN"));
    client.session.quit();
    QVERIFY(client.waitForEnd());
    QVERIFY2(server.failures().isEmpty(), server.failures().join('\n').constData());
}

void TestHostileLimits::nulBytes_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("kind");       // Kind::None: the reply is delivered
    QTest::addColumn<QByteArray>("body"); // for RETR: the body delivered
    QTest::newRow("status line") << QByteArray("STAT") << QByteArray("+OK 1\0 2\r\n", 10) << int(Kind::ProtocolViolation)
                                 << QByteArray();
    QTest::newRow("-ERR line") << QByteArray("STAT") << QByteArray("-ERR \0\r\n", 8) << int(Kind::ProtocolViolation)
                               << QByteArray();
    QTest::newRow("RETR body") << QByteArray("RETR 1") << QByteArray("+OK\r\na\0b\r\n\0\r\n.\r\n", 16) << int(Kind::None)
                               << QByteArray("a\0b\r\n\0\r\n", 8);
    QTest::newRow("UIDL listing") << QByteArray("UIDL") << QByteArray("+OK\r\n1 a\0b\r\n.\r\n", 15) << int(Kind::None)
                                  << QByteArray();
}

void TestHostileLimits::nulBytes()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, reply);
    QFETCH(int, kind);
    QFETCH(QByteArray, body);
    ScriptedServer server;
    scriptLogin(server);
    server.expect(command).send(reply);
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port()));
    QVERIFY(client.waitForOutcome());
    QCOMPARE(client.ready.size(), 1);
    Pop3::CommandId id = 0;
    if (command == "STAT")
        id = client.session.stat();
    else if (command == "UIDL")
        id = client.session.uidl();
    else
        id = client.session.retr(1);
    if (kind == int(Kind::None)) {
        QVERIFY(spinUntil([&] { return client.replies.size() == 1; }));
        if (!body.isEmpty())
            QCOMPARE(client.bodies.value(id), body);
        QCOMPARE(client.failed.size(), 0);
    } else {
        QVERIFY(client.waitForEnd());
        QCOMPARE(int(client.failure()), kind);
    }
}

void TestHostileLimits::dotStuffingAcrossPackets_data()
{
    QTest::addColumn<QByteArrayList>("pieces");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("stuffed dot alone in a packet")
        << QByteArrayList{"+OK\r\na\r\n.", ".b\r\n.", ".\r\n", ".\r\n"} << QByteArray("a\r\n.b\r\n.\r\n");
    QTest::newRow("terminator dot, then CRLF")
        << QByteArrayList{"+OK\r\nline\r\n", ".", "\r\n"} << QByteArray("line\r\n");
    QTest::newRow("terminator dot and CR, then LF")
        << QByteArrayList{"+OK\r\nline\r\n.\r", "\n"} << QByteArray("line\r\n");
    QTest::newRow("bare LF line ends") << QByteArrayList{"+OK\r\nbare\n..lf\n", ".", "\n"} << QByteArray("bare\n.lf\n");
    QTest::newRow("CR and LF apart everywhere")
        << QByteArrayList{"+OK\r", "\nx\r", "\n..", "\r", "\n.", "\r", "\n"} << QByteArray("x\r\n.\r\n");
    QTest::newRow("dot-dot-dot") << QByteArrayList{"+OK\r\n..", ".\r\n.", "..x\r\n.\r\n"} << QByteArray("..\r\n..x\r\n");
}

void TestHostileLimits::dotStuffingAcrossPackets()
{
    QFETCH(QByteArrayList, pieces);
    QFETCH(QByteArray, expected);
    ScriptedServer server;
    scriptLogin(server);
    server.expect("RETR 1").sendPieces(pieces, 30).expect("QUIT").send("+OK\r\n").close();
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port()));
    QVERIFY(client.waitForOutcome());
    const auto id = client.session.retr(1);
    client.session.quit();
    QVERIFY(client.waitForEnd());
    QVERIFY2(client.closed.size() == 1, qPrintable(client.error().message));
    QCOMPARE(client.replies.size(), 2);
    QCOMPARE(client.bodies.value(id), expected);
}

void TestHostileLimits::connectionClosedAroundQuit_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("confirmed");
    QTest::newRow("before the reply") << QByteArray() << false;
    QTest::newRow("during the reply") << QByteArray("+OK bye") << false;
    QTest::newRow("half a status") << QByteArray("+O") << false;
    QTest::newRow("after the reply") << QByteArray("+OK bye\r\n") << true;
}

void TestHostileLimits::connectionClosedAroundQuit()
{
    QFETCH(QByteArray, reply);
    QFETCH(bool, confirmed);
    ScriptedServer server;
    scriptLogin(server);
    server.expect("DELE 1").send("+OK\r\n").expect("QUIT");
    if (!reply.isEmpty())
        server.send(reply);
    server.close();
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port()));
    QVERIFY(client.waitForOutcome());
    client.session.dele(1);
    const auto quit = client.session.quit();
    QVERIFY(client.waitForEnd());
    // One ending only, also once the connection is gone on both sides.
    QVERIFY(spinUntil([&] { return server.clientGone(); }));
    QCoreApplication::processEvents();
    if (confirmed) {
        QCOMPARE(client.closed.size(), 1);
        QCOMPARE(client.failed.size(), 0);
        QCOMPARE(client.replies.last().first().value<Pop3::Reply>().id, quit);
    } else {
        // The deletions may or may not have happened: the caller must not count them.
        QCOMPARE(client.closed.size(), 0);
        QCOMPARE(client.failed.size(), 1);
        QCOMPARE(client.failure(), Kind::ConnectionClosed);
    }
}

void TestHostileLimits::silentServer_data()
{
    QTest::addColumn<QByteArray>("stage");
    QTest::newRow("no greeting") << QByteArray("greeting");
    QTest::newRow("no CAPA reply") << QByteArray("capa");
    QTest::newRow("no reply to PASS") << QByteArray("pass");
    QTest::newRow("RETR stops halfway") << QByteArray("retr");
    QTest::newRow("multi-line status, no body") << QByteArray("list");
}

void TestHostileLimits::silentServer()
{
    QFETCH(QByteArray, stage);
    ScriptedServer server;
    if (stage == "capa") {
        server.send("+OK ready\r\n").expect("CAPA");
    } else if (stage == "pass") {
        server.send("+OK ready\r\n").expect("CAPA").send("+OK\r\nUSER\r\n.\r\n").expect("USER alice").send("+OK\r\n");
    } else if (stage != "greeting") {
        scriptLogin(server);
        if (stage == "retr")
            server.expect("RETR 1").send("+OK\r\nFrom: a@b\r\n\r\npartial");
        else
            server.expect("LIST").send("+OK 2 messages\r\n");
    }
    QVERIFY(server.listenLocal());
    HostileClient client;
    auto settings = HostileClient::settings(server.port());
    settings.replyTimeoutMs = 500;
    client.open(settings);
    if (stage == "retr" || stage == "list") {
        QVERIFY(client.waitForOutcome());
        QCOMPARE(client.ready.size(), 1);
        if (stage == "retr")
            client.session.retr(1);
        else
            client.session.list();
    }
    QVERIFY(client.waitForEnd()); // within 5 s: the 500 ms reply timeout ended it, not a hang
    QCOMPARE(client.failure(), Kind::Timeout);
    QVERIFY(spinUntil([&] { return server.clientGone(); }));
}

QTEST_GUILESS_MAIN(TestHostileLimits)
#include "tst_hostile_limits.moc"

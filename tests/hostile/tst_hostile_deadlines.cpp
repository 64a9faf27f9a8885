// Slow-drip servers: a reply that arrives one byte every 100 ms never leaves the idle timer
// silent long enough to fire, so only the per-reply deadlines of SessionSettings end it. Every
// row sets an idle timeout (2 s) longer than the gap between bytes and a deadline (1 s) far
// shorter than the drip, and expects the Timeout error; no row measures time itself.

#include "HostileClient.h"

using namespace Poplar;
using namespace Poplar::Test;
using Kind = Pop3::Error::Kind;

namespace {

constexpr int DripMs = 100;

/// `bytes` one at a time, DripMs apart.
QByteArrayList drip(const QByteArray &bytes)
{
    QByteArrayList pieces;
    for (char c : bytes)
        pieces << QByteArray(1, c);
    return pieces;
}

} // namespace

class TestHostileDeadlines : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void drippedReply_data();
    void drippedReply();
    void announcedSizeExtendsTheTransferDeadline();
};

void TestHostileDeadlines::initTestCase()
{
    qRegisterMetaType<Pop3::Error>();
    qRegisterMetaType<Pop3::Reply>();
}

void TestHostileDeadlines::drippedReply_data()
{
    QTest::addColumn<QByteArray>("stage");
    QTest::newRow("greeting") << QByteArray("greeting");
    QTest::newRow("status line") << QByteArray("stat");
    QTest::newRow("multi-line listing") << QByteArray("list");
    QTest::newRow("RETR") << QByteArray("retr");
}

void TestHostileDeadlines::drippedReply()
{
    QFETCH(QByteArray, stage);
    // 40 s of dripping: the old idle-only timer would still be waiting when the test gives up.
    const QByteArray filler(400, 'x');
    ScriptedServer server;
    if (stage == "greeting") {
        server.sendPieces(drip("+OK " + filler + "\r\n"), DripMs);
    } else {
        scriptLogin(server);
        if (stage == "stat") {
            server.expect("STAT").sendPieces(drip("+OK 1 " + filler + "\r\n"), DripMs);
        } else if (stage == "list") {
            QByteArray listing;
            for (int i = 1; i <= 40; ++i)
                listing += QByteArray::number(i) + " 1000\r\n";
            server.expect("LIST").send("+OK\r\n").sendPieces(drip(listing + ".\r\n"), DripMs);
        } else {
            // LIST announces 100 bytes: the transfer allowance is 1 s plus 100 bytes at 1 KiB/s.
            server.expect("LIST").send("+OK\r\n1 100\r\n.\r\n");
            server.expect("RETR 1").send("+OK\r\n").sendPieces(drip("Subject: " + filler + "\r\n\r\n.\r\n"), DripMs);
        }
    }
    QVERIFY(server.listenLocal());
    HostileClient client;
    auto settings = HostileClient::settings(server.port());
    settings.replyTimeoutMs = 10000; // far above the drip, so only the deadline can end it
    settings.replyDeadlineMs = 1000;
    settings.transferDeadlineMs = 1000;
    client.open(settings);
    if (stage != "greeting") {
        QVERIFY(client.waitForOutcome(15000));
        QVERIFY2(client.ready.size() == 1, qPrintable(client.error().message));
        if (stage == "stat") {
            client.session.stat();
        } else if (stage == "list") {
            client.session.list();
        } else {
            client.session.list();
            QVERIFY(spinUntil([&] { return client.replies.size() == 1 || !client.failed.isEmpty(); }, 15000));
            QCOMPARE(client.replies.size(), 1);
            client.session.retr(1);
        }
    }
    QVERIFY2(client.waitForEnd(20000), "the dripping reply was still being waited for");
    QCOMPARE(client.failure(), Kind::Timeout);
    QVERIFY2(client.error().message.contains(QLatin1String("over one reply")), qPrintable(client.error().message));
    QVERIFY(spinUntil([&] { return server.clientGone(); }));
}

/// The RETR allowance grows with the size LIST announced: with a base of 1 s and a minimum rate of
/// 1 KiB/s, a 30 KB message may drip for 30 s. The drip here ends (the message arrives whole)
/// long before that, though well after the base alone would have run out.
void TestHostileDeadlines::announcedSizeExtendsTheTransferDeadline()
{
    const QByteArray body = "Subject: slow\r\n\r\n" + QByteArray(25, 'y') + "\r\n";
    ScriptedServer server;
    scriptLogin(server);
    server.expect("LIST").send("+OK\r\n1 30000\r\n.\r\n");
    server.expect("RETR 1").send("+OK\r\n").sendPieces(drip(body + ".\r\n"), DripMs);
    server.expect("QUIT").send("+OK\r\n").close();
    QVERIFY(server.listenLocal());
    HostileClient client;
    auto settings = HostileClient::settings(server.port());
    settings.replyTimeoutMs = 5000;
    settings.transferDeadlineMs = 1000;
    client.open(settings);
    QVERIFY(client.waitForOutcome(15000));
    QVERIFY2(client.ready.size() == 1, qPrintable(client.error().message));
    client.session.list();
    const auto retr = client.session.retr(1);
    client.session.quit();
    QVERIFY(client.waitForEnd(60000));
    QVERIFY2(client.closed.size() == 1, qPrintable(client.error().message));
    QCOMPARE(client.bodies.value(retr), body);
}

QTEST_GUILESS_MAIN(TestHostileDeadlines)
#include "tst_hostile_deadlines.moc"

#include "pop3/Apop.h"
#include "pop3/Capabilities.h"
#include "pop3/Listing.h"

#include <QTest>

using namespace Poplar::Pop3;

class TestListing : public QObject {
    Q_OBJECT
private slots:
    void stat();
    void scanListing();
    void uidListing();
    void uidValidity_data();
    void uidValidity();
    void capabilities();
    void capabilitiesAreBounded();
    void capabilitiesAsMailutilsSpellsThem();
    void apopTimestamp_data();
    void apopTimestamp();
    void apopDigestMatchesRfc1939();
};

void TestListing::stat()
{
    const auto s = parseStat("2 320");
    QVERIFY(s);
    QCOMPARE(s->count, 2);
    QCOMPARE(s->octets, qint64(320));
    QVERIFY(!parseStat("two 320"));
    QVERIFY(!parseStat("2"));
    QVERIFY(!parseStat("-1 5"));
}

void TestListing::scanListing()
{
    const auto listing = parseScanListing("1 120\r\n2 200 extra\r\nbogus\r\n0 5\r\n3 -4\r\n4 9\r\n");
    QCOMPARE(listing.entries.size(), 3);
    QCOMPARE(listing.entries.at(1).message, 2);
    QCOMPARE(listing.entries.at(1).octets, qint64(200));
    QCOMPARE(listing.entries.at(2).message, 4);
    QCOMPARE(listing.invalidLines, (QVector<QByteArray>{"bogus", "0 5", "3 -4"}));
}

void TestListing::uidListing()
{
    const auto listing = parseUidListing("1 whqtswO00WBw418f9t5JxYwZ\r\n2 QhdPYR:00WBw1Ph7x7\r\n");
    QCOMPARE(listing.entries.size(), 2);
    QCOMPARE(listing.entries.at(0).uid, QByteArray("whqtswO00WBw418f9t5JxYwZ"));
    QCOMPARE(listing.entries.at(1).message, 2);
    QVERIFY(listing.invalidLines.isEmpty());
}

void TestListing::uidValidity_data()
{
    QTest::addColumn<QByteArray>("uid");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QByteArray("abc") << true;
    QTest::newRow("70 chars") << QByteArray(70, 'u') << true;
    QTest::newRow("71 chars") << QByteArray(71, 'u') << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("control") << QByteArray("ab\x01" "c") << false;
    QTest::newRow("del") << QByteArray("ab\x7f") << false;
    QTest::newRow("8bit") << QByteArray("ab\xe9") << false;
    QTest::newRow("punctuation") << QByteArray("!~<>[]") << true;
}

void TestListing::uidValidity()
{
    QFETCH(QByteArray, uid);
    QFETCH(bool, valid);
    QCOMPARE(isValidUid(uid), valid);
    QCOMPARE(parseUidLine("1 " + uid).has_value(), valid);
}

void TestListing::capabilities()
{
    const auto caps = Capabilities::parse("TOP\r\nUSER\r\nSASL PLAIN scram-sha-256\r\nRESP-CODES\r\n"
                                          "LOGIN-DELAY 900\r\nPIPELINING\r\nEXPIRE NEVER\r\nUIDL\r\n"
                                          "IMPLEMENTATION Dovecot\r\nSTLS\r\n");
    QVERIFY(caps.isKnown());
    QVERIFY(caps.top() && caps.user() && caps.pipelining() && caps.uidl() && caps.stls());
    QCOMPARE(caps.saslMechanisms(), (QByteArrayList{"PLAIN", "SCRAM-SHA-256"}));
    QCOMPARE(caps.loginDelaySeconds(), std::optional<int>(900));
    QCOMPARE(caps.expireDays(), std::optional<int>(-1));
    QCOMPARE(caps.implementation(), QByteArray("Dovecot"));
    QCOMPARE(Capabilities::parse("EXPIRE 31 USER\r\n").expireDays(), std::optional<int>(31));
    QVERIFY(!Capabilities().isKnown());
    QVERIFY(!Capabilities().pipelining());
}

void TestListing::capabilitiesAsMailutilsSpellsThem()
{
    // GNU Mailutils 3.15 pop3d, with expire 0 and login-delay 30, before login.
    auto caps = Capabilities::parse("TOP\r\nUIDL\r\nRESP-CODES\r\nPIPELINING\r\nAUTH-RESP-CODE\r\n30\r\n"
                                    "EXPIRE0\r\nUSER\r\nSTLS\r\n");
    QCOMPARE(caps.expireDays(), std::optional<int>(0));
    QCOMPARE(caps.loginDelaySeconds(), std::optional<int>(30));
    QVERIFY(caps.user() && caps.stls() && caps.top());
    caps = Capabilities::parse("TOP\r\nEXPIRENEVER\r\nUSER\r\n");
    QCOMPARE(caps.expireDays(), std::optional<int>(-1));
    QCOMPARE(caps.loginDelaySeconds(), std::nullopt);
    // Only that shape: a glued word that is not a number, or a number far from EXPIRE, means nothing.
    caps = Capabilities::parse("EXPIREX\r\n45\r\nUSER\r\nEXPIRE 3\r\n");
    QCOMPARE(caps.expireDays(), std::optional<int>(3));
    QCOMPARE(caps.loginDelaySeconds(), std::nullopt);
    // A proper LOGIN-DELAY wins over a bare number.
    caps = Capabilities::parse("LOGIN-DELAY 600\r\n30\r\nEXPIRE5\r\n");
    QCOMPARE(caps.loginDelaySeconds(), std::optional<int>(600));
    QCOMPARE(caps.expireDays(), std::optional<int>(5));
}

void TestListing::capabilitiesAreBounded()
{
    QByteArray body;
    for (int i = 0; i < 10000; ++i)
        body += "X-JUNK-" + QByteArray::number(i) + "\r\n";
    body += "PIPELINING\r\n";
    const auto caps = Capabilities::parse(body);
    QVERIFY(!caps.pipelining()); // lines past the limit are not read at all
    QVERIFY(caps.has("X-JUNK-0"));
}

void TestListing::apopTimestamp_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::newRow("rfc1939") << QByteArray("POP3 server ready <1896.697170952@dbc.mtview.ca.us>")
                             << QByteArray("<1896.697170952@dbc.mtview.ca.us>");
    QTest::newRow("dovecot") << QByteArray("Dovecot ready. <1a2b.3.5f3@host>") << QByteArray("<1a2b.3.5f3@host>");
    QTest::newRow("literal") << QByteArray("hi <abc@[127.0.0.1]>") << QByteArray("<abc@[127.0.0.1]>");
    QTest::newRow("none") << QByteArray("Dovecot ready.") << QByteArray();
    QTest::newRow("no at") << QByteArray("ready <12345>") << QByteArray();
    QTest::newRow("space") << QByteArray("ready <12 345@host>") << QByteArray();
    QTest::newRow("two ats") << QByteArray("ready <a@b@c>") << QByteArray();
    QTest::newRow("empty local") << QByteArray("ready <@host>") << QByteArray();
    QTest::newRow("leading dot") << QByteArray("ready <.a@host>") << QByteArray();
    QTest::newRow("double dot") << QByteArray("ready <a..b@host>") << QByteArray();
    QTest::newRow("unclosed") << QByteArray("ready <a@host") << QByteArray();
    QTest::newRow("control") << QByteArray("ready <a\x01@host>") << QByteArray();
}

void TestListing::apopTimestamp()
{
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, timestamp);
    const auto found = Poplar::Pop3::apopTimestamp(greeting);
    QCOMPARE(found.value_or(QByteArray()), timestamp);
}

void TestListing::apopDigestMatchesRfc1939()
{
    // The example of RFC 1939 section 7.
    QCOMPARE(apopDigest("<1896.697170952@dbc.mtview.ca.us>", "tanstaaf"),
             QByteArray("c4c9334bac560ecc979e58001b3e22fb"));
}

QTEST_GUILESS_MAIN(TestListing)
#include "tst_listing.moc"

// Hostile servers on real loopback sockets, part one: TLS requirements, what may arrive around
// STLS, greetings, APOP timestamps, and typed fields that must never reach the wire. Each case
// ends in one typed error (or the correct result), quickly, and the scripted server's record
// of received bytes shows the password was never sent where it must not be.

#include "HostileClient.h"

#include <QTemporaryDir>

using namespace Poplar;
using namespace Poplar::Test;
using Kind = Pop3::Error::Kind;
using Pop3::AuthMethod;
using Pop3::Security;

class TestHostile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void tlsRequiredButNotOffered_data();
    void tlsRequiredButNotOffered();
    void bytesAfterStlsInSameWrite_data();
    void bytesAfterStlsInSameWrite();
    void bytesAfterStlsInLaterPacket_data();
    void bytesAfterStlsInLaterPacket();
    void capabilitiesForgottenAfterTls();
    void badGreetings_data();
    void badGreetings();
    void unsolicitedDataAfterLogin();
    void apopTimestampNotMsgId_data();
    void apopTimestampNotMsgId();
    void tlsHandshakeNeverFinishes_data();
    void tlsHandshakeNeverFinishes();
    void plaintextOnImplicitTlsPort();
    void typedFieldsNeverReachTheWire_data();
    void typedFieldsNeverReachTheWire();

private:
    TlsIdentity m_identity;
    QTemporaryDir m_dir;
};

void TestHostile::initTestCase()
{
    qRegisterMetaType<Pop3::Error>();
    qRegisterMetaType<Pop3::Reply>();
    QString error;
    m_identity = TlsIdentity::generate(m_dir.path(), &error);
    QVERIFY2(m_identity.isValid(), qPrintable(error));
}

void TestHostile::tlsRequiredButNotOffered_data()
{
    QTest::addColumn<QByteArray>("capa");
    QTest::addColumn<QByteArray>("stlsReply");
    QTest::addColumn<int>("kind");
    QTest::newRow("STLS missing from CAPA") << QByteArray("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n") << QByteArray()
                                            << int(Kind::TlsUnavailable);
    QTest::newRow("STLS answered -ERR") << QByteArray("+OK\r\nSTLS\r\nUSER\r\n.\r\n") << QByteArray("-ERR not now\r\n")
                                        << int(Kind::TlsUnavailable);
    QTest::newRow("STLS answered -ERR [SYS/TEMP]") << QByteArray("+OK\r\nSTLS\r\n.\r\n")
                                                   << QByteArray("-ERR [SYS/TEMP] try later\r\n")
                                                   << int(Kind::TemporaryFailure);
    QTest::newRow("CAPA hidden") << QByteArray("-ERR unknown command\r\n") << QByteArray() << int(Kind::TlsUnavailable);
    QTest::newRow("STLS after 256 lines") << "+OK\r\n" + QByteArray("X-FILLER\r\n").repeated(300) + "STLS\r\n.\r\n"
                                          << QByteArray() << int(Kind::TlsUnavailable);
}

void TestHostile::tlsRequiredButNotOffered()
{
    QFETCH(QByteArray, capa);
    QFETCH(QByteArray, stlsReply);
    QFETCH(int, kind);
    ScriptedServer server;
    server.send("+OK ready\r\n").expect("CAPA").send(capa);
    if (!stlsReply.isEmpty())
        server.expect("STLS").send(stlsReply);
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port(), Security::StartTls, AuthMethod::Automatic, m_identity));
    QVERIFY(client.waitForOutcome());
    QCOMPARE(int(client.failure()), kind);
    QVERIFY(spinUntil([&] { return server.clientGone(); })); // the connection was dropped, not kept looping
    QVERIFY(server.failures().isEmpty());
    QCOMPARE(server.receivedLines().count("CAPA"), 1);
    QVERIFY(noCredentialsIn(server.received()));
    QCOMPARE(client.failed.size(), 1);
}

void TestHostile::bytesAfterStlsInSameWrite_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::newRow("injected +OK") << QByteArray("+OK injected\r\n");
    QTest::newRow("capability lines") << QByteArray("USER\r\nSASL PLAIN\r\n.\r\n");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01garbage");
    QTest::newRow("one byte") << QByteArray("\n");
}

/// The +OK to STLS and more bytes in one write: whatever follows must never be taken as if it
/// had come over TLS (Qt 6.4's QSslSocket would hand it back after startClientEncryption()).
void TestHostile::bytesAfterStlsInSameWrite()
{
    QFETCH(QByteArray, extra);
    ScriptedServer server;
    server.setTlsIdentity(m_identity);
    server.send("+OK ready\r\n").expect("CAPA").send("+OK\r\nSTLS\r\nUSER\r\n.\r\n").expect("STLS");
    server.send("+OK begin TLS\r\n" + extra).startTls();
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port(), Security::StartTls, AuthMethod::Automatic, m_identity));
    QVERIFY(client.waitForOutcome());
    QCOMPARE(client.failure(), Kind::ProtocolViolation);
    QVERIFY(spinUntil([&] { return server.clientGone(); }));
    QVERIFY(!server.isEncrypted());
    QVERIFY(noCredentialsIn(server.received()));
}

void TestHostile::bytesAfterStlsInLaterPacket_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("injected +OK, at once") << QByteArray("+OK injected\r\n") << 0;
    QTest::newRow("injected +OK, 50 ms later") << QByteArray("+OK injected\r\n") << 50;
    QTest::newRow("capability lines, at once") << QByteArray("USER\r\nSASL PLAIN\r\n.\r\n") << 0;
    QTest::newRow("capability lines, 50 ms later") << QByteArray("USER\r\nSASL PLAIN\r\n.\r\n") << 50;
    QTest::newRow("fake TLS record, 50 ms later") << QByteArray("\x16\x03\x03\x00\x05hello", 10) << 50;
}

/// Extra bytes in a separate packet, sent before the server looks at the ClientHello. Depending
/// on when they arrive they are caught as data after STLS or break the handshake; either way
/// the session ends and nothing of the login goes out.
void TestHostile::bytesAfterStlsInLaterPacket()
{
    QFETCH(QByteArray, extra);
    QFETCH(int, delayMs);
    ScriptedServer server;
    server.setTlsIdentity(m_identity);
    server.send("+OK ready\r\n").expect("CAPA").send("+OK\r\nSTLS\r\nUSER\r\n.\r\n").expect("STLS");
    server.sendPieces({"+OK begin TLS\r\n", extra}, delayMs);
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port(), Security::StartTls, AuthMethod::Automatic, m_identity));
    QVERIFY(client.waitForOutcome());
    qInfo("ended with %s: %s", Pop3::Error::kindName(client.failure()), qPrintable(client.error().message));
    QVERIFY2(client.failure() == Kind::ProtocolViolation || client.failure() == Kind::TlsHandshake,
             Pop3::Error::kindName(client.failure()));
    QVERIFY(client.ready.isEmpty());
    QVERIFY(spinUntil([&] { return server.clientGone(); }));
    QVERIFY(noCredentialsIn(server.received()));
}

void TestHostile::capabilitiesForgottenAfterTls()
{
    ScriptedServer server;
    server.setTlsIdentity(m_identity);
    server.send("+OK ready\r\n").expect("CAPA");
    server.send("+OK\r\nSTLS\r\nSASL PLAIN\r\nX-BEFORE-TLS\r\nPIPELINING\r\n.\r\n");
    server.expect("STLS").send("+OK begin TLS\r\n").startTls();
    server.expect("CAPA").send("+OK\r\nUSER\r\n.\r\n");
    server.expect("USER alice").send("+OK\r\n").expect("PASS " + HostileSecret).send("+OK\r\n");
    server.expect("CAPA").send("+OK\r\nUSER\r\nUIDL\r\n.\r\n");
    server.expect("QUIT").send("+OK bye\r\n").close();
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port(), Security::StartTls, AuthMethod::Automatic, m_identity));
    QVERIFY(client.waitForOutcome());
    QVERIFY2(client.ready.size() == 1, qPrintable(client.error().message));
    QVERIFY(client.session.isEncrypted());
    QCOMPARE(client.session.mechanismUsed(), QByteArray("USER")); // SASL PLAIN was only offered before TLS
    QVERIFY(!client.session.capabilities().has("X-BEFORE-TLS"));
    QVERIFY(!client.session.isPipelining());
    client.session.quit();
    QVERIFY(client.waitForEnd());
    QCOMPARE(client.closed.size(), 1);
    QVERIFY2(server.failures().isEmpty(), server.failures().join('\n').constData());
    QVERIFY(server.scriptDone());
}

void TestHostile::badGreetings_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<int>("kind");
    QTest::newRow("-ERR") << QByteArray("-ERR [SYS/PERM] go away\r\n") << int(Kind::PermanentFailure);
    QTest::newRow("-ERR without code") << QByteArray("-ERR busy\r\n") << int(Kind::TemporaryFailure);
    QTest::newRow("multi-line body") << QByteArray("+OK hello\r\nsecond line\r\n.\r\n") << int(Kind::ProtocolViolation);
    QTest::newRow("not POP3") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << int(Kind::ProtocolViolation);
    QTest::newRow("NUL") << QByteArray("+OK hi\0there\r\n", 15) << int(Kind::ProtocolViolation);
    QTest::newRow("+OKAY") << QByteArray("+OKAY\r\n") << int(Kind::ProtocolViolation);
    QTest::newRow("closed at once") << QByteArray() << int(Kind::ConnectionClosed);
}

void TestHostile::badGreetings()
{
    QFETCH(QByteArray, greeting);
    QFETCH(int, kind);
    ScriptedServer server;
    if (greeting.isEmpty())
        server.close();
    else
        server.send(greeting);
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port()));
    QVERIFY(client.waitForOutcome());
    QCOMPARE(int(client.failure()), kind);
    if (kind == int(Kind::PermanentFailure))
        QCOMPARE(client.error().serverText, QByteArray("go away"));
    QVERIFY(noCredentialsIn(server.received()));
    // Exactly one failure, also once the connection is gone on both sides.
    QVERIFY(spinUntil([&] { return server.clientGone(); }));
    QCoreApplication::processEvents();
    QCOMPARE(client.failed.size(), 1);
}

void TestHostile::unsolicitedDataAfterLogin()
{
    ScriptedServer server;
    server.send("+OK ready\r\n").expect("CAPA").send("+OK\r\nUSER\r\n.\r\n");
    server.expect("USER alice").send("+OK\r\n").expect("PASS " + HostileSecret).send("+OK\r\n");
    server.expect("CAPA").send("+OK\r\nUSER\r\n.\r\n").pause(50).send("+OK surprise\r\n");
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port()));
    QVERIFY(client.waitForEnd());
    QCOMPARE(client.ready.size(), 1);
    QCOMPARE(client.failure(), Kind::ProtocolViolation);
    QVERIFY(spinUntil([&] { return server.clientGone(); }));
}

void TestHostile::apopTimestampNotMsgId_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::newRow("no timestamp") << QByteArray("+OK ready");
    QTest::newRow("no @") << QByteArray("+OK <1896.697170952>");
    QTest::newRow("space inside") << QByteArray("+OK <1896 697@dbc.mtview.ca.us>");
    QTest::newRow("empty left") << QByteArray("+OK <@dbc.mtview.ca.us>");
    QTest::newRow("empty right") << QByteArray("+OK <1896.697@>");
    QTest::newRow("unterminated") << QByteArray("+OK <1896.697@dbc.mtview.ca.us");
    QTest::newRow("double dot") << QByteArray("+OK <1896..697@dbc.mtview.ca.us>");
    QTest::newRow("control character") << QByteArray("+OK <1896\x01" "697@host>");
    QTest::newRow("8-bit") << QByteArray("+OK <1896\xe9" "697@host>");
    QTest::newRow("overlong") << "+OK <" + QByteArray(600, 'a') + "@host>";
    QTest::newRow("bad literal") << QByteArray("+OK <1896@[1.2.3.4>");
}

void TestHostile::apopTimestampNotMsgId()
{
    QFETCH(QByteArray, greeting);
    ScriptedServer server;
    server.send(greeting + "\r\n").expect("CAPA").send("+OK\r\nUSER\r\n.\r\n");
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port(), Security::Plain, AuthMethod::Apop));
    QVERIFY(client.waitForOutcome());
    QCOMPARE(client.failure(), Kind::MechanismUnavailable);
    QVERIFY(spinUntil([&] { return server.clientGone(); }));
    QCOMPARE(server.receivedLines(), QByteArrayList{"CAPA"});
}

void TestHostile::tlsHandshakeNeverFinishes_data()
{
    QTest::addColumn<bool>("implicit");
    QTest::newRow("POP3S port that never answers") << true;
    QTest::newRow("STLS +OK, then silence") << false;
}

void TestHostile::tlsHandshakeNeverFinishes()
{
    QFETCH(bool, implicit);
    ScriptedServer server;
    if (!implicit)
        server.send("+OK ready\r\n").expect("CAPA").send("+OK\r\nSTLS\r\n.\r\n").expect("STLS").send("+OK\r\n");
    QVERIFY(server.listenLocal());
    HostileClient client;
    auto settings = HostileClient::settings(server.port(), implicit ? Security::ImplicitTls : Security::StartTls,
                                            AuthMethod::User, m_identity);
    settings.connectTimeoutMs = 600;
    client.open(settings);
    QVERIFY(client.waitForOutcome()); // within 5 s: the 600 ms connect timeout ended it, not a hang
    QCOMPARE(client.failure(), Kind::Timeout);
    QVERIFY(spinUntil([&] { return server.clientGone(); }));
    QVERIFY(noCredentialsIn(server.received()));
}

void TestHostile::plaintextOnImplicitTlsPort()
{
    ScriptedServer server;
    server.send("+OK plaintext POP3 here\r\n");
    QVERIFY(server.listenLocal());
    HostileClient client;
    client.open(HostileClient::settings(server.port(), Security::ImplicitTls, AuthMethod::User, m_identity));
    QVERIFY(client.waitForOutcome());
    QCOMPARE(client.failure(), Kind::TlsHandshake);
    QVERIFY(noCredentialsIn(server.received()));
}

void TestHostile::typedFieldsNeverReachTheWire_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("auth");
    const QString local = QStringLiteral("127.0.0.1");
    const int user = int(AuthMethod::User);
    QTest::newRow("CRLF in user") << QByteArray("alice\r\nDELE 1") << HostileSecret << local << user;
    QTest::newRow("CR in user") << QByteArray("alice\rx") << HostileSecret << local << user;
    QTest::newRow("LF in user") << QByteArray("alice\nx") << HostileSecret << local << user;
    QTest::newRow("NUL in user") << QByteArray("ali\0ce", 6) << HostileSecret << local << user;
    QTest::newRow("CRLF in password") << QByteArray("alice") << QByteArray("pw\r\nDELE 1") << local << user;
    QTest::newRow("LF in password") << QByteArray("alice") << QByteArray("pw\n") << local << user;
    QTest::newRow("NUL in password") << QByteArray("alice") << QByteArray("p\0w", 3) << local << user;
    QTest::newRow("NUL in token") << QByteArray("alice") << QByteArray("tok\0en", 6) << local << int(AuthMethod::XOAuth2);
    QTest::newRow("CR in password, SASL") << QByteArray("alice") << QByteArray("p\rw") << local << int(AuthMethod::Plain);
    QTest::newRow("LF in host") << QByteArray("alice") << HostileSecret << QStringLiteral("127.0.0.1\nevil") << user;
    QTest::newRow("CR in host") << QByteArray("alice") << HostileSecret << QStringLiteral("127.0.0.1\r") << user;
    QTest::newRow("NUL in host") << QByteArray("alice") << HostileSecret << QStringLiteral("127.0.0.1") + QChar(0)
                                 << user;
}

void TestHostile::typedFieldsNeverReachTheWire()
{
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, secret);
    QFETCH(QString, host);
    QFETCH(int, auth);
    ScriptedServer server;
    server.send("+OK ready\r\n");
    QVERIFY(server.listenLocal());
    HostileClient client;
    auto settings = HostileClient::settings(server.port(), Security::Plain, AuthMethod(auth));
    settings.user = user;
    settings.host = host;
    client.open(settings, secret);
    QVERIFY(client.waitForOutcome());
    QCOMPARE(client.failure(), Kind::InvalidSettings);
    QVERIFY(connectBehind(server.port()));
    QCOMPARE(server.connections(), 1); // only connectBehind's: refused before even connecting
    QVERIFY(server.received().isEmpty());
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"

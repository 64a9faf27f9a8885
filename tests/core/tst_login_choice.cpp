#include "SessionHarness.h"

#include "pop3/LoginChoice.h"

using namespace Poplar;
using namespace Poplar::Test;
using Kind = Pop3::Error::Kind;
using Pop3::AuthMethod;
using Pop3::Security;

/// The choice of login methods (a pure function over what the server offers) and the session's
/// fallback from one refused method to the next, as byte transcripts.
class TestLoginChoice : public QObject {
    Q_OBJECT
private slots:
    void init() { qRegisterMetaType<Pop3::Reply>(); qRegisterMetaType<Pop3::Error>(); }

    void choice_data();
    void choice();
    void refusalCodes_data();
    void refusalCodes();

    void apopRefusedThenUser_data() { addChunkRows(); }
    void apopRefusedThenUser();
    void apopRefusedOverPlaintextStops();
    void rememberedMethodTriedFirst();
    void rememberedMethodNeverAdded();
    void tlsNeverApopInAuto_data() { addChunkRows(); }
    void tlsNeverApopInAuto();
    void saslPlainRefusedThenUser_data() { addChunkRows(); }
    void saslPlainRefusedThenUser();
    void lockedMailboxDoesNotFallBack();
    void explicitMethodNamedInError();
};

void TestLoginChoice::choice_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<QByteArray>("offered");
    QTest::addColumn<bool>("apop");
    QTest::addColumn<bool>("allowPlaintext");
    QTest::addColumn<QByteArray>("expected");
    const int autoMode = int(AuthMethod::Automatic);
    QTest::newRow("tls: sasl strongest first, then user")
        << autoMode << true << QByteArray("PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256") << false << false
        << QByteArray("SCRAM-SHA-256 SCRAM-SHA-1 CRAM-MD5 PLAIN LOGIN USER");
    QTest::newRow("tls: never apop in auto") << autoMode << true << QByteArray() << true << false << QByteArray("USER");
    QTest::newRow("tls: apop timestamp and plain") << autoMode << true << QByteArray("PLAIN") << true << false
                                                   << QByteArray("PLAIN USER");
    QTest::newRow("tls: unsupported mechanism skipped") << autoMode << true << QByteArray("X-FANCY GSSAPI") << false
                                                        << false << QByteArray("USER");
    QTest::newRow("plain: apop before user, user held back") << autoMode << false << QByteArray() << true << false
                                                             << QByteArray("APOP");
    QTest::newRow("plain: apop then user when allowed") << autoMode << false << QByteArray() << true << true
                                                        << QByteArray("APOP USER");
    QTest::newRow("plain: apop between cram and plain")
        << autoMode << false << QByteArray("PLAIN CRAM-MD5") << true << true << QByteArray("CRAM-MD5 APOP PLAIN USER");
    QTest::newRow("plain: cram, no clear-text fallback") << autoMode << false << QByteArray("PLAIN CRAM-MD5") << false
                                                         << false << QByteArray("CRAM-MD5");
    QTest::newRow("plain: nothing hides the password") << autoMode << false << QByteArray("LOGIN PLAIN") << false
                                                        << false << QByteArray("PLAIN LOGIN USER");
    QTest::newRow("explicit apop over tls") << int(AuthMethod::Apop) << true << QByteArray() << true << false
                                            << QByteArray("APOP");
    QTest::newRow("explicit user") << int(AuthMethod::User) << false << QByteArray("SCRAM-SHA-256") << true << false
                                   << QByteArray("USER");
    QTest::newRow("explicit sasl") << int(AuthMethod::CramMd5) << true << QByteArray("PLAIN") << false << false
                                   << QByteArray("CRAM-MD5");
}

void TestLoginChoice::choice()
{
    QFETCH(int, requested);
    QFETCH(bool, encrypted);
    QFETCH(QByteArray, offered);
    QFETCH(bool, apop);
    QFETCH(bool, allowPlaintext);
    QFETCH(QByteArray, expected);
    Pop3::LoginOffer offer;
    offer.requested = AuthMethod(requested);
    offer.encrypted = encrypted;
    offer.saslMechanisms = offered.isEmpty() ? QByteArrayList() : offered.split(' ');
    offer.apopTimestamp = apop;
    offer.allowPlaintextFallback = allowPlaintext;
    const QByteArrayList speaks{"SCRAM-SHA-256", "SCRAM-SHA-1", "DIGEST-MD5", "CRAM-MD5", "PLAIN", "LOGIN"};
    const QByteArrayList methods
        = Pop3::chooseLoginMethods(offer, [&](const QByteArray &name) { return speaks.contains(name); });
    QCOMPARE(methods.join(' '), expected);
}

void TestLoginChoice::refusalCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("next");
    QTest::newRow("plain -ERR") << int(Pop3::ResponseCode::None) << true;
    QTest::newRow("[AUTH]") << int(Pop3::ResponseCode::Auth) << true;
    QTest::newRow("[IN-USE]") << int(Pop3::ResponseCode::InUse) << false;
    QTest::newRow("[LOGIN-DELAY]") << int(Pop3::ResponseCode::LoginDelay) << false;
    QTest::newRow("[SYS/TEMP]") << int(Pop3::ResponseCode::SysTemp) << false;
    QTest::newRow("[SYS/PERM]") << int(Pop3::ResponseCode::SysPerm) << false;
}

void TestLoginChoice::refusalCodes()
{
    QFETCH(int, code);
    QFETCH(bool, next);
    QCOMPARE(Pop3::refusalAllowsNextMethod(Pop3::ResponseCode(code)), next);
}

static Pop3::SessionSettings tlsSettings()
{
    auto settings = SessionHarness::plainSettings(AuthMethod::Automatic);
    settings.security = Security::ImplicitTls;
    settings.port = 995;
    return settings;
}

/// GNU Mailutils' pop3d puts a timestamp in every greeting, APOP secret or not.
void TestLoginChoice::apopRefusedThenUser()
{
    QFETCH(int, chunk);
    SessionHarness h(chunk);
    auto settings = SessionHarness::plainSettings(AuthMethod::Automatic);
    settings.allowPlaintextFallback = true;
    h.open(settings);
    h.transport()->acceptConnection();
    h.server("+OK POP3 ready <1896.697170952@pop.example.org>\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\nUIDL\r\n.\r\n");
    const QByteArray apop = h.transport()->takeWritten();
    QVERIFY2(apop.startsWith("APOP alice "), apop.constData());
    h.server("-ERR [AUTH] APOP authentication failed\r\n");
    QVERIFY(h.client("USER alice\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("PASS secret\r\n"));
    h.server("+OK logged in\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\n.\r\n");
    QCOMPARE(h.failure(), Kind::None);
    QCOMPARE(h.ready.size(), 1);
    QCOMPARE(h.session.mechanismUsed(), QByteArray("USER"));
}

/// Opens `h` with `settings`, greets with an APOP timestamp (as Mailutils does) and answers CAPA.
[[nodiscard]] static bool greetWithTimestamp(SessionHarness &h, const Pop3::SessionSettings &settings,
                                             const QByteArray &capabilities)
{
    h.open(settings);
    h.transport()->acceptConnection();
    h.server("+OK POP3 ready <1896.697170952@pop.example.org>\r\n");
    if (!h.client("CAPA\r\n"))
        return false;
    h.server("+OK\r\n" + capabilities + ".\r\n");
    return true;
}

/// The method that worked last time (AccountSettings::server.loginMethod) goes first: no APOP
/// refusal at every check against a Mailutils-like server.
void TestLoginChoice::rememberedMethodTriedFirst()
{
    SessionHarness h;
    auto settings = SessionHarness::plainSettings(AuthMethod::Automatic);
    settings.allowPlaintextFallback = true;
    settings.preferredLoginMethod = "USER";
    QVERIFY(greetWithTimestamp(h, settings, "USER\r\nUIDL\r\n"));
    QVERIFY(h.client("USER alice\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("PASS secret\r\n"));
    h.server("+OK logged in\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\n.\r\n");
    QCOMPARE(h.failure(), Kind::None);
    QCOMPARE(h.session.mechanismUsed(), QByteArray("USER"));
}

/// A remembered method that is not acceptable now (APOP over TLS, USER over plaintext without
/// the account's consent) is not tried at all.
void TestLoginChoice::rememberedMethodNeverAdded()
{
    SessionHarness h;
    auto settings = tlsSettings();
    settings.preferredLoginMethod = "APOP";
    QVERIFY(greetWithTimestamp(h, settings, "USER\r\n"));
    QVERIFY(h.client("USER alice\r\n"));

    SessionHarness plain;
    settings = SessionHarness::plainSettings(AuthMethod::Automatic);
    settings.preferredLoginMethod = "USER";
    QVERIFY(greetWithTimestamp(plain, settings, "USER\r\n"));
    const QByteArray apop = plain.transport()->takeWritten();
    QVERIFY2(apop.startsWith("APOP alice "), apop.constData());
}

void TestLoginChoice::apopRefusedOverPlaintextStops()
{
    SessionHarness h;
    h.open(SessionHarness::plainSettings(AuthMethod::Automatic));
    h.transport()->acceptConnection();
    h.server("+OK POP3 ready <1896.697170952@pop.example.org>\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\n.\r\n");
    QVERIFY(h.transport()->takeWritten().startsWith("APOP alice "));
    h.server("-ERR APOP not enabled for this user\r\n");
    QCOMPARE(h.failure(), Kind::AuthenticationFailed);
    QVERIFY(h.silent()); // no password in the clear
    const Pop3::Error error = h.error();
    QVERIFY2(error.message.contains("APOP"), qPrintable(error.message));
    QVERIFY2(error.message.contains("--auth user"), qPrintable(error.message));
    QCOMPARE(error.serverText, QByteArray("APOP not enabled for this user"));
}

void TestLoginChoice::tlsNeverApopInAuto()
{
    QFETCH(int, chunk);
    SessionHarness h(chunk);
    h.open(tlsSettings());
    h.transport()->acceptConnection();
    h.server("+OK POP3 ready <1896.697170952@pop.example.org>\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\nSASL GSSAPI\r\n.\r\n");
    QVERIFY(h.client("USER alice\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("PASS secret\r\n"));
    h.server("-ERR [AUTH] wrong password\r\n");
    QCOMPARE(h.failure(), Kind::AuthenticationFailed);
    QVERIFY(h.silent()); // and no APOP after USER either
    QVERIFY2(h.error().message.contains("USER/PASS"), qPrintable(h.error().message));
}

void TestLoginChoice::saslPlainRefusedThenUser()
{
    QFETCH(int, chunk);
    SessionHarness h(chunk);
    h.open(tlsSettings());
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n");
    QVERIFY(h.client("AUTH PLAIN " + QByteArray("\0alice\0secret", 13).toBase64() + "\r\n"));
    h.server("-ERR Authentication failed.\r\n");
    QVERIFY(h.client("USER alice\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("PASS secret\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\n.\r\n");
    QCOMPARE(h.failure(), Kind::None);
    QCOMPARE(h.ready.size(), 1);
    QCOMPARE(h.session.mechanismUsed(), QByteArray("USER"));
}

void TestLoginChoice::lockedMailboxDoesNotFallBack()
{
    SessionHarness h;
    h.open(tlsSettings());
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n");
    QVERIFY(h.transport()->takeWritten().startsWith("AUTH PLAIN "));
    h.server("-ERR [IN-USE] mailbox locked\r\n");
    QCOMPARE(h.failure(), Kind::MailboxLocked);
    QVERIFY(h.silent());
    QVERIFY2(h.error().message.contains("PLAIN"), qPrintable(h.error().message));
}

void TestLoginChoice::explicitMethodNamedInError()
{
    SessionHarness h;
    auto settings = SessionHarness::plainSettings(AuthMethod::Apop);
    h.open(settings);
    h.transport()->acceptConnection();
    h.server("+OK POP3 ready <1896.697170952@pop.example.org>\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\n.\r\n");
    QVERIFY(h.transport()->takeWritten().startsWith("APOP alice "));
    h.server("-ERR [AUTH] nope\r\n");
    QCOMPARE(h.failure(), Kind::AuthenticationFailed);
    QVERIFY(h.silent()); // an explicit method is never replaced
    QVERIFY2(h.error().message.contains("APOP"), qPrintable(h.error().message));
    QVERIFY2(h.error().message.contains("--auth user"), qPrintable(h.error().message));
}

QTEST_GUILESS_MAIN(TestLoginChoice)
#include "tst_login_choice.moc"

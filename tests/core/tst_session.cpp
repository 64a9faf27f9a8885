#include "SessionHarness.h"

#include "pop3/Apop.h"

#include <QCryptographicHash>

using namespace Poplar;
using namespace Poplar::Test;
using Kind = Pop3::Error::Kind;
using Pop3::AuthMethod;
using Pop3::Security;

/// Byte-exact transcripts of the POP3 session against a scripted server. Every test runs
/// with the server's bytes delivered whole, one byte at a time, and in odd-sized pieces.
class TestSession : public QObject {
    Q_OBJECT
private slots:
    void init() { qRegisterMetaType<Pop3::Reply>(); qRegisterMetaType<Pop3::Error>(); }

    void userPass_data() { addChunkRows(); }
    void userPass();
    void stlsUpgradeForgetsCapabilities_data() { addChunkRows(); }
    void stlsUpgradeForgetsCapabilities();
    void stlsRequiredButMissing();
    void stlsRefused();
    void capaHiddenWhenTlsRequired();
    void dataAfterStlsAborts_data();
    void dataAfterStlsAborts();
    void implicitTls();
    void apop_data() { addChunkRows(); }
    void apop();
    void apopInvalidTimestampRefused();
    void saslPlain();
    void saslLogin_data() { addChunkRows(); }
    void saslLogin();
    void cramMd5Rfc2195();
    void scramWithoutServerProofIsRejected();
    void xoauth2_data() { addChunkRows(); }
    void xoauth2();
    void oauthBearer();
    void saslCancelOnBadChallenge();
    void longInitialResponseWaitsForContinuation();
    void bareAuthListingWhenNoCapa();
    void automaticPicksStrongest_data();
    void automaticPicksStrongest();
    void explicitMechanismNotOffered();
    void loginErrors_data();
    void loginErrors();
    void errGreeting();
    void utf8WhenOffered_data() { addChunkRows(); }
    void utf8WhenOffered();
    void utf8RefusedIsNoFailure();
    void langWhenOffered_data();
    void langWhenOffered();
    void serverLanguageFor_data();
    void serverLanguageFor();
};

void TestSession::userPass()
{
    QFETCH(int, chunk);
    SessionHarness h(chunk);
    QVERIFY(h.loginPlain());
    QCOMPARE(h.session.mechanismUsed(), QByteArray("USER"));
    QVERIFY(!h.session.isPipelining());
    QCOMPARE(h.failed.size(), 0);
}

void TestSession::stlsUpgradeForgetsCapabilities()
{
    QFETCH(int, chunk);
    SessionHarness h(chunk);
    auto settings = SessionHarness::plainSettings();
    settings.security = Security::StartTls;
    h.open(settings);
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nSTLS\r\nUSER\r\nX-BEFORE-TLS\r\nPIPELINING\r\n.\r\n");
    QVERIFY(h.client("STLS\r\n"));
    QCOMPARE(h.session.state(), Pop3::Session::State::Negotiating);
    h.server("+OK begin TLS\r\n");
    QVERIFY(h.transport()->tlsStarted);
    QCOMPARE(h.session.state(), Pop3::Session::State::StartingTls); // nothing is read until encrypted
    QVERIFY(h.silent());
    h.transport()->completeTls();
    QCOMPARE(h.session.state(), Pop3::Session::State::Negotiating);
    QVERIFY(h.client("CAPA\r\n"));
    QVERIFY(!h.session.capabilities().has("X-BEFORE-TLS"));
    h.server("+OK\r\nUSER\r\n.\r\n");
    QVERIFY(h.client("USER alice\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("PASS secret\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\n.\r\n");
    QCOMPARE(h.ready.size(), 1);
    QVERIFY(!h.session.capabilities().has("X-BEFORE-TLS"));
    QVERIFY(!h.session.capabilities().pipelining());
}

static SessionHarness *startTlsUntilCapa(SessionHarness &h)
{
    auto settings = SessionHarness::plainSettings();
    settings.security = Security::StartTls;
    h.open(settings);
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    return &h;
}

void TestSession::stlsRequiredButMissing()
{
    SessionHarness h;
    startTlsUntilCapa(h);
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n");
    QCOMPARE(h.failure(), Kind::TlsUnavailable);
    QVERIFY(h.silent());
    QVERIFY(h.transport()->aborted);
}

void TestSession::stlsRefused()
{
    SessionHarness h;
    startTlsUntilCapa(h);
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nSTLS\r\n.\r\n");
    QVERIFY(h.client("STLS\r\n"));
    h.server("-ERR [SYS/TEMP] TLS not available now\r\n");
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failure(), Kind::TemporaryFailure);
    QCOMPARE(h.error().serverText, QByteArray("TLS not available now"));
    QVERIFY(h.silent());
    SessionHarness plainErr;
    startTlsUntilCapa(plainErr);
    QVERIFY(plainErr.client("CAPA\r\n"));
    plainErr.server("+OK\r\nSTLS\r\n.\r\n");
    QVERIFY(plainErr.client("STLS\r\n"));
    plainErr.server("-ERR no\r\n");
    QCOMPARE(plainErr.failure(), Kind::TlsUnavailable);
    QVERIFY(plainErr.silent());
}

void TestSession::capaHiddenWhenTlsRequired()
{
    SessionHarness h;
    startTlsUntilCapa(h);
    QVERIFY(h.client("CAPA\r\n"));
    h.server("-ERR unknown command\r\n");
    QCOMPARE(h.failure(), Kind::TlsUnavailable);
    QVERIFY(h.silent());
}

void TestSession::dataAfterStlsAborts_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<bool>("signalled");
    QTest::newRow("injected +OK, same packet") << QByteArray("+OK injected\r\n") << true;
    QTest::newRow("capability lines") << QByteArray("USER\r\nSASL PLAIN\r\n.\r\n") << true;
    QTest::newRow("garbage in socket buffer") << QByteArray("\x16\x03garbage") << false;
}

void TestSession::dataAfterStlsAborts()
{
    QFETCH(QByteArray, extra);
    QFETCH(bool, signalled);
    SessionHarness h;
    startTlsUntilCapa(h);
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nSTLS\r\n.\r\n");
    QVERIFY(h.client("STLS\r\n"));
    if (signalled) {
        h.server("+OK go ahead\r\n" + extra);
    } else {
        h.transport()->bufferSilently("+OK go ahead\r\n");
        h.transport()->bufferSilently(extra);
        h.transport()->serverSends({});
    }
    QCOMPARE(h.failure(), Kind::ProtocolViolation);
    QVERIFY(!h.transport()->tlsStarted);
    QVERIFY(h.silent());
}

void TestSession::implicitTls()
{
    SessionHarness h;
    auto settings = SessionHarness::plainSettings();
    settings.security = Security::ImplicitTls;
    settings.port = 995;
    h.open(settings);
    QVERIFY(h.transport()->implicitTls);
    QCOMPARE(h.transport()->port, quint16(995));
    QVERIFY(h.silent());
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\n.\r\n");
    QVERIFY(h.client("USER alice\r\n"));
    QVERIFY(h.session.isEncrypted());
}

void TestSession::apop()
{
    QFETCH(int, chunk);
    SessionHarness h(chunk);
    auto settings = SessionHarness::plainSettings(AuthMethod::Apop);
    settings.user = "mrose";
    h.open(settings, "tanstaaf");
    h.transport()->acceptConnection();
    h.server("+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("-ERR\r\n");
    QVERIFY(h.client("APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n"));
    h.server("+OK maildrop has 1 message (369 octets)\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("-ERR\r\n");
    QCOMPARE(h.ready.size(), 1);
    QCOMPARE(h.session.mechanismUsed(), QByteArray("APOP"));
}

void TestSession::apopInvalidTimestampRefused()
{
    SessionHarness h;
    h.open(SessionHarness::plainSettings(AuthMethod::Apop));
    h.transport()->acceptConnection();
    h.server("+OK ready <not a msg id>\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\n.\r\n");
    QCOMPARE(h.failure(), Kind::MechanismUnavailable);
    QVERIFY(h.silent());
}

static void toSasl(SessionHarness &h, AuthMethod method, const QByteArray &mechanisms, const QByteArray &secret = "secret")
{
    h.open(SessionHarness::plainSettings(method), secret);
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    (void)h.client("CAPA\r\n");
    h.server("+OK\r\nSASL " + mechanisms + "\r\n.\r\n");
}

void TestSession::saslPlain()
{
    SessionHarness h;
    toSasl(h, AuthMethod::Plain, "PLAIN");
    QVERIFY(h.client("AUTH PLAIN " + QByteArray("\0alice\0secret", 13).toBase64() + "\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\n.\r\n");
    QCOMPARE(h.ready.size(), 1);
    QCOMPARE(h.session.mechanismUsed(), QByteArray("PLAIN"));
}

void TestSession::saslLogin()
{
    QFETCH(int, chunk);
    SessionHarness h(chunk);
    toSasl(h, AuthMethod::Login, "LOGIN");
    QVERIFY(h.client("AUTH LOGIN\r\n"));
    h.server("+ VXNlcm5hbWU6\r\n");
    QVERIFY(h.client("YWxpY2U=\r\n"));
    h.server("+ UGFzc3dvcmQ6\r\n");
    QVERIFY(h.client("c2VjcmV0\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\n.\r\n");
    QCOMPARE(h.ready.size(), 1);
}

void TestSession::cramMd5Rfc2195()
{
    SessionHarness h;
    auto settings = SessionHarness::plainSettings(AuthMethod::CramMd5);
    settings.user = "tim";
    h.open(settings, "tanstaaftanstaaf");
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nSASL CRAM-MD5\r\n.\r\n");
    QVERIFY(h.client("AUTH CRAM-MD5\r\n"));
    h.server("+ " + QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64() + "\r\n");
    // The worked example of RFC 2195 section 2.
    QVERIFY(h.client("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
}

void TestSession::scramWithoutServerProofIsRejected()
{
    SessionHarness h;
    toSasl(h, AuthMethod::ScramSha256, "SCRAM-SHA-256");
    const QByteArray line = h.transport()->takeWritten();
    QVERIFY(line.startsWith("AUTH SCRAM-SHA-256 "));
    const QByteArray clientFirst = QByteArray::fromBase64(line.mid(19).trimmed());
    QVERIFY2(clientFirst.startsWith("n,,n=alice,r="), clientFirst.constData());
    // An impostor that does not know the password just says yes.
    h.server("+OK welcome\r\n");
    QCOMPARE(h.failure(), Kind::AuthenticationFailed);
    QVERIFY(h.silent());
}

void TestSession::xoauth2()
{
    QFETCH(int, chunk);
    SessionHarness h(chunk);
    toSasl(h, AuthMethod::XOAuth2, "XOAUTH2", "ya29.token");
    QVERIFY(h.client("AUTH XOAUTH2 " + QByteArray("user=alice\x01" "auth=Bearer ya29.token\x01\x01").toBase64()
                     + "\r\n"));
    h.server("+ " + QByteArray(R"({"status":"401","schemes":"bearer"})").toBase64() + "\r\n");
    QVERIFY(h.client("\r\n"));
    h.server("-ERR [AUTH] Invalid credentials\r\n");
    QCOMPARE(h.failure(), Kind::AuthenticationFailed);
    QCOMPARE(h.error().serverText, QByteArray("Invalid credentials"));
}

void TestSession::oauthBearer()
{
    SessionHarness h;
    toSasl(h, AuthMethod::OAuthBearer, "OAUTHBEARER", "tok");
    const QByteArray initial = "n,a=alice,\x01" "host=pop.example.org\x01" "port=110\x01" "auth=Bearer tok\x01\x01";
    QVERIFY(h.client("AUTH OAUTHBEARER " + initial.toBase64() + "\r\n"));
    h.server("+ " + QByteArray(R"({"status":"invalid_token"})").toBase64() + "\r\n");
    QVERIFY(h.client("AQ==\r\n"));
    h.server("-ERR\r\n");
    QCOMPARE(h.failure(), Kind::AuthenticationFailed);
    SessionHarness ok;
    toSasl(ok, AuthMethod::OAuthBearer, "OAUTHBEARER", "tok");
    (void)ok.transport()->takeWritten();
    ok.server("+OK\r\n");
    QVERIFY(ok.client("CAPA\r\n"));
}

void TestSession::saslCancelOnBadChallenge()
{
    SessionHarness h;
    toSasl(h, AuthMethod::Login, "LOGIN");
    QVERIFY(h.client("AUTH LOGIN\r\n"));
    h.server("+ !!!not base64!!!\r\n");
    QVERIFY(h.client("*\r\n"));
    h.server("-ERR authentication cancelled\r\n");
    QCOMPARE(h.failure(), Kind::AuthenticationFailed);
    QVERIFY(h.error().message.contains(QLatin1String("base64")));
}

void TestSession::longInitialResponseWaitsForContinuation()
{
    SessionHarness h;
    const QByteArray token(300, 't');
    toSasl(h, AuthMethod::XOAuth2, "XOAUTH2", token);
    QVERIFY(h.client("AUTH XOAUTH2\r\n")); // RFC 5034: over 255 octets, no initial response
    h.server("+ \r\n");
    QVERIFY(h.client(QByteArray("user=alice\x01" "auth=Bearer " + token + "\x01\x01").toBase64() + "\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
}

void TestSession::bareAuthListingWhenNoCapa()
{
    SessionHarness h;
    h.open(SessionHarness::plainSettings(AuthMethod::Automatic));
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("-ERR what?\r\n");
    QVERIFY(h.client("AUTH\r\n"));
    h.server("+OK\r\nPLAIN\r\nCRAM-MD5\r\n.\r\n");
    QVERIFY(h.client("AUTH CRAM-MD5\r\n"));
    SessionHarness none;
    none.open(SessionHarness::plainSettings(AuthMethod::Automatic));
    none.transport()->acceptConnection();
    none.server("+OK ready\r\n");
    QVERIFY(none.client("CAPA\r\n"));
    none.server("-ERR what?\r\n");
    QVERIFY(none.client("AUTH\r\n"));
    none.server("-ERR what?\r\n");
    QVERIFY(none.client("USER alice\r\n"));
}

void TestSession::automaticPicksStrongest_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("mechanisms");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("all") << QByteArray("+OK ready") << QByteArray("PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256")
                         << QByteArray("AUTH SCRAM-SHA-256 ");
    QTest::newRow("scram-1") << QByteArray("+OK ready") << QByteArray("PLAIN SCRAM-SHA-1") << QByteArray("AUTH SCRAM-SHA-1 ");
    QTest::newRow("digest") << QByteArray("+OK ready") << QByteArray("PLAIN DIGEST-MD5 CRAM-MD5") << QByteArray("AUTH DIGEST-MD5\r\n");
    QTest::newRow("apop before plain without tls") << QByteArray("+OK ready <1.2@host>") << QByteArray("PLAIN LOGIN")
                                                   << QByteArray("APOP alice ");
    QTest::newRow("plain") << QByteArray("+OK ready") << QByteArray("LOGIN PLAIN") << QByteArray("AUTH PLAIN ");
    QTest::newRow("unknown only") << QByteArray("+OK ready") << QByteArray("X-FANCY") << QByteArray("USER alice\r\n");
    QTest::newRow("gssapi not automatic") << QByteArray("+OK ready") << QByteArray("GSSAPI") << QByteArray("USER alice\r\n");
}

void TestSession::automaticPicksStrongest()
{
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, mechanisms);
    QFETCH(QByteArray, expected);
    SessionHarness h;
    h.open(SessionHarness::plainSettings(AuthMethod::Automatic));
    h.transport()->acceptConnection();
    h.server(greeting + "\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\nSASL " + mechanisms + "\r\n.\r\n");
    const QByteArray written = h.transport()->takeWritten();
    QVERIFY2(written.startsWith(expected), written.constData());
}

void TestSession::explicitMechanismNotOffered()
{
    SessionHarness h;
    toSasl(h, AuthMethod::Plain, "CRAM-MD5");
    QCOMPARE(h.failure(), Kind::MechanismUnavailable);
    QVERIFY(h.silent());
}

void TestSession::loginErrors_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("kind");
    QTest::newRow("plain -ERR") << QByteArray("-ERR invalid password") << int(Kind::AuthenticationFailed);
    QTest::newRow("AUTH") << QByteArray("-ERR [AUTH] Authentication failed.") << int(Kind::AuthenticationFailed);
    QTest::newRow("IN-USE") << QByteArray("-ERR [IN-USE] Mailbox locked") << int(Kind::MailboxLocked);
    QTest::newRow("LOGIN-DELAY") << QByteArray("-ERR [LOGIN-DELAY] wait") << int(Kind::LoginDelay);
    QTest::newRow("SYS/TEMP") << QByteArray("-ERR [SYS/TEMP] try later") << int(Kind::TemporaryFailure);
    QTest::newRow("SYS/PERM") << QByteArray("-ERR [SYS/PERM] disabled") << int(Kind::PermanentFailure);
}

void TestSession::loginErrors()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, kind);
    SessionHarness h;
    h.open(SessionHarness::plainSettings());
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\n.\r\n");
    QVERIFY(h.client("USER alice\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("PASS secret\r\n"));
    h.server(reply + "\r\n");
    QCOMPARE(int(h.failure()), kind);
    QVERIFY(!h.error().serverText.isEmpty());
    QVERIFY(!reply.contains(h.error().serverText) == false);
    QVERIFY(h.silent());
}

void TestSession::errGreeting()
{
    SessionHarness h;
    h.open(SessionHarness::plainSettings());
    h.transport()->acceptConnection();
    h.server("-ERR [SYS/TEMP] overloaded\r\n");
    QCOMPARE(h.failure(), Kind::TemporaryFailure);
    QCOMPARE(h.error().serverText, QByteArray("overloaded"));
    QVERIFY(h.silent());
}

/// RFC 6856: UTF8 goes first when CAPA offers it; then a UTF-8 user name and password go as
/// UTF-8, and the server's replies are read as UTF-8.
void TestSession::utf8WhenOffered()
{
    QFETCH(int, chunk);
    SessionHarness h(chunk);
    auto settings = SessionHarness::plainSettings();
    settings.user = "j\xc3\xb6rg";
    h.open(settings, "p\xc3\xa4ss");
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\nUTF8 USER\r\nTOP\r\n.\r\n");
    QVERIFY(h.client("UTF8\r\n"));
    h.server("+OK UTF8 enabled\r\n");
    QVERIFY(h.client("USER j\xc3\xb6rg\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("PASS p\xc3\xa4ss\r\n"));
    h.server("+OK Willkommen, J\xc3\xb6rg\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\nUTF8 USER\r\n.\r\n");
    QCOMPARE(h.ready.size(), 1);
    QVERIFY(h.session.isUtf8());
    QVERIFY(h.session.language().isEmpty());
}

void TestSession::utf8RefusedIsNoFailure()
{
    SessionHarness h(0);
    h.open(SessionHarness::plainSettings());
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\nUTF8\r\n.\r\n");
    QVERIFY(h.client("UTF8\r\n"));
    h.server("-ERR not now\r\n");
    QVERIFY(h.client("USER alice\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("PASS secret\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("-ERR\r\n");
    QCOMPARE(h.ready.size(), 1);
    QVERIFY(!h.session.isUtf8());
}

void TestSession::langWhenOffered_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QByteArray>("capa");
    QTest::addColumn<QByteArray>("answer");   // the server's reply to LANG; empty: never asked
    QTest::addColumn<QByteArray>("accepted");
    QTest::newRow("accepted") << QByteArray("de") << QByteArray("LANG\r\n") << QByteArray("+OK de Sprache gew\xc3\xa4hlt\r\n") << QByteArray("de");
    QTest::newRow("refused") << QByteArray("ja") << QByteArray("LANG\r\n") << QByteArray("-ERR invalid language ja\r\n") << QByteArray();
    QTest::newRow("english: not asked") << QByteArray() << QByteArray("LANG\r\n") << QByteArray() << QByteArray();
    QTest::newRow("not offered") << QByteArray("fr") << QByteArray() << QByteArray() << QByteArray();
}

/// RFC 6856: LANG with the user's language, when the server offers LANG; after UTF8 when both are.
void TestSession::langWhenOffered()
{
    QFETCH(QByteArray, language);
    QFETCH(QByteArray, capa);
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, accepted);
    SessionHarness h(0);
    auto settings = SessionHarness::plainSettings();
    settings.language = language;
    h.open(settings);
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\nUTF8\r\n" + capa + ".\r\n");
    QVERIFY(h.client("UTF8\r\n"));
    h.server("+OK\r\n");
    if (!answer.isEmpty()) {
        QVERIFY(h.client("LANG " + language + "\r\n"));
        h.server(answer);
    }
    QVERIFY(h.client("USER alice\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("PASS secret\r\n"));
    h.server("-ERR [AUTH] Ung\xc3\xbcltiges Passwort\r\n");
    QCOMPARE(h.failure(), Pop3::Error::Kind::AuthenticationFailed);
    QCOMPARE(h.session.language(), accepted);
    // The server's own words, in its language and in UTF-8, travel with the error.
    QVERIFY(h.error().serverText.contains("Ung\xc3\xbcltiges Passwort"));
}

void TestSession::serverLanguageFor_data()
{
    QTest::addColumn<QString>("ui");
    QTest::addColumn<QByteArray>("tag");
    QTest::newRow("de-DE") << "de-DE" << QByteArray("de");
    QTest::newRow("ja") << "ja" << QByteArray("ja");
    QTest::newRow("zh-Hans-CN") << "zh-Hans-CN" << QByteArray("zh");
    QTest::newRow("pt_BR") << "pt_BR" << QByteArray("pt");
    QTest::newRow("en-US") << "en-US" << QByteArray();
    QTest::newRow("C") << "C" << QByteArray();
    QTest::newRow("empty") << "" << QByteArray();
    QTest::newRow("junk") << "d3-X" << QByteArray();
}

void TestSession::serverLanguageFor()
{
    QFETCH(QString, ui);
    QFETCH(QByteArray, tag);
    QCOMPARE(Pop3::serverLanguageFor(ui), tag);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"

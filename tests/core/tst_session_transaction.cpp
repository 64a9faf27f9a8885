#include "SessionHarness.h"

#include "pop3/Apop.h"

#include <QCryptographicHash>

using namespace Poplar;
using namespace Poplar::Test;
using Kind = Pop3::Error::Kind;
using Pop3::AuthMethod;
using Pop3::Security;

/// Transcripts of the transaction state: commands, pipelining, timeouts and closing.
class TestSessionTransaction : public QObject {
    Q_OBJECT
private slots:
    void init() { qRegisterMetaType<Pop3::Reply>(); qRegisterMetaType<Pop3::Error>(); }

    void transactionCommands_data() { addChunkRows(); }
    void transactionCommands();
    void oneAtATimeWithoutPipelining();
    void pipelineWindowBoundedByCount();
    void firstCommandsGoBehindPostLoginCapa();
    void pipelineWindowBoundedByBytes();
    void errInMiddleOfPipeline_data() { addChunkRows(); }
    void errInMiddleOfPipeline();
    void commandsBeforeReadyWait();
    void rpopFromReservedPort();
    void typedFieldsWithLineBreaksNeverSent_data();
    void typedFieldsWithLineBreaksNeverSent();
    void connectTimeout();
    void greetingTimeout();
    void tlsHandshakeTimeout();
    void replyTimeoutDuringRetr();
    void keepaliveNoop();
    void unsolicitedDataIsAnError();
    void closedBeforeQuitReply();
    void closedAfterQuitReply();
    void loginDelayAndExpireExposed();
    void secretsNeverInTrace_data();
    void secretsNeverInTrace();
    void transportErrorsKeepTheirKind();
    void overlongListingIsAnError();
    void hugeTopKeepsItsBeginning();
    void retrStreamsLargeBodyInPieces();
    void abortReportsAborted();
    void gssapiWithoutTicketFailsClearly();
};

static void toSasl(SessionHarness &h, AuthMethod method, const QByteArray &mechanisms, const QByteArray &secret = "secret")
{
    h.open(SessionHarness::plainSettings(method), secret);
    h.transport()->acceptConnection();
    h.server("+OK ready\r\n");
    (void)h.client("CAPA\r\n");
    h.server("+OK\r\nSASL " + mechanisms + "\r\n.\r\n");
}

void TestSessionTransaction::transactionCommands()
{
    QFETCH(int, chunk);
    SessionHarness h(chunk);
    QVERIFY(h.loginPlain());
    struct Step {
        std::function<Pop3::CommandId()> send;
        QByteArray wire;
        QByteArray response;
        bool ok;
        QByteArray body;
    };
    Pop3::Session &s = h.session;
    const QVector<Step> steps{
        {[&] { return s.stat(); }, "STAT\r\n", "+OK 2 320\r\n", true, {}},
        {[&] { return s.list(); }, "LIST\r\n", "+OK 2 messages\r\n1 120\r\n2 200\r\n.\r\n", true, "1 120\r\n2 200\r\n"},
        {[&] { return s.list(2); }, "LIST 2\r\n", "+OK 2 200\r\n", true, {}},
        {[&] { return s.list(3); }, "LIST 3\r\n", "-ERR no such message\r\n", false, {}},
        {[&] { return s.uidl(); }, "UIDL\r\n", "+OK\r\n1 whqtswO00WBw418f9t5JxYwZ\r\n2 QhdPYR:00WBw1Ph7x7\r\n.\r\n", true,
         "1 whqtswO00WBw418f9t5JxYwZ\r\n2 QhdPYR:00WBw1Ph7x7\r\n"},
        {[&] { return s.uidl(2); }, "UIDL 2\r\n", "+OK 2 QhdPYR:00WBw1Ph7x7\r\n", true, {}},
        {[&] { return s.top(1, 5); }, "TOP 1 5\r\n", "+OK\r\nSubject: hi\r\n\r\n..dots\r\n.\r\n", true, "Subject: hi\r\n\r\n.dots\r\n"},
        {[&] { return s.retr(1); }, "RETR 1\r\n", "+OK 120 octets\r\nFrom: a@b\r\n\r\nbody\r\n.\r\n", true, {}},
        {[&] { return s.dele(1); }, "DELE 1\r\n", "+OK message 1 deleted\r\n", true, {}},
        {[&] { return s.noop(); }, "NOOP\r\n", "+OK\r\n", true, {}},
        {[&] { return s.rset(); }, "RSET\r\n", "+OK maildrop has 2 messages\r\n", true, {}},
        {[&] { return s.last(); }, "LAST\r\n", "+OK 1\r\n", true, {}},
        {[&] { return s.quit(); }, "QUIT\r\n", "+OK bye\r\n", true, {}},
    };
    for (int i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        const Pop3::CommandId id = step.send();
        QVERIFY2(h.client(step.wire), step.wire.constData());
        h.server(step.response);
        QCOMPARE(h.replies.size(), i + 1);
        const Pop3::Reply reply = h.reply(i);
        QCOMPARE(reply.id, id);
        QCOMPARE(reply.ok, step.ok);
        QCOMPARE(reply.body, step.body);
    }
    QCOMPARE(h.reply(0).status.text, QByteArray("2 320"));
    QCOMPARE(h.reply(7).message, 1);
    QCOMPARE(h.bodies.value(h.reply(7).id), QByteArray("From: a@b\r\n\r\nbody\r\n"));
    QCOMPARE(h.closed.size(), 1);
    QCOMPARE(h.failed.size(), 0);
    QCOMPARE(h.session.state(), Pop3::Session::State::Closed);
}

void TestSessionTransaction::oneAtATimeWithoutPipelining()
{
    SessionHarness h;
    QVERIFY(h.loginPlain());
    h.session.retr(1);
    h.session.retr(2);
    h.session.quit();
    QVERIFY(h.client("RETR 1\r\n"));
    h.server("+OK\r\nx\r\n");
    QVERIFY(h.silent());
    h.server(".\r\n");
    QVERIFY(h.client("RETR 2\r\n"));
    h.server("+OK\r\ny\r\n.\r\n");
    QVERIFY(h.client("QUIT\r\n"));
    h.server("+OK\r\n");
    QCOMPARE(h.closed.size(), 1);
}

void TestSessionTransaction::pipelineWindowBoundedByCount()
{
    SessionHarness h;
    auto settings = SessionHarness::plainSettings();
    settings.pipelineMaxCommands = 4;
    h.open(settings);
    h.transport()->acceptConnection();
    h.server("+OK\r\n");
    (void)h.client("CAPA\r\n");
    h.server("+OK\r\nUSER\r\n.\r\n");
    (void)h.client("USER alice\r\n");
    h.server("+OK\r\n");
    (void)h.client("PASS secret\r\n");
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nPIPELINING\r\n.\r\n");
    QVERIFY(h.session.isPipelining());
    for (int i = 1; i <= 10; ++i)
        h.session.dele(i);
    QVERIFY(h.client("DELE 1\r\nDELE 2\r\nDELE 3\r\nDELE 4\r\n"));
    h.server("+OK\r\n+OK\r\n");
    QVERIFY(h.client("DELE 5\r\nDELE 6\r\n"));
    h.server("+OK\r\n+OK\r\n+OK\r\n+OK\r\n");
    QVERIFY(h.client("DELE 7\r\nDELE 8\r\nDELE 9\r\nDELE 10\r\n"));
    QCOMPARE(h.replies.size(), 6);
    h.server("+OK\r\n+OK\r\n+OK\r\n+OK\r\n");
    QCOMPARE(h.replies.size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(h.reply(i).message, i + 1);
}

void TestSessionTransaction::firstCommandsGoBehindPostLoginCapa()
{
    // The server said before login that it pipelines: UIDL and LIST, asked for before `ready`,
    // go out in the same write as the CAPA after login, and their replies follow its reply.
    // (Without PIPELINING they wait for that reply: commandsBeforeReadyWait.)
    SessionHarness h;
    h.open(SessionHarness::plainSettings());
    h.session.uidl();
    h.session.list();
    h.transport()->acceptConnection();
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\nPIPELINING\r\n.\r\n");
    QVERIFY(h.client("USER alice\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("PASS secret\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\nUIDL\r\nLIST\r\n"));
    h.server("+OK\r\nPIPELINING\r\n.\r\n+OK\r\n1 a\r\n.\r\n+OK\r\n1 10\r\n.\r\n");
    QCOMPARE(h.replies.size(), 2);
    QCOMPARE(h.reply(0).kind, Poplar::Pop3::CommandKind::Uidl);
    QCOMPARE(h.reply(1).kind, Poplar::Pop3::CommandKind::List);
    QVERIFY(h.session.roundTripMicroseconds() >= 0);
}

void TestSessionTransaction::pipelineWindowBoundedByBytes()
{
    SessionHarness h;
    QVERIFY(h.loginPlain("+OK\r\nUSER\r\nPIPELINING\r\n.\r\n"));
    // Rebuild with a tight byte bound: 20 bytes hold two "RETR n\r\n" (8 bytes each).
    SessionHarness tight;
    auto settings = SessionHarness::plainSettings();
    settings.pipelineMaxBytes = 20;
    tight.open(settings);
    tight.transport()->acceptConnection();
    tight.server("+OK\r\n");
    (void)tight.client("CAPA\r\n");
    tight.server("+OK\r\nPIPELINING\r\n.\r\n");
    (void)tight.client("USER alice\r\n");
    tight.server("+OK\r\n");
    (void)tight.client("PASS secret\r\n");
    tight.server("+OK\r\n");
    (void)tight.client("CAPA\r\n");
    tight.server("+OK\r\nPIPELINING\r\n.\r\n");
    for (int i = 1; i <= 5; ++i)
        tight.session.retr(i);
    QVERIFY(tight.client("RETR 1\r\nRETR 2\r\n"));
    tight.server("+OK\r\na\r\n.\r\n");
    QVERIFY(tight.client("RETR 3\r\n"));
    // and the unbounded session sends all at once
    for (int i = 1; i <= 5; ++i)
        h.session.retr(i);
    QVERIFY(h.client("RETR 1\r\nRETR 2\r\nRETR 3\r\nRETR 4\r\nRETR 5\r\n"));
}

void TestSessionTransaction::errInMiddleOfPipeline()
{
    QFETCH(int, chunk);
    SessionHarness h(chunk);
    QVERIFY(h.loginPlain("+OK\r\nUSER\r\nPIPELINING\r\n.\r\n"));
    const auto a = h.session.retr(1);
    const auto b = h.session.retr(2);
    const auto c = h.session.retr(3);
    QVERIFY(h.client("RETR 1\r\nRETR 2\r\nRETR 3\r\n"));
    h.server("+OK\r\none\r\n.\r\n-ERR no such message\r\n+OK\r\nthree\r\n..\r\n.\r\n");
    QCOMPARE(h.replies.size(), 3);
    QVERIFY(h.reply(0).ok && !h.reply(1).ok && h.reply(2).ok);
    QCOMPARE(h.bodies.value(a), QByteArray("one\r\n"));
    QVERIFY(!h.bodies.contains(b));
    QCOMPARE(h.bodies.value(c), QByteArray("three\r\n.\r\n"));
}

void TestSessionTransaction::commandsBeforeReadyWait()
{
    SessionHarness h;
    h.open(SessionHarness::plainSettings());
    h.session.stat();
    h.transport()->acceptConnection();
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\nUSER\r\n.\r\n");
    QVERIFY(h.client("USER alice\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("PASS secret\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("+OK\r\n.\r\n");
    QVERIFY(h.client("STAT\r\n"));
}

void TestSessionTransaction::rpopFromReservedPort()
{
    SessionHarness h;
    h.open(SessionHarness::plainSettings(AuthMethod::Rpop), "alice");
    QVERIFY(h.transport()->localPort >= 512 && h.transport()->localPort < 1024);
    h.transport()->acceptConnection();
    h.server("+OK\r\n");
    QVERIFY(h.client("CAPA\r\n"));
    h.server("-ERR\r\n");
    QVERIFY(h.client("USER alice\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.client("RPOP alice\r\n"));
    h.server("+OK\r\n");
    QCOMPARE(h.session.mechanismUsed(), QByteArray("RPOP"));
    SessionHarness normal;
    normal.open(SessionHarness::plainSettings());
    QCOMPARE(normal.transport()->localPort, quint16(0));
}

void TestSessionTransaction::typedFieldsWithLineBreaksNeverSent_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("host");
    QTest::newRow("CRLF in user") << QByteArray("alice\r\nDELE 1") << QByteArray("pw") << QStringLiteral("h");
    QTest::newRow("LF in user") << QByteArray("alice\nx") << QByteArray("pw") << QStringLiteral("h");
    QTest::newRow("NUL in user") << QByteArray("ali\0ce", 6) << QByteArray("pw") << QStringLiteral("h");
    QTest::newRow("CR in password") << QByteArray("alice") << QByteArray("p\rw") << QStringLiteral("h");
    QTest::newRow("NUL in password") << QByteArray("alice") << QByteArray("p\0w", 3) << QStringLiteral("h");
    QTest::newRow("LF in host") << QByteArray("alice") << QByteArray("pw") << QStringLiteral("h\nx");
    QTest::newRow("empty host") << QByteArray("alice") << QByteArray("pw") << QString();
}

void TestSessionTransaction::typedFieldsWithLineBreaksNeverSent()
{
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, secret);
    QFETCH(QString, host);
    SessionHarness h;
    auto settings = SessionHarness::plainSettings();
    settings.user = user;
    settings.host = host;
    h.open(settings, secret);
    QVERIFY(!h.transport()); // nothing was even connected
    QTRY_COMPARE(h.failed.size(), 1);
    QCOMPARE(h.failure(), Kind::InvalidSettings);
}

void TestSessionTransaction::connectTimeout()
{
    SessionHarness h;
    auto settings = SessionHarness::plainSettings();
    settings.connectTimeoutMs = 50;
    h.open(settings);
    QTRY_COMPARE(h.failed.size(), 1);
    QCOMPARE(h.failure(), Kind::Timeout);
    QVERIFY(h.transport()->aborted);
}

void TestSessionTransaction::greetingTimeout()
{
    SessionHarness h;
    auto settings = SessionHarness::plainSettings();
    settings.replyTimeoutMs = 50;
    h.open(settings);
    h.transport()->acceptConnection();
    QTRY_COMPARE(h.failed.size(), 1);
    QCOMPARE(h.failure(), Kind::Timeout);
}

void TestSessionTransaction::tlsHandshakeTimeout()
{
    SessionHarness h;
    auto settings = SessionHarness::plainSettings();
    settings.security = Security::StartTls;
    settings.connectTimeoutMs = 80;
    h.open(settings);
    h.transport()->acceptConnection();
    h.server("+OK\r\n");
    (void)h.client("CAPA\r\n");
    h.server("+OK\r\nSTLS\r\n.\r\n");
    QVERIFY(h.client("STLS\r\n"));
    h.server("+OK\r\n");
    QVERIFY(h.transport()->tlsStarted);
    QTRY_COMPARE(h.failed.size(), 1);
    QCOMPARE(h.failure(), Kind::Timeout);
}

void TestSessionTransaction::replyTimeoutDuringRetr()
{
    SessionHarness h;
    QVERIFY(h.loginPlain());
    // The timeout is about silence, not total time: a slow trickle keeps the session alive.
    Pop3::SessionSettings settings = h.session.settings();
    QCOMPARE(settings.replyTimeoutMs, 60000);
    SessionHarness fast;
    auto s = SessionHarness::plainSettings();
    // Pieces 150 ms apart against a 1 s timeout, 1.5 s in all: wide margins, so a busy machine
    // that wakes this thread late does not turn a pause into silence.
    s.replyTimeoutMs = 1000;
    fast.open(s);
    fast.transport()->acceptConnection();
    fast.server("+OK\r\n");
    fast.server("-ERR\r\n");
    fast.server("+OK\r\n");
    fast.server("+OK\r\n");
    fast.server("-ERR\r\n");
    QCOMPARE(fast.ready.size(), 1);
    fast.session.retr(1);
    fast.server("+OK\r\n");
    for (int i = 0; i < 10; ++i) {
        QTest::qWait(150); // the server's trickle, not a wait for a result
        fast.server("more data\r\n");
    }
    QCOMPARE(fast.failed.size(), 0);
    QTRY_COMPARE(fast.failed.size(), 1);
    QCOMPARE(fast.failure(), Kind::Timeout);
}

void TestSessionTransaction::keepaliveNoop()
{
    SessionHarness h;
    auto settings = SessionHarness::plainSettings();
    settings.keepaliveIntervalMs = 30;
    h.open(settings);
    h.transport()->acceptConnection();
    h.server("+OK\r\n");
    h.server("-ERR\r\n");
    h.server("+OK\r\n");
    h.server("+OK\r\n");
    h.server("-ERR\r\n");
    QCOMPARE(h.ready.size(), 1);
    (void)h.transport()->takeWritten();
    QTRY_COMPARE(h.transport()->written(), QByteArray("NOOP\r\n"));
    h.server("+OK\r\n");
    QCOMPARE(h.replies.size(), 0); // the caller never asked for it
    QCOMPARE(h.failed.size(), 0);
}

void TestSessionTransaction::unsolicitedDataIsAnError()
{
    SessionHarness h;
    QVERIFY(h.loginPlain());
    h.server("+OK surprise\r\n");
    QCOMPARE(h.failure(), Kind::ProtocolViolation);
}

void TestSessionTransaction::closedBeforeQuitReply()
{
    SessionHarness h;
    QVERIFY(h.loginPlain());
    h.session.dele(1);
    h.server("");
    QVERIFY(h.client("DELE 1\r\n"));
    h.server("+OK\r\n");
    h.session.quit();
    QVERIFY(h.client("QUIT\r\n"));
    h.transport()->serverCloses();
    QCOMPARE(h.failure(), Kind::ConnectionClosed);
    QCOMPARE(h.closed.size(), 0);
}

void TestSessionTransaction::closedAfterQuitReply()
{
    SessionHarness h;
    QVERIFY(h.loginPlain());
    const auto id = h.session.quit();
    QVERIFY(h.client("QUIT\r\n"));
    h.server("+OK bye\r\n");
    QCOMPARE(h.closed.size(), 1);
    QCOMPARE(h.reply(0).id, id);
    QVERIFY(h.reply(0).ok);
    QCOMPARE(h.failed.size(), 0);
    // A -ERR to QUIT ("some deleted messages not removed") ends the session too, as a failed reply.
    SessionHarness e;
    QVERIFY(e.loginPlain());
    e.session.quit();
    (void)e.client("QUIT\r\n");
    e.server("-ERR some deleted messages not removed\r\n");
    QCOMPARE(e.closed.size(), 1);
    QVERIFY(!e.reply(0).ok);
}

void TestSessionTransaction::loginDelayAndExpireExposed()
{
    SessionHarness h;
    QVERIFY(h.loginPlain("+OK\r\nUSER\r\nLOGIN-DELAY 900\r\nEXPIRE 31\r\n.\r\n"));
    QCOMPARE(h.session.capabilities().loginDelaySeconds(), std::optional<int>(900));
    QCOMPARE(h.session.capabilities().expireDays(), std::optional<int>(31));
}

void TestSessionTransaction::secretsNeverInTrace_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("mechanisms");
    QTest::newRow("user") << int(AuthMethod::User) << QByteArray("PLAIN");
    QTest::newRow("plain") << int(AuthMethod::Plain) << QByteArray("PLAIN");
    QTest::newRow("login") << int(AuthMethod::Login) << QByteArray("LOGIN");
    QTest::newRow("xoauth2") << int(AuthMethod::XOAuth2) << QByteArray("XOAUTH2");
    QTest::newRow("apop") << int(AuthMethod::Apop) << QByteArray("PLAIN");
}

void TestSessionTransaction::secretsNeverInTrace()
{
    QFETCH(int, method);
    QFETCH(QByteArray, mechanisms);
    const QByteArray secret = "Sup3rS3cret";
    SessionHarness h;
    h.open(SessionHarness::plainSettings(AuthMethod(method)), secret);
    h.transport()->acceptConnection();
    h.server("+OK ready <1.2@host>\r\n");
    h.server("+OK\r\nUSER\r\nSASL " + mechanisms + "\r\n.\r\n");
    if (AuthMethod(method) == AuthMethod::User)
        h.server("+OK\r\n");
    if (AuthMethod(method) == AuthMethod::Login) {
        h.server("+ VXNlcm5hbWU6\r\n");
        h.server("+ UGFzc3dvcmQ6\r\n");
    }
    const QByteArrayList forms{secret, secret.toBase64(), (QByteArray("\0alice\0", 7) + secret).toBase64(),
                               QByteArray("user=alice\x01" "auth=Bearer " + secret + "\x01\x01").toBase64(),
                               Pop3::apopDigest("<1.2@host>", secret)};
    const QByteArray written = h.transport()->takeWritten();
    bool sent = false;
    for (const QByteArray &form : forms)
        sent = sent || written.contains(form);
    QVERIFY2(sent, written.constData()); // the secret did go out, in some form
    QCOMPARE(h.failed.size(), 0);
    for (const QByteArray &form : forms)
        QVERIFY2(!h.trace.contains(form), h.trace.constData());
    QVERIFY(h.trace.contains("redacted"));
}

void TestSessionTransaction::transportErrorsKeepTheirKind()
{
    SessionHarness h;
    h.open(SessionHarness::plainSettings());
    Net::TransportError e{Net::TransportError::Kind::CertificateUntrusted, QStringLiteral("self-signed"),
                          {QSslError(QSslError::SelfSignedCertificate)}, {}};
    h.transport()->failWith(e);
    QCOMPARE(h.failure(), Kind::CertificateUntrusted);
    QCOMPARE(h.error().sslErrors.size(), 1);
    SessionHarness r;
    r.open(SessionHarness::plainSettings());
    r.transport()->failWith({Net::TransportError::Kind::ConnectionRefused, QStringLiteral("refused"), {}, {}});
    QCOMPARE(r.failure(), Kind::ConnectionRefused);
}

void TestSessionTransaction::overlongListingIsAnError()
{
    SessionHarness h;
    QVERIFY(h.loginPlain());
    Pop3::SessionSettings settings = h.session.settings();
    SessionHarness small;
    auto s = SessionHarness::plainSettings();
    s.maxListingBytes = 1000;
    small.open(s);
    small.transport()->acceptConnection();
    small.server("+OK\r\n-ERR\r\n+OK\r\n+OK\r\n-ERR\r\n");
    QCOMPARE(small.ready.size(), 1);
    small.session.uidl();
    small.server("+OK\r\n");
    for (int i = 1; i < 100; ++i)
        small.server(QByteArray::number(i) + " uid-number-" + QByteArray::number(i) + "\r\n");
    QCOMPARE(small.failure(), Kind::ProtocolViolation);
    // TOP is only a preview: it is cut at the limit instead
    SessionHarness top;
    top.open(s);
    top.transport()->acceptConnection();
    top.server("+OK\r\n-ERR\r\n+OK\r\n+OK\r\n-ERR\r\n");
    top.session.top(1, 1000);
    top.server("+OK\r\n" + QByteArray(3000, 'x') + "\r\n.\r\n");
    QCOMPARE(top.replies.size(), 1);
    QVERIFY(top.reply(0).truncated);
    QCOMPARE(top.reply(0).body.size(), 1000);
    // ... but one that goes on far past it is an attack, and ends the session.
    SessionHarness endless;
    endless.open(s);
    endless.transport()->acceptConnection();
    endless.server("+OK\r\n-ERR\r\n+OK\r\n+OK\r\n-ERR\r\n");
    endless.session.top(1, 0);
    endless.server("+OK\r\n");
    for (int i = 0; i < 100 && endless.failed.isEmpty(); ++i)
        endless.server(QByteArray(98, 'h') + "\r\n");
    QCOMPARE(endless.failure(), Kind::ProtocolViolation);
}

/// A preview with a header line far over SessionSettings::maxTopBytes: the session keeps its
/// beginning, reads the rest without keeping it, and goes on with the next command.
void TestSessionTransaction::hugeTopKeepsItsBeginning()
{
    SessionHarness h;
    QVERIFY(h.loginPlain());
    QCOMPARE(h.session.settings().maxTopBytes, qint64(256 * 1024));
    h.session.top(1, 20);
    h.session.noop();
    (void)h.client("TOP 1 20\r\n");
    const QByteArray start = "Subject: big\r\nX-Huge: ";
    h.server("+OK\r\n" + start);
    const QByteArray piece(64 * 1024, 'h');
    for (int i = 0; i < 160; ++i) // 10 MiB on one header line
        h.server(piece);
    h.server("\r\n\r\nbody\r\n.\r\n");
    QVERIFY(h.failed.isEmpty());
    QCOMPARE(h.replies.size(), 1);
    QVERIFY(h.reply(0).ok);
    QVERIFY(h.reply(0).truncated);
    QCOMPARE(h.reply(0).body.size(), 256 * 1024);
    QVERIFY(h.reply(0).body.startsWith(start + "hhh"));
    QVERIFY(h.client("NOOP\r\n"));
    h.server("+OK\r\n");
    QCOMPARE(h.replies.size(), 2);
    QCOMPARE(h.reply(1).kind, Pop3::CommandKind::Noop);
}

void TestSessionTransaction::retrStreamsLargeBodyInPieces()
{
    SessionHarness h;
    QVERIFY(h.loginPlain());
    const auto id = h.session.retr(1);
    (void)h.client("RETR 1\r\n");
    h.server("+OK\r\n");
    QByteArray expected;
    int pieces = 0;
    QObject::connect(&h.session, &Pop3::Session::bodyChunk, [&](Pop3::CommandId, const QByteArray &) { ++pieces; });
    for (int i = 0; i < 200; ++i) {
        const QByteArray line = (i % 10 == 0 ? "." : "") + QByteArray(997, char('a' + i % 26)) + "\r\n";
        h.server(line);
        expected += i % 10 == 0 ? line.mid(1) : line;
    }
    h.server(".\r\n");
    QCOMPARE(h.bodies.value(id), expected);
    QVERIFY(pieces >= 200); // delivered as it arrived, not held back until the end
}

void TestSessionTransaction::abortReportsAborted()
{
    SessionHarness h;
    QVERIFY(h.loginPlain());
    h.session.dele(1);
    h.session.abort();
    QCOMPARE(h.failure(), Kind::Aborted);
    QVERIFY(h.transport()->aborted);
}

void TestSessionTransaction::gssapiWithoutTicketFailsClearly()
{
    // No Kerberos credentials cache: GSSAPI cannot start, and says so before sending AUTH.
    qputenv("KRB5CCNAME", "FILE:/nonexistent/poplar-test-ccache");
    SessionHarness h;
    toSasl(h, AuthMethod::Gssapi, "GSSAPI PLAIN");
    QCOMPARE(h.failure(), Kind::MechanismUnavailable);
    QVERIFY(h.error().message.contains(QLatin1String("GSSAPI")));
    QVERIFY(h.silent());
}

QTEST_GUILESS_MAIN(TestSessionTransaction)
#include "tst_session_transaction.moc"

// Integration tests of Pop3::Session against a real Dovecot POP3 server (DovecotServer).

#include "DovecotServer.h"
#include "pop3/Listing.h"
#include "pop3/Session.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Poplar;
using Pop3::AuthMethod;
using Pop3::CommandId;
using Pop3::Error;
using Pop3::Security;
using Pop3::Session;

Q_DECLARE_METATYPE(Poplar::Pop3::Security)
Q_DECLARE_METATYPE(Poplar::Pop3::AuthMethod)

namespace {

constexpr int WaitMs = 20000;
const QByteArray Password = "Tr0ub4dor&3";

QByteArray toCrlf(QByteArray lf)
{
    return lf.replace("\n", "\r\n");
}

/// The header block as TOP n 0 returns it: header lines and the empty line after them.
QByteArray headerBlock(const QByteArray &crlf)
{
    const qsizetype end = crlf.indexOf("\r\n\r\n");
    return end < 0 ? crlf : crlf.left(end + 4);
}

QByteArray message(int n, const QByteArray &subject, const QByteArray &body)
{
    return "Return-Path: <sender@example.net>\n"
           "Message-ID: <" + QByteArray::number(n) + ".dovecot-test@example.net>\n"
           "Date: Mon, 06 Nov 2023 10:" + QByteArray::number(n).rightJustified(2, '0') + ":00 +0000\n"
           "From: Sender <sender@example.net>\n"
           "To: Alice <alice@example.org>\n"
           "Subject: " + subject + "\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\n"
           "\n" + body;
}

/// Deterministic messages that exercise dot-stuffing, size and line length.
QList<QByteArray> testMessages()
{
    QList<QByteArray> messages;
    messages << message(1, "Short", "Hello Alice,\n\na short one.\n");
    messages << message(2, "Dots", ".\n..\n.leading dot\n. space\n...three\nmiddle . dot\n.\n");
    QByteArray big;
    for (int i = 0; big.size() < 300 * 1024; ++i) {
        const QByteArray number = QByteArray::number(i).rightJustified(5, '0');
        big += (i % 37 == 0 ? "." : "") + number + " The quick brown fox jumps over the lazy dog; Grüße " + number + '\n';
    }
    messages << message(3, "Large", big);
    QByteArray longLine;
    for (int i = 0; i < 5000; ++i)
        longLine += char('a' + i % 26);
    messages << message(4, "Long line", "before\n" + longLine + "\n." + longLine.left(100) + "\nafter\n");
    messages << message(5, "Headers only", QByteArray());
    messages << message(6, "CRLF source", "written\r\nwith\r\nCRLF\r\n");
    return messages;
}

/// One real Session and everything it reports, collected from its signals.
class Client {
public:
    explicit Client(const Pop3::SessionSettings &settings) : m_settings(settings)
    {
        QObject::connect(&session, &Session::ready, &session, [this] {
            ready = true;
            readyTraceIndex = trace.size();
        });
        QObject::connect(&session, &Session::failed, &session, [this](const Error &e) { errors << e; });
        QObject::connect(&session, &Session::closed, &session, [this] { closed = true; });
        QObject::connect(&session, &Session::replyReceived, &session,
                         [this](const Pop3::Reply &reply) { replies.insert(reply.id, reply); });
        QObject::connect(&session, &Session::bodyChunk, &session,
                         [this](CommandId id, const QByteArray &data) { bodies[id] += data; });
        QObject::connect(&session, &Session::protocolTrace, &session,
                         [this](Session::Direction direction, const QByteArray &line) {
                             trace << qMakePair(direction, line);
                         });
    }

    void open(const QByteArray &secret = Password) { session.open(m_settings, secret); }
    /// Waits for ready or failed; true on ready.
    bool waitReady() { return QTest::qWaitFor([this] { return ready || !errors.isEmpty(); }, WaitMs) && ready; }
    bool waitFailed() { return QTest::qWaitFor([this] { return !errors.isEmpty(); }, WaitMs); }
    /// True when exactly one `failed` arrived, of the given kind (a session reports each failure once).
    bool failedOnceWith(Error::Kind kind) const { return errors.size() == 1 && errors.first().kind == kind; }
    /// The reported error of that kind, or nullptr.
    const Error *error(Error::Kind kind) const
    {
        for (const Error &e : errors)
            if (e.kind == kind)
                return &e;
        return nullptr;
    }
    bool waitReply(CommandId id)
    {
        return QTest::qWaitFor([this, id] { return replies.contains(id) || !errors.isEmpty(); }, WaitMs)
            && replies.contains(id);
    }
    bool waitClosed() { return QTest::qWaitFor([this] { return closed || !errors.isEmpty(); }, WaitMs) && closed; }
    /// QUIT and wait for the connection to close.
    bool quit() { return waitReply(session.quit()) && waitClosed(); }

    QStringList clientLines(qsizetype from = 0) const
    {
        QStringList lines;
        for (qsizetype i = from; i < trace.size(); ++i)
            if (trace[i].first == Session::Direction::Client)
                lines << QString::fromLatin1(trace[i].second);
        return lines;
    }
    /// The protocol trace and any error, for failure messages.
    QByteArray transcript() const
    {
        QByteArray text;
        for (const auto &[direction, line] : trace)
            text += (direction == Session::Direction::Client ? "C: " : "S: ") + line + '\n';
        for (const Error &e : errors)
            text += QByteArray("error: ") + Error::kindName(e.kind) + ": " + e.message.toUtf8() + " [" + e.serverText
                + "]\n";
        return text;
    }

    Session session;
    bool ready = false;
    bool closed = false;
    qsizetype readyTraceIndex = 0;
    QList<Error> errors;
    QMap<CommandId, Pop3::Reply> replies;
    QHash<CommandId, QByteArray> bodies;
    QList<QPair<Session::Direction, QByteArray>> trace;

private:
    Pop3::SessionSettings m_settings;
};

} // namespace

class TestDovecot : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void securityModes_data();
    void securityModes();
    void authMethods_data();
    void authMethods();
    void listingsMatchDisk();
    void uidlStableAcrossSessions();
    void pipelinedAndSerialAgree();
    void deleCommittedByQuit();
    void deleDroppedByAbort();
    void wrongPassword_data();
    void wrongPassword();
    void connectionRefused();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void pinnedCertificate_data();
    void pinnedCertificate();
    void wrongPinRejected();
    void stlsRequiredWithoutTls();

private:
    Pop3::SessionSettings settings(Security security, AuthMethod auth = AuthMethod::Automatic,
                                   const QByteArray &user = "alice") const;
    /// Lines of Dovecot's log that contain both `a` and `b`.
    static int logLines(const Test::DovecotServer &server, const QByteArray &a, const QByteArray &b);
    /// Opens a session, retrieves every message and returns the bodies in message order.
    QList<QByteArray> retrieveAll(int pipelineMaxCommands, bool *pipelined, QByteArray *transcript);

    std::unique_ptr<Test::DovecotServer> m_server;
    QList<QByteArray> m_messages;
};

Pop3::SessionSettings TestDovecot::settings(Security security, AuthMethod auth, const QByteArray &user) const
{
    Pop3::SessionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = security == Security::ImplicitTls ? m_server->pop3sPort() : m_server->pop3Port();
    s.security = security;
    s.auth = auth;
    s.user = user;
    s.tls.extraCaCertificates = {m_server->certificate()};
    s.keepaliveIntervalMs = 0;
    s.connectTimeoutMs = WaitMs;
    s.replyTimeoutMs = WaitMs;
    return s;
}

int TestDovecot::logLines(const Test::DovecotServer &server, const QByteArray &a, const QByteArray &b)
{
    int count = 0;
    for (const QByteArray &line : server.logContents().split('\n'))
        count += line.contains(a) && line.contains(b) ? 1 : 0;
    return count;
}

void TestDovecot::initTestCase()
{
    m_server = std::make_unique<Test::DovecotServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    m_server->addUser("alice", Password);
    m_server->addUser("bob", Password);
    m_server->addUser("carol", Password);
    m_messages = testMessages();
    for (const QByteArray &m : m_messages)
        QVERIFY(!m_server->addMessage("alice", m).isEmpty());
    for (const char *user : {"bob", "carol"})
        for (int i = 1; i <= 3; ++i)
            QVERIFY(!m_server->addMessage(user, message(i, "For " + QByteArray(user), "Number " + QByteArray::number(i) + "\n"))
                         .isEmpty());
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestDovecot::cleanupTestCase()
{
    if (m_server && QTest::currentTestFailed())
        qWarning().noquote() << "Dovecot log:\n" << m_server->logContents();
    m_server.reset();
}

void TestDovecot::securityModes_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("plain") << Security::Plain << false;
    QTest::newRow("stls") << Security::StartTls << true;
    QTest::newRow("implicit-tls") << Security::ImplicitTls << true;
}

void TestDovecot::securityModes()
{
    QFETCH(Security, security);
    QFETCH(bool, encrypted);
    Client c(settings(security));
    c.open();
    QVERIFY2(c.waitReady(), c.transcript().constData());
    QCOMPARE(c.session.isEncrypted(), encrypted);
    if (encrypted) {
        QVERIFY(!c.session.peerCertificateChain().isEmpty());
        QCOMPARE(c.session.peerCertificateChain().first(), m_server->certificate());
    }
    const CommandId stat = c.session.stat();
    QVERIFY2(c.waitReply(stat), c.transcript().constData());
    const auto parsed = Pop3::parseStat(c.replies[stat].status.text);
    QVERIFY(parsed);
    QCOMPARE(parsed->count, int(m_messages.size()));
    QVERIFY2(c.quit(), c.transcript().constData());
    QCOMPARE(c.clientLines().contains(QStringLiteral("STLS")), security == Security::StartTls);
}

void TestDovecot::authMethods_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<QByteArray>("mechanism");   // Session::mechanismUsed()
    QTest::addColumn<QByteArray>("serverMethod"); // what Dovecot logs as method=
    auto row = [](const char *name, Security security, AuthMethod auth, const QByteArray &mechanism,
                  const QByteArray &serverMethod) {
        QTest::newRow(name) << security << auth << mechanism << serverMethod;
    };
    const auto tls = Security::ImplicitTls;
    row("user", tls, AuthMethod::User, "USER", "PLAIN");
    row("apop", tls, AuthMethod::Apop, "APOP", "APOP");
    row("plain", tls, AuthMethod::Plain, "PLAIN", "PLAIN");
    row("login", tls, AuthMethod::Login, "LOGIN", "LOGIN");
    row("cram-md5", tls, AuthMethod::CramMd5, "CRAM-MD5", "CRAM-MD5");
    row("digest-md5", tls, AuthMethod::DigestMd5, "DIGEST-MD5", "DIGEST-MD5");
    row("scram-sha-1", tls, AuthMethod::ScramSha1, "SCRAM-SHA-1", "SCRAM-SHA-1");
    row("scram-sha-256", tls, AuthMethod::ScramSha256, "SCRAM-SHA-256", "SCRAM-SHA-256");
    row("automatic", tls, AuthMethod::Automatic, "SCRAM-SHA-256", "SCRAM-SHA-256");
    row("automatic-stls", Security::StartTls, AuthMethod::Automatic, "SCRAM-SHA-256", "SCRAM-SHA-256");
    row("automatic-plain", Security::Plain, AuthMethod::Automatic, "SCRAM-SHA-256", "SCRAM-SHA-256");
}

void TestDovecot::authMethods()
{
    QFETCH(Security, security);
    QFETCH(AuthMethod, auth);
    QFETCH(QByteArray, mechanism);
    QFETCH(QByteArray, serverMethod);
    const QByteArray login = "Login: user=<alice>, method=" + serverMethod + ",";
    const int before = logLines(*m_server, login, login);
    Client c(settings(security, auth));
    c.open();
    QVERIFY2(c.waitReady(), c.transcript().constData());
    QCOMPARE(c.session.mechanismUsed(), mechanism);
    // No trace line may carry the password in any form a mechanism could send it.
    for (const auto &entry : c.trace) {
        QVERIFY2(!entry.second.contains(Password), entry.second.constData());
        QVERIFY2(!entry.second.contains(Password.toBase64()), entry.second.constData());
    }
    const CommandId stat = c.session.stat();
    QVERIFY2(c.waitReply(stat), c.transcript().constData());
    QVERIFY(c.replies[stat].ok);
    QVERIFY2(c.quit(), c.transcript().constData());
    // Dovecot's own account of the login: pop3-login logs "Login: user=<alice>, method=...".
    QVERIFY2(QTest::qWaitFor([&] { return logLines(*m_server, login, login) > before; }, WaitMs),
             m_server->logContents().right(2000).constData());
}

void TestDovecot::listingsMatchDisk()
{
    Client c(settings(Security::ImplicitTls));
    c.open();
    QVERIFY2(c.waitReady(), c.transcript().constData());
    const CommandId uidl = c.session.uidl();
    const CommandId list = c.session.list();
    QList<CommandId> tops, retrs;
    for (int n = 1; n <= m_messages.size(); ++n) {
        tops << c.session.top(n, 0);
        retrs << c.session.retr(n);
    }
    QVERIFY2(c.quit(), c.transcript().constData());

    const QList<QByteArray> disk = m_server->messagesOnDisk("alice");
    QCOMPARE(disk.size(), m_messages.size());
    for (int i = 0; i < disk.size(); ++i)
        QCOMPARE(disk[i], QByteArray(m_messages[i]).replace("\r\n", "\n"));

    const auto sizes = Pop3::parseScanListing(c.replies[list].body);
    QVERIFY(sizes.invalidLines.isEmpty());
    QCOMPARE(sizes.entries.size(), disk.size());
    const auto uids = Pop3::parseUidListing(c.replies[uidl].body);
    QVERIFY(uids.invalidLines.isEmpty());
    QCOMPARE(uids.entries.size(), disk.size());
    QSet<QByteArray> unique;
    for (const Pop3::UidEntry &e : uids.entries) {
        QVERIFY2(Pop3::isValidUid(e.uid), e.uid.constData());
        unique.insert(e.uid);
    }
    QCOMPARE(unique.size(), disk.size());

    for (int i = 0; i < disk.size(); ++i) {
        const QByteArray wire = toCrlf(disk[i]);
        QCOMPARE(sizes.entries[i].message, i + 1);
        QCOMPARE(sizes.entries[i].octets, qint64(wire.size()));
        QVERIFY(c.replies[retrs[i]].ok);
        QVERIFY2(c.bodies.value(retrs[i]) == wire, qPrintable(QStringLiteral("RETR %1 differs").arg(i + 1)));
        QVERIFY(c.replies[tops[i]].ok);
        QCOMPARE(c.replies[tops[i]].body, headerBlock(wire));
    }
}

void TestDovecot::uidlStableAcrossSessions()
{
    QList<QByteArray> listings;
    for (int round = 0; round < 2; ++round) {
        Client c(settings(Security::StartTls));
        c.open();
        QVERIFY2(c.waitReady(), c.transcript().constData());
        const CommandId uidl = c.session.uidl();
        const CommandId single = c.session.uidl(2);
        QVERIFY2(c.quit(), c.transcript().constData());
        listings << c.replies[uidl].body;
        // "UIDL 2" answers with the same id as line 2 of the full listing.
        const auto line = Pop3::parseUidLine(c.replies[single].status.text);
        QVERIFY(line);
        QCOMPARE(line->uid, Pop3::parseUidListing(c.replies[uidl].body).entries.value(1).uid);
    }
    QVERIFY(!listings[0].isEmpty());
    QCOMPARE(listings[1], listings[0]);
}

QList<QByteArray> TestDovecot::retrieveAll(int pipelineMaxCommands, bool *pipelined, QByteArray *transcript)
{
    Pop3::SessionSettings s = settings(Security::ImplicitTls);
    s.pipelineMaxCommands = pipelineMaxCommands;
    Client c(s);
    c.open();
    QList<QByteArray> bodies;
    if (!c.waitReady()) {
        *transcript = c.transcript();
        return bodies;
    }
    *pipelined = c.session.isPipelining() && c.session.capabilities().pipelining();
    QList<CommandId> ids;
    for (int n = 1; n <= m_messages.size(); ++n)
        ids << c.session.retr(n);
    if (!c.quit()) {
        *transcript = c.transcript();
        return bodies;
    }
    for (CommandId id : ids)
        bodies << (c.replies.value(id).ok ? c.bodies.value(id) : QByteArray("-ERR"));
    // Two client lines in a row after login mean a command went out before the last reply came.
    QByteArray shape;
    for (qsizetype i = c.readyTraceIndex; i < c.trace.size(); ++i)
        shape += c.trace[i].first == Session::Direction::Client ? 'C' : 'S';
    *transcript = shape;
    return bodies;
}

void TestDovecot::pipelinedAndSerialAgree()
{
    bool pipelined = false;
    QByteArray shape;
    const QList<QByteArray> fast = retrieveAll(256, &pipelined, &shape);
    QCOMPARE(fast.size(), m_messages.size());
    QVERIFY2(pipelined, "Dovecot announces PIPELINING; the session should use it");
    QVERIFY2(shape.contains("CC"), shape.constData());

    bool serialPipelined = false;
    QByteArray serialShape;
    const QList<QByteArray> serial = retrieveAll(1, &serialPipelined, &serialShape);
    QCOMPARE(serial.size(), m_messages.size());
    QVERIFY2(!serialShape.contains("CC"), serialShape.constData());
    QVERIFY2(serialShape == QByteArray("CS").repeated(m_messages.size() + 1), serialShape.constData());

    const QList<QByteArray> disk = m_server->messagesOnDisk("alice");
    for (int i = 0; i < m_messages.size(); ++i) {
        QVERIFY2(fast[i] == serial[i], qPrintable(QStringLiteral("message %1 differs").arg(i + 1)));
        QVERIFY2(fast[i] == toCrlf(disk[i]), qPrintable(QStringLiteral("message %1 differs from disk").arg(i + 1)));
    }
}

void TestDovecot::deleCommittedByQuit()
{
    const QList<QByteArray> before = m_server->messagesOnDisk("bob");
    QCOMPARE(before.size(), 3);
    Client c(settings(Security::ImplicitTls, AuthMethod::Automatic, "bob"));
    c.open();
    QVERIFY2(c.waitReady(), c.transcript().constData());
    const CommandId dele = c.session.dele(2);
    QVERIFY2(c.quit(), c.transcript().constData());
    QVERIFY(c.replies[dele].ok);
    // Dovecot expunges before it answers QUIT, so the disk is final once `closed` arrives.
    const QList<QByteArray> after = m_server->messagesOnDisk("bob");
    QCOMPARE(after.size(), 2);
    QCOMPARE(after[0], before[0]);
    QCOMPARE(after[1], before[2]);
}

void TestDovecot::deleDroppedByAbort()
{
    const QList<QByteArray> before = m_server->messagesOnDisk("carol");
    QCOMPARE(before.size(), 3);
    const int disconnects = logLines(*m_server, "(carol)", "Disconnected");
    bool abortedOnce = false;
    QByteArray abortTranscript;
    {
        Client c(settings(Security::ImplicitTls, AuthMethod::Automatic, "carol"));
        c.open();
        QVERIFY2(c.waitReady(), c.transcript().constData());
        const CommandId dele = c.session.dele(1);
        QVERIFY2(c.waitReply(dele), c.transcript().constData());
        QVERIFY(c.replies[dele].ok);
        c.session.abort();
        QVERIFY(c.waitFailed());
        QVERIFY2(c.error(Error::Kind::Aborted), c.transcript().constData());
        QVERIFY(!c.closed);
        abortedOnce = c.failedOnceWith(Error::Kind::Aborted);
        abortTranscript = c.transcript();
    }
    // Wait until Dovecot has seen the connection drop before looking at the disk.
    QVERIFY2(QTest::qWaitFor([&] { return logLines(*m_server, "(carol)", "Disconnected") > disconnects; }, WaitMs),
             m_server->logContents().right(2000).constData());
    QCOMPARE(m_server->messagesOnDisk("carol"), before);

    Client again(settings(Security::ImplicitTls, AuthMethod::Automatic, "carol"));
    again.open();
    QVERIFY2(again.waitReady(), again.transcript().constData());
    const CommandId stat = again.session.stat();
    QVERIFY2(again.quit(), again.transcript().constData());
    const auto parsed = Pop3::parseStat(again.replies[stat].status.text);
    QVERIFY(parsed);
    QCOMPARE(parsed->count, 3);
    QVERIFY2(abortedOnce, abortTranscript.constData());
}

void TestDovecot::wrongPassword_data()
{
    QTest::addColumn<AuthMethod>("auth");
    QTest::newRow("user") << AuthMethod::User;
    QTest::newRow("apop") << AuthMethod::Apop;
    QTest::newRow("plain") << AuthMethod::Plain;
    QTest::newRow("cram-md5") << AuthMethod::CramMd5;
    QTest::newRow("scram-sha-256") << AuthMethod::ScramSha256;
}

void TestDovecot::wrongPassword()
{
    QFETCH(AuthMethod, auth);
    Client c(settings(Security::ImplicitTls, auth));
    c.open("not-the-password");
    QVERIFY2(c.waitFailed(), c.transcript().constData());
    QVERIFY(!c.ready);
    const Error *e = c.error(Error::Kind::AuthenticationFailed);
    QVERIFY2(e, c.transcript().constData());
    QVERIFY(!e->serverText.isEmpty());
    QVERIFY2(c.failedOnceWith(Error::Kind::AuthenticationFailed), c.transcript().constData());
}

void TestDovecot::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    Pop3::SessionSettings s = settings(Security::StartTls);
    s.port = closedPort;
    Client c(s);
    c.open();
    QVERIFY2(c.waitFailed(), c.transcript().constData());
    QVERIFY2(c.failedOnceWith(Error::Kind::ConnectionRefused), c.transcript().constData());
}

void TestDovecot::untrustedCertificate_data()
{
    QTest::addColumn<Security>("security");
    QTest::newRow("implicit-tls") << Security::ImplicitTls;
    QTest::newRow("stls") << Security::StartTls;
}

void TestDovecot::untrustedCertificate()
{
    QFETCH(Security, security);
    Pop3::SessionSettings s = settings(security);
    s.tls.extraCaCertificates.clear();
    Client c(s);
    c.open();
    QVERIFY2(c.waitFailed(), c.transcript().constData());
    for (const QString &line : c.clientLines())
        QVERIFY2(!line.startsWith(QLatin1String("USER")) && !line.startsWith(QLatin1String("AUTH"))
                     && !line.startsWith(QLatin1String("APOP")),
                 qPrintable(line));
    const Error *e = c.error(Error::Kind::CertificateUntrusted);
    QVERIFY2(e, c.transcript().constData());
    QVERIFY(!e->sslErrors.isEmpty());
    QVERIFY(!e->peerChain.isEmpty());
    QCOMPARE(e->peerChain.first(), m_server->certificate());
    QVERIFY2(c.failedOnceWith(Error::Kind::CertificateUntrusted), c.transcript().constData());
}

void TestDovecot::pinnedCertificate_data()
{
    untrustedCertificate_data();
}

void TestDovecot::pinnedCertificate()
{
    QFETCH(Security, security);
    Pop3::SessionSettings s = settings(security);
    s.tls.extraCaCertificates.clear();
    s.tls.pinnedSha256 = m_server->certificate().digest(QCryptographicHash::Sha256);
    Client c(s);
    c.open();
    QVERIFY2(c.waitReady(), c.transcript().constData());
    QVERIFY(c.session.isEncrypted());
    QVERIFY2(c.quit(), c.transcript().constData());
}

void TestDovecot::wrongPinRejected()
{
    Pop3::SessionSettings s = settings(Security::ImplicitTls);
    s.tls.extraCaCertificates.clear();
    s.tls.pinnedSha256 = QCryptographicHash::hash("some other certificate", QCryptographicHash::Sha256);
    Client c(s);
    c.open();
    QVERIFY2(c.waitFailed(), c.transcript().constData());
    QVERIFY2(c.failedOnceWith(Error::Kind::CertificateUntrusted), c.transcript().constData());
}

void TestDovecot::stlsRequiredWithoutTls()
{
    Test::DovecotServer plain;
    QVERIFY2(plain.isValid(), qPrintable(plain.error()));
    plain.setTlsEnabled(false);
    plain.addUser("dave", Password);
    QVERIFY2(plain.start(), qPrintable(plain.error()));
    QCOMPARE(plain.pop3sPort(), quint16(0));

    Pop3::SessionSettings s = settings(Security::StartTls, AuthMethod::Automatic, "dave");
    s.port = plain.pop3Port();
    Client c(s);
    c.open();
    QVERIFY2(c.waitFailed(), c.transcript().constData());
    QVERIFY2(c.error(Error::Kind::TlsUnavailable), c.transcript().constData());
    QCOMPARE(c.clientLines(), QStringList{QStringLiteral("CAPA")});
    QVERIFY(!c.session.capabilities().stls());
    const bool tlsUnavailableOnce = c.failedOnceWith(Error::Kind::TlsUnavailable);
    const QByteArray refusedTranscript = c.transcript();

    // The same server is fine for an account that explicitly allows plaintext.
    s.security = Security::Plain;
    Client allowed(s);
    allowed.open();
    QVERIFY2(allowed.waitReady(), allowed.transcript().constData());
    QVERIFY(!allowed.session.isEncrypted());
    QVERIFY2(allowed.quit(), allowed.transcript().constData());
    // Dovecot saw exactly one login: the Plain one, not the refused StartTls attempt.
    QVERIFY2(QTest::qWaitFor([&] { return plain.logContents().count("Login: user=<dave>") == 1; }, WaitMs),
             plain.logContents().constData());
    QVERIFY(plain.logContents().contains("no auth attempts"));
    QVERIFY2(tlsUnavailableOnce, refusedTranscript.constData());
}

QTEST_GUILESS_MAIN(TestDovecot)
#include "tst_dovecot.moc"

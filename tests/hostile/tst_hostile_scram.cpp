// SCRAM servers that ask for absurd iteration counts. GNU SASL computes PBKDF2 for as many
// rounds as the server names, synchronously and without a way to interrupt it: the session
// refuses counts above the account's limit before the computation starts, and runs the steps
// it does accept on a worker thread, so Stop and the reply deadline end even a long one. The
// real-server case (Dovecot's 4096 iterations) is covered by tst_hostile_secrets.

#include "HostileClient.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace Poplar;
using namespace Poplar::Test;
using Kind = Pop3::Error::Kind;
using Pop3::AuthMethod;
using Pop3::Security;

namespace {

const QByteArray Capa = "+OK\r\nSASL SCRAM-SHA-256\r\nUSER\r\n.\r\n";

/// Greeting and CAPA, then a SCRAM-SHA-256 server-first message asking for `iterations`, built
/// on the nonce the client sent with AUTH (RFC 5802 section 5.1).
void scriptServerFirst(ScriptedServer &server, const QByteArray &iterations)
{
    server.send("+OK ready\r\n").expect("CAPA").send(Capa);
    server.respond("AUTH SCRAM-SHA-256 ", [iterations](const QByteArray &line) {
        const QByteArray clientFirst = QByteArray::fromBase64(line.mid(int(qstrlen("AUTH SCRAM-SHA-256 "))));
        const qsizetype at = clientFirst.indexOf(",r=");
        const QByteArray nonce = at < 0 ? QByteArray("missing") : clientFirst.mid(at + 3);
        const QByteArray serverFirst = "r=" + nonce + "ServerPart,s=" + QByteArray("salt-of-16-bytes").toBase64()
                                       + ",i=" + iterations;
        return "+ " + serverFirst.toBase64() + "\r\n";
    });
}

/// A server-first message asking for 150,000 iterations; the client's answer to it is kept in
/// `clientFinal` (decoded) and refused with -ERR.
void scriptUpToClientFinal(ScriptedServer &server, QByteArray *clientFinal)
{
    scriptServerFirst(server, "150000");
    server.respond("", [clientFinal](const QByteArray &line) {
        *clientFinal = QByteArray::fromBase64(line);
        return QByteArray("-ERR [AUTH] not really\r\n");
    });
}

/// True for a SCRAM client-final message with its proof, on the nonce of scriptServerFirst.
bool isClientFinal(const QByteArray &message)
{
    return message.startsWith("c=biws,r=") && message.contains("ServerPart,p=");
}

} // namespace

class TestHostileScram : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void countAboveTheLimitIsRefused_data();
    void countAboveTheLimitIsRefused();
    void raisedLimitAcceptsMore();
    void limitSetWithPoplarSync();
    // Last: each row leaves a worker computing 2^31 rounds until the process exits.
    void longComputationDoesNotBlockTheSession_data();
    void longComputationDoesNotBlockTheSession();
};

void TestHostileScram::initTestCase()
{
    qRegisterMetaType<Pop3::Error>();
    qRegisterMetaType<Pop3::Reply>();
}

void TestHostileScram::countAboveTheLimitIsRefused_data()
{
    QTest::addColumn<QByteArray>("iterations");
    QTest::addColumn<QString>("named"); // what the error must say about the count
    QTest::newRow("2^31 - 1") << QByteArray("2147483647") << QStringLiteral("2147483647");
    QTest::newRow("just above the default") << QByteArray("100001") << QStringLiteral("100001");
    QTest::newRow("beyond 64 bits") << QByteArray("99999999999999999999999") << QString();
    QTest::newRow("not a number") << QByteArray("4096x") << QString();
}

/// The login ends at once with an error naming the count, the limit and how to raise it; the
/// server gets the RFC 5034 cancellation, never a proof.
void TestHostileScram::countAboveTheLimitIsRefused()
{
    QFETCH(QByteArray, iterations);
    QFETCH(QString, named);
    ScriptedServer server;
    scriptServerFirst(server, iterations);
    QVERIFY(server.listenLocal());
    HostileClient client;
    auto settings = HostileClient::settings(server.port(), Security::Plain, AuthMethod::ScramSha256);
    settings.replyTimeoutMs = 60000; // only the refusal may end this login in time
    settings.replyDeadlineMs = 60000;
    client.open(settings);
    QVERIFY2(client.waitForEnd(30000), "the session did not end (a synchronous PBKDF2 blocks the event loop)");
    QCOMPARE(client.failure(), Kind::AuthenticationFailed);
    const QString message = client.error().message;
    QVERIFY2(message.contains(QLatin1String("SCRAM iteration")), qPrintable(message));
    if (!named.isEmpty()) {
        QVERIFY2(message.contains(named), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("100000")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("--scram-max-iterations")), qPrintable(message));
    }
    QVERIFY(spinUntil([&] { return server.clientGone(); }));
    // CAPA, AUTH, and at most the cancellation (it may be cut off by the close): no proof.
    const QByteArrayList lines = server.receivedLines();
    QVERIFY2(lines.size() == 2 || (lines.size() == 3 && lines.last() == "*"), lines.join('\n').constData());
}

/// An account whose limit was raised logs in to a server that asks for more than the default:
/// the client-final message (with its proof) goes out.
void TestHostileScram::raisedLimitAcceptsMore()
{
    ScriptedServer server;
    QByteArray clientFinal;
    scriptUpToClientFinal(server, &clientFinal);
    QVERIFY(server.listenLocal());
    HostileClient client;
    auto settings = HostileClient::settings(server.port(), Security::Plain, AuthMethod::ScramSha256);
    settings.maxScramIterations = 200000;
    settings.replyTimeoutMs = 60000; // 150,000 rounds on a busy machine
    client.open(settings);
    QVERIFY(client.waitForEnd(60000));
    QVERIFY2(server.failures().isEmpty(), server.failures().join('\n').constData());
    QVERIFY2(isClientFinal(clientFinal), clientFinal.constData());
    QCOMPARE(client.failure(), Kind::AuthenticationFailed);
    QVERIFY2(client.error().message.contains(QLatin1String("refused the SCRAM-SHA-256 login")),
             qPrintable(client.error().message));
}

/// End to end through the store: an account added with poplar-sync refuses 150,000 iterations
/// (and says how to raise the limit); one whose limit `account set` raised sends its proof.
void TestHostileScram::limitSetWithPoplarSync()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    ScriptedServer refusing;
    scriptServerFirst(refusing, "150000");
    ScriptedServer accepting;
    QByteArray clientFinal;
    scriptUpToClientFinal(accepting, &clientFinal);
    QVERIFY(refusing.listenLocal());
    QVERIFY(accepting.listenLocal());
    QByteArray err;
    // Runs poplar-sync while this thread's event loop serves the scripted servers.
    auto poplarSync = [&](const QStringList &args) {
        QProcess tool;
        tool.setProcessEnvironment(englishEnvironment());
        tool.start(QStringLiteral(POPLAR_SYNC_PATH), QStringList{QStringLiteral("--profile"), profile.path()} + args);
        if (!spinUntil([&] { return tool.state() == QProcess::NotRunning; }, 60000)) {
            tool.kill();
            tool.waitForFinished();
            return -1;
        }
        err = tool.readAllStandardError();
        return tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
    };
    for (const auto &[name, server] : {std::pair{QStringLiteral("refusing"), &refusing},
                                       std::pair{QStringLiteral("accepting"), &accepting}}) {
        QCOMPARE(poplarSync({QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--host"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server->port()),
                             QStringLiteral("--security"), QStringLiteral("plain"), QStringLiteral("--user"),
                             QStringLiteral("alice"), QStringLiteral("--auth"), QStringLiteral("scram-sha-256"),
                             QStringLiteral("--password-command"), QStringLiteral("echo secret")}),
                 0);
    }
    QCOMPARE(poplarSync({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("accepting"),
                         QStringLiteral("--scram-max-iterations"), QStringLiteral("200000")}),
             0);

    QCOMPARE(poplarSync({QStringLiteral("check"), QStringLiteral("refusing")}), 5);
    QVERIFY2(err.contains("150000") && err.contains("100000") && err.contains("--scram-max-iterations"), err.constData());

    QCOMPARE(poplarSync({QStringLiteral("check"), QStringLiteral("accepting")}), 5);
    QVERIFY2(accepting.failures().isEmpty(), accepting.failures().join('\n').constData());
    QVERIFY2(isClientFinal(clientFinal), clientFinal.constData());
    QVERIFY2(err.contains("refused the SCRAM-SHA-256 login"), err.constData());
}

void TestHostileScram::longComputationDoesNotBlockTheSession_data()
{
    QTest::addColumn<bool>("stop"); // true: the user stops; false: the reply deadline passes
    QTest::newRow("stop") << true;
    QTest::newRow("deadline") << false;
}

/// With the limit raised as far as it goes, 2^31 rounds would take the better part of an hour:
/// the session stays responsive, and Stop or the deadline end it while the worker computes.
void TestHostileScram::longComputationDoesNotBlockTheSession()
{
    QFETCH(bool, stop);
    ScriptedServer server;
    scriptServerFirst(server, "2147483647");
    QVERIFY(server.listenLocal());
    HostileClient client;
    auto settings = HostileClient::settings(server.port(), Security::Plain, AuthMethod::ScramSha256);
    settings.maxScramIterations = 4294967295LL;
    settings.replyTimeoutMs = 600000;
    settings.replyDeadlineMs = stop ? 600000 : 1000;
    client.open(settings);
    // The server-first message has arrived; the client is now computing.
    QVERIFY(spinUntil([&] { return client.trace.contains("+ <challenge>"); }, 30000));
    QVERIFY(client.failed.isEmpty());
    if (stop) {
        // A queued call, as a Stop button's click would be: it runs only if the event loop does.
        QTimer::singleShot(0, &client.session, [&] { client.session.abort(); });
    }
    QVERIFY2(client.waitForEnd(30000), "the session did not end (a synchronous PBKDF2 blocks the event loop)");
    QCOMPARE(client.failure(), stop ? Kind::Aborted : Kind::Timeout);
    QVERIFY(spinUntil([&] { return server.clientGone(); }));
    QCOMPARE(server.receivedLines().size(), 2); // CAPA and AUTH: no proof was ever sent
}

QTEST_GUILESS_MAIN(TestHostileScram)
#include "tst_hostile_scram.moc"

// Secrets never leak: logins with every mechanism (against Dovecot, and against scripted servers
// for the OAuth bearer mechanisms and RPOP), right and wrong passwords, and then a grep of
// everything observable: the Session's and SyncEngine's protocol traces, error messages and
// server text, every qDebug/qWarning line (with every poplar.* logging category turned on), and
// every byte of the profile directory (SQLite database, WAL, message files). None may hold the
// password, its base64, or any SASL response.
// GSSAPI is left out: it needs a Kerberos KDC, and its tokens hold no password.

#include "DovecotServer.h"
#include "FakeAuthServer.h"
#include "HostileClient.h"
#include "RecordingTransport.h"
#include "account/oauth/TokenClient.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>

using namespace Poplar;
using namespace Poplar::Test;
using Pop3::AuthMethod;
using Pop3::Security;
using Sync::SyncResult;

namespace {

const QByteArray WrongSecret = "Bogus-Pw-Q8r2vL0x";

QMutex logMutex;
QByteArray capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog += message.toUtf8() + '\n';
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

/// What must never show: the secrets and their base64, and every credential-bearing thing the
/// client wrote (PASS/RPOP arguments, APOP digests, AUTH initial responses and SASL responses),
/// raw and decoded. Short fragments (a bare "=", "*", a lone ^A) carry nothing and are skipped.
QByteArrayList forbiddenStrings(const QByteArray &written, const QByteArrayList &secrets)
{
    QByteArrayList forbidden;
    for (const QByteArray &secret : secrets)
        forbidden << secret << secret.toBase64() << "Bearer " + secret;
    static const QByteArrayList plainVerbs{"CAPA", "STLS", "USER", "UIDL", "LIST", "TOP",  "RETR",
                                           "DELE", "QUIT", "NOOP", "STAT", "RSET", "LAST"};
    for (QByteArray line : written.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArrayList words = line.split(' ');
        const QByteArray verb = words.first();
        if (line.isEmpty() || plainVerbs.contains(verb))
            continue;
        if (verb == "PASS" || verb == "RPOP" || verb == "APOP") {
            forbidden << words.last();
        } else if (verb == "AUTH") {
            if (words.size() >= 3)
                forbidden << words.at(2) << QByteArray::fromBase64(words.at(2));
        } else {
            forbidden << line << QByteArray::fromBase64(line);
        }
    }
    QByteArrayList meaningful;
    for (const QByteArray &f : std::as_const(forbidden)) {
        if (f.size() >= 8 && !meaningful.contains(f))
            meaningful << f;
    }
    return meaningful;
}

/// Every byte of every file under `directory`.
QByteArray allFileBytes(const QString &directory)
{
    QByteArray bytes;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

/// The first forbidden string found in `haystack` (labelled `where`), or an empty string.
QString leak(const QByteArray &haystack, const QByteArrayList &forbidden, const char *where)
{
    for (const QByteArray &f : forbidden) {
        if (haystack.contains(f))
            return QStringLiteral("%1 contains \"%2\"").arg(QLatin1String(where), QString::fromLatin1(f.toPercentEncoding()));
    }
    return {};
}

/// One login through a SyncEngine (with a tap on the wire) and one through a bare Session,
/// collecting everything a user or a log could see.
struct Observation {
    QByteArray written;   ///< client bytes, before encryption
    QByteArray traces;    ///< protocol traces of the engine and the session
    QByteArray errors;    ///< error messages and server text
    QByteArray profile;   ///< every file of the profile directory
    bool succeeded = false;
};

SyncResult runSync(const Account::AccountSettings &account, Store::Profile &profile, const QByteArray &secret,
                   Observation &seen)
{
    RecordingTransportFactory factory;
    Sync::SyncEngine engine(profile.messages(), &factory);
    QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
    QObject::connect(&engine, &Sync::SyncEngine::protocolTrace, &engine,
                     [&seen](Pop3::Session::Direction, const QByteArray &line) { seen.traces += line + '\n'; });
    engine.start({Sync::Operation::Download, account, secret, {}});
    SyncResult result;
    if (spinUntil([&] { return !finished.isEmpty(); }, 20000))
        result = finished.first().first().value<SyncResult>();
    else
        result.storeError = QStringLiteral("the sync run did not finish");
    seen.written += factory.written;
    seen.errors += result.error.message.toUtf8() + '\n' + result.error.serverText + '\n' + result.storeError.toUtf8() + '\n';
    return result;
}

void runSession(const Pop3::SessionSettings &settings, const QByteArray &secret, Observation &seen)
{
    RecordingTransportFactory factory;
    Pop3::Session session(&factory);
    QSignalSpy ready(&session, &Pop3::Session::ready);
    QSignalSpy failed(&session, &Pop3::Session::failed);
    QSignalSpy closed(&session, &Pop3::Session::closed);
    QObject::connect(&session, &Pop3::Session::protocolTrace, &session,
                     [&seen](Pop3::Session::Direction, const QByteArray &line) { seen.traces += line + '\n'; });
    session.open(settings, secret);
    (void)spinUntil([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 10000);
    if (!ready.isEmpty()) {
        session.quit();
        (void)spinUntil([&] { return !closed.isEmpty() || !failed.isEmpty(); }, 10000);
    }
    for (const auto &args : std::as_const(failed)) {
        const auto error = args.first().value<Pop3::Error>();
        seen.errors += error.message.toUtf8() + '\n' + error.serverText + '\n';
    }
    seen.written += factory.written;
}

} // namespace

class TestSecrets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void dovecotLogins_data();
    void dovecotLogins();
    void scriptedLogins_data();
    void scriptedLogins();
    void serverEchoingThePassword();
    void tokenEndpointEchoingTheRefreshToken();

private:
    /// Fails the test with the first place any forbidden string shows up.
    void checkNoLeak(const Observation &seen, const QByteArrayList &secrets);

    std::unique_ptr<DovecotServer> m_dovecot;
};

void TestSecrets::initTestCase()
{
    qRegisterMetaType<Pop3::Error>();
    qRegisterMetaType<SyncResult>();
    // Every Poplar category speaks, so the grep covers the debug lines too.
    QLoggingCategory::setFilterRules(QStringLiteral("poplar.*.debug=true\npoplar.*.info=true"));
    previousHandler = qInstallMessageHandler(captureMessages);
    m_dovecot = std::make_unique<DovecotServer>();
    QVERIFY2(m_dovecot->isValid(), qPrintable(m_dovecot->error()));
    m_dovecot->addUser("alice", HostileSecret);
    m_dovecot->addMessage("alice", "Subject: one\nMessage-ID: <1@secrets.test>\n\nfirst\n");
    m_dovecot->addMessage("alice", "Subject: two\nMessage-ID: <2@secrets.test>\n\nsecond\n");
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->error()));
}

void TestSecrets::cleanupTestCase()
{
    m_dovecot.reset();
    qInstallMessageHandler(previousHandler);
}

void TestSecrets::init()
{
    QMutexLocker lock(&logMutex);
    capturedLog.clear();
}

void TestSecrets::checkNoLeak(const Observation &seen, const QByteArrayList &secrets)
{
    const QByteArrayList forbidden = forbiddenStrings(seen.written, secrets);
    // The secret did go out, in some form: otherwise the grep would prove nothing.
    QVERIFY2(!leak(seen.written, forbidden, "wire").isEmpty(), seen.written.constData());
    QByteArray log;
    {
        QMutexLocker lock(&logMutex);
        log = capturedLog;
    }
    QVERIFY2(log.contains("authenticating with"), "the poplar.* debug lines were not captured");
    QStringList found;
    for (const QString &place : {leak(seen.traces, forbidden, "the protocol trace"),
                                 leak(seen.errors, forbidden, "an error message or server text"),
                                 leak(log, forbidden, "the debug/warning output"),
                                 leak(seen.profile, forbidden, "the profile directory")}) {
        if (!place.isEmpty())
            found << place;
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

void TestSecrets::dovecotLogins_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<int>("security");
    const int stls = int(Security::StartTls), tls = int(Security::ImplicitTls);
    QTest::newRow("user/pass") << int(AuthMethod::User) << stls;
    QTest::newRow("apop") << int(AuthMethod::Apop) << tls;
    QTest::newRow("plain") << int(AuthMethod::Plain) << stls;
    QTest::newRow("login") << int(AuthMethod::Login) << tls;
    QTest::newRow("cram-md5") << int(AuthMethod::CramMd5) << stls;
    QTest::newRow("digest-md5") << int(AuthMethod::DigestMd5) << tls;
    QTest::newRow("scram-sha-1") << int(AuthMethod::ScramSha1) << stls;
    QTest::newRow("scram-sha-256") << int(AuthMethod::ScramSha256) << tls;
    QTest::newRow("automatic") << int(AuthMethod::Automatic) << stls;
}

void TestSecrets::dovecotLogins()
{
    QFETCH(int, auth);
    QFETCH(int, security);
    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    Account::AccountSettings account;
    account.name = QStringLiteral("secrets");
    account.host = QStringLiteral("127.0.0.1");
    account.security = Security(security);
    account.port = account.security == Security::ImplicitTls ? m_dovecot->pop3sPort() : m_dovecot->pop3Port();
    account.auth = AuthMethod(auth);
    account.user = QStringLiteral("alice");
    account.caFile = m_dovecot->caCertificatePath();
    account.id = profile->accounts().add(account, &error);
    QVERIFY2(account.id > 0, qPrintable(error));

    Observation seen;
    const SyncResult good = runSync(account, *profile, HostileSecret, seen);
    QVERIFY2(good.ok(), qPrintable(good.error.message + good.storeError));
    QCOMPARE(good.downloaded, 2);
    const SyncResult bad = runSync(account, *profile, WrongSecret, seen);
    QCOMPARE(bad.error.kind, Pop3::Error::Kind::AuthenticationFailed);
    QString settingsError;
    auto settings = account.sessionSettings(&settingsError);
    QVERIFY2(settings, qPrintable(settingsError));
    runSession(*settings, HostileSecret, seen);
    seen.profile = allFileBytes(dir.path());
    profile.reset(); // closed: the WAL is checkpointed into the database
    seen.profile += allFileBytes(dir.path());
    checkNoLeak(seen, {HostileSecret, WrongSecret});
}

void TestSecrets::scriptedLogins_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QByteArray>("mechanism");   // the AUTH line's prefix, or the first command
    QTest::addColumn<QByteArray>("challenge");   // sent after it: "+OK" or an error challenge
    QTest::addColumn<QByteArray>("response");    // what the client must answer to the challenge
    const QByteArray error = "+ " + QByteArray(R"({"status":"401","schemes":"bearer"})").toBase64();
    QTest::newRow("xoauth2") << int(AuthMethod::XOAuth2) << QByteArray("AUTH XOAUTH2 ") << QByteArray("+OK") << QByteArray();
    QTest::newRow("xoauth2 refused") << int(AuthMethod::XOAuth2) << QByteArray("AUTH XOAUTH2 ") << error << QByteArray("");
    QTest::newRow("oauthbearer") << int(AuthMethod::OAuthBearer) << QByteArray("AUTH OAUTHBEARER ") << QByteArray("+OK")
                                 << QByteArray();
    QTest::newRow("oauthbearer refused") << int(AuthMethod::OAuthBearer) << QByteArray("AUTH OAUTHBEARER ") << error
                                         << QByteArray("AQ==");
    QTest::newRow("rpop") << int(AuthMethod::Rpop) << QByteArray("USER alice") << QByteArray("+OK") << QByteArray();
}

void TestSecrets::scriptedLogins()
{
    QFETCH(int, auth);
    QFETCH(QByteArray, mechanism);
    QFETCH(QByteArray, challenge);
    QFETCH(QByteArray, response);
    const QByteArray capa = "+OK\r\nSASL XOAUTH2 OAUTHBEARER\r\nUSER\r\nUIDL\r\n.\r\n";
    auto script = [&](ScriptedServer &server, bool session) {
        server.send("+OK ready\r\n").expect("CAPA").send(capa).expectPrefix(mechanism);
        if (challenge != "+OK") {
            server.send(challenge + "\r\n").expect(response).send("-ERR [AUTH] Invalid credentials\r\n");
            return;
        }
        if (AuthMethod(auth) == AuthMethod::Rpop)
            server.send("+OK\r\n").expect("RPOP " + HostileSecret);
        server.send("+OK welcome\r\n").expect("CAPA").send(capa);
        if (!session)
            server.expect("UIDL").send("+OK\r\n.\r\n").expect("LIST").send("+OK\r\n.\r\n");
        server.expect("QUIT").send("+OK bye\r\n").close();
    };
    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    Observation seen;
    ScriptedServer syncServer;
    script(syncServer, false);
    QVERIFY(syncServer.listenLocal());
    Account::AccountSettings account;
    account.name = QStringLiteral("bearer");
    account.host = QStringLiteral("127.0.0.1");
    account.port = syncServer.port();
    account.security = Security::Plain;
    account.auth = AuthMethod(auth);
    account.user = QStringLiteral("alice");
    account.id = profile->accounts().add(account, &error);
    QVERIFY2(account.id > 0, qPrintable(error));
    const SyncResult result = runSync(account, *profile, HostileSecret, seen);
    QCOMPARE(result.ok(), challenge == "+OK");
    QVERIFY2(syncServer.failures().isEmpty(), syncServer.failures().join('\n').constData());

    ScriptedServer sessionServer;
    script(sessionServer, true);
    QVERIFY(sessionServer.listenLocal());
    runSession(HostileClient::settings(sessionServer.port(), Security::Plain, AuthMethod(auth)), HostileSecret, seen);
    QVERIFY2(sessionServer.failures().isEmpty(), sessionServer.failures().join('\n').constData());
    seen.profile = allFileBytes(dir.path());
    profile.reset();
    seen.profile += allFileBytes(dir.path());
    checkNoLeak(seen, {HostileSecret});
}

/// A careless server that repeats the failed command in its -ERR text hands the password back;
/// it must still not end up in an error message, the trace or the log.
void TestSecrets::serverEchoingThePassword()
{
    ScriptedServer server;
    server.send("+OK ready\r\n").expect("CAPA").send("+OK\r\nUSER\r\n.\r\n").expect("USER alice").send("+OK\r\n");
    server.expect("PASS " + HostileSecret).send("-ERR [AUTH] bad password: PASS " + HostileSecret + "\r\n");
    QVERIFY(server.listenLocal());
    Observation seen;
    runSession(HostileClient::settings(server.port()), HostileSecret, seen);
    QVERIFY(server.scriptDone());
    checkNoLeak(seen, {HostileSecret});
}

/// A token endpoint that puts the refresh token it was sent into its error: the refusal must
/// reach the user without it (error code, message and the debug/warning output).
void TestSecrets::tokenEndpointEchoingTheRefreshToken()
{
    const QByteArray refresh = "1//" + HostileSecret + ".refresh";
    FakeAuthServer server;
    QVERIFY(server.listen());
    const QByteArray body = R"({"error":")" + refresh + R"(","error_description":"bad token )" + refresh + R"("})";
    server.setRawTokenReply("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    OAuth::Grant grant;
    grant.tokenUrl = server.url(QStringLiteral("token"));
    grant.clientId = FakeAuthServer::clientId();
    grant.refreshToken = refresh;
    OAuth::TokenClient client;
    QSignalSpy finished(&client, &OAuth::TokenClient::finished);
    client.refresh(grant);
    QVERIFY(finished.wait(20000));
    const OAuth::TokenReply reply = finished.first().first().value<OAuth::TokenReply>();
    QCOMPARE(reply.error.kind, OAuth::Error::Kind::Server);
    QByteArray log;
    {
        QMutexLocker lock(&logMutex);
        log = capturedLog;
    }
    for (const QByteArray &text : {reply.error.message.toUtf8(), reply.error.serverError.toUtf8(), log}) {
        QVERIFY2(!text.contains(refresh), text.constData());
        QVERIFY2(!text.contains(HostileSecret), text.constData());
    }
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_hostile_secrets.moc"

// Syncing an OAuth account whose grant lives in a real keychain (gnome-keyring under
// dbus-run-session, like tst_keychain) against Dovecot's oauth2 passdb and a fake
// authorization server: the token is refreshed before it expires, refreshed and retried once
// when the server refuses it, and a revoked grant ends with a clear "sign in again" - in the
// sync service and in poplar-sync (exit code 5).

#include "DovecotServer.h"
#include "FakeAuthServer.h"
#include "SecretServiceSession.h"
#include "account/Keychain.h"
#include "account/oauth/Grant.h"
#include "store/Profile.h"
#include "sync/SyncService.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;

namespace {

constexpr int WaitMs = 30000;

bool writeEntry(const QString &name, const QByteArray &entry)
{
    Account::Keychain keychain;
    QSignalSpy written(&keychain, &Account::Keychain::secretWritten);
    keychain.writeSecret(name, entry);
    return written.wait(WaitMs) && written.first().at(1).toBool();
}

QByteArray readEntry(const QString &name)
{
    Account::Keychain keychain;
    QSignalSpy read(&keychain, &Account::Keychain::secretRead);
    keychain.readSecret(name);
    return read.wait(WaitMs) ? read.first().at(2).toByteArray() : QByteArray();
}

} // namespace

class TestOAuthSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void expiredTokenIsRefreshedFirst();
    void refusedTokenIsRefreshedAndRetriedOnce();
    void revokedGrantAsksToSignInAgain();
    void revokedAfterRefusal();
    void commandLineUsesTheGrant();
    void commandLineAuthorize();

private:
    Sync::SyncResult sync();

    std::unique_ptr<Test::FakeAuthServer> m_auth;
    std::unique_ptr<Test::DovecotServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    Account::AccountSettings m_account;
    QList<QByteArray> m_trace;
    int m_logins = 0;
};

void TestOAuthSync::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "not inside dbus-run-session");
}

void TestOAuthSync::init()
{
    m_auth = std::make_unique<Test::FakeAuthServer>();
    QVERIFY(m_auth->listen());
    m_auth->setUserName("oauth-user");
    m_server = std::make_unique<Test::DovecotServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    m_server->setOAuth2IntrospectionUrl(m_auth->url(QStringLiteral("introspect")).toString());
    m_server->addUser("oauth-user", "unused-password");
    m_server->addMessage("oauth-user", "Subject: one\n\nbody\n");
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    auto profile = Store::Profile::open(m_dir->path(), &error);
    QVERIFY2(profile, qPrintable(error));
    m_account = {};
    m_account.name = QStringLiteral("oauth-%1").arg(QTest::currentTestFunction());
    m_account.host = QStringLiteral("127.0.0.1");
    m_account.port = m_server->pop3sPort();
    m_account.security = Pop3::Security::ImplicitTls;
    m_account.auth = Pop3::AuthMethod::XOAuth2;
    m_account.user = QStringLiteral("oauth-user");
    m_account.caFile = m_server->caCertificatePath();
    m_account.id = profile->accounts().add(m_account, &error);
    QVERIFY2(m_account.id, qPrintable(error));
    m_trace.clear();
    m_logins = 0;
}

void TestOAuthSync::cleanup()
{
    // Nothing the servers issued may show in what the client logged or Dovecot wrote.
    if (m_auth && m_server) {
        const QByteArray log = m_server->logContents();
        for (const QByteArray &token : m_auth->issuedTokens()) {
            QVERIFY2(!log.contains(token), token.constData());
            for (const QByteArray &line : std::as_const(m_trace))
                QVERIFY2(!line.contains(token) && !line.contains(token.toBase64()), line.constData());
        }
    }
    m_server.reset();
    m_auth.reset();
}

Sync::SyncResult TestOAuthSync::sync()
{
    Sync::SyncService service(m_dir->path());
    QSignalSpy ready(&service, &Sync::SyncService::ready);
    service.initialize();
    if (ready.isEmpty() || !ready.first().first().toBool())
        return {};
    QSignalSpy finished(&service, &Sync::SyncService::finished);
    QSignalSpy secretNeeded(&service, &Sync::SyncService::secretNeeded);
    connect(&service, &Sync::SyncService::protocolTrace, this,
            [this](qint64, const QVector<Sync::TraceLine> &lines) {
                for (const Sync::TraceLine &line : lines) {
                    m_trace << line.line;
                    if (line.direction == Pop3::Session::Direction::Client && line.line.startsWith("AUTH"))
                        ++m_logins;
                }
            });
    service.start({Sync::Operation::Check, m_account, {}, {}});
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !secretNeeded.isEmpty(); }, WaitMs))
        return {};
    if (!secretNeeded.isEmpty()) {
        Sync::SyncResult r;
        r.storeError = QStringLiteral("secret needed: ") + secretNeeded.first().at(1).toString();
        return r;
    }
    return finished.first().at(1).value<Sync::SyncResult>();
}

void TestOAuthSync::expiredTokenIsRefreshedFirst()
{
    QVERIFY(writeEntry(m_account.name, m_auth->issueGrantJson(true)));
    const Sync::SyncResult r = sync();
    QVERIFY2(r.ok(), qPrintable(r.error.message + r.storeError));
    QCOMPARE(r.newMessages, 1);
    QCOMPARE(m_auth->refreshes(), 1);
    QCOMPARE(m_logins, 1); // refreshed before the login, not after a failure
    // The renewed token went back to the keychain, with the refresh token kept.
    const auto stored = OAuth::Grant::fromJson(readEntry(m_account.name));
    QVERIFY(stored);
    QCOMPARE(stored->accessToken, m_auth->lastAccessToken());
    QCOMPARE(stored->refreshToken, m_auth->firstRefreshToken());
    QVERIFY(stored->expiresAt > QDateTime::currentDateTimeUtc());
}

void TestOAuthSync::refusedTokenIsRefreshedAndRetriedOnce()
{
    QVERIFY(writeEntry(m_account.name, m_auth->issueGrantJson(false)));
    m_auth->expireAccessTokens(); // valid by the clock, refused by the server
    const Sync::SyncResult r = sync();
    QVERIFY2(r.ok(), qPrintable(r.error.message + r.storeError));
    QCOMPARE(r.newMessages, 1);
    QCOMPARE(m_auth->refreshes(), 1);
    QCOMPARE(m_logins, 2);
}

void TestOAuthSync::revokedGrantAsksToSignInAgain()
{
    QVERIFY(writeEntry(m_account.name, m_auth->issueGrantJson(true)));
    m_auth->revokeGrants();
    const Sync::SyncResult r = sync();
    QCOMPARE(r.error.kind, Pop3::Error::Kind::AuthenticationFailed);
    QVERIFY2(r.error.message.contains(QLatin1String("Sign in again")), qPrintable(r.error.message));
    QVERIFY(r.error.message.contains(m_account.name));
    QVERIFY(r.signInNeeded);
    QCOMPARE(m_logins, 0);
}

void TestOAuthSync::revokedAfterRefusal()
{
    QVERIFY(writeEntry(m_account.name, m_auth->issueGrantJson(false)));
    m_auth->revokeGrants();
    const Sync::SyncResult r = sync();
    QCOMPARE(r.error.kind, Pop3::Error::Kind::AuthenticationFailed);
    QVERIFY2(r.error.message.contains(QLatin1String("Sign in again")), qPrintable(r.error.message));
    QVERIFY(r.signInNeeded);
    QCOMPARE(m_logins, 1); // one refused login, a refused refresh, no second login
}

void TestOAuthSync::commandLineUsesTheGrant()
{
    QVERIFY(writeEntry(m_account.name, m_auth->issueGrantJson(false)));
    m_auth->expireAccessTokens();
    auto poplarSync = [&](const QStringList &args, QByteArray *err) {
        QProcess p;
        p.start(QStringLiteral(POPLAR_SYNC_PATH), QStringList{QStringLiteral("--profile"), m_dir->path()} + args);
        // The fake authorization server lives in this thread: keep its event loop turning.
        QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, WaitMs);
        *err = p.readAllStandardError();
        const QByteArray out = p.readAllStandardOutput();
        for (const QByteArray &token : m_auth->issuedTokens())
            if (out.contains(token) || err->contains(token))
                return -2;
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QByteArray err;
    QCOMPARE(poplarSync({QStringLiteral("check"), m_account.name}, &err), 0);
    QCOMPARE(m_auth->refreshes(), 1);
    m_auth->revokeGrants();
    QCOMPARE(poplarSync({QStringLiteral("check"), m_account.name}, &err), 5);
    QVERIFY2(err.contains("Sign in again"), err.constData());
}

void TestOAuthSync::commandLineAuthorize()
{
    m_auth->standInForGoogle();
    QProcess p;
    p.start(QStringLiteral(POPLAR_SYNC_PATH), {QStringLiteral("--profile"), m_dir->path(), QStringLiteral("account"),
                                               QStringLiteral("authorize"), m_account.name, QStringLiteral("--provider"),
                                               QStringLiteral("google")});
    // Play the browser with the address it prints.
    QByteArray out;
    QVERIFY(QTest::qWaitFor([&] {
        out += p.readAllStandardOutput();
        return out.contains("/authorize?") && out.endsWith('\n');
    }, WaitMs));
    const QByteArray url = out.mid(out.indexOf("http://"));
    m_auth->visit(QUrl::fromEncoded(url.trimmed()));
    QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, WaitMs));
    out += p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(out.contains("signed in with Google"));
    QCOMPARE(m_auth->codeExchanges(), 1);
    const auto stored = OAuth::Grant::fromJson(readEntry(m_account.name));
    QVERIFY(stored);
    QCOMPARE(stored->refreshToken, m_auth->firstRefreshToken());
    for (const QByteArray &token : m_auth->issuedTokens())
        QVERIFY(!out.contains(token));
    QCOMPARE(sync().newMessages, 1); // and the grant works
}

int main(int argc, char **argv)
{
    const int outer = Test::runUnderSecretService(argc, argv, "POPLAR_KEYCHAIN_SESSION");
    if (outer >= 0)
        return outer;
    QCoreApplication app(argc, argv);
    TestOAuthSync test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_oauth_sync.moc"

// Proxies that want a user name and password: SOCKS5 (RFC 1929) and HTTP CONNECT (Basic), each of
// its own on loopback in front of a MailboxServer. Through the sync engine: the right password
// gets through, a wrong one or none is refused with an error that names the proxy. Through
// poplar-sync with a real keychain (the test re-runs itself under dbus-run-session with
// gnome-keyring-daemon): the password set with `account set-proxy-password` is used from the
// keychain, and it is in neither the database, `account show`, nor any debug log line.

#include "HostileClient.h"
#include "HttpConnectProxy.h"
#include "MailboxServer.h"
#include "SecretServiceSession.h"
#include "Socks5Proxy.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;
using namespace Poplar::Test;
using Sync::Operation;
using Sync::SyncResult;

namespace {

const QByteArray ProxyUser = "ann";
const QByteArray ProxyPassword = "pr0xy-S3cret-7f2a";

QList<MailboxMessage> maildrop()
{
    return {{"Message-ID: <1@proxy.test>\r\nFrom: S <s@example.net>\r\nSubject: Through the proxy\r\n\r\nbody\r\n",
             "uid-1"}};
}

/// A SOCKS5 and an HTTP CONNECT proxy in front of one port, both wanting ProxyUser and ProxyPassword.
struct Proxies {
    explicit Proxies(quint16 target)
        : socks(QHostAddress::LocalHost, target), http(QHostAddress::LocalHost, target)
    {
        socks.requireCredentials(ProxyUser, ProxyPassword);
        http.requireCredentials(ProxyUser, ProxyPassword);
    }
    QTcpServer &listening(bool useSocks) { return useSocks ? static_cast<QTcpServer &>(socks) : http; }
    bool listen(bool useSocks) { return listening(useSocks).listen(QHostAddress::LocalHost, 0); }
    Socks5Proxy socks;
    HttpConnectProxy http;
};

struct Run {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestHostileProxyAuth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void engineThroughProxy_data();
    void engineThroughProxy();
    void poplarSyncWithKeychainPassword_data();
    void poplarSyncWithKeychainPassword();

private:
    SyncResult check(const Account::AccountSettings &account);
    Run sync(const QStringList &arguments, const QByteArray &input = {}, bool debugLog = false);

    MailboxServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Profile> m_profile;
};

void TestHostileProxyAuth::initTestCase()
{
    qRegisterMetaType<SyncResult>();
    m_server.messages = maildrop();
    QVERIFY(m_server.listenLocal());
    QString error;
    m_profile = Store::Profile::open(m_dir.filePath(QStringLiteral("engine")), &error);
    QVERIFY2(m_profile, qPrintable(error));
}

SyncResult TestHostileProxyAuth::check(const Account::AccountSettings &account)
{
    Sync::SyncEngine engine(m_profile->messages());
    QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
    engine.start({Operation::Check, account, "pw", {}});
    if (!spinUntil([&] { return !finished.isEmpty(); }, 20000))
        return {};
    return finished.first().first().value<SyncResult>();
}

void TestHostileProxyAuth::engineThroughProxy_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("socks5") << QStringLiteral("socks5");
    QTest::newRow("http") << QStringLiteral("http");
}

void TestHostileProxyAuth::engineThroughProxy()
{
    QFETCH(QString, scheme);
    const bool socks = scheme == QLatin1String("socks5");
    Proxies proxies(m_server.port());
    QVERIFY(proxies.listen(socks));
    Socks5Proxy &socksProxy = proxies.socks;
    HttpConnectProxy &httpProxy = proxies.http;
    QTcpServer &proxy = proxies.listening(socks);

    QString error;
    Account::AccountSettings a;
    a.name = QStringLiteral("engine-") + scheme;
    a.host = QStringLiteral("pop.proxied.invalid");
    a.port = 110;
    a.security = Pop3::Security::Plain;
    a.auth = Pop3::AuthMethod::User;
    a.user = QStringLiteral("alice");
    a.proxy = *Net::proxyFromName(QStringLiteral("%1://%2@127.0.0.1:%3").arg(scheme, QString::fromLatin1(ProxyUser))
                                      .arg(proxy.serverPort()), &error);
    a.id = m_profile->accounts().add(a, &error);
    QVERIFY2(a.id > 0, qPrintable(error));

    // The right password: through, as the proxy's user.
    a.proxy.password = QString::fromLatin1(ProxyPassword);
    SyncResult r = check(a);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.newMessages, 1);
    const QByteArrayList accepted = socks ? socksProxy.usersAccepted : httpProxy.usersAccepted;
    QCOMPARE(accepted, QByteArrayList{ProxyUser});

    // A wrong password: refused by the proxy, and the error says so.
    a.proxy.password = QStringLiteral("wrong");
    r = check(a);
    QVERIFY(r.error.isError());
    QVERIFY2(r.error.message.contains(QLatin1String("proxy refused the user name and password")),
             qPrintable(r.error.message));
    QVERIFY(socks ? socksProxy.loginsRefused > 0 : httpProxy.challenges > 0);

    // No user at all: the proxy asks for one.
    a.proxy.user.clear();
    a.proxy.password.clear();
    r = check(a);
    QVERIFY(r.error.isError());
    QVERIFY2(r.error.message.contains(QLatin1String("proxy")), qPrintable(r.error.message));
    QCOMPARE(socks ? socksProxy.usersAccepted.size() : httpProxy.usersAccepted.size(), 1);
}

Run TestHostileProxyAuth::sync(const QStringList &arguments, const QByteArray &input, bool debugLog)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    if (debugLog)
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POPLAR_SYNC_PATH),
                  QStringList{QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("cli"))} + arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    run.finished = spinUntil([&] { return process.state() == QProcess::NotRunning; }, 60000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestHostileProxyAuth::poplarSyncWithKeychainPassword_data()
{
    engineThroughProxy_data();
}

void TestHostileProxyAuth::poplarSyncWithKeychainPassword()
{
    QFETCH(QString, scheme);
    const bool socks = scheme == QLatin1String("socks5");
    Proxies proxies(m_server.port());
    QVERIFY(proxies.listen(socks));
    Socks5Proxy &socksProxy = proxies.socks;
    HttpConnectProxy &httpProxy = proxies.http;
    QTcpServer &proxy = proxies.listening(socks);
    const QString name = QStringLiteral("cli-") + scheme;
    const QString address = QStringLiteral("%1://%2@127.0.0.1:%3").arg(scheme, QString::fromLatin1(ProxyUser)).arg(proxy.serverPort());

    Run r = sync({QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--host"),
                  QStringLiteral("pop.proxied.invalid"), QStringLiteral("--port"), QStringLiteral("110"),
                  QStringLiteral("--security"), QStringLiteral("plain"), QStringLiteral("--auth"), QStringLiteral("user"),
                  QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-command"),
                  QStringLiteral("echo pw"), QStringLiteral("--proxy"), address});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A password in the proxy's address is refused: it belongs in the keychain.
    r = sync({QStringLiteral("account"), QStringLiteral("set"), name, QStringLiteral("--proxy"),
              QStringLiteral("%1://ann:%2@127.0.0.1:1").arg(scheme, QString::fromLatin1(ProxyPassword))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.contains(ProxyPassword));

    // Without the proxy's password in the keychain: said so, exit 5, nothing sent to the proxy.
    r = sync({QStringLiteral("check"), name});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("no proxy password"), r.err.constData());
    QCOMPARE(socks ? socksProxy.usersAccepted.size() : httpProxy.usersAccepted.size(), 0);

    r = sync({QStringLiteral("account"), QStringLiteral("set-proxy-password"), name}, ProxyPassword + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = sync({QStringLiteral("check"), name}, {}, true);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(socks ? socksProxy.usersAccepted : httpProxy.usersAccepted, QByteArrayList{ProxyUser});
    QVERIFY2(!r.err.contains(ProxyPassword) && !r.out.contains(ProxyPassword), "the proxy password was logged");
    QVERIFY(!r.err.contains(ProxyPassword.toBase64()));

    const Run show = sync({QStringLiteral("account"), QStringLiteral("show"), name});
    QVERIFY2(show.out.contains("\nproxy\t" + address.toUtf8() + '\n'), show.out.constData());
    QVERIFY(!show.out.contains(ProxyPassword));
    // Nowhere in the profile: database, write-ahead log, anything else.
    QDirIterator files(m_dir.filePath(QStringLiteral("cli")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(ProxyPassword), qPrintable(file.fileName()));
    }

    // Removing the account removes the proxy's password too: a new account of that name has none.
    r = sync({QStringLiteral("account"), QStringLiteral("remove"), name});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = sync({QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--host"),
              QStringLiteral("pop.proxied.invalid"), QStringLiteral("--port"), QStringLiteral("110"),
              QStringLiteral("--security"), QStringLiteral("plain"), QStringLiteral("--auth"), QStringLiteral("user"),
              QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-command"),
              QStringLiteral("echo pw"), QStringLiteral("--proxy"), address});
    QCOMPARE(r.exitCode, 0);
    r = sync({QStringLiteral("check"), name});
    QCOMPARE(r.exitCode, 5);
}

int main(int argc, char *argv[])
{
    const int outer = Test::runUnderSecretService(argc, argv, "POPLAR_KEYCHAIN_SESSION");
    if (outer >= 0)
        return outer;
    QCoreApplication app(argc, argv);
    TestHostileProxyAuth test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostile_proxy_auth.moc"

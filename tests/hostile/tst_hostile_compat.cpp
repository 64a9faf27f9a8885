// Servers as people have them, at the sync level: a SyncEngine over real sockets against a
// MailboxServer that commits on disconnect, or lacks TOP, or lacks TOP and UIDL.

#include "HostileClient.h"
#include "MailboxServer.h"
#include "Socks5Proxy.h"
#include "SyncProcess.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;
using namespace Poplar::Test;
using Account::RetentionPolicy;
using Sync::Operation;
using Sync::SyncResult;
using Kind = Pop3::Error::Kind;

namespace {

QByteArray message(int n)
{
    return "Message-ID: <" + QByteArray::number(n) + "@compat.test>\r\n"
           "Date: Tue, 07 Nov 2023 10:00:00 +0000\r\n"
           "From: Sender <s@example.net>\r\n"
           "Subject: Message " + QByteArray::number(n) + "\r\n\r\nbody of message " + QByteArray::number(n) + "\r\n";
}

QList<MailboxMessage> maildrop(int count)
{
    QList<MailboxMessage> messages;
    for (int i = 1; i <= count; ++i)
        messages.append({message(i), "uid-" + QByteArray::number(i)});
    return messages;
}

/// A profile with one account on a MailboxServer.
class Fixture {
public:
    explicit Fixture(QList<MailboxMessage> messages, RetentionPolicy policy = RetentionPolicy::Keep)
    {
        server.messages = messages;
        ok = server.listenLocal();
        QString error;
        profile = Store::Profile::open(dir.path(), &error);
        ok = ok && profile;
        account.name = QStringLiteral("compat");
        account.host = QStringLiteral("127.0.0.1");
        account.port = server.port();
        account.security = Pop3::Security::Plain;
        account.auth = Pop3::AuthMethod::User;
        account.user = QStringLiteral("alice");
        account.policy = policy;
        account.id = ok ? profile->accounts().add(account, &error) : 0;
        ok = ok && account.id > 0;
    }

    /// Runs one operation; `during` may act on the engine while it runs.
    SyncResult run(Operation operation = Operation::Download, std::function<void(Sync::SyncEngine &)> setup = {})
    {
        Sync::SyncEngine engine(profile->messages());
        if (setup)
            setup(engine);
        QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
        engine.start({operation, account, "pw", {}});
        if (!spinUntil([&] { return !finished.isEmpty(); }, 20000)) {
            SyncResult hung;
            hung.storeError = QStringLiteral("the sync run did not finish");
            return hung;
        }
        server.onCommand = {};
        return finished.first().first().value<SyncResult>();
    }

    QList<Store::StoredMessage> stored() const { return profile->messages().messages(account.id).value(); }

    MailboxServer server;
    QTemporaryDir dir;
    std::unique_ptr<Store::Profile> profile;
    Account::AccountSettings account;
    bool ok = false;
};

QString describe(const SyncResult &r)
{
    return QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(Pop3::Error::kindName(r.error.kind)), r.error.message,
                                          r.storeError);
}

} // namespace

class TestHostileCompat : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<SyncResult>(); }
    void stopSendsRsetAndQuit();
    void noTopPreviewByRetr_data();
    void noTopPreviewByRetr();
    void noTopNoUidlNothingSkipped();
    void expireZeroWarnedAtEveryCheck();
    void serverFactsShownByAccountShow();
    void throughSocks5Proxy();
    void hangUpAfterRefusedLoginGoesOnInNewConnection();
    void poplarSyncProxyAndHostOptions();
};

/// A server that commits DELE marks when the connection drops: Stop after a DELE must unmark it
/// (RSET) and say goodbye (QUIT), so the message stays on the server.
void TestHostileCompat::stopSendsRsetAndQuit()
{
    Fixture f(maildrop(2), RetentionPolicy::DeleteAfterDownload);
    QVERIFY(f.ok);
    f.server.commitOnDisconnect = true;
    f.server.capabilities = "USER\r\nTOP\r\nUIDL\r\n"; // no pipelining: one command at a time
    const SyncResult r = f.run(Operation::Download, [&](Sync::SyncEngine &engine) {
        f.server.onCommand = [&](const QByteArray &line) {
            if (line.startsWith("DELE "))
                engine.stop();
        };
    });
    QCOMPARE(r.error.kind, Kind::Aborted);
    const QByteArrayList commands = f.server.commands;
    const qsizetype rset = commands.indexOf("RSET");
    QVERIFY2(rset > 0, commands.join(' ').constData());
    QVERIFY2(commands.indexOf("QUIT") > rset, commands.join(' ').constData());
    QVERIFY(commands.indexOf("DELE 1") >= 0 && commands.indexOf("DELE 1") < rset);
    QCOMPARE(f.server.messages.size(), 2); // nothing was committed by the drop
    QCOMPARE(r.deleted, 0);
    // And the next run still finds everything, downloads nothing twice.
    const SyncResult again = f.run();
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.downloaded + r.downloaded, 2);
    QVERIFY(f.server.messages.isEmpty());
}

/// Two small messages and one larger than any preview (256 KiB).
QList<MailboxMessage> withLargeOne()
{
    QList<MailboxMessage> messages = maildrop(2);
    QByteArray large = message(3);
    large += QByteArray(300 * 1024, 'x') + "\r\n";
    messages.append({large, "uid-3"});
    return messages;
}

void TestHostileCompat::noTopPreviewByRetr_data()
{
    QTest::addColumn<QByteArray>("capabilities");
    QTest::newRow("no TOP in CAPA") << QByteArray("USER\r\nUIDL\r\nPIPELINING\r\n");
    QTest::newRow("TOP in CAPA, refused") << QByteArray("USER\r\nTOP\r\nUIDL\r\n");
}

void TestHostileCompat::noTopPreviewByRetr()
{
    QFETCH(QByteArray, capabilities);
    Fixture f(withLargeOne());
    QVERIFY(f.ok);
    f.server.capabilities = capabilities;
    f.server.unknownVerbs = {"TOP"};
    const SyncResult r = f.run(Operation::Check);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.newMessages, 3);
    QVERIFY(r.topUnavailable);
    QCOMPARE(r.headersUnavailable, 1);
    QCOMPARE(r.unusableListings, 0);
    QVERIFY(f.server.commands.contains("RETR 1"));
    QVERIFY(f.server.commands.contains("RETR 2"));
    QVERIFY(!f.server.commands.contains("RETR 3")); // larger than a preview: never read whole
    const QList<Store::StoredMessage> stored = f.stored();
    QCOMPARE(stored.size(), 3);
    for (const Store::StoredMessage &m : stored) {
        QVERIFY(m.onServer);
        QVERIFY(!m.downloadedAt.isValid()); // a preview is not a download
        if (m.uid == "uid-3") {
            QVERIFY(m.headers.isEmpty());
            QCOMPARE(m.serverSize, f.server.messages.at(2).content.size());
        } else {
            QCOMPARE(m.summary.subject, QStringLiteral("Message ") + QString::fromLatin1(m.uid.mid(4)));
            QVERIFY(m.headers.contains("body of message"));
        }
    }
    QCOMPARE(f.server.messages.size(), 3);
}

/// Without TOP and UIDL every message within the preview cap is keyed by its headers; the one
/// too large is counted, never silently dropped, and a second check finds nothing new.
void TestHostileCompat::noTopNoUidlNothingSkipped()
{
    Fixture f(withLargeOne());
    QVERIFY(f.ok);
    f.server.capabilities = "USER\r\n";
    f.server.unknownVerbs = {"TOP", "UIDL"};
    const SyncResult r = f.run(Operation::Check);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(r.usedFallbackKeys);
    QCOMPARE(r.unusableListings, 0);
    QCOMPARE(r.headersUnavailable, 1);
    QCOMPARE(r.newMessages, 2);
    const QList<Store::StoredMessage> stored = f.stored();
    QCOMPARE(stored.size(), 2);
    QStringList subjects;
    for (const Store::StoredMessage &m : stored)
        subjects << m.summary.subject;
    subjects.sort();
    QCOMPARE(subjects, (QStringList{QStringLiteral("Message 1"), QStringLiteral("Message 2")}));
    const SyncResult again = f.run(Operation::Download);
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.newMessages, 0);
    QCOMPARE(again.downloaded, 2);
    QCOMPARE(f.stored().size(), 2);
}

void TestHostileCompat::expireZeroWarnedAtEveryCheck()
{
    Fixture f(maildrop(1)); // keep on the server
    QVERIFY(f.ok);
    f.server.capabilities = "USER\r\nTOP\r\nUIDL\r\nEXPIRE 0\r\n";
    for (int check = 0; check < 2; ++check) {
        const SyncResult r = f.run(Operation::Check);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY2(r.retentionWarning.contains("EXPIRE 0"), qPrintable(r.retentionWarning));
    }
    f.account.policy = RetentionPolicy::DeleteAfterDownload;
    QVERIFY(f.run(Operation::Check).retentionWarning.isEmpty());
}

/// EXPIRE, LOGIN-DELAY and the login method that worked, remembered from a poplar-sync check and
/// shown by `account show`; the next automatic login starts with that method.
void TestHostileCompat::serverFactsShownByAccountShow()
{
    Fixture f(maildrop(1));
    QVERIFY(f.ok);
    f.account.passwordCommand = QStringLiteral("echo pw");
    QVERIFY(f.profile->accounts().update(f.account, nullptr));
    const QStringList profile{QStringLiteral("--profile"), f.dir.path()};
    auto show = [&] {
        const SyncProcessResult r = runPoplarSync(QStringLiteral(POPLAR_SYNC_PATH),
                                                  profile + QStringList{QStringLiteral("account"), QStringLiteral("show"),
                                                                        QStringLiteral("compat")});
        return r.finished && r.exitCode == 0 ? QString::fromUtf8(r.out)
                                               : QStringLiteral("failed (%1): ").arg(r.exitCode) + QString::fromUtf8(r.err);
    };
    QString before = show();
    QVERIFY2(before.contains(QStringLiteral("\nserver-expire-days\t\n")), qPrintable(before));

    f.server.capabilities = "USER\r\nTOP\r\nUIDL\r\nEXPIRE 30\r\nLOGIN-DELAY 900\r\n";
    const SyncProcessResult check = runPoplarSync(QStringLiteral(POPLAR_SYNC_PATH),
                                                  profile + QStringList{QStringLiteral("check"), QStringLiteral("compat")});
    QVERIFY2(check.finished && check.exitCode == 0, check.err.constData());
    QString after = show();
    QVERIFY2(after.contains(QStringLiteral("\nserver-expire-days\t30\n")), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("\nserver-login-delay-seconds\t900\n")), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("\nserver-login-method\tuser\n")), qPrintable(after));

    f.server.capabilities = "USER\r\nTOP\r\nUIDL\r\nEXPIRE NEVER\r\n";
    const SyncProcessResult again = runPoplarSync(QStringLiteral(POPLAR_SYNC_PATH),
                                                  profile + QStringList{QStringLiteral("check"), QStringLiteral("compat")});
    QVERIFY2(again.finished && again.exitCode == 0, again.err.constData());
    after = show();
    QVERIFY2(after.contains(QStringLiteral("\nserver-expire-days\tnever\n")), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("\nserver-login-delay-seconds\tnot-announced\n")), qPrintable(after));

    // The remembered method reaches the next session's settings in automatic mode.
    const auto stored = f.profile->accounts().findById(f.account.id);
    QVERIFY(stored);
    QCOMPARE(stored->server.loginMethod, QByteArray("USER"));
    auto automatic = *stored;
    automatic.auth = Pop3::AuthMethod::Automatic;
    QCOMPARE(automatic.sessionSettings(nullptr)->preferredLoginMethod, QByteArray("USER"));
}

/// A SOCKS5 account: the session's bytes go through the proxy, and the server's (internationalized)
/// name is resolved by the proxy, in its IDNA form: no DNS knows pop.bücher.invalid.
void TestHostileCompat::throughSocks5Proxy()
{
    Fixture f(maildrop(2));
    QVERIFY(f.ok);
    Socks5Proxy proxy(QHostAddress::LocalHost, f.server.port());
    QVERIFY(proxy.listenLocal());
    f.account.host = QStringLiteral("pop.bücher.invalid");
    f.account.port = 110;
    f.account.proxy = *Net::proxyFromName(QStringLiteral("socks5://127.0.0.1:%1").arg(proxy.serverPort()));
    const SyncResult r = f.run(Operation::Check);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.newMessages, 2);
    QCOMPARE(proxy.requested, QStringList{QStringLiteral("pop.xn--bcher-kva.invalid:110")});
    QVERIFY(proxy.bytesToServer > 0);
    QVERIFY(proxy.bytesToClient > 0);
    QCOMPARE(f.stored().size(), 2);

    // "none" goes straight to the name, which does not resolve: nothing reaches the proxy.
    f.account.proxy = *Net::proxyFromName(QStringLiteral("none"));
    const SyncResult direct = f.run(Operation::Check);
    QCOMPARE(direct.error.kind, Kind::HostNotFound);
    QCOMPARE(proxy.requested.size(), 1);
}

/// `account set --proxy` and `--host` in poplar-sync: kept, shown, honoured by `check`; a name
/// that cannot be a host and a proxy without a port are refused with exit 2.
void TestHostileCompat::poplarSyncProxyAndHostOptions()
{
    Fixture f(maildrop(1));
    QVERIFY(f.ok);
    Socks5Proxy proxy(QHostAddress::LocalHost, f.server.port());
    QVERIFY(proxy.listenLocal());
    const QStringList profile{QStringLiteral("--profile"), f.dir.path()};
    auto sync = [&](const QStringList &arguments) {
        return runPoplarSync(QStringLiteral(POPLAR_SYNC_PATH), profile + arguments);
    };
    const QString socks = QStringLiteral("socks5://127.0.0.1:%1").arg(proxy.serverPort());
    SyncProcessResult set = sync({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("compat"),
                                  QStringLiteral("--host"), QStringLiteral("pop.bücher.de"), QStringLiteral("--port"),
                                  QStringLiteral("110"), QStringLiteral("--proxy"), socks, QStringLiteral("--password-command"),
                                  QStringLiteral("echo pw")});
    QVERIFY2(set.finished && set.exitCode == 0, set.err.constData());
    const SyncProcessResult show = sync({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("compat")});
    QVERIFY2(show.out.contains("\nproxy\t" + socks.toUtf8() + '\n'), show.out.constData());
    QVERIFY2(show.out.contains("\nhost\tpop.bücher.de\n"), show.out.constData());
    QVERIFY2(show.out.contains("\nhost-ascii\tpop.xn--bcher-kva.de\n"), show.out.constData());

    // Only the proxy resolves the name (it sends every connection to the loopback server).
    const SyncProcessResult check = sync({QStringLiteral("check"), QStringLiteral("compat")});
    QVERIFY2(check.finished && check.exitCode == 0, check.err.constData());
    QCOMPARE(proxy.requested, QStringList{QStringLiteral("pop.xn--bcher-kva.de:110")});

    set = sync({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("compat"), QStringLiteral("--host"),
                QStringLiteral("pop..example.org")});
    QCOMPARE(set.exitCode, 2);
    QVERIFY2(set.err.contains("not a valid server name"), set.err.constData());
    set = sync({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("compat"), QStringLiteral("--proxy"),
                QStringLiteral("socks5://127.0.0.1")});
    QCOMPARE(set.exitCode, 2);
    QVERIFY2(set.err.contains("no port"), set.err.constData());
}

/// A server that hangs up after refusing a login method: automatic login goes on with the next
/// method on a new connection (the one refused is not tried again); on a server that stays, on the
/// same connection; without the account's consent to send the password, no second connection.
void TestHostileCompat::hangUpAfterRefusedLoginGoesOnInNewConnection()
{
    for (const bool hangsUp : {true, false}) {
        Fixture f(maildrop(2));
        QVERIFY(f.ok);
        f.server.capabilities = "USER\r\nSASL CRAM-MD5\r\nTOP\r\nUIDL\r\n";
        f.server.unknownVerbs = {"AUTH"};
        if (hangsUp)
            f.server.closeAfter = {"AUTH"};
        f.account.auth = Pop3::AuthMethod::Automatic;
        f.account.allowPlaintextFallback = true;
        const SyncResult r = f.run(Operation::Check);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.newMessages, 2);
        QCOMPARE(f.server.connections(), hangsUp ? 2 : 1);
        QCOMPARE(f.server.commands.count("AUTH CRAM-MD5"), 1);
        QVERIFY(f.server.commands.contains("USER alice"));
        QVERIFY(r.server && r.server->loginMethod == "USER");
    }
    // Without consent to send the password after CRAM-MD5 was refused: one connection, one error
    // that names the method.
    Fixture f(maildrop(1));
    QVERIFY(f.ok);
    f.server.capabilities = "USER\r\nSASL CRAM-MD5\r\nTOP\r\nUIDL\r\n";
    f.server.unknownVerbs = {"AUTH"};
    f.server.closeAfter = {"AUTH"};
    f.account.auth = Pop3::AuthMethod::Automatic;
    const SyncResult r = f.run(Operation::Check);
    QCOMPARE(r.error.kind, Kind::AuthenticationFailed);
    QVERIFY2(r.error.message.contains(QLatin1String("CRAM-MD5")), qPrintable(r.error.message));
    QCOMPARE(f.server.connections(), 1);
}

QTEST_GUILESS_MAIN(TestHostileCompat)
#include "tst_hostile_compat.moc"

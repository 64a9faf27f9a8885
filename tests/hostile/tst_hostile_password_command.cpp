// Password commands that print far more than a password: `yes` forever, or 100 MB of NULs with
// no line end. The secret is the first line, and it is read within a bound (64 KiB): beyond
// that the command is stopped with a clear error, in the sync service (the application) and in
// poplar-sync alike, and memory stays bounded. Both front ends get the secret through one
// Sync::Runner: only the line end is removed (a trailing space is part of the password), a
// command that never ends is killed at its timeout, and the application never waits for one.

#include "HostileClient.h"
#include "MailboxServer.h"
#include "store/Profile.h"
#include "sync/PasswordCommand.h"
#include "sync/Runner.h"
#include "sync/SyncService.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace Poplar;
using namespace Poplar::Test;

namespace {

const QString HundredMegabytes = QStringLiteral("head -c 100000000 /dev/zero");
const QString Endless = QStringLiteral("yes");
const QString TooMuch = QStringLiteral("more than 65536 bytes");

/// Commands that print 100 MB, with and without line ends: only the bound can stop them in time.
void addFloodRows()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("100 MB without a line end") << HundredMegabytes;
    QTest::newRow("100 MB of lines") << QStringLiteral("yes | head -c 100000000");
}

/// Fails the test when the peak resident size grew 16 MB or more since `beforeKb`.
void verifyBoundedMemory(qint64 beforeKb)
{
    const qint64 growthKb = procStatusKb("VmHWM") - beforeKb;
    if (residentSizeIsMeaningful())
        QVERIFY2(growthKb < 16 * 1024, QByteArray::number(growthKb).constData());
}

/// Runs `command` to its end; what it reported.
Sync::PasswordCommandOutput runCommand(Sync::PasswordCommand &command, const QString &line, int timeoutMs)
{
    QSignalSpy finished(&command, &Sync::PasswordCommand::finished);
    command.start(line, timeoutMs);
    if (!spinUntil([&] { return !finished.isEmpty(); }, 60000))
        return {};
    return finished.first().first().value<Sync::PasswordCommandOutput>();
}

/// A password with a space at its end, as a password command prints it (with a CRLF line end,
/// as from a file written on Windows).
const QByteArray SpacedPassword = "pw with space ";
const QString SpacedCommand = QStringLiteral("printf 'pw with space \\r\\nsecond line\\n'");

/// An account of `server` in the profile at `dir`, logging in with `passwordCommand`.
Account::AccountSettings addAccount(const QString &dir, const QString &name, quint16 port, const QString &passwordCommand)
{
    Account::AccountSettings a;
    a.name = name;
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.user = QStringLiteral("alice");
    a.security = Pop3::Security::Plain;
    a.auth = Pop3::AuthMethod::User;
    a.passwordCommand = passwordCommand;
    QString error;
    const auto profile = Store::Profile::open(dir, &error);
    if (profile)
        a.id = profile->accounts().add(a, &error);
    if (a.id == 0)
        qWarning("cannot add the account: %s", qPrintable(error));
    return a;
}

/// A server that takes SpacedPassword and holds one message, and a profile whose account logs in
/// to it with SpacedCommand.
struct SpacedFixture {
    MailboxServer server;
    QTemporaryDir profile;
    Account::AccountSettings account;
    bool ready = false;

    SpacedFixture()
    {
        server.password = SpacedPassword;
        server.messages.append({QByteArray("Subject: one\r\n\r\nbody\r\n"), QByteArray("u1")});
        if (server.listenLocal() && profile.isValid())
            account = addAccount(profile.path(), QStringLiteral("spaced"), server.port(), SpacedCommand);
        ready = account.id != 0;
    }
};

} // namespace

class TestHostilePasswordCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void boundedRead_data();
    void boundedRead();
    void syncService_data();
    void syncService();
    void poplarSync_data();
    void poplarSync();
    void secretFromOutput_data();
    void secretFromOutput();
    void timeoutKills();
    void trailingSpaceInTheApplication();
    void trailingSpaceInPoplarSync();
    void serviceNeverWaitsForACommand();
};

void TestHostilePasswordCommand::initTestCase()
{
    qRegisterMetaType<Sync::SyncRequest>();
}

void TestHostilePasswordCommand::boundedRead_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("yes") << Endless << false;
    QTest::newRow("100 MB without a line end") << HundredMegabytes << false;
    QTest::newRow("exactly the bound") << QStringLiteral("head -c 65536 /dev/zero") << true;
    QTest::newRow("a password") << QStringLiteral("printf 'secret\\nrest\\n'") << true;
}

void TestHostilePasswordCommand::boundedRead()
{
    QFETCH(QString, command);
    QFETCH(bool, succeeds);
    QVERIFY(resetPeakRss());
    const qint64 before = procStatusKb("VmRSS");
    Sync::PasswordCommand process;
    const Sync::PasswordCommandOutput result = runCommand(process, command, 60000);
    QCOMPARE(result.succeeded, succeeds);
    if (succeeds) {
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.output.size() <= Sync::MaxPasswordCommandOutput);
    } else {
        QVERIFY2(result.error.contains(TooMuch), qPrintable(result.error));
        QVERIFY(result.output.isEmpty());
        QVERIFY(!process.isRunning());
    }
    verifyBoundedMemory(before);
}

void TestHostilePasswordCommand::syncService_data()
{
    addFloodRows();
}

/// The application's path: the run asks for the password with the reason, having read no more
/// than the bound.
void TestHostilePasswordCommand::syncService()
{
    QFETCH(QString, command);
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    Sync::SyncService service(profile.path());
    service.initialize();
    QSignalSpy needed(&service, &Sync::SyncService::secretNeeded);
    QSignalSpy finished(&service, &Sync::SyncService::finished);
    Sync::SyncRequest request;
    request.account.id = 1;
    request.account.name = QStringLiteral("drip");
    request.account.host = QStringLiteral("127.0.0.1");
    request.account.port = 1;
    request.account.user = QStringLiteral("alice");
    request.account.security = Pop3::Security::Plain;
    request.account.auth = Pop3::AuthMethod::User;
    request.account.passwordCommand = command;
    QVERIFY(resetPeakRss());
    const qint64 before = procStatusKb("VmRSS");
    service.start(request);
    QVERIFY(spinUntil([&] { return !needed.isEmpty() || !finished.isEmpty(); }, 60000));
    QCOMPARE(finished.size(), 0);
    QCOMPARE(needed.size(), 1);
    const QString reason = needed.first().at(1).toString();
    QVERIFY2(reason.contains(TooMuch), qPrintable(reason));
    verifyBoundedMemory(before);
}

void TestHostilePasswordCommand::poplarSync_data()
{
    addFloodRows();
}

/// poplar-sync's own copy: a clear error and the authentication exit code, before anything is
/// sent anywhere.
void TestHostilePasswordCommand::poplarSync()
{
    QFETCH(QString, command);
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QProcess tool;
    tool.setProcessEnvironment(englishEnvironment());
    tool.start(QStringLiteral(POPLAR_SYNC_PATH),
               {QStringLiteral("--profile"), profile.path(), QStringLiteral("scan"), QStringLiteral("--host"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--security"),
                QStringLiteral("plain"), QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--auth"),
                QStringLiteral("user"), QStringLiteral("--password-command"), command});
    QVERIFY(tool.waitForFinished(60000));
    const QString err = QString::fromLocal8Bit(tool.readAllStandardError());
    QVERIFY2(err.contains(TooMuch), qPrintable(err.left(400)));
    QCOMPARE(tool.exitCode(), 5);
}

void TestHostilePasswordCommand::secretFromOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("line") << QByteArray("pw\n") << QByteArray("pw");
    QTest::newRow("trailing space kept") << QByteArray("pw \n") << QByteArray("pw ");
    QTest::newRow("CRLF: only the line end goes") << QByteArray("pw \r\n") << QByteArray("pw ");
    QTest::newRow("leading space kept") << QByteArray("  pw\n") << QByteArray("  pw");
    QTest::newRow("no line end") << QByteArray("pw") << QByteArray("pw");
    QTest::newRow("CR alone at the end") << QByteArray("pw\r") << QByteArray("pw");
    QTest::newRow("CR inside kept") << QByteArray("p\rw\n") << QByteArray("p\rw");
    QTest::newRow("first line only") << QByteArray("pw\nsecond\n") << QByteArray("pw");
    QTest::newRow("empty first line") << QByteArray("\nsecond\n") << QByteArray();
    QTest::newRow("tab kept") << QByteArray("pw\t\n") << QByteArray("pw\t");
}

void TestHostilePasswordCommand::secretFromOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(QByteArray, secret);
    QCOMPARE(Sync::secretFromCommandOutput(output), secret);
}

/// A command that never ends is killed at its timeout and says so; nothing waited for it.
void TestHostilePasswordCommand::timeoutKills()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pidFile = dir.filePath(QStringLiteral("pid"));
    Sync::PasswordCommand command;
    const Sync::PasswordCommandOutput result =
        runCommand(command, QStringLiteral("echo $$ > '%1'; exec sleep 1000").arg(pidFile), 300);
    QVERIFY(!result.succeeded);
    QVERIFY2(result.error.contains(QStringLiteral("did not finish in time")), qPrintable(result.error));
    QVERIFY(!command.isRunning());
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pid = file.readAll().trimmed();
    QVERIFY(!pid.isEmpty());
    // Killed, not left behind: its /proc entry goes (a zombie until reaped counts as gone too).
    QVERIFY(spinUntil([&] {
        QFile status(QStringLiteral("/proc/%1/status").arg(QString::fromLatin1(pid)));
        return !status.open(QIODevice::ReadOnly) || status.readAll().contains("State:\tZ");
    }, 30000));
}

/// The application's front end (SyncService): the password's trailing space reaches the server.
void TestHostilePasswordCommand::trailingSpaceInTheApplication()
{
    SpacedFixture f;
    QVERIFY(f.ready);
    Sync::SyncService service(f.profile.path());
    service.initialize();
    QSignalSpy finished(&service, &Sync::SyncService::finished);
    QSignalSpy needed(&service, &Sync::SyncService::secretNeeded);
    service.start({Sync::Operation::Check, f.account, {}, {}});
    QVERIFY(spinUntil([&] { return !finished.isEmpty() || !needed.isEmpty(); }, 60000));
    QCOMPARE(needed.size(), 0);
    const auto result = finished.first().at(1).value<Sync::SyncResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.newMessages, 1);
    QVERIFY(f.server.commands.contains("PASS " + SpacedPassword));
}

/// poplar-sync's front end: the same secret from the same command.
void TestHostilePasswordCommand::trailingSpaceInPoplarSync()
{
    SpacedFixture f;
    QVERIFY(f.ready);
    QProcess tool;
    tool.setProcessEnvironment(englishEnvironment());
    tool.start(QStringLiteral(POPLAR_SYNC_PATH),
               {QStringLiteral("--profile"), f.profile.path(), QStringLiteral("check"), QStringLiteral("spaced")});
    // The server runs in this thread: spin until the tool is done.
    QVERIFY(spinUntil([&] { return tool.state() == QProcess::NotRunning; }, 60000));
    const QString err = QString::fromLocal8Bit(tool.readAllStandardError());
    QVERIFY2(tool.exitCode() == 0, qPrintable(err));
    QVERIFY(QString::fromLocal8Bit(tool.readAllStandardOutput()).contains(QStringLiteral("spaced: 1 new")));
    QVERIFY(f.server.commands.contains("PASS " + SpacedPassword));
}

/// A password command that does not answer keeps only its own account waiting: another account
/// checks meanwhile, Stop ends the waiting one at once, and the service is destroyed without a
/// wait (the test would hang otherwise).
void TestHostilePasswordCommand::serviceNeverWaitsForACommand()
{
    MailboxServer server;
    server.password = SpacedPassword;
    QVERIFY(server.listenLocal());
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    const Account::AccountSettings slow =
        addAccount(profile.path(), QStringLiteral("slow"), server.port(), QStringLiteral("exec sleep 1000"));
    const Account::AccountSettings quick = addAccount(profile.path(), QStringLiteral("quick"), server.port(), SpacedCommand);
    QVERIFY(slow.id != 0 && quick.id != 0);
    auto service = std::make_unique<Sync::SyncService>(profile.path());
    service->initialize();
    QSignalSpy started(service.get(), &Sync::SyncService::syncStarted);
    QSignalSpy finished(service.get(), &Sync::SyncService::finished);
    service->start({Sync::Operation::Check, slow, {}, {}});
    service->start({Sync::Operation::Check, quick, {}, {}});
    QCOMPARE(started.size(), 2); // both runs under way; neither start() waited for a command
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }, 60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), quick.id);
    QVERIFY(finished.first().at(1).value<Sync::SyncResult>().ok());
    service->stop(slow.id);
    QVERIFY(spinUntil([&] { return finished.size() == 2; }, 60000));
    QCOMPARE(finished.at(1).at(0).toLongLong(), slow.id);
    QCOMPARE(finished.at(1).at(1).value<Sync::SyncResult>().error.kind, Pop3::Error::Kind::Aborted);
    // Once more, left waiting: destroying the service kills the command instead of waiting.
    service->start({Sync::Operation::Check, slow, {}, {}});
    service.reset();
}

QTEST_GUILESS_MAIN(TestHostilePasswordCommand)
#include "tst_hostile_password_command.moc"

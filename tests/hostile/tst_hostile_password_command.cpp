// Password commands that print far more than a password: `yes` forever, or 100 MB of NULs with
// no line end. The secret is the first line, and it is read within a bound (64 KiB): beyond
// that the command is stopped with a clear error, in the sync service (the application) and in
// poplar-sync alike, and memory stays bounded.

#include "HostileClient.h"
#include "sync/PasswordCommand.h"
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
    QProcess process;
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    const Sync::PasswordCommandOutput result = Sync::readPasswordCommandOutput(process, 60000);
    QCOMPARE(result.succeeded, succeeds);
    if (succeeds) {
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.output.size() <= Sync::MaxPasswordCommandOutput);
    } else {
        QVERIFY2(result.error.contains(TooMuch), qPrintable(result.error));
        QVERIFY(result.output.isEmpty());
        QCOMPARE(process.state(), QProcess::NotRunning);
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

QTEST_GUILESS_MAIN(TestHostilePasswordCommand)
#include "tst_hostile_password_command.moc"

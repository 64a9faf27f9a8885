// Desktop integration: the bundled icons behind every themed name, the message window for
// .eml files, and the single instance: a second `poplar` launch for the same profile hands its
// files to the first and exits, and the first opens them. The application runs as a real
// process (offscreen); what it did is read from its poplar.ui debug lines on stderr. And the
// logging categories stay silent unless QT_LOGGING_RULES turns them on.

#include "Icons.h"
#include "MessageWindow.h"
#include "PreviewPane.h"
#include "SingleInstance.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Poplar;

namespace {

const QString MeetingEml = QStringLiteral(POPLAR_TEST_DATA "/demo-mail/02-meeting-utf8.eml");
const QString ReportEml = QStringLiteral(POPLAR_TEST_DATA "/demo-mail/04-report-attachment.eml");

/// One `poplar` process with its own HOME, runtime directory and profile, quiet but for
/// poplar.ui, which tells what it did.
class App {
public:
    explicit App(const QTemporaryDir &root)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("poplar.ui.debug=true"));
        env.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("run")));
        m_process.setProcessEnvironment(env);
        m_profile = root.filePath(QStringLiteral("profile"));
    }
    ~App()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void start(const QStringList &files = {})
    {
        m_process.start(QStringLiteral(POPLAR_GUI_PATH), QStringList{QStringLiteral("--profile"), m_profile} + files);
    }
    /// Everything it printed on stderr so far.
    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_profile;
    QString m_log;
};

} // namespace

class TestDesktop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void bundledIconsStandIn_data();
    void bundledIconsStandIn();
    void messageWindowShowsFile();
    void messageWindowReportsUnreadableFile();
    void secondLaunchHandsOver_data();
    void secondLaunchHandsOver();
    void firstLaunchOpensItsFile();
    void staleSocketIsReplaced();
    void hostilePeerIsCutOff();
    void runtimeDirectoryFallbackIsPrivate();
    void loggingIsQuietUnlessAskedFor();

private:
    /// A fresh root with a private runtime directory, as the session's XDG_RUNTIME_DIR is.
    static void prepare(const QTemporaryDir &root);
    /// Starts `app` and waits until it is the running instance.
    static void startRunning(App &app, const QStringList &files = {});
    /// Starts `app` as a second launch and checks that it handed over and exited 0.
    static void handOver(App &app, const QStringList &files);
};

void TestDesktop::initTestCase()
{
    QVERIFY(QFile::exists(MeetingEml));
    QVERIFY(QFile::exists(QStringLiteral(POPLAR_GUI_PATH)));
}

void TestDesktop::prepare(const QTemporaryDir &root)
{
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("run")));
    QFile::setPermissions(root.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestDesktop::startRunning(App &app, const QStringList &files)
{
    app.start(files);
    QTRY_VERIFY_WITH_TIMEOUT(app.log().contains(QStringLiteral("single instance: listening")), 20000);
}

void TestDesktop::handOver(App &app, const QStringList &files)
{
    app.start(files);
    QVERIFY(app.process().waitForFinished(10000));
    QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.process().exitCode(), 0);
    QVERIFY2(app.log().contains(QStringLiteral("handed %1 file(s) to the running instance: true").arg(files.size())),
             qPrintable(app.log()));
}

void TestDesktop::bundledIconsStandIn_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"mail-receive", "document-save", "edit-delete", "process-stop", "document-export",
                             "edit-undo", "mail-unread", "network-server", "mail-read", "dialog-warning",
                             "dialog-cancel", "mail-attachment", "mail-folder-inbox", "message-rfc822"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestDesktop::bundledIconsStandIn()
{
    QFETCH(QString, name);
    // Offscreen there is no icon theme: every icon must come from the bundled fallbacks.
    const QIcon icon = Ui::themedIcon(name);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.pixmap(16).size(), QSize(16, 16));
    QCOMPARE(icon.pixmap(32).size(), QSize(32, 32));
    QVERIFY(!Ui::applicationIcon().pixmap(256).isNull());
}

void TestDesktop::messageWindowShowsFile()
{
    Ui::MessageWindow window;
    QVERIFY(window.openFile(ReportEml));
    QVERIFY2(window.windowTitle().endsWith(QStringLiteral(" - Poplar")), qPrintable(window.windowTitle()));
    QTRY_VERIFY(!window.preview()->renderedText().trimmed().isEmpty());

    Ui::MessageWindow meeting;
    QVERIFY(meeting.openFile(MeetingEml));
    // Decoded off the UI thread: the subject and text arrive when that is done.
    QTRY_VERIFY2(meeting.windowTitle().contains(QStringLiteral("Treffen am Donnerstag")),
                 qPrintable(meeting.windowTitle()));
    QTRY_VERIFY(meeting.preview()->renderedText().contains(QStringLiteral("Leopoldstraße")));
}

void TestDesktop::messageWindowReportsUnreadableFile()
{
    Ui::MessageWindow window;
    QVERIFY(!window.openFile(QStringLiteral("/nonexistent/message.eml")));
    QVERIFY(window.preview()->renderedText().contains(QStringLiteral("/nonexistent/message.eml")));
}

void TestDesktop::secondLaunchHandsOver_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("firstSays");
    QTest::newRow("an .eml file") << QStringList{MeetingEml} << QStringLiteral("activation requested with 1 file(s)");
    QTest::newRow("no files") << QStringList{} << QStringLiteral("activation requested with 0 file(s)");
}

void TestDesktop::secondLaunchHandsOver()
{
    QFETCH(QStringList, files);
    QFETCH(QString, firstSays);
    QTemporaryDir root;
    prepare(root);
    App first(root);
    startRunning(first);
    if (QTest::currentTestFailed())
        return;
    App second(root);
    handOver(second, files); // the second process ends on its own: it hands over, never waits
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(first.log().contains(firstSays), 10000);
    if (files.isEmpty()) {
        QVERIFY(!first.log().contains(QStringLiteral("message viewer opened")));
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(first.log().contains(QStringLiteral("message viewer opened")), 10000);
        QVERIFY2(first.log().contains(MeetingEml), qPrintable(first.log()));
        QVERIFY2(first.log().contains(QStringLiteral("Treffen am Donnerstag")), qPrintable(first.log()));
    }
    QCOMPARE(first.process().state(), QProcess::Running);
}

void TestDesktop::firstLaunchOpensItsFile()
{
    QTemporaryDir root;
    prepare(root);
    App app(root);
    startRunning(app, {MeetingEml});
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(app.log().contains(QStringLiteral("message viewer opened")), 20000);
    QCOMPARE(app.process().state(), QProcess::Running);
}

void TestDesktop::staleSocketIsReplaced()
{
    QTemporaryDir root;
    prepare(root);
    // What a crashed instance leaves behind: the socket path exists, nobody listens.
    qputenv("XDG_RUNTIME_DIR", root.filePath(QStringLiteral("run")).toLocal8Bit());
    const QString path = Ui::SingleInstance::socketPath(root.filePath(QStringLiteral("profile")));
    QVERIFY(path.startsWith(root.filePath(QStringLiteral("run"))));
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();

    App first(root);
    startRunning(first);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!first.log().contains(QStringLiteral("cannot listen")), qPrintable(first.log()));
    App second(root);
    handOver(second, {MeetingEml});
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(first.log().contains(QStringLiteral("message viewer opened")), 10000);
}

void TestDesktop::hostilePeerIsCutOff()
{
    QTemporaryDir root;
    prepare(root);
    qputenv("XDG_RUNTIME_DIR", root.filePath(QStringLiteral("run")).toLocal8Bit());
    const QString profile = root.filePath(QStringLiteral("profile"));
    Ui::SingleInstance first(profile);
    QSignalSpy listening(&first, &Ui::SingleInstance::listening);
    first.start({}, 1000);
    QTRY_COMPARE(listening.size(), 1);
    QSignalSpy activated(&first, &Ui::SingleInstance::activationRequested);
    const QString path = Ui::SingleInstance::socketPath(profile);
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup),
             QFile::Permissions());

    // Each is cut off without an answer, without a crash and without an activation.
    auto stream = [](quint32 magic, quint32 count, const QByteArray &rest = {}) {
        QByteArray message;
        QDataStream out(&message, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << magic << count;
        return message + rest;
    };
    const QByteArray hugeString = QByteArray::fromHex("7ffffffe") + QByteArray(1536 * 1024, 'x');
    const QList<QByteArray> hostile{
        stream(0x504f5031, 0xffffffffu),                       // four billion files: nothing reserved
        stream(0x504f5031, 257),                               // more files than allowed
        stream(0x12345678, 1),                                 // not the protocol
        stream(0x504f5031, 1, QByteArray::fromHex("00000003")), // an odd string length
        stream(0x504f5031, 1, hugeString),                     // a string that never ends
        QByteArray(),                                          // silence
    };
    for (const QByteArray &bytes : hostile) {
        QLocalSocket peer;
        peer.connectToServer(path);
        QVERIFY(peer.waitForConnected(2000));
        peer.write(bytes);
        QTRY_VERIFY_WITH_TIMEOUT(peer.state() == QLocalSocket::UnconnectedState, 10000);
        QVERIFY(!peer.readAll().contains("ok"));
        QCOMPARE(activated.size(), 0);
    }

    // A well-formed hand-over: only absolute paths of regular .eml files get through.
    const QString fifo = root.filePath(QStringLiteral("pipe.eml"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QStringList offered{fifo, QStringLiteral("relative.eml"), QStringLiteral("/dev/zero"),
                              QStringLiteral(POPLAR_TEST_DATA), MeetingEml};
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << quint32(0x504f5031) << offered;
    QLocalSocket peer;
    peer.connectToServer(path);
    QVERIFY(peer.waitForConnected(2000));
    peer.write(message);
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);
    QCOMPARE(activated.first().first().toStringList(), QStringList{MeetingEml});
}

void TestDesktop::runtimeDirectoryFallbackIsPrivate()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    // Qt refuses a runtime directory it cannot use (here: not a directory at all), and so its
    // own stand-in <temp>/runtime-<user> (as when another user made it first); the socket
    // must then not land in the shared temporary directory.
    const QString notADirectory = root.filePath(QStringLiteral("runtime-file"));
    const struct passwd *user = ::getpwuid(::geteuid());
    QVERIFY(user);
    for (const QString &name : {notADirectory, root.filePath(QStringLiteral("runtime-%1").arg(QString::fromLocal8Bit(user->pw_name)))}) {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
    }
    const QByteArray savedTmp = qgetenv("TMPDIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(notADirectory));
    qputenv("TMPDIR", QFile::encodeName(root.path()));
    const QString privateDir = root.filePath(QStringLiteral("poplar-%1").arg(::geteuid()));
    const QString path = Ui::SingleInstance::socketPath(root.filePath(QStringLiteral("profile")));
    QVERIFY2(path.startsWith(privateDir + QLatin1Char('/')), qPrintable(path));
    struct stat st {};
    QCOMPARE(::lstat(QFile::encodeName(privateDir).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0700);

    // One that others may enter (or that is not this user's) is not used at all.
    QVERIFY(QFile::setPermissions(privateDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                  | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(Ui::SingleInstance::socketPath(root.filePath(QStringLiteral("profile"))).isEmpty());
    Ui::SingleInstance alone(root.filePath(QStringLiteral("profile")));
    QSignalSpy aloneListening(&alone, &Ui::SingleInstance::listening);
    QSignalSpy handedOver(&alone, &Ui::SingleInstance::handedOver);
    alone.start({}, 500);
    QTRY_COMPARE(aloneListening.size(), 1);
    QCOMPARE(handedOver.size(), 0);
    if (savedTmp.isEmpty())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", savedTmp);
}

void TestDesktop::loggingIsQuietUnlessAskedFor()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    auto run = [&root](const QString &rules) {
        QProcess sync;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        if (!rules.isEmpty())
            env.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
        sync.setProcessEnvironment(env);
        sync.start(QStringLiteral(POPLAR_SYNC_PATH),
                   {QStringLiteral("--profile"), root.filePath(QStringLiteral("profile")), QStringLiteral("account"),
                    QStringLiteral("list")});
        sync.waitForFinished(20000);
        return QString::fromUtf8(sync.readAllStandardError());
    };
    const QString quiet = run({});
    QVERIFY2(!quiet.contains(QStringLiteral("poplar.")), qPrintable(quiet));
    const QString loud = run(QStringLiteral("poplar.*.debug=true"));
    QVERIFY2(loud.contains(QStringLiteral("poplar.store: opened")), qPrintable(loud));
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"

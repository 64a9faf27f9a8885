// Desktop integration: the bundled icons behind every themed name, the message window for
// .eml files, and the single instance: a second `poplar` launch for the same profile hands its
// files to the first and exits, and the first opens them. The application runs as a real
// process (offscreen); what it did is read from its poplar.ui debug lines on stderr. And the
// logging categories stay silent unless QT_LOGGING_RULES turns them on.

#include "Icons.h"
#include "MessageWindow.h"
#include "PreviewPane.h"
#include "SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
    QVERIFY(!window.preview()->renderedText().trimmed().isEmpty());

    Ui::MessageWindow meeting;
    QVERIFY(meeting.openFile(MeetingEml));
    QVERIFY2(meeting.windowTitle().contains(QStringLiteral("Treffen am Donnerstag")),
             qPrintable(meeting.windowTitle()));
    QVERIFY(meeting.preview()->renderedText().contains(QStringLiteral("Leopoldstraße")));
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
    QElapsedTimer timer;
    timer.start();
    handOver(second, files);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
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

// Hostile content on the screen: messages whose HTML names local files, FIFOs, devices, qrc:
// resources, style sheets and oversized data: URLs, rendered offscreen in the preview pane and
// in the message window; and a server whose -ERR text carries markup and control characters,
// shown by the main window's error bar.
//
// What must not happen is watched from outside the code under test: a directory of probes
// (a FIFO, an image, a style sheet) is watched with inotify, so any open of them shows; the FIFO
// would block the UI thread forever, so a watchdog thread ends such a block by opening its
// other end and fails the test; /dev/zero would grow memory without end, so the address space
// is limited (not under sanitizers); and the view's own count of refused resources is checked
// against what each message asks for.

#include "AccountList.h"
#include "ErrorBar.h"
#include "MainWindow.h"
#include "MessageWindow.h"
#include "PreviewPane.h"
#include "ScriptedServer.h"
#include "mime/MessagePreview.h"
#include "store/Profile.h"
#include "sync/SyncService.h"
#include "wizard/AccountWizard.h"
#include "wizard/ConnectionTestPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QHelpEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <condition_variable>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define POPLAR_UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POPLAR_UNDER_SANITIZER 1
#endif
#endif

using namespace Poplar;
using namespace Poplar::Test;

namespace {

constexpr int WaitMs = 60000;
/// The renderer's bound for one message, generous for a loaded machine; passing it means the UI
/// thread was stuck (a FIFO open, an endless read).
constexpr auto WatchdogBound = std::chrono::seconds(45);

/// A PNG whose header claims 100,000 x 100,000 pixels: a decompression bomb by its size alone.
const QByteArray HugePng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgABhqAAAYagCAYAAACoUgvIAAAADElEQVR4nGNgoAwAAABAAAG3NHzvAAAAAElFTkSuQmCC");

QByteArray pngBytes(int side, QColor color)
{
    QImage image(side, side, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A directory of things no message may open, watched with inotify.
class ProbeDirectory {
public:
    ProbeDirectory()
    {
        fifo = m_dir.filePath(QStringLiteral("probe-fifo"));
        image = m_dir.filePath(QStringLiteral("probe.png"));
        styleSheet = m_dir.filePath(QStringLiteral("probe.css"));
        QFile png(image);
        QFile css(styleSheet);
        m_ready = m_dir.isValid() && ::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0
                  && png.open(QIODevice::WriteOnly) && png.write(pngBytes(16, Qt::red)) > 0
                  && css.open(QIODevice::WriteOnly) && css.write("body { color: red }") > 0;
        png.close();
        css.close();
        m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        m_ready = m_ready && m_inotify >= 0
                  && ::inotify_add_watch(m_inotify, QFile::encodeName(m_dir.path()).constData(),
                                         IN_OPEN | IN_ACCESS) >= 0;
    }
    ~ProbeDirectory()
    {
        if (m_inotify >= 0)
            ::close(m_inotify);
    }
    bool isReady() const { return m_ready; }
    QString path() const { return m_dir.path(); }

    /// Names of probes opened or read since the last call.
    QStringList touched()
    {
        QStringList names;
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(m_inotify, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t offset = 0; offset < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
                names << (event->len ? QString::fromLocal8Bit(event->name) : QStringLiteral("(the directory)"));
                offset += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
        return names;
    }

    QString fifo, image, styleSheet;

private:
    QTemporaryDir m_dir;
    int m_inotify = -1;
    bool m_ready = false;
};

/// Ends a UI thread stuck on the probe FIFO: after the bound it opens the FIFO's writing end
/// (which lets a blocked reader go on, to end of file), again and again until the work is
/// given up, and records that it had to.
class Watchdog {
public:
    explicit Watchdog(const QString &fifo) : m_fifo(QFile::encodeName(fifo))
    {
        m_thread = std::thread([this] {
            std::unique_lock lock(m_mutex);
            if (m_done.wait_for(lock, WatchdogBound, [this] { return m_finished; }))
                return;
            m_fired = true;
            // Each later open of the FIFO blocks again: keep letting them through until the
            // test gives up on the work.
            do {
                const int fd = ::open(m_fifo.constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0)
                    ::close(fd);
            } while (!m_done.wait_for(lock, std::chrono::milliseconds(200), [this] { return m_finished; }));
        });
    }
    /// Stops watching; true when the watched work finished within the bound.
    bool finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        m_thread.join();
        return !m_fired;
    }
    ~Watchdog()
    {
        if (m_thread.joinable())
            finish();
    }

private:
    QByteArray m_fifo;
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    bool m_fired = false;
    std::thread m_thread;
};

/// The -ERR text a hostile server answers a password with: markup that would load the probe
/// FIFO and show a link, terminal controls and a bidi override.
QByteArray hostileServerText(const QString &fifo)
{
    return "<img src=\"" + fifo.toUtf8() + "\"><b>Bold</b> <a href=\"https://evil.example/reset\">"
           "Reset your account</a>\x1b]0;owned\x07\xe2\x80\xae" "fdp.exe";
}

/// True when `text` holds no control character and no bidi override; says which otherwise.
bool isPlainSafe(const QString &text, QString *why)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || u == 0x7F || (u >= 0x80 && u < 0xA0) || (u >= 0x202A && u <= 0x202E)) {
            *why = QStringLiteral("U+%1 in %2").arg(uint(u), 4, 16, QLatin1Char('0')).arg(text);
            return false;
        }
    }
    return true;
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

bool clickNext(QWizard &w)
{
    QAbstractButton *next = w.button(QWizard::NextButton);
    if (!QTest::qWaitFor([&] { return next->isEnabled() && next->isVisible(); }, WaitMs))
        return false;
    next->click();
    return true;
}

/// A multipart/related message: `html` as its HTML body and one image by Content-ID, which the
/// HTML may show (the positive control: the policy is not "nothing at all").
QByteArray relatedMessage(const QByteArray &subject, const QByteArray &html)
{
    return "MIME-Version: 1.0\r\n"
           "From: Attacker <a@evil.example>\r\n"
           "To: victim@example.org\r\n"
           "Subject: " + subject + "\r\n"
           "Content-Type: multipart/related; boundary=\"rel\"\r\n\r\n"
           "--rel\r\n"
           "Content-Type: text/html; charset=utf-8\r\n\r\n"
           "<html><body><p>visible-marker</p><img src=\"cid:logo@poplar.test\">" + html + "</body></html>\r\n"
           "--rel\r\n"
           "Content-Type: image/png\r\n"
           "Content-ID: <logo@poplar.test>\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" + pngBytes(8, Qt::blue).toBase64() + "\r\n"
           "--rel--\r\n";
}

/// The images the document holds for the names its image fragments use, by name.
QHash<QString, QSize> documentImages(const QTextDocument *document)
{
    QHash<QString, QSize> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            const QVariant resource = document->resource(QTextDocument::ImageResource, QUrl(name));
            images.insert(name, resource.value<QImage>().size());
        }
    }
    return images;
}

/// Shows the tooltip of every piece of text that has one, as hovering would: each must be
/// escaped text, so nothing in it is loaded or interpreted.
void hoverEveryTooltip(const QTextBrowser *browser)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString tip = fragment.charFormat().toolTip();
            if (tip.isEmpty())
                continue;
            QVERIFY2(tip.startsWith(QLatin1String("<p style=\"white-space:pre\">")) && !tip.contains(QLatin1String("<img")),
                     qPrintable(tip));
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + 1);
            const QPoint at = browser->cursorRect(cursor).center();
            QHelpEvent event(QEvent::ToolTip, at, browser->viewport()->mapToGlobal(at));
            QApplication::sendEvent(browser->viewport(), &event);
        }
    }
}

} // namespace

class TestHostileRender : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void messageHtml_data();
    void messageHtml();
    void hundredMegabyteDataUrl();
    void pixelBudget();
    void serverTextInErrorBar();
    void serverTextInWizard();

private:
    ProbeDirectory m_probes;
    QString m_cwd;
};

void TestHostileRender::initTestCase()
{
    QVERIFY(m_probes.isReady());
    // Relative names resolve against the working directory when nothing else is set: make
    // that the probe directory, so "probe-fifo" alone is a trap too.
    m_cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_probes.path()));
#ifndef POPLAR_UNDER_SANITIZER
    // Reading /dev/zero must end in a crash of this test, not in swapping the machine.
    const rlimit limit{rlim_t(6) << 30, rlim_t(6) << 30};
    QCOMPARE(::setrlimit(RLIMIT_AS, &limit), 0);
#endif
    m_probes.touched();
}

void TestHostileRender::messageHtml_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("refused"); // how many loads the view must refuse; -1: any number
    const QByteArray fifo = m_probes.fifo.toUtf8();
    const QByteArray image = m_probes.image.toUtf8();
    const QByteArray css = m_probes.styleSheet.toUtf8();
    QTest::newRow("nothing hostile") << QByteArray("<p>plain</p>") << 0;
    QTest::newRow("/dev/zero") << QByteArray("<img src=\"/dev/zero\">") << 1;
    QTest::newRow("file:///dev/zero") << QByteArray("<img src=\"file:///dev/zero\">") << 1;
    QTest::newRow("FIFO by path") << "<img src=\"" + fifo + "\">" << 1;
    QTest::newRow("FIFO by file: URL") << "<img src=\"file://" + fifo + "\">" << 1;
    QTest::newRow("FIFO by relative name") << QByteArray("<img src=\"probe-fifo\">") << 1;
    QTest::newRow("local image by path") << "<img src=\"" + image + "\">" << 1;
    QTest::newRow("local image by file: URL") << "<img src=\"file:" + image + "\">" << 1;
    QTest::newRow("local image by relative name") << QByteArray("<img src=\"probe.png\">") << 1;
    QTest::newRow("/proc") << QByteArray("<img src=\"/proc/self/environ\">") << 1;
    QTest::newRow("qrc: resource") << QByteArray("<img src=\"qrc:/icons/16/dialog-warning.png\">") << 1;
    QTest::newRow(":/ resource") << QByteArray("<img src=\":/icons/16/dialog-warning.png\">") << 1;
    QTest::newRow("remote image") << QByteArray("<img src=\"https://tracker.example/pixel.gif\">") << 1;
    QTest::newRow("unknown cid:") << QByteArray("<img src=\"cid:missing@poplar.test\">") << 1;
    QTest::newRow("link style sheet") << "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + css + "\">" << 1;
    QTest::newRow("@import") << "<style>@import url(\"" + css + "\");</style>" << -1;
    QTest::newRow("CSS url() on a cell") << "<table><tr><td style=\"background-image: url(" + image + ")\">x</td></tr></table>" << -1;
    QTest::newRow("body background") << "<table background=\"" + fifo + "\"><tr><td>x</td></tr></table>" << -1;
    QTest::newRow("iframe") << "<iframe src=\"" + fifo + "\"></iframe>" << -1;
    QTest::newRow("object") << "<object data=\"" + fifo + "\"></object>" << -1;
    QTest::newRow("small data: image") << "<img src=\"data:image/png;base64," + pngBytes(4, Qt::green).toBase64() + "\">" << 0;
    QTest::newRow("5 MB data: URL") << "<img src=\"data:image/png;base64," + QByteArray(5 * 1024 * 1024, 'A') + "\">" << 1;
    QTest::newRow("SVG naming a FIFO") << "<img src=\"data:image/svg+xml;base64,"
                                              + ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                                                 "<image width=\"9\" height=\"9\" xlink:href=\"" + fifo + "\"/></svg>").toBase64()
                                              + "\">" << 1;
    QTest::newRow("title tooltip naming a FIFO") << "<span title=\"&lt;img src=&quot;" + fifo + "&quot;&gt;&lt;b&gt;x\">hover-here</span>" << 0;
    QTest::newRow("one part under many names") << QByteArray("<img src=\"cid:logo@poplar.test?1\"><img src=\"cid:logo@poplar.test?2\">"
                                                             "<img src=\"cid:logo@poplar.test?3\">") << 0;
    QTest::newRow("image bomb as data:") << "<img src=\"data:image/png;base64," + HugePng.toBase64() + "\">" << 1;
}

/// Every message is shown twice, as a user meets it: in the main window's preview pane and in a
/// message window opened on the .eml file.
void TestHostileRender::messageHtml()
{
    QFETCH(QByteArray, html);
    QFETCH(int, refused);
    const QByteArray message = relatedMessage(QTest::currentDataTag(), html);

    Ui::PreviewPane pane;
    pane.resize(800, 600);
    pane.show();
    {
        Watchdog watchdog(m_probes.fifo);
        pane.showMessage(Mime::decodeMessage(message), message, true);
        QVERIFY2(watchdog.finish(), "the preview pane blocked on a resource outside the message");
    }
    QVERIFY(pane.renderedText().contains(QLatin1String("visible-marker")));
    if (refused >= 0)
        QCOMPARE(pane.browser()->blockedResources(), refused);
    QCOMPARE(pane.noticeText().contains(QLatin1String("blocked")), pane.browser()->blockedResources() > 0);
    QHash<QString, QSize> images = documentImages(pane.browser()->document());
    QCOMPARE(images.value(QStringLiteral("cid:logo@poplar.test")), QSize(8, 8)); // the message's own part
    images.remove(QStringLiteral("cid:logo@poplar.test"));
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("data:")) && refused == 0)
            QCOMPARE(it.value(), QSize(4, 4));
        else if (it.key().startsWith(QLatin1String("cid:logo@poplar.test")))
            QCOMPARE(it.value(), QSize(8, 8));
        else
            QVERIFY2(it.value().width() <= 1, qPrintable(it.key().left(80))); // the placeholder
    }
    hoverEveryTooltip(pane.browser());
    QStringList touched = m_probes.touched();
    QVERIFY2(touched.isEmpty(), qPrintable(touched.join(QLatin1String(", "))));

    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("hostile.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(message) == message.size());
    file.close();
    auto *window = new Ui::MessageWindow;
    window->show();
    {
        Watchdog watchdog(m_probes.fifo);
        QVERIFY(window->openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(window->preview()->renderedText().contains(QLatin1String("visible-marker")), WaitMs);
        QVERIFY2(watchdog.finish(), "the message window blocked on a resource outside the message");
    }
    if (refused >= 0)
        QCOMPARE(window->preview()->browser()->blockedResources(), refused);
    touched = m_probes.touched();
    QVERIFY2(touched.isEmpty(), qPrintable(touched.join(QLatin1String(", "))));
    delete window;
}

/// A 100 MB data: URL: the message window reads its first 32 MB and shows what it can, within
/// the address-space limit, refusing the cut URL.
void TestHostileRender::hundredMegabyteDataUrl()
{
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("huge.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("MIME-Version: 1.0\r\nSubject: huge data URL\r\nContent-Type: text/html\r\n\r\n"
                       "<p>visible-marker</p><img src=\"data:image/png;base64,") > 0);
    const QByteArray chunk(1024 * 1024, 'A');
    for (int i = 0; i < 100; ++i)
        QVERIFY(file.write(chunk) == chunk.size());
    QVERIFY(file.write("\"><p>after</p>\r\n") > 0);
    file.close();
    auto *window = new Ui::MessageWindow;
    window->show();
    Watchdog watchdog(m_probes.fifo);
    QVERIFY(window->openFile(path));
    QTRY_VERIFY_WITH_TIMEOUT(window->preview()->renderedText().contains(QLatin1String("visible-marker")), WaitMs);
    QVERIFY(watchdog.finish());
    QVERIFY(window->preview()->browser()->blockedResources() <= 1);
    QVERIFY2(window->preview()->noticeText().contains(QLatin1String("too large")), qPrintable(window->preview()->noticeText()));
    const QStringList touched = m_probes.touched();
    QVERIFY2(touched.isEmpty(), qPrintable(touched.join(QLatin1String(", "))));
    delete window;
}

/// Four distinct images of 20 million pixels each: three fit the message's budget, the fourth
/// is refused, so one message can't make the view decode without end.
void TestHostileRender::pixelBudget()
{
    QByteArray html;
    for (const QColor color : {QColor(Qt::red), QColor(Qt::green), QColor(Qt::blue), QColor(Qt::yellow)}) {
        QImage image(4500, 4500, QImage::Format_RGB32);
        image.fill(color);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        html += "<img width=\"10\" height=\"10\" src=\"data:image/png;base64," + png.toBase64() + "\">";
    }
    const QByteArray message = relatedMessage("pixel budget", html);
    Ui::PreviewPane pane;
    pane.resize(800, 600);
    pane.show();
    pane.showMessage(Mime::decodeMessage(message), message, true);
    (void)pane.grab(); // images with a given size are only decoded when painted
    QCOMPARE(pane.browser()->blockedResources(), 1);
}

/// A server that answers the password with markup and terminal controls: the error bar shows
/// its words as plain text, with no live link, no image load and no control character.
void TestHostileRender::serverTextInErrorBar()
{
    QTemporaryDir dir;
    QString error;
    const TlsIdentity identity = TlsIdentity::generate(dir.path(), &error);
    QVERIFY2(identity.isValid(), qPrintable(error));
    const QByteArray serverText = hostileServerText(m_probes.fifo);
    ScriptedServer server;
    server.setTlsIdentity(identity);
    server.setImplicitTls(true);
    server.send("+OK ready\r\n").expect("CAPA").send("+OK\r\nUSER\r\nUIDL\r\nTOP\r\n.\r\n");
    server.expect("USER alice").send("+OK\r\n").expectPrefix("PASS ").send("-ERR " + serverText + "\r\n");
    QVERIFY(server.listenLocal());

    const QString profileDir = dir.filePath(QStringLiteral("profile"));
    qint64 accountId = 0;
    {
        auto profile = Store::Profile::open(profileDir, &error);
        QVERIFY2(profile, qPrintable(error));
        Account::AccountSettings account;
        account.name = QStringLiteral("Hostile");
        account.host = QStringLiteral("127.0.0.1");
        account.port = server.port();
        account.security = Pop3::Security::ImplicitTls;
        account.auth = Pop3::AuthMethod::User;
        account.user = QStringLiteral("alice");
        account.caFile = dir.filePath(QStringLiteral("scripted-cert.pem"));
        account.passwordCommand = QStringLiteral("echo secret");
        accountId = profile->accounts().add(account, &error);
        QVERIFY2(accountId > 0, qPrintable(error));
    }
    Ui::MainWindow w(profileDir);
    w.show();
    Watchdog watchdog(m_probes.fifo);
    w.action(QStringLiteral("check"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.errorBar()->isVisible(), WaitMs);
    QVERIFY2(watchdog.finish(), "the error bar blocked on an image named by the server");
    const auto *label = w.errorBar()->findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    const QString shown = label->text();
    QVERIFY2(shown.contains(QLatin1String("<a href=\"https://evil.example/reset\">")), qPrintable(shown));
    QString why;
    QVERIFY2(isPlainSafe(shown, &why), qPrintable(why));
    // The account's tooltip repeats the failure: always as escaped rich text, so nothing in it
    // can become a tag.
    const QListWidgetItem *item = w.accountList()->item(0);
    QVERIFY(item);
    const QString tip = item->toolTip();
    QVERIFY2(tip.startsWith(QLatin1String("<p style=\"white-space:pre\">")) && tip.endsWith(QLatin1String("</p>")),
             qPrintable(tip));
    QVERIFY2(!tip.mid(1, tip.size() - 5).contains(QLatin1Char('<')), qPrintable(tip));
    const QStringList touched = m_probes.touched();
    QVERIFY2(touched.isEmpty(), qPrintable(touched.join(QLatin1String(", "))));
}

/// The same server met in the account wizard's connection test: its status and details show
/// the server's words as plain text.
void TestHostileRender::serverTextInWizard()
{
    QTemporaryDir dir;
    QString error;
    const TlsIdentity identity = TlsIdentity::generate(dir.path(), &error);
    QVERIFY2(identity.isValid(), qPrintable(error));
    ScriptedServer server;
    server.setTlsIdentity(identity);
    server.setImplicitTls(true);
    server.send("+OK ready\r\n").expect("CAPA").send("+OK\r\nUSER\r\nUIDL\r\nTOP\r\n.\r\n");
    server.expect("USER alice").send("+OK\r\n").expectPrefix("PASS ").send("-ERR " + hostileServerText(m_probes.fifo) + "\r\n");
    QVERIFY(server.listenLocal());

    Sync::SyncThread sync(dir.filePath(QStringLiteral("profile")));
    Ui::AccountWizard w(&sync);
    w.show();
    Watchdog watchdog(m_probes.fifo);
    type(child<QLineEdit>(&w, "email"), QStringLiteral("alice@example.test"));
    type(child<QLineEdit>(&w, "password"), QStringLiteral("pw"));
    child<QCheckBox>(&w, "manualSetup")->click();
    QVERIFY(clickNext(w));
    type(child<QLineEdit>(&w, "host"), QStringLiteral("127.0.0.1"));
    child<QComboBox>(&w, "security")->setCurrentIndex(0); // implicit TLS
    child<QSpinBox>(&w, "port")->setValue(server.port());
    type(child<QLineEdit>(&w, "user"), QStringLiteral("alice"));
    type(child<QLineEdit>(&w, "caFile"), dir.filePath(QStringLiteral("scripted-cert.pem")));
    QVERIFY(clickNext(w));
    auto *test = qobject_cast<Ui::ConnectionTestPage *>(w.page(Ui::AccountWizard::TestPageId));
    QVERIFY(test);
    QTRY_VERIFY_WITH_TIMEOUT(test->lastError().isError(), WaitMs);
    QVERIFY2(watchdog.finish(), "the wizard blocked on an image named by the server");
    const auto *status = child<QLabel>(&w, "testStatus");
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QString why;
    QVERIFY2(isPlainSafe(status->text(), &why), qPrintable(why));
    const QString details = child<QPlainTextEdit>(&w, "testDetails")->toPlainText();
    QVERIFY2(details.contains(QLatin1String("<a href=\"https://evil.example/reset\">")), qPrintable(details));
    QVERIFY2(isPlainSafe(details, &why), qPrintable(why));
    const QStringList touched = m_probes.touched();
    QVERIFY2(touched.isEmpty(), qPrintable(touched.join(QLatin1String(", "))));
}

QTEST_MAIN(TestHostileRender)
#include "tst_hostile_render.moc"

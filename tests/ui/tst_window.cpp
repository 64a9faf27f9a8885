// The main window's layout, view state and recovery paths, offscreen, against a real Dovecot:
// sizes in one unit, columns sized to content, per-profile view state, placeholder rows.

#include "AccountList.h"
#include "CuttingProxy.h"
#include "ErrorBar.h"
#include "MessagePrinter.h"
#include "MessageWindow.h"
#include "HelpDialogs.h"
#include "Icons.h"
#include "MessageView.h"
#include "PreviewPane.h"
#include "SafeTextBrowser.h"
#include "mime/MessagePreview.h"
#include "sync/SyncService.h"
#include "ServerLogDialog.h"
#include "UiFixture.h"
#include "ViewState.h"
#include "model/MessageListModel.h"
#include "sync/CheckScheduler.h"
#include "wizard/ServerPages.h"
#include "wizard/AccountWizard.h"
#include "wizard/CertificateDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QHeaderView>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QUrlQuery>
#include <QMenuBar>
#include <QTableWidget>
#include <QSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTcpServer>
#include <QSettings>
#include <QSplitter>
#include <QTest>

using namespace Poplar;
using namespace Poplar::Test;

namespace {

constexpr int WaitMs = 30000;

/// Checks the selected account when the check is expected to fail, perhaps too fast for its busy
/// state to be seen; true once the error bar shows and the sync is over.
bool checkUntilError(Ui::MainWindow &w, qint64 accountId)
{
    w.action(QStringLiteral("check"))->trigger();
    return QTest::qWaitFor([&] { return w.errorBar()->isVisible() && !w.isBusy(accountId); }, WaitMs);
}

QList<QByteArray> mailbox()
{
    return {uiMessage(1, "Small"), uiMessage(2, "Larger", QByteArray(5000, 'x') + '\n'),
            uiMessage(3, "Largest", QByteArray(40000, 'y') + '\n')};
}

/// The error bar's action button (Enter Password Again, Edit Account, Trust Certificate…).
QPushButton *errorAction(Ui::MainWindow &w)
{
    return w.errorBar()->findChild<QPushButton *>(QStringLiteral("errorAction"));
}

/// Types `password` into the next visible password dialog named `name` (any when empty).
bool answerPassword(Ui::MainWindow &w, const QString &password, const QString &name = {})
{
    QInputDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            for (QInputDialog *d : w.findChildren<QInputDialog *>()) {
                if (d->isVisible() && (name.isEmpty() || d->objectName() == name))
                    dialog = d;
            }
            return dialog != nullptr;
        }, WaitMs))
        return false;
    dialog->setTextValue(password);
    dialog->accept();
    return true;
}

QStringList column(Ui::MainWindow &w, int column)
{
    QStringList values;
    QAbstractItemModel *m = w.messageView()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        values << m->index(r, column).data().toString();
    return values;
}

} // namespace

/// Stands in for the desktop's handlers of mailto: and file: URLs.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestWindow : public QObject {
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }
    void sizesShowInOneUnit();
    void columnsFitTheirContentAndSubjectTakesTheRest();
    void columnsAndSplitAreRememberedPerProfile();
    void rowsWithoutHeadersSayFetchingHeaders();
    void windowFitsASmallScreenAtScaleFactorTwo();
    void refusedPasswordIsEnteredAgainFromTheErrorBar();
    void untrustedCertificateIsTrustedFromTheErrorBar();
    void wrongPortOffersToEditTheAccount();
    void poplarSyncExplainsWithTheSameWords();
    void periodicCheckIsOnByDefaultAndFollowsTheSettings();
    void clearingTheServerLogIsConfirmed();
    void editAccountShowsTheAddress();
    void blockedContentCountsItemsNotLoads();
    void removeAccountIsDisabledWithoutAccounts();
    void helpListsEveryShortcutAndShowsTheDocumentation();
    void replyAndForwardGoToTheMailProgram();
    void printingRendersThePreviewWithRemoteContentBlocked();
};

void TestWindow::sizesShowInOneUnit()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(checkAndWait(w, f.account.id));
    const QStringList sizes = column(w, Model::SizeColumn);
    QCOMPARE(sizes.size(), 3);
    for (const QString &size : sizes)
        QVERIFY2(size.endsWith(QLatin1String(" KiB")) && !size.contains(QLatin1Char('.')), qPrintable(size));
}

void TestWindow::columnsFitTheirContentAndSubjectTakesTheRest()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.resize(800, 600);
    w.show();
    QVERIFY(checkAndWait(w, f.account.id));
    Ui::MessageView *view = w.messageView();
    QHeaderView *header = view->header();
    QFont bold = view->font();
    bold.setBold(true); // new messages are bold
    const QFontMetrics metrics(bold);
    for (int c : {Model::DateColumn, Model::SizeColumn}) {
        for (const QString &value : column(w, c))
            QVERIFY2(metrics.horizontalAdvance(value) < header->sectionSize(c),
                     qPrintable(QStringLiteral("%1 in %2 px").arg(value).arg(header->sectionSize(c))));
        // Sized to content, not a fixed guess three times too wide.
        QVERIFY(header->sectionSize(c) < 3 * metrics.horizontalAdvance(column(w, c).first()) + 40);
    }
    int others = 0;
    for (int c = 0; c < Model::ColumnCount; ++c)
        others += c == Model::SubjectColumn ? 0 : header->sectionSize(c);
    QTRY_COMPARE(header->sectionSize(Model::SubjectColumn), view->viewport()->width() - others);
    QVERIFY(header->sectionSize(Model::SubjectColumn) > header->sectionSize(Model::FromColumn));
    // The preview beside the list makes it narrow: the sender gives way before the subject does.
    QAction *below = w.action(QStringLiteral("previewBelow"));
    QVERIFY(below->isChecked());
    below->trigger();
    QVERIFY(!below->isChecked());
    QTRY_VERIFY(view->viewport()->width() < 500);
    QTRY_VERIFY2(header->sectionSize(Model::SubjectColumn) >= header->sectionSize(Model::FromColumn),
                 qPrintable(QStringLiteral("%1 vs %2").arg(header->sectionSize(Model::SubjectColumn))
                                .arg(header->sectionSize(Model::FromColumn))));
}

void TestWindow::columnsAndSplitAreRememberedPerProfile()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    QList<int> split;
    {
        Ui::MainWindow w(f.dir.path());
        w.show();
        QVERIFY(checkAndWait(w, f.account.id));
        QHeaderView *header = w.messageView()->header();
        header->setSortIndicator(Model::SizeColumn, Qt::AscendingOrder);
        header->resizeSection(Model::FromColumn, 111);
        header->moveSection(header->visualIndex(Model::DateColumn), 0);
        auto *listSplit = qobject_cast<QSplitter *>(w.preview()->parentWidget());
        QVERIFY(listSplit);
        const int total = listSplit->sizes().at(0) + listSplit->sizes().at(1);
        listSplit->setSizes({total / 4, total - total / 4});
        split = listSplit->sizes();
        emit listSplit->splitterMoved(split.at(0), 1);
    }
    {
        Ui::MainWindow w(f.dir.path());
        w.show();
        QHeaderView *header = w.messageView()->header();
        QCOMPARE(header->sortIndicatorSection(), int(Model::SizeColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(header->sectionSize(Model::FromColumn), 111);
        QCOMPARE(header->visualIndex(Model::DateColumn), 0);
        // The rows follow the remembered sort: smallest first.
        QCOMPARE(w.messageView()->model()->index(0, Model::SubjectColumn).data().toString(), QStringLiteral("Small"));
        auto *listSplit = qobject_cast<QSplitter *>(w.preview()->parentWidget());
        QCOMPARE(listSplit->sizes(), split);
    }
    // Another profile keeps its own (here: the default) arrangement.
    QTemporaryDir other;
    Ui::MainWindow w(other.path());
    QHeaderView *header = w.messageView()->header();
    QCOMPARE(header->sortIndicatorSection(), int(Model::DateColumn));
    QCOMPARE(header->visualIndex(Model::DateColumn), int(Model::DateColumn));
    QVERIFY(header->sectionSize(Model::FromColumn) != 111);
}

void TestWindow::rowsWithoutHeadersSayFetchingHeaders()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    // The server's answer to TOP never arrives: the check stays in "fetching headers".
    CuttingProxy proxy(f.server.pop3Port());
    QVERIFY(proxy.listen());
    proxy.setDropReplyToCommand("TOP");
    f.account.port = proxy.port();
    f.account.security = Pop3::Security::Plain;
    f.updateAccount();
    Ui::MainWindow w(f.dir.path());
    w.show();
    w.action(QStringLiteral("check"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.messageModel()->rowCount(), 3, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(column(w, Model::SubjectColumn),
                              QStringList(3, QStringLiteral("fetching headers\u2026")), WaitMs);
    QCOMPARE(column(w, Model::DateColumn), QStringList(3, QString())); // not "now"
    QCOMPARE(column(w, Model::FromColumn), QStringList(3, QString()));
    QVERIFY(!column(w, Model::SubjectColumn).contains(QStringLiteral("(no subject)")));
    // Stopped before they came: the rows say so instead of promising them.
    w.action(QStringLiteral("stop"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(f.account.id), WaitMs);
    QCOMPARE(column(w, Model::SubjectColumn), QStringList(3, QStringLiteral("(headers not fetched)")));
}

void TestWindow::windowFitsASmallScreenAtScaleFactorTwo()
{
    // ctest runs this once more as tst_window_small: a 1280×800 offscreen screen at QT_SCALE_FACTOR=2.
    if (qgetenv("QT_SCALE_FACTOR") != "2")
        QSKIP("run by tst_window_small");
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(available.size(), QSize(640, 400));
    UiFixture f(mailbox());
    QVERIFY(f.started);
    {
        Ui::MainWindow w(f.dir.path()); // first start: the default 1100×700 does not fit
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(available.contains(w.frameGeometry()), qPrintable(QStringLiteral("%1x%2+%3+%4")
                     .arg(w.frameGeometry().width()).arg(w.frameGeometry().height())
                     .arg(w.frameGeometry().x()).arg(w.frameGeometry().y())));
        w.resize(1100, 700);
        w.move(300, 200);
        w.close(); // saves this oversized geometry, as from a larger screen
    }
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(available.contains(w.frameGeometry()));
    QVERIFY(w.width() > available.width() / 2); // clamped, not collapsed
}

/// A refused password: the account list shows a warning with the reason, the error bar offers
/// Enter Password Again, and the password typed there logs in, without a restart.
void TestWindow::refusedPasswordIsEnteredAgainFromTheErrorBar()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    f.account.passwordCommand.clear(); // no keychain in this test: the password is typed
    f.updateAccount();
    Ui::MainWindow w(f.dir.path());
    w.show();
    w.action(QStringLiteral("check"))->trigger();
    QVERIFY(answerPassword(w, QStringLiteral("wrong")));
    QTRY_VERIFY_WITH_TIMEOUT(w.errorBar()->isVisible() && !w.isBusy(f.account.id), WaitMs);
    QVERIFY2(w.errorBar()->text().contains(QLatin1String("did not accept the user name or the password")),
             qPrintable(w.errorBar()->text()));
    QVERIFY2(w.errorBar()->text().contains(QStringLiteral("port %1, TLS").arg(f.account.port)), qPrintable(w.errorBar()->text()));
    // The account list: a warning icon, the reason in a few words, the explanation as tooltip.
    QListWidgetItem *item = w.accountList()->item(0);
    QCOMPARE(item->icon().cacheKey(), Ui::themedIcon(QStringLiteral("dialog-warning")).cacheKey());
    QVERIFY2(item->text().contains(QLatin1String("Password refused")), qPrintable(item->text()));
    QVERIFY2(item->toolTip().contains(QLatin1String("did not accept")), qPrintable(item->toolTip()));

    QPushButton *again = errorAction(w);
    QVERIFY(again && again->isVisible());
    QVERIFY2(again->text().contains(QLatin1String("Password Again")), qPrintable(again->text()));
    again->click();
    QVERIFY(answerPassword(w, QStringLiteral("pw"), QStringLiteral("passwordAgain")));
    QTRY_COMPARE_WITH_TIMEOUT(w.messageModel()->rowCount(), 3, WaitMs);
    QTRY_VERIFY(!w.isBusy(f.account.id));
    QVERIFY(!w.errorBar()->isVisible());
    QCOMPARE(w.accountList()->item(0)->icon().cacheKey(), Ui::themedIcon(QStringLiteral("mail-folder-inbox")).cacheKey());
}

void TestWindow::untrustedCertificateIsTrustedFromTheErrorBar()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    f.account.caFile.clear(); // the test server's certificate is self-signed
    f.updateAccount();
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(checkUntilError(w, f.account.id));
    QVERIFY2(w.errorBar()->text().contains(QLatin1String("certificate is not trusted")), qPrintable(w.errorBar()->text()));
    QPushButton *trust = errorAction(w);
    QVERIFY(trust && trust->isVisible());
    QVERIFY2(trust->text().contains(QLatin1String("Trust Certificate")), qPrintable(trust->text()));
    trust->click();
    Ui::CertificateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<Ui::CertificateDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->detailsText().contains(QLatin1String("127.0.0.1")));
    dialog->trustButton()->click();
    // Pinned, saved and checked again: the messages arrive.
    QTRY_COMPARE_WITH_TIMEOUT(w.messageModel()->rowCount(), 3, WaitMs);
    QString error;
    const auto saved = Store::Profile::open(f.dir.path(), &error)->accounts().findById(f.account.id);
    QVERIFY(saved && !saved->pinnedSha256.isEmpty());
}

void TestWindow::wrongPortOffersToEditTheAccount()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    QTcpServer closed; // a port nobody listens on once this is closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    f.account.port = closed.serverPort();
    closed.close();
    f.updateAccount();
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(checkUntilError(w, f.account.id));
    QVERIFY2(w.errorBar()->text().contains(QStringLiteral("refused connections on port %1").arg(f.account.port)),
             qPrintable(w.errorBar()->text()));
    QPushButton *edit = errorAction(w);
    QVERIFY(edit && edit->isVisible());
    QVERIFY2(edit->text().contains(QLatin1String("Edit Account")), qPrintable(edit->text()));
    edit->click();
    Ui::AccountWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = w.findChild<Ui::AccountWizard *>()) && wizard->isVisible());
    QVERIFY(wizard->isEditing());
    QCOMPARE(wizard->draft().id, f.account.id);
}

/// poplar-sync's stderr explains a failure with the catalogue the error bar uses.
void TestWindow::poplarSyncExplainsWithTheSameWords()
{
    UiFixture f(mailbox(), "wrong");
    QVERIFY(f.started);
    QProcess sync;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    sync.setProcessEnvironment(env);
    sync.start(QStringLiteral(POPLAR_SYNC_PATH), {QStringLiteral("--profile"), f.dir.path(), QStringLiteral("check"),
                                                  f.account.name});
    QVERIFY(sync.waitForFinished(WaitMs));
    const QString err = QString::fromUtf8(sync.readAllStandardError());
    QCOMPARE(sync.exitCode(), 5);
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(checkUntilError(w, f.account.id));
    const QString advice = QStringLiteral("The server did not accept the user name or the password.");
    QVERIFY2(err.contains(QLatin1String("Password refused: ") + advice), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("(127.0.0.1, port %1, TLS").arg(f.account.port)), qPrintable(err));
    QVERIFY2(w.errorBar()->text().contains(advice), qPrintable(w.errorBar()->text()));
}

void TestWindow::periodicCheckIsOnByDefaultAndFollowsTheSettings()
{
    UiFixture f(mailbox()); // an account as created: nothing said about periodic checks
    QVERIFY(f.started);
    QCOMPARE(f.account.checkIntervalMinutes, 15);
    {
        QString error;
        auto profile = Store::Profile::open(f.dir.path(), &error);
        Account::ServerFacts facts;
        facts.seen = QDateTime::currentDateTimeUtc();
        facts.loginDelaySeconds = 1800; // the server allows a login every 30 minutes
        QVERIFY(profile->accounts().rememberServer(f.account.id, facts, &error));
    }
    Ui::MainWindow w(f.dir.path());
    w.show();
    QCOMPARE(w.scheduler()->effectiveIntervalMs(f.account.id), qint64(30) * 60000); // LOGIN-DELAY wins

    // The account settings show it and change it.
    QString error;
    auto a = Store::Profile::open(f.dir.path(), &error)->accounts().findById(f.account.id);
    QVERIFY(a);
    {
        Ui::AccountWizard editor(w.syncThread(), *a, &w);
        QWizardPage *policy = editor.page(Ui::AccountWizard::PolicyPageId);
        policy->initializePage();
        auto *periodically = policy->findChild<QCheckBox *>(QStringLiteral("checkPeriodically"));
        auto *interval = policy->findChild<QSpinBox *>(QStringLiteral("checkInterval"));
        QVERIFY(periodically->isChecked());
        QCOMPARE(interval->value(), 15);
        interval->setValue(45);
        QVERIFY(policy->validatePage());
        QCOMPARE(editor.draft().checkIntervalMinutes, 45);
        w.syncThread()->saveAccount(editor.draft()); // what Finish does
    }
    QTRY_COMPARE(w.scheduler()->effectiveIntervalMs(f.account.id), qint64(45) * 60000);
    a->checkIntervalMinutes = 0;
    w.syncThread()->saveAccount(*a);
    QTRY_COMPARE(w.scheduler()->effectiveIntervalMs(f.account.id), qint64(0));

    // When a periodic check is due, the account is checked.
    emit w.scheduler()->checkDue(f.account.id);
    QTRY_COMPARE_WITH_TIMEOUT(w.messageModel()->rowCount(), 3, WaitMs);
}

void TestWindow::clearingTheServerLogIsConfirmed()
{
    Ui::ServerLogDialog log;
    log.append(QStringLiteral("Work"), {Sync::TraceLine{Pop3::Session::Direction::Client, "CAPA", 0}});
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    auto *clear = log.findChild<QPushButton *>(QStringLiteral("clearLog"));
    QVERIFY(clear && !clear->isDefault() && !clear->autoDefault());
    auto confirmation = [&] {
        QMessageBox *box = nullptr;
        QTest::qWaitFor([&] { return (box = log.findChild<QMessageBox *>(QStringLiteral("confirmClearLog"))) && box->isVisible(); });
        return box;
    };
    clear->click();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::keyClick(box, Qt::Key_Return); // Enter answers Cancel
    QTRY_VERIFY(!log.findChild<QMessageBox *>(QStringLiteral("confirmClearLog")));
    QVERIFY(log.contents().contains(QLatin1String("CAPA")));
    clear->click();
    box = confirmation();
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(log.contents().isEmpty());
}

void TestWindow::editAccountShowsTheAddress()
{
    QTemporaryDir dir;
    Ui::MainWindow w(dir.path());
    Account::AccountSettings a;
    a.id = 7;
    a.name = QStringLiteral("Work");
    a.host = QStringLiteral("pop.example.org");
    a.user = QStringLiteral("alice@example.org");
    Ui::AccountWizard editor(w.syncThread(), a, &w);
    editor.show();
    auto *email = editor.findChild<QLineEdit *>(QStringLiteral("email"));
    QVERIFY(email);
    QTRY_COMPARE(email->text(), QStringLiteral("alice@example.org"));
    QVERIFY(!editor.page(Ui::AccountWizard::IdentityPageId)->subTitle().contains(QLatin1String("looks up the rest")));
    editor.reject();

    a.user = QStringLiteral("alice"); // a user name that is no address is not shown as one
    Ui::AccountWizard other(w.syncThread(), a, &w);
    other.show();
    QCOMPARE(other.findChild<QLineEdit *>(QStringLiteral("email"))->text(), QString());
    other.reject();
}

void TestWindow::blockedContentCountsItemsNotLoads()
{
    const QByteArray message = "From: a@example.org\nSubject: Pixels\nMIME-Version: 1.0\n"
                               "Content-Type: text/html; charset=utf-8\n\n"
                               "<html><body><p>visible</p><img src=\"https://tracker.example/p.gif\">"
                               "<img src=\"https://tracker.example/p.gif\"><img width=\"5\" height=\"5\" "
                               "src=\"https://tracker.example/p.gif\"><img src=\"https://ads.example/q.gif\">"
                               "</body></html>\n";
    Ui::PreviewPane pane;
    pane.resize(600, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showMessage(Mime::decodeMessage(message), message, true);
    QCOMPARE(pane.browser()->blockedResources(), 2); // two addresses, one of them three times
    QVERIFY2(pane.noticeText().contains(QLatin1String("(2 item")), qPrintable(pane.noticeText()));
    for (int i = 0; i < 3; ++i)
        (void)pane.grab(); // painting asks for the images again
    QCOMPARE(pane.browser()->blockedResources(), 2);
}

void TestWindow::removeAccountIsDisabledWithoutAccounts()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(w.action(QStringLiteral("removeAccount"))->isEnabled());
    w.syncThread()->removeAccount(f.account.id, true);
    QTRY_COMPARE(w.accountList()->count(), 0);
    QVERIFY(!w.action(QStringLiteral("removeAccount"))->isEnabled());
    QVERIFY(!w.action(QStringLiteral("check"))->isEnabled());
}

/// The menu action named `name`, wherever it is in the menu bar.
QAction *menuAction(Ui::MainWindow &w, const QString &name)
{
    for (QAction *a : w.menuBar()->findChildren<QAction *>()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

void TestWindow::helpListsEveryShortcutAndShowsTheDocumentation()
{
    QTemporaryDir dir;
    Ui::MainWindow w(dir.path());
    w.show();
    QAction *shortcuts = menuAction(w, QStringLiteral("keyboardShortcuts"));
    QVERIFY(shortcuts);
    shortcuts->trigger();
    Ui::ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<Ui::ShortcutsDialog *>()) && dialog->isVisible());
    // Every action of the window that has a shortcut, with that shortcut, and nothing else.
    QHash<QString, QString> listed;
    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        listed.insert(dialog->table()->item(row, 0)->text(), dialog->table()->item(row, 1)->text());
    int expected = 0;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut().isEmpty())
            continue;
        ++expected;
        const QString text = Ui::ShortcutsDialog::plainText(a);
        QVERIFY2(listed.value(text).contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(text));
    }
    QCOMPARE(listed.size(), expected);
    QCOMPARE(listed.value(QStringLiteral("Check")), QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText));
    QCOMPARE(listed.value(QStringLiteral("Download")), QStringLiteral("Ctrl+D"));
    QVERIFY(listed.contains(QStringLiteral("Server Log")));
    dialog->close();

    QAction *documentation = menuAction(w, QStringLiteral("documentation"));
    QVERIFY(documentation);
    documentation->trigger();
    Ui::DocumentationDialog *doc = nullptr;
    QTRY_VERIFY((doc = w.findChild<Ui::DocumentationDialog *>()) && doc->isVisible());
    const QString text = doc->browser()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("desktop mail client for people who get their mail over POP3")), qPrintable(text.left(300)));
    QVERIFY(!text.contains(QLatin1String("](docs/"))); // rendered, not raw Markdown
    (void)doc->grab();
    QVERIFY(doc->browser()->blockedResources() >= 1); // the screenshots it names are not loaded
}

/// Selects the one row whose subject is `subject`.
void selectSubject(Ui::MainWindow &w, const QString &subject)
{
    Ui::MessageView *view = w.messageView();
    view->clearSelection();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex index = view->model()->index(r, Model::SubjectColumn);
        if (index.data().toString() == subject)
            view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void TestWindow::replyAndForwardGoToTheMailProgram()
{
    QList<QByteArray> messages = mailbox();
    messages[0] = "Message-ID: <1@ui.test>\nDate: Wed, 08 Nov 2023 10:00:00 +0000\nFrom: Person 1 <p1@example.org>\n"
                  "To: ui@example.org, Other <other@example.org>\nSubject: Small\n\nSee you at noon.\n";
    UiFixture f(messages);
    QVERIFY(f.started);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(checkAndWait(w, f.account.id));
    auto *reply = w.findChild<QAction *>(QStringLiteral("reply"));
    auto *replyAll = w.findChild<QAction *>(QStringLiteral("replyAll"));
    auto *forward = w.findChild<QAction *>(QStringLiteral("forward"));
    QVERIFY(reply && replyAll && forward);
    QVERIFY(reply->toolTip().contains(QLatin1String("retrieval client")));
    QVERIFY(!reply->isEnabled()); // nothing selected
    selectSubject(w, QStringLiteral("Small"));
    QTRY_VERIFY(reply->isEnabled());
    QVERIFY(!forward->isEnabled()); // still on the server

    reply->trigger(); // from the preview (TOP) alone
    QCOMPARE(catcher.urls.size(), 1);
    QUrl url = catcher.urls.takeFirst();
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), QStringLiteral("p1@example.org"));
    QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), QStringLiteral("Re: Small"));
    QCOMPARE(query.queryItemValue(QStringLiteral("in-reply-to"), QUrl::FullyDecoded), QStringLiteral("<1@ui.test>"));
    QVERIFY(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).contains(QLatin1String("> See you at noon.")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("cc")));

    replyAll->trigger();
    QCOMPARE(catcher.urls.size(), 1);
    url = catcher.urls.takeFirst();
    // Everyone else in Cc; the account's own address (its user "ui" is no address) stays.
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("cc"), QUrl::FullyDecoded),
             QStringLiteral("ui@example.org,other@example.org"));

    w.action(QStringLiteral("download"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(forward->isEnabled(), WaitMs);
    forward->trigger();
    QCOMPARE(catcher.urls.size(), 1);
    url = catcher.urls.takeFirst();
    QVERIFY(url.isLocalFile());
    QVERIFY2(url.toLocalFile().endsWith(QLatin1String(".eml")), qPrintable(url.toLocalFile()));
    QVERIFY(!url.toLocalFile().startsWith(f.dir.path())); // a copy, not the stored file
    QFile file(url.toLocalFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), f.serverCopy("Subject: Small"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TestWindow::printingRendersThePreviewWithRemoteContentBlocked()
{
    const QByteArray html = "Message-ID: <9@ui.test>\nFrom: Shop <shop@example.org>\nTo: ui@example.org\n"
                            "Subject: Offer\nContent-Type: text/html; charset=utf-8\n\n"
                            "<html><body><p>Printable offer text</p><img src=\"https://track.example/p.gif\">"
                            "<img src=\"file:///etc/hostname\"></body></html>\n";
    UiFixture f({html});
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(checkAndWait(w, f.account.id));
    selectSubject(w, QStringLiteral("Offer"));
    w.action(QStringLiteral("download"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.preview()->isComplete() && w.preview()->renderedText().contains(QLatin1String("Printable offer")),
                             WaitMs);

    // What the print preview renders: the same view, headers above, remote content blocked.
    Ui::SafeTextBrowser rendered;
    Ui::MessagePrinter::render(w.preview()->message(), true, &rendered);
    (void)rendered.document()->documentLayout()->documentSize();
    const QString text = rendered.toPlainText();
    QVERIFY2(text.contains(QLatin1String("Printable offer text")) && text.contains(QLatin1String("shop@example.org"))
                 && text.contains(QLatin1String("Offer")), qPrintable(text));
    QCOMPARE(rendered.blockedResources(), 2);

    QTemporaryDir out;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(out.filePath(QStringLiteral("message.pdf")));
    QCOMPARE(Ui::MessagePrinter::print(w.preview()->message(), true, &printer), 2);
    QFile pdf(printer.outputFileName());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.contains("/Type /Page"));

    // The Print action opens the print preview over the window.
    auto *print = w.findChild<QAction *>(QStringLiteral("print"));
    QVERIFY(print && print->isEnabled());
    print->trigger();
    QPrintPreviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))) && dialog->isVisible());
    dialog->reject();

    // The message window prints the same way (Ctrl+P).
    QTemporaryDir files;
    QFile eml(files.filePath(QStringLiteral("offer.eml")));
    QVERIFY(eml.open(QIODevice::WriteOnly) && eml.write(html) == html.size());
    eml.close();
    auto *window = new Ui::MessageWindow;
    QVERIFY(window->openFile(eml.fileName()));
    window->show();
    QTRY_VERIFY_WITH_TIMEOUT(window->preview()->renderedText().contains(QLatin1String("Printable offer")), WaitMs);
    auto *windowPrint = window->findChild<QAction *>(QStringLiteral("print"));
    QVERIFY(windowPrint);
    QCOMPARE(windowPrint->shortcut(), QKeySequence(QKeySequence::Print));
    windowPrint->trigger();
    QTRY_VERIFY((dialog = window->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))) && dialog->isVisible());
    dialog->reject();
    window->close();
}

QTEST_MAIN(TestWindow)
#include "tst_window.moc"

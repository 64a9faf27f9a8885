// The main window driven as a user would (offscreen), against a real Dovecot.

#include "CuttingProxy.h"
#include "ErrorBar.h"
#include "MessageView.h"
#include "PreviewPane.h"
#include "ServerLogDialog.h"
#include "UiFixture.h"
#include "WelcomePanel.h"
#include "wizard/AccountWizard.h"
#include "model/MessageListModel.h"
#include "store/AccountLock.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QInputDialog>
#include <QProcess>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Poplar;
using namespace Poplar::Test;
using Model::MessageStatus;

namespace {

constexpr int WaitMs = 30000;

QList<QByteArray> mailbox()
{
    return {uiMessage(1, "Quarterly report"), uiMessage(2, "../../etc/passwd"), uiMessage(3, "Lunch?"),
            uiMessage(4, "=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=", "Grüße aus München\n"), uiMessage(5, "CON"),
            uiMessage(6, "Win a prize\nContent-Type: text/html; charset=utf-8", "<html><body><img src=\"http://track.example/x.gif\">Click</body></html>\n")};
}

MessageStatus statusOf(Ui::MainWindow &w, const QByteArray &uid)
{
    Model::MessageListModel *m = w.messageModel();
    return MessageStatus(m->index(m->rowOf(uid), 0).data(Model::StatusRole).toInt());
}

/// Selects the rows whose subjects contain any of `subjects`; returns their UIDLs.
QVector<QByteArray> select(Ui::MainWindow &w, const QStringList &subjects)
{
    Ui::MessageView *view = w.messageView();
    view->clearSelection();
    QVector<QByteArray> uids;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex index = view->model()->index(r, Model::SubjectColumn);
        for (const QString &s : subjects) {
            if (index.data().toString().contains(s)) {
                view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                uids.append(index.data(Model::UidRole).toByteArray());
            }
        }
    }
    return uids;
}

/// Answers the next modal message box with `button`.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
        else
            answerNextMessageBox(button);
    });
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void checkListsNewMessagesAndPreviewShowsTopHeaders();
    void downloadSelectedAndHtmlIsSafe();
    void deleteOnServerAsksWithCountAndCanBeUndone();
    void exportWritesExactBytesWithSafeNames();
    void exportWaitsForItsOwnDownload();
    void dragOffersStoredMessagesAndDownloadsTheOthers();
    void errorsShowServerWordsAndRetryWorks();
    void refusedSignInOffersToSignInAgain();
    void accountBusyInAnotherProgramIsShownAndRetried();
    void applicationAndPoplarSyncAtOnce();
    void filterAndShortcuts();
    void enterDoesNotClearTheServerLog();
    void aRefusedTypedPasswordIsAskedForAgain();
    void errorBarFollowsTheSelectedAccount();
    void temporaryServerFailureIsWordedAsTemporary();
    void previewRefreshesWhenTheMessageIsDownloaded();
    void firstStartOpensTheWizardAndChecksTheNewAccount();
};

void TestMainWindow::checkListsNewMessagesAndPreviewShowsTopHeaders()
{
    UiFixture f(mailbox());
    QVERIFY2(f.started, qPrintable(f.server.error()));
    Ui::MainWindow w(f.dir.path());
    w.show();
    QCOMPARE(w.accountList()->currentAccountId(), f.account.id);
    QVERIFY(checkAndWait(w, f.account.id));
    QCOMPARE(w.messageModel()->rowCount(), 6);
    QVERIFY2(w.accountList()->textOf(f.account.id).contains(QLatin1String("(6)")),
             qPrintable(w.accountList()->textOf(f.account.id)));
    const QVector<QByteArray> uids = select(w, {QStringLiteral("Grüße")});
    QCOMPARE(uids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(w.preview()->renderedText().contains(QStringLiteral("Grüße aus München")), WaitMs);
    QVERIFY(w.preview()->renderedText().contains(QStringLiteral("Person 4")));
    QCOMPARE(statusOf(w, uids.first()), MessageStatus::OnServerOnly); // looked at: no longer new
    QTRY_VERIFY(w.accountList()->textOf(f.account.id).contains(QLatin1String("(5)")));
    QVERIFY(w.serverLog()->contents().contains(QLatin1String("UIDL")));
    QVERIFY(!w.serverLog()->contents().contains(QLatin1String("pw\n")));
}

void TestMainWindow::downloadSelectedAndHtmlIsSafe()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(checkAndWait(w, f.account.id));
    const QVector<QByteArray> uids = select(w, {QStringLiteral("Win a prize"), QStringLiteral("Lunch")});
    QCOMPARE(uids.size(), 2);
    w.action(QStringLiteral("download"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(w, uids.at(0)) == MessageStatus::Downloaded
                                 && statusOf(w, uids.at(1)) == MessageStatus::Downloaded, WaitMs);
    select(w, {QStringLiteral("Win a prize")});
    QTRY_VERIFY_WITH_TIMEOUT(w.preview()->renderedText().contains(QLatin1String("Click")), WaitMs);
    QVERIFY(w.preview()->browser()->blockedResources() >= 1); // the tracking pixel was not fetched
}

void TestMainWindow::deleteOnServerAsksWithCountAndCanBeUndone()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    QVERIFY(checkAndWait(w, f.account.id));
    QVector<QByteArray> uids = select(w, {QStringLiteral("Win a prize")});
    QString question;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    w.action(QStringLiteral("deleteOnServer"))->trigger();
    QVERIFY2(question.contains(QLatin1String("1 message")), qPrintable(question));
    QTRY_COMPARE(statusOf(w, uids.first()), MessageStatus::DeletePending);
    w.action(QStringLiteral("undoDelete"))->trigger();
    QTRY_VERIFY(statusOf(w, uids.first()) != MessageStatus::DeletePending);
    QVERIFY(checkAndWait(w, f.account.id));
    QCOMPARE(f.server.messagesOnDisk("ui").size(), 6); // undone: still there

    answerNextMessageBox(QMessageBox::Yes);
    uids = select(w, {QStringLiteral("Win a prize")});
    w.action(QStringLiteral("deleteOnServer"))->trigger();
    QTRY_COMPARE(statusOf(w, uids.first()), MessageStatus::DeletePending);
    QVERIFY(checkAndWait(w, f.account.id));
    QCOMPARE(f.server.messagesOnDisk("ui").size(), 5);
    QTRY_COMPARE(statusOf(w, uids.first()), MessageStatus::Gone);
}

void TestMainWindow::exportWritesExactBytesWithSafeNames()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    QVERIFY(checkAndWait(w, f.account.id));
    QTemporaryDir target;
    const QString folder = target.filePath(QStringLiteral("export"));
    select(w, {QStringLiteral("passwd"), QStringLiteral("CON"), QStringLiteral("Quarterly")});
    w.exportToFolder(folder); // none downloaded yet: they are fetched first, then exported
    QTRY_COMPARE_WITH_TIMEOUT(QDir(folder).entryList(QDir::Files).size(), 3, WaitMs);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QVERIFY(QDir(target.path()).entryList(QDir::Files).isEmpty()); // nothing escaped the folder
    QVERIFY(files.contains(QStringLiteral("_.._etc_passwd.eml")));
    QVERIFY(files.contains(QStringLiteral("CON_.eml")));
    QFile exported(QDir(folder).filePath(QStringLiteral("Quarterly report.eml")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), f.serverCopy("Subject: Quarterly report"));

    const QString mbox = target.filePath(QStringLiteral("all.mbox"));
    w.exportToMbox(mbox); // all downloaded now: written at once
    QFile box(mbox);
    QVERIFY(box.open(QIODevice::ReadOnly));
    const QByteArray content = box.readAll();
    QCOMPARE(content.count("\nFrom ") + (content.startsWith("From ") ? 1 : 0), 3);
}

void TestMainWindow::exportWaitsForItsOwnDownload()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    QVERIFY(checkAndWait(w, f.account.id));
    QTemporaryDir target;
    const QString folder = target.filePath(QStringLiteral("export"));
    select(w, {QStringLiteral("Lunch"), QStringLiteral("Quarterly")});
    // A check is queued before the export's download: its end is not the download's end, and
    // the export must not go ahead with messages not yet downloaded.
    QSignalSpy finished(w.syncThread()->service(), &Sync::SyncService::finished);
    w.checkAccount(f.account.id);
    w.exportToFolder(folder);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(QDir(folder).entryList(QDir::Files).size(), 2, WaitMs);
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes == f.serverCopy("Subject: Lunch?") || bytes == f.serverCopy("Subject: Quarterly report"));
    }
}

void TestMainWindow::dragOffersStoredMessagesAndDownloadsTheOthers()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    QVERIFY(checkAndWait(w, f.account.id));
    const QVector<QByteArray> uids = select(w, {QStringLiteral("Lunch"), QStringLiteral("Quarterly")});
    QCOMPARE(uids.size(), 2);
    // Nothing downloaded yet: no drag (a drop target cannot wait), the download starts and the
    // status bar says so.
    QVERIFY(!w.messageView()->createMimeData());
    QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("drag them again")),
             qPrintable(w.statusBar()->currentMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(w, uids.at(0)) == MessageStatus::Downloaded
                                 && statusOf(w, uids.at(1)) == MessageStatus::Downloaded, WaitMs);
    select(w, {QStringLiteral("Lunch"), QStringLiteral("Quarterly")});
    std::unique_ptr<Ui::MessageMimeData> data(w.messageView()->createMimeData());
    QVERIFY(data);
    QVERIFY(data->hasFormat(QStringLiteral("text/uri-list")));
    QVERIFY(data->hasFormat(QStringLiteral("message/rfc822")));
    const QList<QUrl> urls = data->urls();
    QCOMPARE(urls.size(), 2);
    for (const QUrl &url : urls) {
        QFile file(url.toLocalFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes == f.serverCopy("Subject: Lunch?") || bytes == f.serverCopy("Subject: Quarterly report"));
    }
    const QByteArray rfc822 = data->data(QStringLiteral("message/rfc822"));
    QVERIFY(rfc822 == f.serverCopy("Subject: Lunch?") || rfc822 == f.serverCopy("Subject: Quarterly report"));

    // A mixed selection: the stored message is dragged, the other one downloaded.
    const QVector<QByteArray> mixed = select(w, {QStringLiteral("Lunch"), QStringLiteral("Win a prize")});
    QCOMPARE(mixed.size(), 2);
    data.reset(w.messageView()->createMimeData());
    QVERIFY(data);
    QCOMPARE(data->urls().size(), 1);
    QCOMPARE(data->data(QStringLiteral("message/rfc822")), f.serverCopy("Subject: Lunch?"));
    const QByteArray prize = statusOf(w, mixed.at(0)) == MessageStatus::Downloaded ? mixed.at(1) : mixed.at(0);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(w, prize), MessageStatus::Downloaded, WaitMs);
}

void TestMainWindow::errorsShowServerWordsAndRetryWorks()
{
    UiFixture f(mailbox(), "wrong");
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(checkAndWait(w, f.account.id));
    QVERIFY(w.errorBar()->isVisible());
    QVERIFY2(w.errorBar()->text().contains(QLatin1String("Authentication failed")), qPrintable(w.errorBar()->text()));
    QVERIFY(w.accountList()->textOf(f.account.id).contains(QLatin1String("Failed")));
    QCOMPARE(w.messageModel()->rowCount(), 0);
    f.account.passwordCommand = QStringLiteral("echo pw");
    f.updateAccount();
    QMetaObject::invokeMethod(w.errorBar(), "retryRequested");
    QTRY_COMPARE_WITH_TIMEOUT(w.messageModel()->rowCount(), 6, WaitMs);
    QVERIFY(!w.errorBar()->isVisible());
}

void TestMainWindow::accountBusyInAnotherProgramIsShownAndRetried()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    // Another program (here: this test, as cron's poplar-sync would) writes the account.
    Store::AccountLock::Holder holder;
    QString error;
    auto lock = Store::AccountLock::tryAcquire(f.dir.path(), f.account.id, &holder, &error);
    QVERIFY2(lock, qPrintable(error));
    Ui::MainWindow w(f.dir.path());
    w.setBusyRetryInterval(1000);
    w.show();
    QVERIFY(checkAndWait(w, f.account.id));
    // Checked with QTRY: the window may already be retrying (and the bar hidden meanwhile).
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const auto shownBusy = [&] {
        const QString item = w.accountList()->textOf(f.account.id);
        return w.errorBar()->isVisible() && w.errorBar()->text().contains(QLatin1String("busy"))
               && w.errorBar()->text().contains(pid) && item.contains(QLatin1String("busy"))
               && !item.contains(QLatin1String("Failed"));
    };
    QTRY_VERIFY2_WITH_TIMEOUT(shownBusy(), qPrintable(w.errorBar()->text() + u'|' + w.accountList()->textOf(f.account.id)),
                              WaitMs);
    QCOMPARE(w.messageModel()->rowCount(), 0);
    // Once the other program is done, the window tries again by itself.
    lock.reset();
    QTRY_COMPARE_WITH_TIMEOUT(w.messageModel()->rowCount(), 6, WaitMs);
}

void TestMainWindow::applicationAndPoplarSyncAtOnce()
{
    QList<QByteArray> messages;
    for (int n = 1; n <= 24; ++n)
        messages << uiMessage(n, "Shared " + QByteArray::number(n), QByteArray(2000, 'a' + char(n % 26)) + '\n');
    UiFixture f(messages);
    QVERIFY(f.started);
    // poplar-sync (from cron, say) downloads through a slow link while the application starts.
    CuttingProxy slow(f.server.pop3Port()); // a line proxy: plaintext only
    QVERIFY(slow.listen());
    slow.setThrottle(20, 512);
    f.account.port = slow.port();
    f.account.security = Pop3::Security::Plain;
    f.updateAccount();
    QProcess cron;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    cron.setProcessEnvironment(env);
    cron.start(QStringLiteral(POPLAR_SYNC_PATH), {QStringLiteral("--profile"), f.dir.path(), QStringLiteral("download"),
                                                  f.account.name, QStringLiteral("--all")});
    const QDir tmp(QDir(f.dir.path()).filePath(QStringLiteral("tmp")));
    QVERIFY2(QTest::qWaitFor([&] { return !tmp.entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty(); }, WaitMs),
             cron.readAllStandardError().constData());

    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(checkAndWait(w, f.account.id)); // waits for poplar-sync, or finds the account busy
    QVERIFY(QTest::qWaitFor([&] { return cron.state() == QProcess::NotRunning; }, 120000));
    const QByteArray err = cron.readAllStandardError();
    QVERIFY2(cron.exitStatus() == QProcess::NormalExit && cron.exitCode() == 0, err.constData());
    QVERIFY2(!err.contains(".part"), err.constData());
    // Every message stored exactly once, as the server has it.
    QSet<QByteArray> stored;
    int files = 0;
    QDirIterator it(QDir(f.dir.path()).filePath(QStringLiteral("messages")), {QStringLiteral("*.eml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        stored.insert(file.readAll());
        ++files;
    }
    QCOMPARE(files, 24);
    for (int n = 1; n <= 24; ++n)
        QVERIFY2(stored.contains(f.serverCopy("Subject: Shared " + QByteArray::number(n) + "\n")), qPrintable(QString::number(n)));
}

void TestMainWindow::refusedSignInOffersToSignInAgain()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.show();
    // What the sync service reports when the provider refuses the account's OAuth grant.
    Sync::SyncResult refused;
    refused.error.kind = Pop3::Error::Kind::AuthenticationFailed;
    refused.error.message = QStringLiteral("The sign-in for Work is no longer valid. Sign in again.");
    refused.signInNeeded = true;
    emit w.syncThread()->service()->finished(f.account.id, refused);
    QTRY_VERIFY(w.errorBar()->isVisible());
    auto *signIn = w.errorBar()->findChild<QPushButton *>(QStringLiteral("errorAction"));
    QVERIFY(signIn && signIn->isVisible());
    QVERIFY(!signIn->text().isEmpty());
    signIn->click();
    // The account's editor opens on its first page, where the provider's sign-in is offered.
    QTRY_VERIFY(w.findChild<Ui::AccountWizard *>());
    QVERIFY(w.findChild<Ui::AccountWizard *>()->isEditing());
    QVERIFY(!w.errorBar()->isVisible());
}

void TestMainWindow::filterAndShortcuts()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    QVERIFY(checkAndWait(w, f.account.id));
    w.filterBox()->setText(QStringLiteral("person 3"));
    QCOMPARE(w.messageView()->model()->rowCount(), 1);
    w.filterBox()->setText(QStringLiteral("LUNCH"));
    QCOMPARE(w.messageView()->model()->rowCount(), 1);
    w.filterBox()->clear();
    QCOMPARE(w.messageView()->model()->rowCount(), 6);
    QCOMPARE(w.action(QStringLiteral("check"))->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(w.action(QStringLiteral("deleteOnServer"))->shortcut(), QKeySequence(QStringLiteral("Shift+Del")));
    QCOMPARE(w.action(QStringLiteral("moveToTrash"))->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(w.action(QStringLiteral("download"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+D")));
    // No key is bound twice: Qt would call such a shortcut ambiguous and run neither action.
    QHash<QKeySequence, QString> boundTo;
    for (QAction *a : w.findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts()) {
            const QString other = boundTo.value(key);
            QVERIFY2(other.isEmpty() || other == a->objectName(),
                     qPrintable(key.toString() + QLatin1String(": ") + other + QLatin1String(" and ") + a->objectName()));
            boundTo.insert(key, a->objectName());
        }
    }
    for (const char *name : {"check", "checkAll", "download", "deleteOnServer", "undoDelete", "stop", "exportFolder",
                             "exportMbox", "serverLog", "previewBelow", "quit"})
        QVERIFY2(w.action(QLatin1String(name)), name);
}

QTEST_MAIN(TestMainWindow)
/// Enter in the server log closes it (the default button); the log stays, and only Clear clears it.
void TestMainWindow::enterDoesNotClearTheServerLog()
{
    Ui::ServerLogDialog log;
    log.append(QStringLiteral("Work"), {Sync::TraceLine{Pop3::Session::Direction::Client, "CAPA", 0}});
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    QVERIFY(log.contents().contains(QLatin1String("CAPA")));
    QTest::keyClick(&log, Qt::Key_Return);
    QVERIFY(!log.isVisible());
    QVERIFY(log.contents().contains(QLatin1String("CAPA")));
}

/// Without a keychain or password command the window asks for the password; one the server
/// refuses is asked for again at the next check, not sent again and again.
void TestMainWindow::aRefusedTypedPasswordIsAskedForAgain()
{
    UiFixture f(mailbox());
    QVERIFY2(f.started, qPrintable(f.server.error()));
    f.account.passwordCommand.clear();
    f.updateAccount();
    Ui::MainWindow w(f.dir.path());
    w.show();
    auto answer = [&](const QString &password) {
        QInputDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = w.findChild<QInputDialog *>()) && dialog->isVisible(); }, WaitMs))
            return false;
        dialog->setTextValue(password);
        dialog->accept();
        return true;
    };
    w.action(QStringLiteral("check"))->trigger();
    QVERIFY(answer(QStringLiteral("wrong")));
    QTRY_VERIFY_WITH_TIMEOUT(w.errorBar()->isVisible() && !w.isBusy(f.account.id), WaitMs);
    QVERIFY2(w.errorBar()->text().contains(QLatin1String("Authentication failed")), qPrintable(w.errorBar()->text()));
    QTRY_VERIFY(!w.findChild<QInputDialog *>()); // the first dialog is gone

    w.action(QStringLiteral("check"))->trigger();
    QVERIFY(answer(QStringLiteral("pw"))); // asked again: the refused one was forgotten
    QTRY_COMPARE_WITH_TIMEOUT(w.messageModel()->rowCount(), 6, WaitMs);
}

/// Each account keeps its last error: selecting another account shows its error or hides the bar.
void TestMainWindow::errorBarFollowsTheSelectedAccount()
{
    UiFixture f(mailbox());
    QVERIFY2(f.started, qPrintable(f.server.error()));
    Account::AccountSettings other = f.account;
    other.name = QStringLiteral("Home");
    other.passwordCommand = QStringLiteral("echo wrong");
    QString error;
    other.id = Store::Profile::open(f.dir.path(), &error)->accounts().add(other, &error);
    QVERIFY2(other.id, qPrintable(error));
    Ui::MainWindow w(f.dir.path());
    w.show();
    w.accountList()->selectAccount(other.id);
    QCOMPARE(w.accountList()->currentAccountId(), other.id);
    QVERIFY(checkAndWait(w, other.id));
    QVERIFY(w.errorBar()->isVisible());
    const QString homeError = w.errorBar()->text();
    QVERIFY2(homeError.startsWith(QLatin1String("Home:")), qPrintable(homeError));
    QVERIFY2(homeError.contains(QLatin1String("127.0.0.1")) && homeError.contains(QString::number(other.port)),
             qPrintable(homeError)); // host and port named

    w.accountList()->selectAccount(f.account.id);
    QVERIFY(!w.errorBar()->isVisible()); // Work has no error
    QVERIFY(checkAndWait(w, f.account.id));
    QVERIFY(!w.errorBar()->isVisible());
    QCOMPARE(w.messageModel()->rowCount(), 6);

    w.accountList()->selectAccount(other.id);
    QVERIFY(w.errorBar()->isVisible()); // Home's error is kept
    QCOMPARE(w.errorBar()->text(), homeError);

    // Dismissed, it stays away when the account is selected again.
    auto *dismiss = w.errorBar()->findChild<QAbstractButton *>(QStringLiteral("errorDismiss"));
    QVERIFY(dismiss);
    dismiss->click();
    QVERIFY(!w.errorBar()->isVisible());
    w.accountList()->selectAccount(f.account.id);
    w.accountList()->selectAccount(other.id);
    QVERIFY(!w.errorBar()->isVisible());
}

/// A [SYS/TEMP] refusal is the server's temporary trouble, not a refused password.
void TestMainWindow::temporaryServerFailureIsWordedAsTemporary()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.show();
    Sync::SyncResult failed; // what the sync service reports for "-ERR [SYS/TEMP] ..." at login
    failed.error.kind = Pop3::Error::Kind::TemporaryFailure;
    failed.error.code = Pop3::ResponseCode::SysTemp;
    failed.error.message = QStringLiteral("The server refused the USER/PASS login.");
    failed.error.serverText = "[SYS/TEMP] Storage unavailable";
    emit w.syncThread()->service()->finished(f.account.id, failed);
    QTRY_VERIFY(w.errorBar()->isVisible());
    const QString text = w.errorBar()->text();
    QVERIFY2(text.contains(QLatin1String("temporarily unable")) && text.contains(QLatin1String("try again later")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("refused")) && !text.contains(QLatin1String("rejected")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("127.0.0.1")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Storage unavailable")), qPrintable(text)); // the server's words
    QVERIFY(w.errorBar()->findChild<QPushButton *>(QStringLiteral("errorAction"))->isHidden());
}

/// After "Download it" the preview shows the whole message without selecting it again.
void TestMainWindow::previewRefreshesWhenTheMessageIsDownloaded()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(checkAndWait(w, f.account.id));
    const QVector<QByteArray> uids = select(w, {QStringLiteral("Lunch")});
    QCOMPARE(uids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(w.preview()->noticeText().contains(QLatin1String("still on the server")), WaitMs);
    emit w.preview()->downloadRequested(); // the notice's "Download it" link
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(w, uids.first()), MessageStatus::Downloaded, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.preview()->noticeText().isEmpty(), WaitMs);
    QVERIFY(w.preview()->renderedText().contains(QLatin1String("Hello there.")));
    QCOMPARE(w.messageView()->selectedUids(), uids); // still selected
}

/// A profile without accounts: the welcome panel with its Add Account button, the wizard open by
/// itself once, and the account it adds checked at once.
void TestMainWindow::firstStartOpensTheWizardAndChecksTheNewAccount()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Account::AccountSettings added = f.account;
    {
        QString error;
        QVERIFY2(Store::Profile::open(f.dir.path(), &error)->accounts().remove(f.account.id, &error), qPrintable(error));
    }
    Ui::MainWindow w(f.dir.path());
    QVERIFY(!w.findChild<Ui::AccountWizard *>()); // not before the window shows
    w.show();
    QVERIFY(w.welcomePanel()->isVisible());
    QVERIFY(!w.messageView()->isVisible());
    QVERIFY(w.welcomePanel()->addButton()->isVisible());
    QVERIFY(!w.action(QStringLiteral("removeAccount"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<Ui::AccountWizard *>() && w.findChild<Ui::AccountWizard *>()->isVisible(), WaitMs);
    QPointer<Ui::AccountWizard> wizard = w.findChild<Ui::AccountWizard *>();
    QVERIFY(!wizard->isEditing());
    wizard->reject();
    QTRY_VERIFY(!wizard);
    w.hide();
    w.show();
    QCoreApplication::processEvents(); // a second show would open it again here: it does not
    QVERIFY(!w.findChild<Ui::AccountWizard *>());

    // The button opens it; what its Finish reports is checked right away.
    w.welcomePanel()->addButton()->click();
    wizard = w.findChild<Ui::AccountWizard *>();
    QVERIFY(wizard);
    QString error;
    added.id = Store::Profile::open(f.dir.path(), &error)->accounts().add(added, &error);
    QVERIFY2(added.id, qPrintable(error));
    QSignalSpy finished(w.syncThread()->service(), &Sync::SyncService::finished);
    emit wizard->accountSaved(added);
    QVERIFY(finished.count() > 0 || finished.wait(WaitMs));
    QCOMPARE(finished.first().at(0).toLongLong(), added.id);
    QVERIFY(finished.first().at(1).value<Sync::SyncResult>().ok());
}

#include "tst_mainwindow.moc"

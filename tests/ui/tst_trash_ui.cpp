// Local delete with a Trash and read state in the main window, driven as a user would (offscreen)
// against a real Dovecot: Del, Show Trash, Restore, Delete for good, Empty Trash, Mark as Read /
// Unread and Ctrl+Shift+U, the preferences for the mark-read delay and the Trash's days.

#include "MessageView.h"
#include "PreferencesDialog.h"
#include "UiFixture.h"
#include "model/MessageListModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Poplar;
using namespace Poplar::Test;
using ListView = Model::MessageListModel::ListView;

namespace {

constexpr int WaitMs = 30000;

QList<QByteArray> mailbox()
{
    return {uiMessage(1, "Quarterly report"), uiMessage(2, "Lunch?"), uiMessage(3, "Win a prize")};
}

/// The UIDL of the row whose subject contains `subject`.
QByteArray uidOf(Ui::MainWindow &w, const QString &subject)
{
    Model::MessageListModel *m = w.messageModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->message(r).summary.subject.contains(subject))
            return m->message(r).uid;
    }
    return {};
}

/// Selects the one row whose subject contains `subject`; returns its UIDL.
QByteArray select(Ui::MainWindow &w, const QString &subject)
{
    Ui::MessageView *view = w.messageView();
    view->clearSelection();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex index = view->model()->index(r, Model::SubjectColumn);
        if (index.data().toString().contains(subject)) {
            view->setCurrentIndex(index);
            view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return index.data(Model::UidRole).toByteArray();
        }
    }
    return {};
}

bool unread(Ui::MainWindow &w, const QByteArray &uid)
{
    Model::MessageListModel *m = w.messageModel();
    return m->index(m->rowOf(uid), Model::SubjectColumn).data(Model::UnreadRole).toBool();
}

/// Answers the next modal message box with `button`, after putting its text in `*text`.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            if (text)
                *text = box->text();
            box->button(button)->click();
        } else {
            answerNextMessageBox(button, text);
        }
    });
}

/// Del in the message list, as a user presses it (the window active again after a dialog).
bool pressDelete(Ui::MainWindow &w)
{
    w.activateWindow();
    if (!QTest::qWaitFor([&] { return w.isActiveWindow(); }, WaitMs))
        return false;
    w.messageView()->setFocus();
    QTest::keyClick(w.messageView(), Qt::Key_Delete);
    return true;
}

bool run(Ui::MainWindow &w, qint64 accountId, const char *action)
{
    w.action(QLatin1String(action))->trigger();
    return QTest::qWaitFor([&] { return w.isBusy(accountId); }, WaitMs)
           && QTest::qWaitFor([&] { return !w.isBusy(accountId); }, WaitMs);
}

/// The store as another reader sees it (what the sync thread committed).
std::optional<Store::StoredMessage> stored(const UiFixture &f, const QByteArray &uid)
{
    QString error;
    auto profile = Store::Profile::open(f.dir.path(), &error);
    return profile ? profile->messages().message(f.account.id, uid).value() : std::nullopt;
}

} // namespace

class TestTrashUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void readStateSurvivesDownloadAndCanBeToggled();
    void markReadAfterADelay();
    void deleteRestoreAndEmptyTrash();
    void deleteOnServerOfADownloadedMessage();

private:
    QTemporaryDir m_config;
};

void TestTrashUi::initTestCase()
{
    // The mark-read delay is a user setting: this test's own, not another test's.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestTrashUi::readStateSurvivesDownloadAndCanBeToggled()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(run(w, f.account.id, "check"));
    QTRY_COMPARE(w.messageModel()->rowCount(), 3);
    QCOMPARE(w.messageModel()->unreadCount(), 3);
    QVERIFY(w.accountList()->textOf(f.account.id).contains(QLatin1String("(3)")));

    // Two selected: nothing is shown, nothing marked read; downloaded, they stay unread.
    Ui::MessageView *view = w.messageView();
    const QByteArray report = uidOf(w, QStringLiteral("Quarterly"));
    const QByteArray lunch = uidOf(w, QStringLiteral("Lunch"));
    QItemSelection both;
    for (const QByteArray &uid : {report, lunch}) {
        const QModelIndex index = view->proxy()->mapFromSource(w.messageModel()->index(w.messageModel()->rowOf(uid), 0));
        both.select(index, index);
    }
    view->selectionModel()->select(both, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(view->selectedCount(), 2);
    QVERIFY(run(w, f.account.id, "download"));
    QTRY_VERIFY(w.messageModel()->message(w.messageModel()->rowOf(report)).isDownloaded());
    QVERIFY(unread(w, report) && unread(w, lunch));
    QCOMPARE(w.messageModel()->unreadCount(), 3);
    QTRY_VERIFY(w.accountList()->textOf(f.account.id).contains(QLatin1String("(3)")));

    // Shown alone, a downloaded message is read at once (delay 0), in the list and in the store.
    QCOMPARE(select(w, QStringLiteral("Quarterly")), report);
    QVERIFY(!unread(w, report));
    QCOMPARE(w.messageModel()->unreadCount(), 2);
    QTRY_VERIFY(w.accountList()->textOf(f.account.id).contains(QLatin1String("(2)")));
    QTRY_VERIFY(!stored(f, report)->isUnread());

    // Mark as Unread keeps it unread while it stays shown; Mark as Read reads it again.
    QVERIFY(!w.action(QStringLiteral("markRead"))->isEnabled());
    w.action(QStringLiteral("markUnread"))->trigger();
    QVERIFY(unread(w, report));
    QTRY_VERIFY(stored(f, report)->isUnread());
    QVERIFY(w.action(QStringLiteral("markRead"))->isEnabled());
    w.action(QStringLiteral("markRead"))->trigger();
    QVERIFY(!unread(w, report));

    // Ctrl+Shift+U toggles.
    QCOMPARE(w.action(QStringLiteral("toggleRead"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(unread(w, report));
    QTRY_VERIFY(stored(f, report)->isUnread());
    QTest::keyClick(view, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!unread(w, report));
    QTRY_VERIFY(!stored(f, report)->isUnread());
}

void TestTrashUi::markReadAfterADelay()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    QVERIFY(run(w, f.account.id, "check"));
    QTRY_COMPARE(w.messageModel()->rowCount(), 3);

    // The preference, set in its dialog.
    w.action(QStringLiteral("preferences"))->trigger();
    Ui::PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<Ui::PreferencesDialog *>()));
    QCOMPARE(dialog->markReadBox()->value(), 0);
    dialog->markReadBox()->setValue(1);
    dialog->accept();

    const QByteArray uid = select(w, QStringLiteral("Lunch"));
    QVERIFY(unread(w, uid)); // not yet
    QTRY_VERIFY_WITH_TIMEOUT(!unread(w, uid), WaitMs);
    QTRY_VERIFY(!stored(f, uid)->isUnread());

    // Moving on before the delay leaves a message unread.
    const QByteArray prize = select(w, QStringLiteral("Win"));
    const QByteArray report = select(w, QStringLiteral("Quarterly"));
    QTRY_VERIFY_WITH_TIMEOUT(!unread(w, report), WaitMs);
    QVERIFY(unread(w, prize));

    // Remembered for the next window; back to at once.
    Ui::MainWindow again(f.dir.path());
    again.action(QStringLiteral("preferences"))->trigger();
    QTRY_VERIFY((dialog = again.findChild<Ui::PreferencesDialog *>()));
    QCOMPARE(dialog->markReadBox()->value(), 1);
    dialog->markReadBox()->setValue(0);
    dialog->accept();
}

void TestTrashUi::deleteRestoreAndEmptyTrash()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(run(w, f.account.id, "check"));
    QTRY_COMPARE(w.messageModel()->rowCount(), 3);
    const QByteArray report = select(w, QStringLiteral("Quarterly"));
    QVERIFY(run(w, f.account.id, "download"));
    QTRY_VERIFY(w.messageModel()->message(w.messageModel()->rowOf(report)).isDownloaded());
    const QString file = stored(f, report)->rawPath;
    QVERIFY(QFile::exists(file));

    // Del on a message only on the server: Delete on Server's question (answered Cancel).
    select(w, QStringLiteral("Win"));
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QVERIFY(pressDelete(w));
    QVERIFY2(question.contains(QLatin1String("on the server")), qPrintable(question));
    QCOMPARE(w.messageModel()->rowCount(), 3);

    // Del on a downloaded one: into the Trash, no question.
    select(w, QStringLiteral("Quarterly"));
    QVERIFY(pressDelete(w));
    QTRY_COMPARE(w.messageModel()->rowOf(report), -1);
    QCOMPARE(w.messageModel()->rowCount(), 2);
    QTRY_VERIFY(stored(f, report)->inTrash());
    QVERIFY(QFile::exists(file));

    // Show Trash, Restore.
    w.action(QStringLiteral("showTrash"))->trigger();
    QCOMPARE(w.messageModel()->view(), ListView::Trash);
    QCOMPARE(w.messageModel()->rowCount(), 1);
    QVERIFY(!w.action(QStringLiteral("restoreFromTrash"))->isEnabled());
    select(w, QStringLiteral("Quarterly"));
    QVERIFY(w.action(QStringLiteral("restoreFromTrash"))->isEnabled());
    w.action(QStringLiteral("restoreFromTrash"))->trigger();
    QTRY_COMPARE(w.messageModel()->rowCount(), 0);
    QTRY_VERIFY(!stored(f, report)->inTrash());
    w.action(QStringLiteral("showTrash"))->trigger();
    QCOMPARE(w.messageModel()->view(), ListView::Messages);
    QTRY_VERIFY(w.messageModel()->rowOf(report) >= 0);

    // Trashed again, Delete in the Trash asks, Cancel keeps it.
    select(w, QStringLiteral("Quarterly"));
    w.action(QStringLiteral("moveToTrash"))->trigger();
    QTRY_VERIFY(stored(f, report)->inTrash());
    w.action(QStringLiteral("showTrash"))->trigger();
    QTRY_COMPARE(w.messageModel()->rowCount(), 1);
    select(w, QStringLiteral("Quarterly"));
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QVERIFY(pressDelete(w));
    QVERIFY2(question.contains(QLatin1String("for good")), qPrintable(question));
    QVERIFY(stored(f, report)->inTrash());

    // Empty Trash, after its question: the file goes, the UIDL stays known, nothing is fetched again.
    answerNextMessageBox(QMessageBox::Yes, &question);
    w.action(QStringLiteral("emptyTrash"))->trigger();
    QVERIFY2(question.contains(QLatin1String("1 message")), qPrintable(question));
    QTRY_COMPARE(w.messageModel()->rowCount(), 0);
    QTRY_VERIFY(stored(f, report)->localDeleted);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(f.server.messagesOnDisk("ui").size(), 3); // the account keeps messages on the server
    w.action(QStringLiteral("showTrash"))->trigger();
    w.downloadMessages({}); // every new message
    QVERIFY(QTest::qWaitFor([&] { return w.isBusy(f.account.id); }, WaitMs)
            && QTest::qWaitFor([&] { return !w.isBusy(f.account.id); }, WaitMs));
    QCOMPARE(w.messageModel()->rowCount(), 2);
    QCOMPARE(w.messageModel()->rowOf(report), -1);
    QVERIFY(!QFile::exists(file));
    w.action(QStringLiteral("emptyTrash"))->trigger(); // nothing to ask
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("The Trash is empty."));

    // The Trash's days, set in the preferences, reach the profile and apply at once.
    const QByteArray lunch = select(w, QStringLiteral("Lunch"));
    QVERIFY(run(w, f.account.id, "download"));
    QTRY_VERIFY(w.messageModel()->message(w.messageModel()->rowOf(lunch)).isDownloaded());
    w.action(QStringLiteral("moveToTrash"))->trigger();
    QTRY_VERIFY(stored(f, lunch)->inTrash());
    {
        QString error;
        auto profile = Store::Profile::open(f.dir.path(), &error);
        QSqlQuery age(profile->database().connection());
        QVERIFY(age.exec(QStringLiteral("UPDATE messages SET trashed_at = trashed_at - 10 * 86400 "
                                        "WHERE trashed_at IS NOT NULL")));
    }
    w.action(QStringLiteral("showTrash"))->trigger();
    QCOMPARE(w.messageModel()->rowCount(), 1); // 10 days < 30
    w.action(QStringLiteral("preferences"))->trigger();
    Ui::PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<Ui::PreferencesDialog *>()));
    QCOMPARE(dialog->trashDaysBox()->value(), Store::Trash::DefaultKeepDays);
    dialog->trashDaysBox()->setValue(5);
    dialog->accept();
    QTRY_COMPARE(w.messageModel()->rowCount(), 0);
    QTRY_VERIFY(stored(f, lunch)->localDeleted);
    QString error;
    QCOMPARE(Store::Profile::open(f.dir.path(), &error)->trash().keepDays().value(), 5);
}

/// After Delete on Server, a downloaded message's row says it is no longer on the server.
void TestTrashUi::deleteOnServerOfADownloadedMessage()
{
    UiFixture f(mailbox());
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    QVERIFY(run(w, f.account.id, "check"));
    QTRY_COMPARE(w.messageModel()->rowCount(), 3);
    const QByteArray uid = select(w, QStringLiteral("Lunch"));
    QVERIFY(run(w, f.account.id, "download"));
    Model::MessageListModel *m = w.messageModel();
    QTRY_VERIFY(m->message(m->rowOf(uid)).isDownloaded());
    QVERIFY(m->index(m->rowOf(uid), Model::StatusColumn).data(Qt::ToolTipRole).toString().contains(
        QLatin1String("the server still has it")));
    answerNextMessageBox(QMessageBox::Yes);
    w.action(QStringLiteral("deleteOnServer"))->trigger();
    QVERIFY(run(w, f.account.id, "check"));
    QCOMPARE(f.server.messagesOnDisk("ui").size(), 2);
    QTRY_VERIFY(!m->index(m->rowOf(uid), 0).data(Model::OnServerRole).toBool());
    const QString tip = m->index(m->rowOf(uid), Model::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("no longer on the server")), qPrintable(tip));
    QCOMPARE(w.action(QStringLiteral("deleteOnServer"))->shortcut(), QKeySequence(QStringLiteral("Shift+Del")));
    QCOMPARE(w.action(QStringLiteral("moveToTrash"))->shortcut(), QKeySequence(QKeySequence::Delete));
}

QTEST_MAIN(TestTrashUi)
#include "tst_trash_ui.moc"

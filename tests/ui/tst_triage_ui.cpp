// Triage in the main window against Dovecot: spam marks with their reasons, the kept hidden,
// Mark as Spam / Not Spam, the blocklist, Process Marked with its confirmation, the record of
// what was deleted, and the rules dialog (add, refuse a costly pattern, edit, order, remove).
#include "DeletedDialog.h"
#include "MessageView.h"
#include "RulesDialog.h"
#include "TriageUi.h"
#include "UiFixture.h"
#include "model/MessageListModel.h"
#include "triage/TriageStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Poplar;
using namespace Poplar::Test;

namespace {

constexpr int WaitMs = 30000;

QList<QByteArray> mailbox()
{
    return {uiMessage(1, "Quarterly report"),
            uiMessage(2, "Your account is locked\nX-Spam-Flag: YES\nReply-To: help@elsewhere.example"),
            uiMessage(3, "Weekly news\nList-Id: Weekly <weekly.news.example>"),
            "Message-ID: <4@lottery-spam.example>\nDate: Wed, 08 Nov 2023 14:00:00 +0000\n"
            "From: Prize Office <claims@lottery-spam.example>\nTo: ui@example.org\nSubject: You won\n\nClaim it.\n"};
}

QByteArray uidOf(Ui::MainWindow &w, const QString &subject)
{
    Model::MessageListModel *m = w.messageModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->message(r).summary.subject.contains(subject))
            return m->message(r).uid;
    }
    return {};
}

void select(Ui::MainWindow &w, const QString &subject)
{
    Ui::MessageView *view = w.messageView();
    view->clearSelection();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex index = view->model()->index(r, Model::SubjectColumn);
        if (index.data().toString().contains(subject))
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

/// The rules as the profile has them, read through a connection of the test's own.
QVector<Triage::Rule> storedRules(const QString &dir)
{
    QString error;
    auto profile = Store::Profile::open(dir, &error);
    return Triage::TriageStore(profile->database()).rules().value();
}

} // namespace

class TestTriageUi : public QObject {
    Q_OBJECT
private slots:
    void marksReasonsAndProcessMarked();
    void rulesDialog();
};

void TestTriageUi::marksReasonsAndProcessMarked()
{
    UiFixture f(mailbox());
    QVERIFY2(f.started, qPrintable(f.server.error()));
    {
        QString error;
        auto profile = Store::Profile::open(f.dir.path(), &error);
        Triage::TriageStore store(profile->database());
        Triage::Rule lotteries;
        lotteries.name = QStringLiteral("No lotteries");
        lotteries.conditions = {{QStringLiteral("sender-domain"), Triage::Operator::Is, QStringLiteral("lottery-spam.example"), false}};
        lotteries.action = Triage::Action::DeleteOnServer;
        QVERIFY(store.addRule(lotteries, &error));
        Triage::Rule news;
        news.name = QStringLiteral("Keep newsletters");
        news.conditions = {{QStringLiteral("list-id"), Triage::Operator::Contains, QStringLiteral("news.example"), false}};
        news.action = Triage::Action::KeepOnServer;
        QVERIFY(store.addRule(news, &error));
    }
    Ui::MainWindow w(f.dir.path());
    w.show();
    Ui::TriageUi *triage = w.triage();
    QVERIFY(triage);
    QVERIFY(checkAndWait(w, f.account.id, WaitMs));
    QCOMPARE(w.messageModel()->rowCount(), 4);
    const QByteArray locked = uidOf(w, QStringLiteral("locked"));
    const QByteArray lottery = uidOf(w, QStringLiteral("You won"));
    const QByteArray news = uidOf(w, QStringLiteral("Weekly"));
    const QByteArray report = uidOf(w, QStringLiteral("Quarterly"));
    QTRY_VERIFY_WITH_TIMEOUT(triage->mark(locked) && triage->mark(locked)->spam, WaitMs);
    QVERIFY(triage->mark(locked)->reasons.contains(QLatin1String("X-Spam-Flag")));
    QVERIFY(triage->mark(locked)->reasons.contains(QLatin1String("elsewhere.example")));
    QVERIFY(triage->mark(lottery)->markedDelete);
    QVERIFY(!triage->mark(report)->spam);
    // The kept newsletter is hidden until asked for.
    QCOMPARE(w.messageView()->model()->rowCount(), 3);
    triage->action(QStringLiteral("showKept"))->setChecked(true);
    QCOMPARE(w.messageView()->model()->rowCount(), 4);
    triage->action(QStringLiteral("showKept"))->setChecked(false);
    // The reasons above the preview.
    select(w, QStringLiteral("locked"));
    QVERIFY2(triage->bannerText().contains(QLatin1String("Spam (score")), qPrintable(triage->bannerText()));
    QVERIFY(triage->bannerText().contains(QLatin1String("X-Spam-Flag")));
    select(w, QStringLiteral("You won"));
    QVERIFY(triage->bannerText().contains(QLatin1String("No lotteries")));

    // Not spam, spam, and the blocklist.
    select(w, QStringLiteral("locked"));
    triage->action(QStringLiteral("markNotSpam"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!triage->mark(locked)->spam && triage->mark(locked)->userVerdict == -1, WaitMs);
    select(w, QStringLiteral("Quarterly"));
    triage->action(QStringLiteral("addBlocked"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(triage->mark(report)->spam, WaitMs);
    QVERIFY(triage->mark(report)->reasons.contains(QLatin1String("blocklist")));

    // Process Marked asks first, then deletes the marked one and downloads the rest as the rules say.
    QString question;
    triage->action(QStringLiteral("processMarked"))->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("processMarkedConfirmation"))) && box->isVisible());
    question = box->text();
    QVERIFY2(question.contains(QLatin1String("1 marked message")), qPrintable(question));
    box->button(QMessageBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(f.server.messagesOnDisk("ui").size(), 3, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(f.account.id), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.messageModel()->message(w.messageModel()->rowOf(locked)).isDownloaded(), WaitMs);
    QVERIFY(!w.messageModel()->message(w.messageModel()->rowOf(news)).isDownloaded());  // kept on the server
    QVERIFY(!w.messageModel()->message(w.messageModel()->rowOf(report)).isDownloaded()); // blocked: spam

    // The record of what was deleted, searchable, and its sender back among friends.
    triage->action(QStringLiteral("deleted"))->trigger();
    Ui::DeletedDialog *deleted = triage->deletedDialog();
    QVERIFY(deleted && deleted->isVisible());
    QCOMPARE(deleted->list()->topLevelItemCount(), 1);
    QVERIFY(deleted->list()->topLevelItem(0)->text(2).contains(QLatin1String("No lotteries")));
    deleted->searchBox()->setText(QStringLiteral("nothing like it"));
    QCOMPARE(deleted->list()->topLevelItemCount(), 0);
    deleted->searchBox()->setText(QStringLiteral("prize office"));
    QCOMPARE(deleted->list()->topLevelItemCount(), 1);
    deleted->list()->setCurrentItem(deleted->list()->topLevelItem(0));
    QVERIFY(deleted->details()->toPlainText().contains(QLatin1String("Claim it.")));
    deleted->addSenderToFriends();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QString error;
            auto profile = Store::Profile::open(f.dir.path(), &error);
            return Triage::TriageStore(profile->database()).senderLists()->isFriend(QStringLiteral("claims@lottery-spam.example"));
        }(),
        WaitMs);
}

void TestTriageUi::rulesDialog()
{
    UiFixture f({uiMessage(1, "Hello")});
    QVERIFY(f.started);
    Ui::MainWindow w(f.dir.path());
    w.show();
    w.triage()->action(QStringLiteral("rules"))->trigger();
    Ui::RulesDialog *dialog = w.triage()->rulesDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->list()->topLevelItemCount(), 0);

    auto addRule = [&](const QString &name, const QString &value, const QString &op) {
        dialog->addRule();
        Ui::RuleEditDialog *editor = nullptr;
        [&] { QTRY_VERIFY((editor = dialog->findChild<Ui::RuleEditDialog *>(QStringLiteral("ruleEditor")))); }();
        editor->findChild<QLineEdit *>(QStringLiteral("ruleName"))->setText(name);
        auto *operatorBox = editor->findChild<QComboBox *>(QStringLiteral("conditionOperator"));
        operatorBox->setCurrentIndex(operatorBox->findData(int(*Triage::operatorFromName(op))));
        editor->findChild<QLineEdit *>(QStringLiteral("conditionValue"))->setText(value);
        auto *action = editor->findChild<QComboBox *>(QStringLiteral("ruleAction"));
        action->setCurrentIndex(action->findData(int(Triage::Action::DeleteOnServer)));
        editor->accept();
        return editor;
    };
    // A pattern that could take exponential time is refused in the editor, which stays open.
    Ui::RuleEditDialog *refused = addRule(QStringLiteral("Costly"), QStringLiteral("(a+)+$"), QStringLiteral("matches"));
    QVERIFY(refused->isVisible());
    QVERIFY(!refused->findChild<QLabel *>(QStringLiteral("ruleError"))->text().isEmpty());
    refused->reject();
    QTRY_VERIFY(!dialog->findChild<Ui::RuleEditDialog *>(QStringLiteral("ruleEditor")));

    addRule(QStringLiteral("First"), QStringLiteral("spam.example"), QStringLiteral("contains"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->topLevelItemCount(), 1, WaitMs);
    QTRY_VERIFY(!dialog->findChild<Ui::RuleEditDialog *>(QStringLiteral("ruleEditor")));
    addRule(QStringLiteral("Second"), QStringLiteral("other.example"), QStringLiteral("contains"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->topLevelItemCount(), 2, WaitMs);
    QCOMPARE(storedRules(f.dir.path()).at(1).conditions.first().value, QStringLiteral("other.example"));
    QCOMPARE(storedRules(f.dir.path()).at(1).action, Triage::Action::DeleteOnServer);

    // Order: the second moves up.
    dialog->list()->setCurrentItem(dialog->list()->topLevelItem(1));
    dialog->moveRule(-1);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->rules().value(0).name, QStringLiteral("Second"), WaitMs);
    QCOMPARE(storedRules(f.dir.path()).at(0).name, QStringLiteral("Second"));

    // Edit keeps the rule's place.
    dialog->list()->setCurrentItem(dialog->list()->topLevelItem(1));
    dialog->editRule();
    Ui::RuleEditDialog *editor = nullptr;
    QTRY_VERIFY((editor = dialog->findChild<Ui::RuleEditDialog *>(QStringLiteral("ruleEditor"))));
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("ruleName"))->text(), QStringLiteral("First"));
    editor->findChild<QLineEdit *>(QStringLiteral("ruleName"))->setText(QStringLiteral("First, renamed"));
    editor->accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->rules().value(1).name, QStringLiteral("First, renamed"), WaitMs);

    // Remove.
    dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
    dialog->removeRule();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->topLevelItemCount(), 1, WaitMs);
    QCOMPARE(storedRules(f.dir.path()).size(), 1);

    // Friends learnt from downloads can be switched off.
    auto *learn = dialog->findChild<QCheckBox *>(QStringLiteral("learnFriends"));
    QVERIFY(learn->isChecked());
    learn->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QString error;
            auto profile = Store::Profile::open(f.dir.path(), &error);
            return Triage::TriageStore(profile->database()).setting(Triage::Setting::LearnFriends) == QLatin1String("0");
        }(),
        WaitMs);
}

QTEST_MAIN(TestTriageUi)
#include "tst_triage_ui.moc"

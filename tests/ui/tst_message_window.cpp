// Full-text search in the main window's filter box, and list messages opened in a window of their
// own (double-click, Enter) with Previous and Next, against a real Dovecot.
#include "UiFixture.h"

#include "ErrorBar.h"
#include "MessageView.h"
#include "PreviewPane.h"
#include "SafeTextBrowser.h"
#include "SearchFilter.h"
#include "StoredMessageWindow.h"
#include "model/MessageListModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace Poplar;
using namespace Poplar::Test;

namespace {

constexpr int WaitMs = 30000;

QList<QByteArray> mailbox()
{
    QByteArray longBody;
    for (int i = 1; i <= 40; ++i)
        longBody += "Line " + QByteArray::number(i) + " of the minutes.\n";
    longBody += "The tail marker comes last.\n";
    return {uiMessage(1, "Quarterly report", "The budget for the caf\xc3\xa9 is approved.\n"),
            uiMessage(2, "Lunch?", "Let us talk about the budget at lunch.\n"),
            uiMessage(3, "Budget", "Numbers only.\n"),
            uiMessage(4, "=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=", "Treffen im Caf\xc3\xa9 M\xc3\xbcnchen.\n"),
            uiMessage(5, "=?UTF-8?B?5Lya6K2w?=", "\xe6\x98\x8e\xe6\x97\xa5\xe3\x81\xae\xe4\xbc\x9a\xe8\xad\xb0\xe3\x81\xaf\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82\n"),
            uiMessage(6, "Minutes", longBody)};
}

/// The subjects of the list in its current order.
QStringList subjects(Ui::MainWindow &w)
{
    QStringList out;
    QAbstractItemModel *model = w.messageView()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, Model::SubjectColumn).data().toString();
    return out;
}

/// Types `text` into the search box and waits until the index has answered.
void search(Ui::MainWindow &w, const QString &text)
{
    w.filterBox()->setText(text);
    w.findChild<Ui::SearchFilter *>()->searchNow();
}

QModelIndex rowWithSubject(Ui::MainWindow &w, const QString &subject)
{
    QAbstractItemModel *model = w.messageView()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, Model::SubjectColumn).data().toString() == subject)
            return model->index(r, Model::SubjectColumn);
    }
    return {};
}

Ui::StoredMessageWindow *openWindow(Ui::MainWindow &w)
{
    const auto windows = w.findChildren<Ui::StoredMessageWindow *>();
    return windows.size() == 1 ? windows.first() : nullptr;
}

QString shownText(Ui::StoredMessageWindow *window)
{
    return window ? window->preview()->renderedText() : QString();
}

} // namespace

class TestMessageWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void searchFindsBodiesRanksAndMarks();
    void searchFollowsTheUsersSortOrder();
    void hostileSearchTextShowsNothingAndNoError();
    void doubleClickOpensADownloadedMessage();
    void enterOpensAPreviewThatOffersDownload();
    void previousAndNextFollowTheListOrder();

private:
    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestMessageWindow::initTestCase()
{
    m_fixture = std::make_unique<UiFixture>(mailbox());
    QVERIFY(m_fixture->started);
    m_window = std::make_unique<Ui::MainWindow>(m_fixture->dir.path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(checkAndWait(*m_window, m_fixture->account.id, WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->messageView()->model()->rowCount(), 6, WaitMs);
}

void TestMessageWindow::searchFindsBodiesRanksAndMarks()
{
    Ui::MainWindow &w = *m_window;
    // Words of the bodies (previews, fetched by the check) are found, the subject's match first.
    search(w, QStringLiteral("budget"));
    QCOMPARE(subjects(w).size(), 3);
    QCOMPARE(subjects(w).first(), QStringLiteral("Budget"));
    search(w, QStringLiteral("cafe"));
    QCOMPARE(subjects(w).size(), 2);
    search(w, QStringLiteral("\"talk about\""));
    QCOMPARE(subjects(w), QStringList{QStringLiteral("Lunch?")});
    search(w, QStringLiteral("subject:lunch"));
    QCOMPARE(subjects(w), QStringList{QStringLiteral("Lunch?")});
    search(w, QStringLiteral("from:person"));
    QCOMPARE(subjects(w).size(), 6);
    search(w, QString::fromUtf8("\xe6\x9d\xb1\xe4\xba\xac")); // 東京, inside a sentence
    QCOMPARE(subjects(w).size(), 1);
    // The word being typed matches longer words.
    search(w, QStringLiteral("munch"));
    QCOMPARE(subjects(w).size(), 1);
    // The index is asked a moment after typing, without searchNow().
    w.filterBox()->setText(QStringLiteral("approved"));
    QTRY_COMPARE(subjects(w), QStringList{QStringLiteral("Quarterly report")});

    // The words found are marked in the preview, accents ignored.
    search(w, QStringLiteral("cafe budget"));
    const QModelIndex report = rowWithSubject(w, QStringLiteral("Quarterly report"));
    QVERIFY(report.isValid());
    w.messageView()->setCurrentIndex(report);
    QTRY_VERIFY(w.preview()->renderedText().contains(QString::fromUtf8("caf\xc3\xa9 is approved")));
    QTRY_COMPARE(w.preview()->highlightCount(), 2);
    w.filterBox()->clear();
    QCOMPARE(subjects(w).size(), 6);
    QTRY_COMPARE(w.preview()->highlightCount(), 0);
}

void TestMessageWindow::searchFollowsTheUsersSortOrder()
{
    Ui::MainWindow &w = *m_window;
    search(w, QStringLiteral("budget"));
    QCOMPARE(subjects(w).first(), QStringLiteral("Budget"));
    // Sorting by a column puts the relevance order aside: subjects A-Z.
    w.messageView()->header()->setSortIndicator(Model::SubjectColumn, Qt::AscendingOrder);
    QCOMPARE(subjects(w), (QStringList{"Budget", "Lunch?", "Quarterly report"}));
    w.messageView()->header()->setSortIndicator(Model::SubjectColumn, Qt::DescendingOrder);
    QCOMPARE(subjects(w), (QStringList{"Quarterly report", "Lunch?", "Budget"}));
    w.filterBox()->clear();
    w.messageView()->header()->setSortIndicator(Model::DateColumn, Qt::DescendingOrder);
}

void TestMessageWindow::hostileSearchTextShowsNothingAndNoError()
{
    Ui::MainWindow &w = *m_window;
    for (const QString &text : {QStringLiteral("\"unbalanced ("), QStringLiteral("NEAR(a b) AND OR"),
                                QStringLiteral("{subject}: ^x*"), QStringLiteral("\""), QStringLiteral("*")}) {
        search(w, text);
        QVERIFY2(subjects(w).isEmpty(), qPrintable(text));
        QVERIFY(!w.errorBar()->isVisible());
    }
    w.filterBox()->clear();
    QCOMPARE(subjects(w).size(), 6);
}

void TestMessageWindow::doubleClickOpensADownloadedMessage()
{
    Ui::MainWindow &w = *m_window;
    const QModelIndex lunch = rowWithSubject(w, QStringLiteral("Lunch?"));
    w.messageView()->setCurrentIndex(lunch);
    w.downloadMessages({lunch.data(Model::UidRole).toByteArray()});
    QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(w, QStringLiteral("Lunch?")).data(Model::DownloadedRole).toBool(), WaitMs);
    Ui::MessageView *view = w.messageView();
    const QRect rect = view->visualRect(rowWithSubject(w, QStringLiteral("Lunch?")));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(openWindow(w));
    Ui::StoredMessageWindow *window = openWindow(w);
    QTRY_VERIFY(shownText(window).contains(QStringLiteral("talk about the budget")));
    QCOMPARE(window->preview()->noticeText(), QString()); // downloaded: no "still on the server"
    QVERIFY(window->windowTitle().contains(QStringLiteral("Lunch?")));
    // Opening it again raises the same window.
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w.findChildren<Ui::StoredMessageWindow *>().size(), 1);
    window->close();
    QTRY_VERIFY(!openWindow(w));
}

void TestMessageWindow::enterOpensAPreviewThatOffersDownload()
{
    Ui::MainWindow &w = *m_window;
    Ui::MessageView *view = w.messageView();
    view->setFocus();
    view->setCurrentIndex(rowWithSubject(w, QStringLiteral("Minutes")));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(openWindow(w));
    Ui::StoredMessageWindow *window = openWindow(w);
    // Still on the server: its preview, and the offer to download it.
    QTRY_VERIFY(shownText(window).contains(QStringLiteral("Line 2 of the minutes")));
    QVERIFY(!shownText(window).contains(QStringLiteral("tail marker")));
    QVERIFY(window->preview()->noticeText().contains(QStringLiteral("still on the server")));
    emit window->findChild<Ui::PreviewPane *>()->downloadRequested();
    QTRY_VERIFY_WITH_TIMEOUT(shownText(window).contains(QStringLiteral("tail marker")), WaitMs);
    QCOMPARE(window->preview()->noticeText(), QString());
    window->close();
    QTRY_VERIFY(!openWindow(w));
}

void TestMessageWindow::previousAndNextFollowTheListOrder()
{
    Ui::MainWindow &w = *m_window;
    Ui::MessageView *view = w.messageView();
    view->header()->setSortIndicator(Model::SubjectColumn, Qt::AscendingOrder);
    const QStringList order = subjects(w);
    QCOMPARE(order.size(), 6);
    view->setCurrentIndex(view->model()->index(0, Model::SubjectColumn));
    emit view->activated(view->currentIndex());
    QTRY_VERIFY(openWindow(w));
    Ui::StoredMessageWindow *window = openWindow(w);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto subjectShown = [&] {
        return w.messageModel()->message(w.messageModel()->rowOf(window->currentUid())).summary.subject;
    };
    auto listSubject = [&] { return view->currentIndex().siblingAtColumn(Model::SubjectColumn).data().toString(); };
    QCOMPARE(subjectShown(), order.at(0));
    QVERIFY(!window->previousAction()->isEnabled());
    QVERIFY(window->nextAction()->isEnabled());

    window->nextAction()->trigger();
    QCOMPARE(subjectShown(), order.at(1));
    QCOMPARE(listSubject(), order.at(1)); // the list follows
    QTest::keyClick(window, Qt::Key_N);
    QCOMPARE(subjectShown(), order.at(2));
    QTest::keyClick(window, Qt::Key_Period, Qt::ControlModifier);
    QCOMPARE(subjectShown(), order.at(3));
    QTest::keyClick(window, Qt::Key_P);
    QCOMPARE(subjectShown(), order.at(2));
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(subjectShown(), order.at(1));
    // The toolbar's buttons.
    QToolButton *next = nullptr;
    for (QToolButton *button : window->findChildren<QToolButton *>()) {
        if (button->defaultAction() == window->nextAction())
            next = button;
    }
    QVERIFY(next);
    for (int i = 2; i < 6; ++i) {
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(subjectShown(), order.at(i));
    }
    QVERIFY(!window->nextAction()->isEnabled());
    QTRY_VERIFY(shownText(window).contains(order.at(5).left(4)) || !shownText(window).isEmpty());

    // With a search, Previous and Next go through what it found only.
    search(w, QStringLiteral("budget"));
    const QStringList found = subjects(w);
    QCOMPARE(found.size(), 3);
    window->showStored(rowWithSubject(w, found.at(0)).data(Model::UidRole).toByteArray());
    QVERIFY(!window->previousAction()->isEnabled());
    window->nextAction()->trigger();
    QCOMPARE(subjectShown(), found.at(1));
    window->nextAction()->trigger();
    QCOMPARE(subjectShown(), found.at(2));
    QVERIFY(!window->nextAction()->isEnabled());
    // The words searched for are marked in the window too.
    window->setHighlightTerms(w.findChild<Ui::SearchFilter *>()->highlightTerms());
    QTRY_VERIFY(window->preview()->highlightCount() >= 1);
    window->close();
    w.filterBox()->clear();
}

QTEST_MAIN(TestMessageWindow)
#include "tst_message_window.moc"

#include "model/MessageListModel.h"
#include "store/Profile.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;
using Model::MessageStatus;

class TestModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void passesTheModelTester();
    void statusesFollowTheStore();
    void refreshUpdatesAndAppends();
    void sortsAndFiltersThroughAProxy();
    void lessThanAgreesWithTheSortRole();
    void loads100kRows();
    void aFailedLoadIsAnError();
    void onlyMessagesOnTheServerAwaitHeaders();

private:
    void listAndHeaders(const QVector<Store::ServerMessage> &listing);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Profile> m_profile;
    qint64 m_account = 0;
};

void TestModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_profile = Store::Profile::open(m_dir->path(), &error);
    QVERIFY2(m_profile, qPrintable(error));
    Account::AccountSettings a;
    a.name = QStringLiteral("a");
    a.host = QStringLiteral("h");
    a.user = QStringLiteral("u");
    m_account = m_profile->accounts().add(a, &error);
    QVERIFY(m_account > 0);
}

void TestModel::cleanup()
{
    m_profile.reset();
    m_dir.reset();
}

void TestModel::listAndHeaders(const QVector<Store::ServerMessage> &listing)
{
    QString error;
    QVector<QByteArray> fresh;
    QVERIFY(m_profile->messages().recordListing(m_account, listing, &fresh, &error));
    QVector<Store::HeaderUpdate> updates;
    for (const auto &m : listing) {
        const QByteArray headers = "From: Sender " + m.uid + " <s@example.org>\r\nSubject: Subject " + m.uid
                                   + "\r\nDate: Tue, 07 Nov 2023 10:00:00 +0000\r\n\r\n";
        updates.append({m.uid, headers, Mime::summarizeHeaders(headers)});
    }
    QVERIFY(m_profile->messages().saveHeaders(m_account, updates, &error));
}

void TestModel::passesTheModelTester()
{
    listAndHeaders({{"a", 10}, {"b", 20}, {"c", 30}});
    Model::MessageListModel model(&m_profile->messages());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccount(m_account, 0);
    QCOMPARE(model.rowCount(), 3);
    listAndHeaders({{"a", 10}, {"b", 20}, {"c", 30}, {"d", 40}});
    model.refresh({"d", "a"});
    QCOMPARE(model.rowCount(), 4);
    model.setSeen({"a"});
    model.setDeleteRequested({"b"}, true);
    // Rows changed together are announced one run of neighbours at a time.
    QVector<QByteArray> all;
    for (int row = 0; row < model.rowCount(); ++row)
        all << model.message(row).uid;
    model.setSeen(all, false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSeen({all.at(3), all.at(0), all.at(1)}, true);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 3);
    changed.clear();
    model.setDeleteRequested(all, false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(3, Model::ColumnCount - 1));
    model.setAccount(0, 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestModel::statusesFollowTheStore()
{
    listAndHeaders({{"new", 10}, {"big", 5000}, {"seen", 10}, {"del", 10}, {"dl", 10}, {"gone", 10}});
    QString error;
    Store::MessageStore &store = m_profile->messages();
    QVERIFY(store.markSeen(m_account, {"seen"}, &error));
    QVERIFY(store.setDeleteRequested(m_account, {"del"}, true, &error));
    auto incoming = store.beginDownload(m_account, "dl", &error);
    QVERIFY(incoming->write("Subject: x\r\n\r\nbody\r\n") && incoming->finish(&error));
    std::vector<std::unique_ptr<Store::IncomingMessage>> batch;
    batch.push_back(std::move(incoming));
    QVERIFY(store.commitDownloads(m_account, batch, &error));
    QVERIFY(store.recordListing(m_account, {{"new", 10}, {"big", 5000}, {"seen", 10}, {"del", 10}, {"dl", 10}}, nullptr,
                                &error));
    Model::MessageListModel model(&store);
    model.setAccount(m_account, 1000);
    auto statusOf = [&](const QByteArray &uid) {
        return MessageStatus(model.index(model.rowOf(uid), 0).data(Model::StatusRole).toInt());
    };
    QCOMPARE(statusOf("new"), MessageStatus::New);
    QCOMPARE(statusOf("big"), MessageStatus::TooLarge);
    QCOMPARE(statusOf("seen"), MessageStatus::OnServerOnly);
    QCOMPARE(statusOf("del"), MessageStatus::DeletePending);
    QCOMPARE(statusOf("dl"), MessageStatus::Downloaded);
    QCOMPARE(statusOf("gone"), MessageStatus::Gone);
    // Unread whatever the status: on the server, too large, downloaded, gone; not the one
    // looked at, nor the one marked for deletion.
    QCOMPARE(model.unreadCount(), 4);
    QCOMPARE(store.unreadCount(m_account).value(), 4);
    QVERIFY(model.index(model.rowOf("dl"), 0).data(Model::UnreadRole).toBool());
    QVERIFY(!model.index(model.rowOf("seen"), 0).data(Model::UnreadRole).toBool());
    QVERIFY(!model.index(model.rowOf("new"), 0).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestModel::refreshUpdatesAndAppends()
{
    listAndHeaders({{"a", 10}});
    Model::MessageListModel model(&m_profile->messages());
    model.setAccount(m_account, 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    listAndHeaders({{"a", 10}, {"b", 20}});
    model.refresh({"a", "b", "b", "a"}); // reported twice: still one row each
    QCOMPARE(changed.size(), 4); // status, size, the text columns, the attachment column: never row by row
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOf("b"), Model::SubjectColumn).data().toString(), QStringLiteral("Subject b"));
}

void TestModel::sortsAndFiltersThroughAProxy()
{
    listAndHeaders({{"x1", 300}, {"x2", 100}, {"y3", 200}});
    Model::MessageListModel model(&m_profile->messages());
    model.setAccount(m_account, 0);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Model::SortRole);
    proxy.setFilterRole(Model::FilterRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(Model::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(Model::UidRole).toByteArray(), QByteArray("x2"));
    QCOMPARE(proxy.index(2, 0).data(Model::UidRole).toByteArray(), QByteArray("x1"));
    proxy.setFilterFixedString(QStringLiteral("subject y"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("SENDER X"));
    QCOMPARE(proxy.rowCount(), 2);
}

void TestModel::lessThanAgreesWithTheSortRole()
{
    listAndHeaders({{"b2", 300}, {"A1", 100}, {"c3", 200}, {"a4", 200}});
    Model::MessageListModel model(&m_profile->messages());
    model.setAccount(m_account, 250);
    const int rows = model.rowCount();
    QCOMPARE(rows, 4);
    for (int column = 0; column < Model::ColumnCount; ++column) {
        for (int a = 0; a < rows; ++a) {
            for (int b = 0; b < rows; ++b) {
                const QVariant left = model.index(a, column).data(Model::SortRole);
                const QVariant right = model.index(b, column).data(Model::SortRole);
                const bool expected = QVariant::compare(left, right) == QPartialOrdering::Less;
                QVERIFY2(model.lessThan(a, b, column) == expected,
                         qPrintable(QStringLiteral("column %1, rows %2 and %3").arg(column).arg(a).arg(b)));
            }
        }
    }
}

// How fast 100,000 rows load is measured by tests/benchmarks (poplar-gui-bench open); this is
// about every row arriving, each once.
void TestModel::loads100kRows()
{
    // Written straight into SQLite: this is about reading, not about how rows got there.
    QSqlDatabase db = m_profile->database().connection();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO messages (account_id, uidl, server_size, first_seen, from_text, subject, date) "
                                  "VALUES (?, ?, ?, 0, ?, ?, ?)"));
    for (int i = 0; i < 100000; ++i) {
        insert.addBindValue(m_account);
        insert.addBindValue(QByteArray("uid-") + QByteArray::number(i));
        insert.addBindValue(1000 + i);
        insert.addBindValue(QStringLiteral("Sender %1 <s%1@example.org>").arg(i % 500));
        insert.addBindValue(QStringLiteral("A subject line of ordinary length, number %1").arg(i));
        insert.addBindValue(1700000000 + i);
        QVERIFY(insert.exec());
    }
    QVERIFY(db.commit());
    Model::MessageListModel model(&m_profile->messages());
    model.setAccount(m_account, 0);
    QCOMPARE(model.rowCount(), 100000);
    QSet<QByteArray> uidls;
    for (int r = 0; r < model.rowCount(); ++r)
        uidls.insert(model.message(r).uid);
    QCOMPARE(uidls.size(), 100000);
    QVERIFY(uidls.contains("uid-0") && uidls.contains("uid-99999"));
}

void TestModel::aFailedLoadIsAnError()
{
    listAndHeaders({{"a", 10}, {"b", 20}});
    Model::MessageListModel model(&m_profile->messages());
    QSignalSpy failed(&model, &Model::MessageListModel::loadFailed);
    model.setAccount(m_account, 0);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.loadError().isEmpty());
    QCOMPARE(failed.count(), 0);

    // The messages can no longer be read: the list says so instead of showing an empty account.
    QSqlQuery damage(m_profile->database().connection());
    QVERIFY(damage.exec(QStringLiteral("ALTER TABLE messages RENAME TO messages_unreadable")));
    model.setAccount(m_account, 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.loadError().isEmpty());
    QCOMPARE(failed.count(), 1);
    QVERIFY(!m_profile->messages().listEntries(m_account).ok());
    QVERIFY(!m_profile->messages().statuses(m_account).ok());
    QVERIFY(!m_profile->messages().message(m_account, "a").ok());
    QVERIFY(!m_profile->messages().unreadCount(m_account).ok());
    model.refresh({"a"});
    QCOMPARE(failed.count(), 2);
}

void TestModel::onlyMessagesOnTheServerAwaitHeaders()
{
    QString error;
    Store::MessageStore &store = m_profile->messages();
    QVERIFY(store.recordListing(m_account, {{"listed", 10}, {"gone", 10}}, nullptr, &error));
    QVERIFY(store.recordListing(m_account, {{"listed", 10}}, nullptr, &error)); // "gone" left the server
    Model::MessageListModel model(&store);
    model.setAccount(m_account, 0);
    QCOMPARE(model.rowCount(), 2);
    const auto subjectOf = [&](const QByteArray &uid) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.message(row).uid == uid)
                return model.index(row, Model::SubjectColumn).data().toString();
        }
        return QString();
    };
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setFetchingHeaders(true);
    QCOMPARE(subjectOf("listed"), QStringLiteral("fetching headers\u2026"));
    QCOMPARE(subjectOf("gone"), QStringLiteral("(headers not fetched)")); // no check will fetch them
    QCOMPARE(changed.size(), 1);
    model.setFetchingHeaders(false);
    QCOMPARE(subjectOf("listed"), QStringLiteral("(headers not fetched)"));
    // Once the listed one has its headers, no row awaits any: nothing to repaint.
    listAndHeaders({{"listed", 10}});
    model.refresh({"listed"});
    changed.clear();
    model.setFetchingHeaders(true);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(subjectOf("listed"), QStringLiteral("Subject listed"));
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"

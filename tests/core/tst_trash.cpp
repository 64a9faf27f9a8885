// The Trash and read state in the store and the message list model: every transition of a message
// between the list, the Trash and deleted for good, and what counts as unread.

#include "model/MessageListModel.h"
#include "store/Profile.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;
using ListView = Store::MessageStore::ListView;
using Account::RetentionPolicy;

Q_DECLARE_METATYPE(Poplar::Account::RetentionPolicy)

class TestTrash : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void transitions_data();
    void transitions();
    void unreadCounts_data();
    void unreadCounts();
    void downloadingKeepsTheReadState();
    void filesLeftByACrashAreRemoved();
    void keepDaysIsAProfileOption();

private:
    /// Lists `uid` on the server with headers; downloads it when `download`.
    void addMessage(const QByteArray &uid, bool download);
    void setPolicy(RetentionPolicy policy);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Profile> m_profile;
    Account::AccountSettings m_account;
};

void TestTrash::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_profile = Store::Profile::open(m_dir->path(), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_account.name = QStringLiteral("a");
    m_account.host = QStringLiteral("h");
    m_account.user = QStringLiteral("u");
    m_account.id = m_profile->accounts().add(m_account, &error);
    QVERIFY(m_account.id > 0);
}

void TestTrash::cleanup()
{
    m_profile.reset();
    m_dir.reset();
}

void TestTrash::addMessage(const QByteArray &uid, bool download)
{
    QString error;
    Store::MessageStore &store = m_profile->messages();
    auto known = store.statuses(m_account.id).value();
    QVector<Store::ServerMessage> listing;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (it->onServer)
            listing.append({it.key(), 10});
    }
    listing.append({uid, 10});
    QVERIFY(store.recordListing(m_account.id, listing, nullptr, &error));
    const QByteArray headers = "From: a@example.org\r\nSubject: " + uid + "\r\n\r\n";
    QVERIFY(store.saveHeaders(m_account.id, {{uid, headers, Mime::summarizeHeaders(headers)}}, &error));
    if (!download)
        return;
    auto incoming = store.beginDownload(m_account.id, uid, &error);
    QVERIFY(incoming && incoming->write(headers + "body\r\n") && incoming->finish(&error));
    std::vector<std::unique_ptr<Store::IncomingMessage>> batch;
    batch.push_back(std::move(incoming));
    QVERIFY2(store.commitDownloads(m_account.id, batch, &error), qPrintable(error));
}

void TestTrash::setPolicy(RetentionPolicy policy)
{
    QString error;
    m_account.policy = policy;
    QVERIFY(m_profile->accounts().update(m_account, &error));
}

void TestTrash::transitions_data()
{
    QTest::addColumn<bool>("downloaded");
    QTest::addColumn<bool>("onServer");
    QTest::addColumn<RetentionPolicy>("policy");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("where"); // list, trash or deleted
    QTest::addColumn<bool>("deleteOnServer");

    const auto keep = RetentionPolicy::Keep;
    const auto local = RetentionPolicy::DeleteWhenDeletedLocally;
    auto steps = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    QTest::newRow("nothing") << true << true << local << steps("") << "list" << false;
    QTest::newRow("trashed") << true << true << local << steps("trash") << "trash" << false;
    QTest::newRow("trashed twice") << true << true << local << steps("trash trash") << "trash" << false;
    QTest::newRow("restored") << true << true << local << steps("trash restore") << "list" << false;
    QTest::newRow("emptied, keep") << true << true << keep << steps("trash empty") << "deleted" << false;
    QTest::newRow("emptied, delete when deleted locally") << true << true << local << steps("trash empty") << "deleted"
                                                          << true;
    QTest::newRow("deleted from the Trash") << true << true << local << steps("trash delete") << "deleted" << true;
    QTest::newRow("emptied, no longer on the server") << true << false << local << steps("trash empty") << "deleted"
                                                      << false;
    QTest::newRow("restored after emptying: stays deleted") << true << true << keep << steps("trash empty restore")
                                                            << "deleted" << false;
    QTest::newRow("not downloaded: no Trash") << false << true << local << steps("trash empty delete") << "list"
                                              << false;
    QTest::newRow("expired") << true << true << local << steps("trash age expire") << "deleted" << true;
    QTest::newRow("not yet expired") << true << true << local << steps("trash expire") << "trash" << false;
    QTest::newRow("kept until emptied") << true << true << local << steps("keep-forever trash age expire") << "trash"
                                        << false;
}

/// Each step through the Trash, in the store, in a live model (refreshed as the window does) and
/// in one loaded afresh.
void TestTrash::transitions()
{
    QFETCH(bool, downloaded);
    QFETCH(bool, onServer);
    QFETCH(RetentionPolicy, policy);
    QFETCH(QStringList, steps);
    QFETCH(QString, where);
    QFETCH(bool, deleteOnServer);

    addMessage("other", false);
    addMessage("m", downloaded);
    QString error;
    if (!onServer)
        QVERIFY(m_profile->messages().recordListing(m_account.id, {{"other", 10}}, nullptr, &error));
    setPolicy(policy);
    Store::MessageStore &store = m_profile->messages();
    Store::Trash &trash = m_profile->trash();
    const QString file = store.message(m_account.id, "m").value()->rawPath;

    Model::MessageListModel list(&store);
    Model::MessageListModel trashList(&store);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester trashTester(&trashList, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setAccount(m_account.id, 0);
    trashList.setView(ListView::Trash);
    trashList.setAccount(m_account.id, 0);
    for (const QString &step : std::as_const(steps)) {
        QVector<QByteArray> changed;
        if (step == QLatin1String("trash"))
            QVERIFY(trash.moveToTrash(m_account.id, {"m"}, &changed, &error));
        else if (step == QLatin1String("restore"))
            QVERIFY(trash.restore(m_account.id, {"m"}, &changed, &error));
        else if (step == QLatin1String("empty"))
            QVERIFY(trash.empty(m_account.id, &changed, &error));
        else if (step == QLatin1String("delete"))
            QVERIFY(trash.deleteForGood(m_account.id, {"m"}, &changed, &error));
        else if (step == QLatin1String("expire"))
            QVERIFY(trash.expire(QDateTime::currentDateTimeUtc(), nullptr, &error));
        else if (step == QLatin1String("keep-forever"))
            QVERIFY(trash.setKeepDays(0, &error));
        else if (step == QLatin1String("age")) {
            QSqlQuery age(m_profile->database().connection());
            QVERIFY(age.exec(QStringLiteral("UPDATE messages SET trashed_at = trashed_at - %1")
                                 .arg(qint64(Store::Trash::DefaultKeepDays) * 86400)));
        }
        list.refresh({"m"});
        trashList.refresh({"m"});
    }

    const auto m = store.message(m_account.id, "m").value();
    QVERIFY(m);
    QCOMPARE(m->inTrash(), where == QLatin1String("trash"));
    QCOMPARE(m->localDeleted, where == QLatin1String("deleted"));
    QCOMPARE(m->deleteRequested, deleteOnServer);
    QCOMPARE(m->isDownloaded(), downloaded); // a deleted message stays known as downloaded: never fetched again
    if (downloaded)
        QCOMPARE(QFile::exists(file), where != QLatin1String("deleted"));
    QCOMPARE(trash.uids(m_account.id).value().contains("m"), where == QLatin1String("trash"));

    Model::MessageListModel fresh(&store);
    fresh.setAccount(m_account.id, 0);
    Model::MessageListModel freshTrash(&store);
    freshTrash.setView(ListView::Trash);
    freshTrash.setAccount(m_account.id, 0);
    for (Model::MessageListModel *model : {&list, &fresh})
        QCOMPARE(model->rowOf("m") >= 0, where == QLatin1String("list"));
    for (Model::MessageListModel *model : {&trashList, &freshTrash})
        QCOMPARE(model->rowOf("m") >= 0, where == QLatin1String("trash"));
    QCOMPARE(list.rowCount(), fresh.rowCount());
    QVERIFY(list.rowOf("other") >= 0 && trashList.rowOf("other") < 0);
    QCOMPARE(list.unreadCount(), fresh.unreadCount());
    QCOMPARE(store.unreadCount(m_account.id).value(), fresh.unreadCount());
}

void TestTrash::unreadCounts_data()
{
    QTest::addColumn<QStringList>("state");
    QTest::addColumn<bool>("unread");
    QTest::addColumn<bool>("counted");
    QTest::addColumn<bool>("listed");
    auto state = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    QTest::newRow("on the server") << state("") << true << true << true;
    QTest::newRow("on the server, read") << state("read") << false << false << true;
    QTest::newRow("downloaded") << state("download") << true << true << true;
    QTest::newRow("downloaded, read") << state("download read") << false << false << true;
    QTest::newRow("downloaded, read, marked unread") << state("download read unread") << true << true << true;
    QTest::newRow("gone from the server") << state("gone") << true << true << true;
    QTest::newRow("marked for deletion on the server") << state("delete-on-server") << true << false << true;
    QTest::newRow("in the Trash") << state("download trash") << true << false << false;
    QTest::newRow("deleted for good") << state("download trash empty") << true << false << false;
}

/// The account's unread count, from the store and from the model, and the bold (UnreadRole).
void TestTrash::unreadCounts()
{
    QFETCH(QStringList, state);
    QFETCH(bool, unread);
    QFETCH(bool, counted);
    QFETCH(bool, listed);
    addMessage("m", state.contains(QLatin1String("download")));
    QString error;
    Store::MessageStore &store = m_profile->messages();
    Model::MessageListModel model(&store);
    model.setAccount(m_account.id, 0);
    QSignalSpy countChanged(&model, &Model::MessageListModel::unreadCountChanged);
    for (const QString &s : std::as_const(state)) {
        if (s == QLatin1String("read") || s == QLatin1String("unread")) {
            // As the window does: the row at once, the store after.
            model.setSeen({"m"}, s == QLatin1String("read"));
            QVERIFY(store.setSeen(m_account.id, {"m"}, s == QLatin1String("read"), &error));
        } else if (s == QLatin1String("gone")) {
            QVERIFY(store.recordListing(m_account.id, {}, nullptr, &error));
        } else if (s == QLatin1String("delete-on-server")) {
            QVERIFY(store.setDeleteRequested(m_account.id, {"m"}, true, &error));
        } else if (s == QLatin1String("trash")) {
            QVERIFY(m_profile->trash().moveToTrash(m_account.id, {"m"}, nullptr, &error));
        } else if (s == QLatin1String("empty")) {
            QVERIFY(m_profile->trash().empty(m_account.id, nullptr, &error));
        }
        model.refresh({"m"});
    }
    QCOMPARE(store.unreadCount(m_account.id).value(), counted ? 1 : 0);
    QCOMPARE(model.unreadCount(), counted ? 1 : 0);
    QCOMPARE(model.rowOf("m") >= 0, listed);
    // The count started at 1 (a new message): the last signal tells the final count, and no
    // signal means it never changed.
    if (countChanged.isEmpty())
        QVERIFY(counted);
    else
        QCOMPARE(countChanged.last().first().toInt(), counted ? 1 : 0);
    if (listed)
        QCOMPARE(model.index(model.rowOf("m"), Model::SubjectColumn).data(Model::UnreadRole).toBool(), unread);
    QCOMPARE(store.message(m_account.id, "m").value()->isUnread(), unread);
    Model::MessageListModel fresh(&store);
    fresh.setAccount(m_account.id, 0);
    QCOMPARE(fresh.unreadCount(), counted ? 1 : 0);
}

/// A download changes where a message is, never whether it was read.
void TestTrash::downloadingKeepsTheReadState()
{
    addMessage("unread", false);
    addMessage("read", false);
    QString error;
    Store::MessageStore &store = m_profile->messages();
    QVERIFY(store.setSeen(m_account.id, {"read"}, true, &error));
    Model::MessageListModel model(&store);
    model.setAccount(m_account.id, 0);
    QCOMPARE(model.unreadCount(), 1);
    for (const QByteArray &uid : {QByteArray("unread"), QByteArray("read")}) {
        auto incoming = store.beginDownload(m_account.id, uid, &error);
        QVERIFY(incoming && incoming->write("Subject: x\r\n\r\nbody\r\n") && incoming->finish(&error));
        std::vector<std::unique_ptr<Store::IncomingMessage>> batch;
        batch.push_back(std::move(incoming));
        QVERIFY(store.commitDownloads(m_account.id, batch, &error));
    }
    model.refresh({"unread", "read"});
    QCOMPARE(model.message(model.rowOf("unread")).isDownloaded(), true);
    QCOMPARE(model.index(model.rowOf("unread"), 0).data(Model::StatusRole).toInt(), int(Model::MessageStatus::Downloaded));
    QVERIFY(model.index(model.rowOf("unread"), 0).data(Model::UnreadRole).toBool());
    QVERIFY(!model.index(model.rowOf("read"), 0).data(Model::UnreadRole).toBool());
    QCOMPARE(model.unreadCount(), 1);
    QCOMPARE(store.unreadCount(m_account.id).value(), 1);
}

/// Deleting for good commits the rows, then removes the files; a crash in between leaves a
/// record, and the next look at the Trash removes what it names.
void TestTrash::filesLeftByACrashAreRemoved()
{
    addMessage("m", true);
    QString error;
    const QString file = m_profile->messages().message(m_account.id, "m").value()->rawPath;
    const QByteArray bytes = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(m_profile->trash().deleteForGood(m_account.id, {"m"}, nullptr, &error));
    QVERIFY(!QFile::exists(file));
    // Put back what a crash between the commit and the removal leaves: the file and its record.
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }
    QSqlQuery record(m_profile->database().connection());
    record.prepare(QStringLiteral("INSERT INTO file_removals (path) VALUES (?)"));
    record.addBindValue(QDir(m_dir->path()).relativeFilePath(file));
    QVERIFY(record.exec());
    m_profile.reset();
    m_profile = Store::Profile::open(m_dir->path(), &error);
    QVERIFY(m_profile);
    QVERIFY(QFile::exists(file)); // opening alone changes nothing
    QVERIFY(m_profile->trash().removeRecordedFiles(&error));
    QVERIFY(!QFile::exists(file));
    QSqlQuery left(m_profile->database().connection());
    QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM file_removals")) && left.next());
    QCOMPARE(left.value(0).toInt(), 0);
}

void TestTrash::keepDaysIsAProfileOption()
{
    QString error;
    QCOMPARE(m_profile->trash().keepDays().value(), Store::Trash::DefaultKeepDays);
    QVERIFY(m_profile->trash().setKeepDays(7, &error));
    m_profile.reset();
    m_profile = Store::Profile::open(m_dir->path(), &error);
    QCOMPARE(m_profile->trash().keepDays().value(), 7);
    QVERIFY(m_profile->trash().setKeepDays(-3, &error));
    QCOMPARE(m_profile->trash().keepDays().value(), 0);
}

QTEST_GUILESS_MAIN(TestTrash)
#include "tst_trash.moc"

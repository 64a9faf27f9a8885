// One rule says which messages are new, written twice for two places (rows in memory, counts in
// SQLite) in one file: the two halves must agree on every combination of what makes a row new.

#include "store/NewRule.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Poplar;

class TestNewRule : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void bothHalvesAgree_data();
    void bothHalvesAgree();

private:
    QSqlDatabase m_db;
};

void TestNewRule::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newrule"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QSqlQuery create(m_db);
    // The columns the rule reads, as the store's messages table has them.
    QVERIFY2(create.exec(QStringLiteral("CREATE TABLE messages (on_server INTEGER, seen INTEGER, delete_requested INTEGER, "
                                        "downloaded_at TEXT, fetched_by TEXT, server_size INTEGER)")),
             qPrintable(create.lastError().text()));
}

void TestNewRule::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("newrule"));
}

void TestNewRule::bothHalvesAgree_data()
{
    QTest::addColumn<bool>("onServer");
    QTest::addColumn<bool>("seen");
    QTest::addColumn<bool>("deleteRequested");
    QTest::addColumn<bool>("downloaded");
    QTest::addColumn<QString>("fetchedBy");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("sizeLimit");
    QTest::addColumn<bool>("isNew");
    QTest::newRow("new") << true << false << false << false << QString() << qint64(10) << qint64(0) << true;
    QTest::newRow("looked at") << true << true << false << false << QString() << qint64(10) << qint64(0) << false;
    QTest::newRow("gone") << false << false << false << false << QString() << qint64(10) << qint64(0) << false;
    QTest::newRow("marked for deletion") << true << false << true << false << QString() << qint64(10) << qint64(0) << false;
    QTest::newRow("downloaded") << true << false << false << true << QString() << qint64(10) << qint64(0) << false;
    QTest::newRow("fetched by another program") << true << false << false << false << QStringLiteral("mpop") << qint64(10) << qint64(0) << false;
    QTest::newRow("within the limit") << true << false << false << false << QString() << qint64(100) << qint64(100) << true;
    QTest::newRow("over the limit") << true << false << false << false << QString() << qint64(101) << qint64(100) << false;
    QTest::newRow("a negative limit is none") << true << false << false << false << QString() << qint64(101) << qint64(-1) << true;
    QTest::newRow("empty fetched-by is nobody") << true << false << false << false << QString(QLatin1String("")) << qint64(10) << qint64(0) << true;
}

void TestNewRule::bothHalvesAgree()
{
    QFETCH(bool, onServer);
    QFETCH(bool, seen);
    QFETCH(bool, deleteRequested);
    QFETCH(bool, downloaded);
    QFETCH(QString, fetchedBy);
    QFETCH(qint64, size);
    QFETCH(qint64, sizeLimit);
    QFETCH(bool, isNew);

    Store::StoredMessage m;
    m.onServer = onServer;
    m.seen = seen;
    m.deleteRequested = deleteRequested;
    if (downloaded)
        m.downloadedAt = QDateTime::currentDateTimeUtc();
    m.fetchedBy = fetchedBy;
    m.serverSize = size;
    QCOMPARE(Store::isNew(m, sizeLimit), isNew);

    QSqlQuery clear(m_db);
    QVERIFY(clear.exec(QStringLiteral("DELETE FROM messages")));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(int(onServer));
    insert.addBindValue(int(seen));
    insert.addBindValue(int(deleteRequested));
    insert.addBindValue(downloaded ? QVariant(QStringLiteral("2026-01-01T00:00:00Z")) : QVariant(QMetaType(QMetaType::QString)));
    insert.addBindValue(fetchedBy.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(fetchedBy));
    insert.addBindValue(size);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE ") + Store::isNewCondition());
    count.addBindValue(sizeLimit);
    count.addBindValue(sizeLimit);
    QVERIFY2(count.exec() && count.next(), qPrintable(count.lastError().text()));
    QCOMPARE(count.value(0).toInt(), isNew ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestNewRule)
#include "tst_new_rule.moc"

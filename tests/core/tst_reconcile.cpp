// The sync engine's decisions that need no connection, as pure functions: which UIDL names which
// message (duplicates and contradictions left alone), keys for a server without UIDL, LIST and
// UIDL merged, and what a run downloads and deletes under each retention policy.

#include "sync/Reconcile.h"
#include "sync/Retention.h"

#include <QTest>

using namespace Poplar;
using namespace Poplar::Sync;

Q_DECLARE_METATYPE(Account::RetentionPolicy)

namespace {

using Entries = QVector<Pop3::UidEntry>;
using Keys = QHash<int, QByteArray>;

Mime::HeaderSummary summary(const QString &messageId, qint64 secs)
{
    Mime::HeaderSummary s;
    s.messageId = messageId;
    s.date = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    return s;
}

} // namespace

class TestReconcile : public QObject {
    Q_OBJECT
private slots:
    void mapUids_data();
    void mapUids();
    void fallbackKeys_data();
    void fallbackKeys();
    void mergeListing_data();
    void mergeListing();
    void retentionDeletions_data();
    void retentionDeletions();
    void downloadsByDefault_data();
    void downloadsByDefault();
};

void TestReconcile::mapUids_data()
{
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<Keys>("expected");
    QTest::addColumn<int>("unusable");
    QTest::newRow("plain") << Entries{{1, "a"}, {2, "b"}} << Keys{{1, "a"}, {2, "b"}} << 0;
    QTest::newRow("empty") << Entries{} << Keys{} << 0;
    QTest::newRow("a UIDL shared by two messages keys neither")
        << Entries{{1, "a"}, {2, "dup"}, {3, "dup"}} << Keys{{1, "a"}} << 2;
    QTest::newRow("a UIDL shared by three")
        << Entries{{1, "dup"}, {2, "dup"}, {3, "dup"}} << Keys{} << 3;
    QTest::newRow("a number given two UIDLs has no identity")
        << Entries{{1, "a"}, {1, "b"}, {2, "c"}} << Keys{{2, "c"}} << 1;
    QTest::newRow("the same line twice is a contradiction too")
        << Entries{{1, "a"}, {1, "a"}, {2, "b"}} << Keys{{2, "b"}} << 1;
}

void TestReconcile::mapUids()
{
    QFETCH(Entries, entries);
    QFETCH(Keys, expected);
    QFETCH(int, unusable);
    const UidMap map = Sync::mapUids(entries);
    QCOMPARE(map.uidByNumber, expected);
    QCOMPARE(map.unusable, unusable);
    QCOMPARE(map.numberByUid.size(), expected.size()); // both ways, nothing extra
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(map.numberByUid.value(it.value()), it.key());
}

void TestReconcile::fallbackKeys_data()
{
    QTest::addColumn<QVector<int>>("numbers");
    QTest::addColumn<QVector<int>>("withPreview");
    QTest::addColumn<QVector<int>>("unavailable");
    QTest::addColumn<QByteArrayList>("suffixes"); ///< per number with a key, in order: "" or "-2"...
    QTest::addColumn<int>("unusable");
    QTest::newRow("distinct") << QVector<int>{1, 2} << QVector<int>{1, 2} << QVector<int>{} << QByteArrayList{"", ""} << 0;
    QTest::newRow("identical copies numbered in server order")
        << QVector<int>{1, 3, 4} << QVector<int>{1, 3, 4} << QVector<int>{} << QByteArrayList{"", "-2", "-3"} << 0;
    QTest::newRow("no preview: no key, counted")
        << QVector<int>{1, 2} << QVector<int>{1} << QVector<int>{} << QByteArrayList{""} << 1;
    QTest::newRow("too large for a preview: no key, counted elsewhere")
        << QVector<int>{1, 2} << QVector<int>{1} << QVector<int>{2} << QByteArrayList{""} << 0;
}

void TestReconcile::fallbackKeys()
{
    QFETCH(QVector<int>, numbers);
    QFETCH(QVector<int>, withPreview);
    QFETCH(QVector<int>, unavailable);
    QFETCH(QByteArrayList, suffixes);
    QFETCH(int, unusable);
    const bool copies = QTest::currentDataTag() == QByteArray("identical copies numbered in server order");
    QHash<int, Mime::HeaderSummary> previews;
    QHash<int, qint64> sizes;
    for (int n : withPreview) {
        previews.insert(n, copies ? summary(QStringLiteral("<same@x>"), 1000) : summary(QStringLiteral("<%1@x>").arg(n), 1000));
        sizes.insert(n, 100);
    }
    const UidMap map = Sync::fallbackKeys(numbers, previews, sizes,
                                          QSet<int>(unavailable.cbegin(), unavailable.cend()));
    QCOMPARE(map.unusable, unusable);
    QCOMPARE(map.uidByNumber.size(), suffixes.size());
    int i = 0;
    for (int n : numbers) {
        if (!map.uidByNumber.contains(n))
            continue;
        const QByteArray key = map.uidByNumber.value(n);
        QCOMPARE(key, fallbackKey(previews.value(n), sizes.value(n)) + suffixes.at(i++));
        QVERIFY(key.startsWith("~h"));
        QCOMPARE(map.numberByUid.value(key), n);
    }
}

void TestReconcile::mergeListing_data()
{
    QTest::addColumn<QVector<int>>("numbers");
    QTest::addColumn<Keys>("keys");
    QTest::addColumn<bool>("countUnlisted");
    QTest::addColumn<QByteArrayList>("listed");
    QTest::addColumn<int>("unlisted");
    QTest::newRow("both agree") << QVector<int>{1, 2} << Keys{{1, "a"}, {2, "b"}} << true << QByteArrayList{"a", "b"} << 0;
    QTest::newRow("LIST order kept") << QVector<int>{2, 1} << Keys{{1, "a"}, {2, "b"}} << true << QByteArrayList{"b", "a"} << 0;
    QTest::newRow("LIST has it, UIDL not") << QVector<int>{1, 2} << Keys{{1, "a"}} << true << QByteArrayList{"a"} << 1;
    QTest::newRow("without UIDL, not counted twice") << QVector<int>{1, 2} << Keys{{1, "a"}} << false << QByteArrayList{"a"} << 0;
    QTest::newRow("UIDL has it, LIST not: not on the server")
        << QVector<int>{1} << Keys{{1, "a"}, {3, "c"}} << true << QByteArrayList{"a"} << 0;
}

void TestReconcile::mergeListing()
{
    QFETCH(QVector<int>, numbers);
    QFETCH(Keys, keys);
    QFETCH(bool, countUnlisted);
    QFETCH(QByteArrayList, listed);
    QFETCH(int, unlisted);
    QHash<int, qint64> sizes;
    for (int n : numbers)
        sizes.insert(n, 10 * n);
    UidMap map;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        map.uidByNumber.insert(it.key(), it.value());
        map.numberByUid.insert(it.value(), it.key());
    }
    const MergedListing merged = Sync::mergeListing(numbers, sizes, map, countUnlisted);
    QByteArrayList uids;
    for (const Store::ServerMessage &m : merged.messages) {
        uids << m.uid;
        QCOMPARE(m.size, 10 * map.numberByUid.value(m.uid));
    }
    QCOMPARE(uids, listed);
    QCOMPARE(merged.unlisted, unlisted);
    QCOMPARE(merged.numberByUid.size(), listed.size()); // only what LIST has
}

void TestReconcile::retentionDeletions_data()
{
    QTest::addColumn<Account::RetentionPolicy>("policy");
    QTest::addColumn<bool>("downloaded");
    QTest::addColumn<bool>("damaged");
    QTest::addColumn<bool>("localDeleted");
    QTest::addColumn<bool>("deleteRequested");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<bool>("deleted");
    using P = Account::RetentionPolicy;
    QTest::newRow("keep: downloaded stays") << P::Keep << true << false << false << false << 100 << false;
    QTest::newRow("keep: asked for is deleted") << P::Keep << false << false << false << true << 0 << true;
    QTest::newRow("after download: downloaded") << P::DeleteAfterDownload << true << false << false << false << 0 << true;
    QTest::newRow("after download: not downloaded") << P::DeleteAfterDownload << false << false << false << false << 0 << false;
    QTest::newRow("after download: never a damaged copy") << P::DeleteAfterDownload << true << true << false << false << 0 << false;
    QTest::newRow("after days: old enough") << P::DeleteAfterDays << true << false << false << false << 8 << true;
    QTest::newRow("after days: exactly on the day") << P::DeleteAfterDays << true << false << false << false << 7 << true;
    QTest::newRow("after days: too recent") << P::DeleteAfterDays << true << false << false << false << 6 << false;
    QTest::newRow("after days: damaged") << P::DeleteAfterDays << true << true << false << false << 30 << false;
    QTest::newRow("deleted locally: yes") << P::DeleteWhenDeletedLocally << true << false << true << false << 0 << true;
    QTest::newRow("deleted locally: still here") << P::DeleteWhenDeletedLocally << true << false << false << false << 0 << false;
    QTest::newRow("deleted locally: never downloaded") << P::DeleteWhenDeletedLocally << false << false << true << false << 0 << false;
}

void TestReconcile::retentionDeletions()
{
    QFETCH(Account::RetentionPolicy, policy);
    QFETCH(bool, downloaded);
    QFETCH(bool, damaged);
    QFETCH(bool, localDeleted);
    QFETCH(bool, deleteRequested);
    QFETCH(int, daysAgo);
    QFETCH(bool, deleted);
    Account::AccountSettings account;
    account.policy = policy;
    account.policyDays = 7;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Store::MessageStatus status;
    status.onServer = true;
    status.downloaded = downloaded;
    status.damaged = damaged;
    status.localDeleted = localDeleted;
    status.deleteRequested = deleteRequested;
    status.downloadedAt = now.addDays(-daysAgo);
    const QHash<QByteArray, Store::MessageStatus> known{{"m", status}, {"gone", status}};
    const QHash<QByteArray, int> onServer{{"m", 1}}; // "gone" is not in this session's listing
    const QVector<QByteArray> result = Sync::retentionDeletions(account, known, onServer, {}, now);
    QCOMPARE(result, deleted ? QVector<QByteArray>{"m"} : QVector<QByteArray>{});
    // Never twice in one session.
    QVERIFY(Sync::retentionDeletions(account, known, onServer, {"m"}, now).isEmpty());
}

void TestReconcile::downloadsByDefault_data()
{
    QTest::addColumn<bool>("downloaded");
    QTest::addColumn<bool>("damaged");
    QTest::addColumn<bool>("localDeleted");
    QTest::addColumn<QString>("fetchedBy");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("downloads");
    QTest::newRow("new, small") << false << false << false << QString() << qint64(100) << true;
    QTest::newRow("new, over the limit") << false << false << false << QString() << qint64(2000) << false;
    QTest::newRow("at the limit") << false << false << false << QString() << qint64(1000) << true;
    QTest::newRow("already stored") << true << false << false << QString() << qint64(100) << false;
    QTest::newRow("damaged: again, whatever its size") << true << true << false << QString() << qint64(5000) << true;
    QTest::newRow("deleted locally") << false << false << true << QString() << qint64(100) << false;
    QTest::newRow("fetched by another program") << false << false << false << QStringLiteral("mpop") << qint64(100) << false;
}

void TestReconcile::downloadsByDefault()
{
    QFETCH(bool, downloaded);
    QFETCH(bool, damaged);
    QFETCH(bool, localDeleted);
    QFETCH(QString, fetchedBy);
    QFETCH(qint64, size);
    QFETCH(bool, downloads);
    Account::AccountSettings account;
    account.sizeLimit = 1000;
    Store::MessageStatus status;
    status.downloaded = downloaded;
    status.damaged = damaged;
    status.localDeleted = localDeleted;
    status.fetchedBy = fetchedBy;
    QCOMPARE(Sync::downloadsByDefault(account, status, size), downloads);
    account.sizeLimit = 0; // no limit
    QCOMPARE(Sync::downloadsByDefault(account, status, size), downloads || (size > 1000 && !downloaded && !localDeleted && fetchedBy.isEmpty()));
}

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"

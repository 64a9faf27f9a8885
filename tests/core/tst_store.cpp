#include "store/Export.h"
#include "store/Integrity.h"
#include "store/Profile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Poplar;
using namespace Poplar::Store;

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void migratesFromEmpty();
    void migratesFromEachEarlierSchema();
    void refusesNewerSchema();
    void migrationCutsOversizedPreviews();
    void previewsAreCappedAndMarked();
    void accountsRoundTripWithoutSecrets();
    void listingInsertsMarksPresentAndGone();
    void diffOf100kUidsFindsTheNewOne();
    void downloadCommitsFileBeforeRow();
    void uncommittedDownloadLeavesNothing();
    void batchCommitInOneStatement();
    void deferredCommitThenSync();
    void localDeleteKeepsTheUidl();
    void exportFileNames_data();
    void exportFileNames();
    void exportFileNamesAreUnique();
    void mboxrdQuoting();
    void mboxrdStreamedInAnyPieces();
    void commitRecordsDigest();
    void migrationRecordsDigestsAndMarksMissing();

private:
    /// Writes a database at `path` with the schema of `version` (built by the migrations
    /// themselves) holding account 1, then lets `fill` add rows; false if a step fails.
    static bool oldDatabase(const QString &path, int version, const std::function<bool(QSqlQuery &)> &fill)
    {
        bool ok = false;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QString error;
            ok = raw.open() && Database::migrate(raw, version, &error);
            if (!ok)
                qWarning() << "cannot build schema" << version << error;
            {
                QSqlQuery insert(raw);
                ok = ok && insert.exec(QStringLiteral("INSERT INTO accounts (name, host, port, security, auth, "
                                                      "user_name, created_at) VALUES ('old', 'h', 995, 'tls', 'auto', "
                                                      "'u', 0)"))
                     && fill(insert);
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

    qint64 addAccount(Profile &profile)
    {
        Account::AccountSettings a;
        a.name = QStringLiteral("acct");
        a.host = QStringLiteral("pop.example.org");
        a.user = QStringLiteral("alice");
        QString error;
        const qint64 id = profile.accounts().add(a, &error);
        if (id == 0)
            qWarning() << error;
        return id;
    }
};

void TestStore::migratesFromEmpty()
{
    QString error;
    auto db = Database::open(QStringLiteral(":memory:"), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM messages")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
}

void TestStore::migratesFromEachEarlierSchema()
{
    // Build a database at every earlier version with the migrations themselves, add a row
    // where the schema allows, then open it: it must reach the current version intact.
    for (int from = 1; from < Database::SchemaVersion; ++from) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        // Every schema since 1 has accounts and messages: a downloaded message to carry over.
        QVERIFY(oldDatabase(path, from, [](QSqlQuery &insert) {
            return insert.exec(QStringLiteral("INSERT INTO messages (account_id, uidl, first_seen, downloaded_at, "
                                              "subject) VALUES (1, CAST('uid-1' AS BLOB), 0, 5, 'kept')"));
        }));
        QString error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
        MessageStore store(*db, dir.path());
        const auto kept = store.message(1, "uid-1").value();
        QVERIFY(kept);
        QCOMPARE(kept->summary.subject, QStringLiteral("kept"));
        QVERIFY(kept->isDownloaded());
        if (from < 2)
            QVERIFY(kept->seen); // downloaded before the flag existed: counts as seen
        const auto account = AccountStore(*db).findById(1);
        QVERIFY(account && account->name == QLatin1String("old") && !account->lastChecked.isValid());
    }
    // And the chain is complete: one step per version.
    QCOMPARE(int(Database::migrations().size()), Database::SchemaVersion);
}

void TestStore::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    {
        QString error;
        auto db = Database::open(path, &error);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
    }
    QString error;
    QVERIFY(!Database::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
}

void TestStore::accountsRoundTripWithoutSecrets()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    QVERIFY(profile);
    Account::AccountSettings a;
    a.name = QStringLiteral("work");
    a.host = QStringLiteral("pop.example.org");
    a.port = 110;
    a.security = Pop3::Security::StartTls;
    a.auth = Pop3::AuthMethod::ScramSha256;
    a.user = QStringLiteral("alice");
    a.passwordCommand = QStringLiteral("pass show work");
    a.policy = Account::RetentionPolicy::DeleteAfterDays;
    a.policyDays = 14;
    a.sizeLimit = 1000000;
    a.pinnedSha256 = QByteArray(32, '\x42');
    a.maxScramIterations = 250000;
    a.id = profile->accounts().add(a, &error);
    QVERIFY2(a.id > 0, qPrintable(error));
    const auto back = profile->accounts().findByName(QStringLiteral("work"));
    QVERIFY(back);
    QCOMPARE(back->port, quint16(110));
    QCOMPARE(back->security, Pop3::Security::StartTls);
    QCOMPARE(back->auth, Pop3::AuthMethod::ScramSha256);
    QCOMPARE(back->policy, Account::RetentionPolicy::DeleteAfterDays);
    QCOMPARE(back->policyDays, 14);
    QCOMPARE(back->pinnedSha256, a.pinnedSha256);
    QCOMPARE(back->maxScramIterations, qint64(250000));
    QCOMPARE(back->sessionSettings(&error)->maxScramIterations, qint64(250000));
    QVERIFY(profile->accounts().add(a, &error) == 0); // names are unique
}

/// Rows stored before the caps existed are cut to them when the database is opened.
void TestStore::migrationCutsOversizedPreviews()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    QVERIFY(oldDatabase(path, 4, [](QSqlQuery &insert) {
        insert.prepare(QStringLiteral("INSERT INTO messages (account_id, uidl, first_seen, subject, from_text, headers) "
                                      "VALUES (1, ?, 0, ?, ?, ?)"));
        for (const auto &[uid, size] : {std::pair<QByteArray, int>{"big", 3 * 1024 * 1024}, {"small", 100}}) {
            insert.addBindValue(uid);
            insert.addBindValue(QString(size / 10, QLatin1Char('s')));
            insert.addBindValue(QStringLiteral("f"));
            insert.addBindValue(QByteArray(size, 'h'));
            if (!insert.exec()) {
                qWarning() << insert.lastError().text();
                return false;
            }
        }
        return true;
    }));
    QString error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    MessageStore store(*db, dir.path());
    const auto big = store.message(1, "big").value();
    QVERIFY(big);
    QCOMPARE(big->headers.size(), MaxPreviewBytes);
    QVERIFY(big->headersCut);
    QCOMPARE(big->summary.subject.size(), Mime::MaxFieldChars);
    QVERIFY(big->summary.subject.endsWith(QChar(0x2026)));
    QCOMPARE(big->summary.from, QStringLiteral("f"));
    const auto small = store.message(1, "small").value();
    QVERIFY(small);
    QCOMPARE(small->headers, QByteArray(100, 'h'));
    QVERIFY(!small->headersCut);
    QCOMPARE(small->summary.subject, QString(10, QLatin1Char('s')));
}

/// A preview keeps at most MaxPreviewBytes and says when it was cut, by the store or before.
void TestStore::previewsAreCappedAndMarked()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    const qint64 id = addAccount(*profile);
    MessageStore &store = profile->messages();
    QVERIFY(store.recordListing(id, {{"huge", 1}, {"cut", 1}, {"whole", 1}}, nullptr, &error));
    const QByteArray huge = "Subject: x\r\nX-Long: " + QByteArray(MaxPreviewBytes * 3, 'y') + "\r\n\r\n";
    QVector<HeaderUpdate> updates{{"huge", huge, Mime::summarizeHeaders(huge), false},
                                  {"cut", "Subject: c\r\n", {}, true},
                                  {"whole", "Subject: w\r\n\r\n", {}, false}};
    QVERIFY2(store.saveHeaders(id, updates, &error), qPrintable(error));
    const auto stored = store.message(id, "huge").value();
    QVERIFY(stored);
    QCOMPARE(stored->headers, huge.left(MaxPreviewBytes));
    QVERIFY(stored->headersCut);
    QVERIFY(store.message(id, "cut").value()->headersCut);
    QVERIFY(!store.message(id, "whole").value()->headersCut);
}

void TestStore::listingInsertsMarksPresentAndGone()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    const qint64 id = addAccount(*profile);
    MessageStore &store = profile->messages();
    QVector<QByteArray> fresh;
    QVERIFY(store.recordListing(id, {{"a", 10}, {"b", 20}, {"c", 30}}, &fresh, &error));
    QCOMPARE(fresh, (QVector<QByteArray>{"a", "b", "c"}));
    fresh.clear();
    QVERIFY(store.recordListing(id, {{"b", 20}, {"c", 30}, {"d", 40}, {"d", 40}}, &fresh, &error));
    QCOMPARE(fresh, (QVector<QByteArray>{"d"}));
    const auto s = store.statuses(id).value();
    QCOMPARE(s.size(), 4);
    QVERIFY(!s.value("a").onServer);
    QVERIFY(s.value("b").onServer && s.value("d").onServer);
    QCOMPARE(s.value("d").serverSize, qint64(40));
    fresh.clear();
    QVERIFY(store.recordListing(id, {{"a", 10}}, &fresh, &error));
    QVERIFY(fresh.isEmpty()); // known again, not new
    QVERIFY(store.statuses(id).value().value("a").onServer);
}

void TestStore::diffOf100kUidsFindsTheNewOne()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    const qint64 id = addAccount(*profile);
    QVector<ServerMessage> listing;
    for (int i = 0; i < 100000; ++i)
        listing.append({"uid-" + QByteArray::number(i), 1000 + i});
    QVector<QByteArray> fresh;
    QVERIFY(profile->messages().recordListing(id, listing, &fresh, &error));
    QCOMPARE(fresh.size(), 100000);
    listing.append({"uid-new", 5});
    fresh.clear();
    // Its speed is the benchmarks' "check with nothing new" (tests/benchmarks).
    QVERIFY(profile->messages().recordListing(id, listing, &fresh, &error));
    QCOMPARE(fresh, QVector<QByteArray>{"uid-new"});
}

void TestStore::downloadCommitsFileBeforeRow()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    const qint64 id = addAccount(*profile);
    MessageStore &store = profile->messages();
    QVERIFY(store.recordListing(id, {{"u1", 50}}, nullptr, &error));
    auto incoming = store.beginDownload(id, "u1", &error);
    QVERIFY(incoming);
    const QByteArray message = "From: =?UTF-8?Q?J=C3=B6rg?= <j@example.de>\r\nSubject: hi\r\n\r\nbody\r\n";
    QVERIFY(incoming->write(message.left(10)));
    QVERIFY(incoming->write(message.mid(10)));
    QVERIFY(incoming->finish(&error));
    QVERIFY(!store.message(id, "u1").value()->isDownloaded());
    std::vector<std::unique_ptr<IncomingMessage>> batch;
    batch.push_back(std::move(incoming));
    QVERIFY2(store.commitDownloads(id, batch, &error), qPrintable(error));
    const auto stored = store.message(id, "u1").value();
    QVERIFY(stored && stored->isDownloaded());
    QCOMPARE(stored->summary.from, QStringLiteral("Jörg <j@example.de>"));
    QCOMPARE(stored->summary.subject, QStringLiteral("hi"));
    QFile file(stored->rawPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), message);
    QCOMPARE(stored->rawSize, qint64(message.size()));
}

void TestStore::batchCommitInOneStatement()
{
    // 700 messages in one commit (two statements), headers written a byte at a time with the
    // empty line that ends them split across pieces: every row names its file, digest and fields.
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    const qint64 id = addAccount(*profile);
    MessageStore &store = profile->messages();
    QVector<ServerMessage> listing;
    for (int i = 0; i < 700; ++i)
        listing.append({"u" + QByteArray::number(i), 100});
    QVERIFY(store.recordListing(id, listing, nullptr, &error));
    std::vector<std::unique_ptr<IncomingMessage>> batch;
    for (int i = 0; i < 700; ++i) {
        auto incoming = store.beginDownload(id, "u" + QByteArray::number(i), &error);
        QVERIFY2(incoming, qPrintable(error));
        const QByteArray message = "Subject: number " + QByteArray::number(i) + "\r\nFrom: a@example.org\r\n\r\n"
                                   "Subject: not a header\r\n";
        for (qsizetype at = 0; at < 40; ++at)
            QVERIFY(incoming->write(message.mid(at, 1)));
        QVERIFY(incoming->write(message.mid(40)));
        QVERIFY(incoming->finish(&error));
        QCOMPARE(incoming->headerBytes(), message.left(message.indexOf("\r\n\r\n") + 4));
        batch.push_back(std::move(incoming));
    }
    QVERIFY2(store.commitDownloads(id, batch, &error), qPrintable(error));
    QVERIFY(batch.empty());
    const auto rows = store.messages(id).value();
    QCOMPARE(rows.size(), 700);
    for (const StoredMessage &m : rows) {
        const QByteArray number = m.uid.mid(1);
        QVERIFY(m.isDownloaded());
        QCOMPARE(m.summary.subject, QStringLiteral("number ") + QString::fromLatin1(number));
        QCOMPARE(m.summary.from, QStringLiteral("a@example.org"));
        QFile file(m.rawPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QCOMPARE(m.rawSize, content.size());
        QCOMPARE(m.rawSha256, QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QVERIFY(m.headers.startsWith("Subject: number " + number));
    }
}

void TestStore::deferredCommitThenSync()
{
    // A Deferred commit is visible at once and survives the program (another connection sees
    // it); syncDeferredCommits() brings it to disk and is a no-op after a Full commit.
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    const qint64 id = addAccount(*profile);
    MessageStore &store = profile->messages();
    QVERIFY(store.recordListing(id, {{"u1", 5}, {"u2", 5}}, nullptr, &error));
    const auto download = [&](const QByteArray &uid) {
        auto incoming = store.beginDownload(id, uid, &error);
        const bool ok = incoming && incoming->write("Subject: s\r\n\r\nx\r\n") && incoming->finish(&error);
        std::vector<std::unique_ptr<IncomingMessage>> batch;
        if (ok)
            batch.push_back(std::move(incoming));
        return batch;
    };
    auto first = download("u1");
    QVERIFY(!first.empty());
    QVERIFY2(store.commitDownloads(id, first, &error, MessageStore::Durability::Deferred), qPrintable(error));
    QVERIFY(store.message(id, "u1").value()->isDownloaded());
    QVERIFY(QFile::exists(profile->database().path() + QStringLiteral("-wal")));
    QVERIFY2(store.syncDeferredCommits(&error), qPrintable(error));
    auto second = download("u2");
    QVERIFY(store.commitDownloads(id, second, &error, MessageStore::Durability::Full));
    QVERIFY(store.syncDeferredCommits(&error));
    {
        QString readError;
        auto reader = Profile::open(dir.path(), &readError);
        QVERIFY2(reader, qPrintable(readError));
        QVERIFY(reader->messages().message(id, "u1").value()->isDownloaded());
        QVERIFY(reader->messages().message(id, "u2").value()->isDownloaded());
    }
}

void TestStore::uncommittedDownloadLeavesNothing()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    const qint64 id = addAccount(*profile);
    QVERIFY(profile->messages().recordListing(id, {{"u1", 50}}, nullptr, &error));
    {
        auto incoming = profile->messages().beginDownload(id, "u1", &error);
        QVERIFY(incoming->write("partial"));
    } // dropped, as when a connection is cut mid-RETR
    QVERIFY(QDir(dir.filePath(QStringLiteral("tmp"))).entryList(QDir::Files).isEmpty());
    QVERIFY(!profile->messages().message(id, "u1").value()->isDownloaded());
}

void TestStore::localDeleteKeepsTheUidl()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    const qint64 id = addAccount(*profile);
    MessageStore &store = profile->messages();
    QVERIFY(store.recordListing(id, {{"u1", 5}}, nullptr, &error));
    auto incoming = store.beginDownload(id, "u1", &error);
    QVERIFY(incoming->write("x\r\n") && incoming->finish(&error));
    std::vector<std::unique_ptr<IncomingMessage>> batch;
    batch.push_back(std::move(incoming));
    QVERIFY(store.commitDownloads(id, batch, &error));
    const QString path = store.message(id, "u1").value()->rawPath;
    QVERIFY(QFile::exists(path));
    QVERIFY(profile->trash().deleteForGood(id, {"u1"}, nullptr, &error));
    QVERIFY(!QFile::exists(path));
    const auto status = store.statuses(id).value().value("u1");
    QVERIFY(status.localDeleted && status.downloaded); // never fetched again
}

void TestStore::exportFileNames_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("Hello world") << QStringLiteral("Hello world.eml");
    QTest::newRow("slashes") << QStringLiteral("../../etc/passwd") << QStringLiteral("_.._etc_passwd.eml");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a_b.eml");
    QTest::newRow("control") << QStringLiteral("a\x01\nb") << QStringLiteral("a__b.eml");
    QTest::newRow("empty") << QString() << QStringLiteral("message.eml");
    QTest::newRow("dots only") << QStringLiteral("...") << QStringLiteral("message.eml");
    QTest::newRow("reserved") << QStringLiteral("CON") << QStringLiteral("CON_.eml");
    QTest::newRow("windows chars") << QStringLiteral("Re: why? <now>") << QStringLiteral("Re_ why_ _now_.eml");
}

void TestStore::exportFileNames()
{
    QFETCH(QString, subject);
    QFETCH(QString, name);
    QSet<QString> taken;
    QCOMPARE(exportFileName(subject, taken), name);
    const QString longName = exportFileName(QString(500, QLatin1Char('x')), taken);
    QVERIFY(longName.size() <= 120);
    QVERIFY(!longName.contains(QLatin1Char('/')));
}

void TestStore::exportFileNamesAreUnique()
{
    QSet<QString> taken{QStringLiteral("hello.eml")};
    QCOMPARE(exportFileName(QStringLiteral("Hello"), taken), QStringLiteral("Hello (2).eml"));
    QCOMPARE(exportFileName(QStringLiteral("hello"), taken), QStringLiteral("hello (3).eml"));
    for (int i = 0; i < 50; ++i)
        QVERIFY(exportFileName(QString(300, QLatin1Char('y')), taken).size() <= 120);
    QCOMPARE(taken.size(), 53);
}

void TestStore::mboxrdQuoting()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QByteArray message = "Subject: x\r\n\r\nFrom here\r\n>From there\r\n>>From everywhere\r\nFromage\r\n";
    QVERIFY(appendMboxrd(buffer, message, "a@b", QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC)));
    QCOMPARE(buffer.data(), QByteArray("From a@b Tue Jan 2 03:04:05 2024\nSubject: x\n\n>From here\n>>From there\n"
                                       ">>>From everywhere\nFromage\n\n"));
}

QTEST_GUILESS_MAIN(TestStore)
namespace {
/// The whole-message mboxrd conversion as it was before streaming: the reference.
QByteArray referenceMboxrd(const QByteArray &message)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < message.size()) {
        qsizetype end = message.indexOf('\n', pos);
        if (end < 0)
            end = message.size();
        QByteArray line = message.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        qsizetype gt = 0;
        while (gt < line.size() && line.at(gt) == '>')
            ++gt;
        if (line.mid(gt).startsWith("From "))
            out += '>';
        out += line + '\n';
        pos = end + 1;
    }
    return out + '\n';
}
} // namespace

void TestStore::mboxrdStreamedInAnyPieces()
{
    // "From " lines, quoted ones, CRs alone and before LFs, a last line without LF: cut at every
    // position into two pieces, and into random small pieces, the output is the reference's.
    const QList<QByteArray> messages{
        "Subject: x\r\n\r\nFrom here\r\n>From there\r\n>>From everywhere\r\nFromage\r\n>Fro\r\n",
        "A\r\rB\r\n\r\nFrom\r\n>>>>\nFrom \r\n>From",
        "\r", "", "From ", ">>From x\r", "x\n\n>\r\nFrom\rFrom \n",
    };
    const QByteArray fromLine = "From MAILER-DAEMON Tue Jan 2 03:04:05 2024\n";
    const QDateTime date(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    for (const QByteArray &message : messages) {
        const QByteArray expected = fromLine + referenceMboxrd(message);
        for (qsizetype cut = 0; cut <= message.size(); ++cut) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            MboxrdWriter writer(buffer);
            QVERIFY(writer.begin({}, date) && writer.write(message.left(cut)) && writer.write(message.mid(cut))
                    && writer.end());
            QCOMPARE(buffer.data(), expected);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        MboxrdWriter writer(buffer);
        QVERIFY(writer.begin({}, date));
        for (qsizetype pos = 0; pos < message.size();) {
            const qsizetype n = 1 + QRandomGenerator::global()->bounded(3);
            QVERIFY(writer.write(message.mid(pos, n)));
            pos += n;
        }
        QVERIFY(writer.end());
        QCOMPARE(buffer.data(), expected);
    }
    // A line of a million '>' before "From ": quoted, without holding the line.
    const QByteArray quotes = QByteArray(1000000, '>') + "From x\n";
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(appendMboxrd(buffer, quotes, {}, date));
    QCOMPARE(buffer.data(), fromLine + '>' + quotes + '\n');
}

void TestStore::commitRecordsDigest()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    const qint64 account = addAccount(*profile);
    QVERIFY(profile->messages().recordListing(account, {{"u1", 10}}, nullptr, &error));
    auto incoming = profile->messages().beginDownload(account, "u1", &error);
    QVERIFY(incoming);
    const QByteArray bytes = "Subject: digest\r\n\r\nbody\r\n";
    QVERIFY(incoming->write(bytes.left(7)) && incoming->write(bytes.mid(7)) && incoming->finish(&error));
    std::vector<std::unique_ptr<IncomingMessage>> batch;
    batch.push_back(std::move(incoming));
    QVERIFY(profile->messages().commitDownloads(account, batch, &error));
    const auto m = profile->messages().message(account, "u1").value();
    QVERIFY(m);
    QCOMPARE(m->rawSize, bytes.size());
    QCOMPARE(m->rawSha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QCOMPARE(readStoredMessage(*m).state, FileState::Sound);
}

void TestStore::migrationRecordsDigestsAndMarksMissing()
{
    // A store of schema 6 with three downloaded messages: one intact, one whose file is gone,
    // one cut short. Opening it computes the first's digest and marks the others, not failing.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("poplar.sqlite"));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("messages/1")));
    const QByteArray intact = "Subject: a\r\n\r\nintact\r\n";
    auto writeFile = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(writeFile(QStringLiteral("messages/1/a.eml"), intact));
    QVERIFY(writeFile(QStringLiteral("messages/1/c.eml"), "short"));
    QVERIFY(oldDatabase(path, 6, [&](QSqlQuery &insert) {
        const QString row = QStringLiteral("INSERT INTO messages (account_id, uidl, first_seen, downloaded_at, raw_path, "
                                           "raw_size) VALUES (1, CAST('%1' AS BLOB), 0, 5, 'messages/1/%1.eml', %2)");
        return insert.exec(row.arg(QLatin1String("a")).arg(intact.size()))
               && insert.exec(row.arg(QLatin1String("b")).arg(10)) && insert.exec(row.arg(QLatin1String("c")).arg(10));
    }));
    QString error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    MessageStore store(*db, dir.path());
    const auto a = store.message(1, "a").value();
    QVERIFY(a);
    QCOMPARE(a->rawSha256, QCryptographicHash::hash(intact, QCryptographicHash::Sha256));
    QCOMPARE(a->fileState, FileState::Sound);
    QCOMPARE(store.message(1, "b").value()->fileState, FileState::Missing);
    QCOMPARE(store.message(1, "c").value()->fileState, FileState::WrongSize);
    QVERIFY(store.statuses(1).value().value("b").damaged);
    QVERIFY(!store.statuses(1).value().value("a").damaged);
}

#include "tst_store.moc"

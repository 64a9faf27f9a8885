// The search index filled by real runs: poplar-sync checks and downloads from a private Dovecot, the
// sync engine indexes previews and downloads as they commit, and `poplar-sync search` finds them.
#include "DovecotServer.h"
#include "store/Database.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;

namespace {

const QByteArray User = "finder";
const QByteArray Password = "search-secret";
constexpr int RunTimeoutMs = 120000;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSearchSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void indexedAsSyncCommitsAndSearched();

private:
    Run run(const QStringList &arguments) const;
    /// Rows of `search_indexed` by source (1 preview, 2 whole message), read straight from the database.
    QMap<int, int> indexedBySource() const;

    Test::DovecotServer m_server;
    QTemporaryDir m_profile;
};

void TestSearchSync::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(POPLAR_SYNC_PATH)), POPLAR_SYNC_PATH);
    m_server.setTlsEnabled(false);
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    m_server.addUser(User, Password);
    m_server.addMessage(User, "From: Zebra Keeper <keeper@zoo.example>\nSubject: Feeding times\n\n"
                              "The zebra eats at noon.\n" + QByteArray("More lines.\n").repeated(40)
                              + "Ostrich only after the preview.\n");
    // A subject that would clear a terminal, were it printed as it is.
    m_server.addMessage(User, "From: Mallory <m@example.com>\nSubject: zebra \x1b[2J crossing\n\nNothing else.\n");
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    const Run add = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("zoo"), QStringLiteral("--host"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_server.pop3Port()),
                         QStringLiteral("--security"), QStringLiteral("plain"), QStringLiteral("--user"),
                         QString::fromLatin1(User), QStringLiteral("--preview-lines"), QStringLiteral("5"),
                         QStringLiteral("--password-command"), QStringLiteral("echo ") + QString::fromLatin1(Password)});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
}

Run TestSearchSync::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POPLAR_SYNC_PATH), QStringList{QStringLiteral("--profile"), m_profile.path()} + arguments);
    Run result;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, RunTimeoutMs))
        process.kill();
    else if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    process.waitForFinished();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QMap<int, int> TestSearchSync::indexedBySource() const
{
    QMap<int, int> counts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_profile.filePath(QStringLiteral("poplar.sqlite")));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT source, count(*) FROM search_indexed GROUP BY source"))) {
            while (query.next())
                counts.insert(query.value(0).toInt(), query.value(1).toInt());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return counts;
}

void TestSearchSync::indexedAsSyncCommitsAndSearched()
{
    const Run check = run({QStringLiteral("check"), QStringLiteral("zoo")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    // The check itself indexed both previews: nothing was left for a search to catch up.
    QCOMPARE(indexedBySource(), (QMap<int, int>{{1, 2}}));
    Run found = run({QStringLiteral("search"), QStringLiteral("zoo"), QStringLiteral("zebra")});
    QCOMPARE(found.exitCode, 0);
    QVERIFY2(!found.err.contains(QLatin1String("indexing")), qPrintable(found.err));
    QStringList lines = found.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(!found.out.contains(QLatin1Char('\x1b')));
    QVERIFY2(found.out.contains(QLatin1String("zebra \\u{fffd}[2J crossing")), qPrintable(found.out));
    // The word in the subject ranks above the same word in a body.
    QVERIFY2(lines.first().startsWith(QLatin1String("00000002")) && lines.first().contains(QLatin1String("\theaders\t")),
             qPrintable(lines.first()));
    // Beyond the preview's five lines: not known until downloaded.
    QCOMPARE(run({QStringLiteral("search"), QStringLiteral("zoo"), QStringLiteral("ostrich")}).out, QString());

    const Run download = run({QStringLiteral("download"), QStringLiteral("zoo"), QStringLiteral("--all")});
    QVERIFY2(download.exitCode == 0, qPrintable(download.err));
    QCOMPARE(indexedBySource(), (QMap<int, int>{{2, 2}}));
    found = run({QStringLiteral("search"), QStringLiteral("zoo"), QStringLiteral("from:keeper"), QStringLiteral("ostrich")});
    QCOMPARE(found.exitCode, 0);
    lines = found.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QLatin1String("\tdownloaded\t")) && lines.first().endsWith(QLatin1String("Feeding times")),
             qPrintable(lines.first()));
    // A phrase given as one argument stays a phrase.
    QCOMPARE(run({QStringLiteral("search"), QStringLiteral("zoo"), QStringLiteral("noon zebra")}).out, QString());
    QCOMPARE(run({QStringLiteral("search"), QStringLiteral("zoo"), QStringLiteral("zebra eats")}).out.count(QLatin1Char('\n')), 1);

    QCOMPARE(run({QStringLiteral("search"), QStringLiteral("zoo")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("search"), QStringLiteral("nobody"), QStringLiteral("x")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSearchSync)
#include "tst_search_sync.moc"

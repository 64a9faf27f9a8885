// "Nothing lost, nothing twice" under kill -9: poplar-sync downloads (and deletes) a 500-message
// mailbox from a real Dovecot and is killed at random moments, twenty times, then runs to the end.

#include "DovecotServer.h"
#include "store/Profile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Poplar;

namespace {

constexpr int MessageCount = 500;
constexpr int Kills = 20;
constexpr int RunTimeoutMs = 60000;
constexpr quint32 DefaultSeed = 20231107;
/// Fresh 500-message mailboxes; the kills are spread over them in pairs.
constexpr int Mailboxes = 10;

QByteArray mailboxUser(int box)
{
    return "kill" + QByteArray::number(box);
}
const QByteArray Password = "kill-nine";

QByteArray toCrlf(QByteArray lf)
{
    return lf.replace("\n", "\r\n");
}

/// Message n (LF line ends): 1-3 KB, some lines starting with a dot.
QByteArray makeMessage(int n)
{
    QByteArray m = "Message-ID: <" + QByteArray::number(n) + ".kill@poplar.test>\n"
                   "Date: Wed, 08 Nov 2023 1" + QByteArray::number(n % 10) + ":" + QByteArray::number(n % 60).rightJustified(2, '0') + ":00 +0000\n"
                   "From: Sender <sender@example.net>\n"
                   "To: Alice <alice@example.org>\n"
                   "Subject: Kill test " + QByteArray::number(n) + "\n"
                   "\n";
    const qsizetype target = 1024 + (n * 409) % 2048;
    for (int line = 0; m.size() < target; ++line) {
        const QByteArray tag = QByteArray::number(n) + '/' + QByteArray::number(line);
        m += (line % 6 == 0 ? "." : "") + tag + " the quick brown fox jumps over the lazy dog\n";
    }
    return m;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Reads the maildir until two reads agree, so a rename or an expunge by Dovecot mid-read is
/// not mistaken for a lost message.
QList<QByteArray> stableDisk(const Test::DovecotServer &server, const QByteArray &user)
{
    QList<QByteArray> previous = server.messagesOnDisk(user);
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QList<QByteArray> current = server.messagesOnDisk(user);
        if (current == previous && !current.contains(QByteArray()))
            return current;
        previous = current;
        QTest::qWait(50);
    }
    return previous;
}

/// One stored row, as far as the invariant cares.
struct StoredRow {
    QByteArray uid;
    bool downloaded = false;
    QString rawPath; ///< absolute
};

/// What a read-only look at a profile's database shows. Read-only, so that the test never
/// checkpoints or otherwise tidies a database that a killed process left behind: the next
/// poplar-sync run has to cope with it as it is.
struct Inspection {
    QString integrity; ///< the output of `PRAGMA integrity_check`: "ok" when the file is sound
    QVector<StoredRow> rows;
    QString error;
};

Inspection inspect(const QString &profileDir)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_sync_kill-inspect-%1").arg(++counter);
    const QDir profile(profileDir);
    Inspection result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(profile.filePath(QStringLiteral("poplar.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                QStringList lines;
                while (query.next())
                    lines << query.value(0).toString();
                result.integrity = lines.join(u'\n');
            } else {
                result.error = query.lastError().text();
            }
            if (query.exec(QStringLiteral("SELECT uidl, downloaded_at IS NOT NULL, raw_path FROM messages ORDER BY id"))) {
                while (query.next()) {
                    const QString raw = query.value(2).toString();
                    result.rows.append({query.value(0).toByteArray(), query.value(1).toBool(),
                                        raw.isEmpty() ? QString() : profile.filePath(raw)});
                }
            } else {
                result.error = query.lastError().text();
            }
        } else {
            result.error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestSyncKill : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killNineTwentyTimes();

private:
    /// Runs poplar-sync with `arguments` against `profileDir`; the process is started, not awaited.
    std::unique_ptr<QProcess> startSync(const QString &profileDir, const QStringList &arguments) const;
    /// Runs poplar-sync to its end; false (with its output in `output`) unless it exits 0.
    bool runSync(const QString &profileDir, const QStringList &arguments, QByteArray *output) const;
    /// Adds an account NAME for `user` with delete-after-download, over plaintext to Dovecot.
    bool addAccount(const QString &profileDir, const QByteArray &user, QByteArray *output) const;
    /// The invariant for one snapshot of the server and the store: every message is on the server
    /// or stored downloaded exactly once with the server's bytes; nothing stored twice.
    /// Violations, empty if it holds.
    QStringList violations(const QVector<StoredRow> &rows, const QByteArray &user, int *stored, int *onServer) const;

    std::unique_ptr<Test::DovecotServer> m_server;
    QList<QByteArray> m_originals;
};

void TestSyncKill::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(POPLAR_SYNC_PATH)), POPLAR_SYNC_PATH);
    m_server = std::make_unique<Test::DovecotServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    // Users exist before Dovecot starts (it rereads its passwd-file only on an mtime/size change).
    m_server->addUser("measure", Password);
    for (int b = 0; b < Mailboxes; ++b)
        m_server->addUser(mailboxUser(b), Password);
    for (int n = 1; n <= MessageCount; ++n) {
        m_originals << makeMessage(n);
        QVERIFY(!m_server->addMessage("measure", m_originals.last()).isEmpty());
        for (int b = 0; b < Mailboxes; ++b)
            QVERIFY(!m_server->addMessage(mailboxUser(b), m_originals.last()).isEmpty());
    }
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestSyncKill::cleanupTestCase()
{
    if (m_server && QTest::currentTestFailed())
        qWarning().noquote() << "Dovecot log (tail):\n" << m_server->logContents().right(4000);
    m_server.reset();
}

std::unique_ptr<QProcess> TestSyncKill::startSync(const QString &profileDir, const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral(POPLAR_SYNC_PATH), QStringList{QStringLiteral("--profile"), profileDir} + arguments);
    return process;
}

bool TestSyncKill::runSync(const QString &profileDir, const QStringList &arguments, QByteArray *output) const
{
    auto process = startSync(profileDir, arguments);
    const bool ended = process->waitForFinished(RunTimeoutMs);
    if (!ended)
        process->kill();
    process->waitForFinished();
    *output = process->readAll();
    return ended && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
}

bool TestSyncKill::addAccount(const QString &profileDir, const QByteArray &user, QByteArray *output) const
{
    return runSync(profileDir,
                   {QStringLiteral("account"), QStringLiteral("add"), QString::fromLatin1(user), QStringLiteral("--host"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_server->pop3Port()),
                    QStringLiteral("--security"), QStringLiteral("plain"), QStringLiteral("--user"),
                    QString::fromLatin1(user), QStringLiteral("--password-command"),
                    QStringLiteral("echo ") + QString::fromLatin1(Password), QStringLiteral("--delete-after-download")},
                   output);
}

QStringList TestSyncKill::violations(const QVector<StoredRow> &rows, const QByteArray &user, int *stored,
                                     int *onServer) const
{
    const QList<QByteArray> onDisk = stableDisk(*m_server, user);
    *onServer = int(onDisk.size());
    QStringList problems;
    QHash<QByteArray, int> indexOfCrlf;
    for (int i = 0; i < m_originals.size(); ++i)
        indexOfCrlf.insert(toCrlf(m_originals[i]), i);
    QVector<int> copies(m_originals.size(), 0);
    QSet<QByteArray> uids;
    for (const StoredRow &m : rows) {
        if (uids.contains(m.uid))
            problems << QStringLiteral("UIDL %1 stored twice").arg(QString::fromLatin1(m.uid));
        uids.insert(m.uid);
        if (!m.downloaded)
            continue;
        const QByteArray bytes = readAll(m.rawPath);
        const auto it = indexOfCrlf.constFind(bytes);
        if (it == indexOfCrlf.constEnd())
            problems << QStringLiteral("UIDL %1: %2 (%3 bytes) matches no server message")
                            .arg(QString::fromLatin1(m.uid), m.rawPath)
                            .arg(bytes.size());
        else
            ++copies[*it];
    }
    const QSet<QByteArray> diskSet(onDisk.cbegin(), onDisk.cend());
    *stored = 0;
    for (int i = 0; i < m_originals.size(); ++i) {
        if (copies[i] > 1)
            problems << QStringLiteral("message %1 stored %2 times").arg(i + 1).arg(copies[i]);
        if (copies[i] > 0)
            ++*stored;
        else if (!diskSet.contains(m_originals[i]))
            problems << QStringLiteral("message %1 lost: neither on the server nor stored").arg(i + 1);
    }
    if (onDisk.size() != diskSet.size())
        problems << QStringLiteral("the server holds a message twice");
    return problems;
}

void TestSyncKill::killNineTwentyTimes()
{
    QElapsedTimer total;
    total.start();
    QTemporaryDir measureDir;
    QVERIFY(measureDir.isValid());
    QByteArray output;

    // How long one full download of the mailbox takes, on a copy of it.
    QVERIFY2(addAccount(measureDir.path(), "measure", &output), output.constData());
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(runSync(measureDir.path(), {QStringLiteral("download"), QStringLiteral("measure"), QStringLiteral("--all")},
                     &output),
             output.constData());
    const qint64 fullRunMs = clock.elapsed();
    QVERIFY2(m_server->messagesOnDisk("measure").isEmpty(), output.constData());
    // And a run with nothing to do: start-up, login, listing and QUIT.
    clock.restart();
    QVERIFY2(runSync(measureDir.path(), {QStringLiteral("download"), QStringLiteral("measure"), QStringLiteral("--all")},
                     &output),
             output.constData());
    const qint64 idleRunMs = clock.elapsed();
    qInfo("a full download of %d messages took %lld ms, a run with nothing to do %lld ms", MessageCount, fullRunMs,
          idleRunMs);

    // Kills come in pairs on fresh mailboxes, so every one lands in a download with work left:
    // the first anywhere in a full 500-message run, the second in what remains of it.
    const quint32 seed = qEnvironmentVariableIsSet("POPLAR_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("POPLAR_KILL_SEED"))
        : DefaultSeed;
    QRandomGenerator random(seed);
    std::vector<std::unique_ptr<QTemporaryDir>> profiles;
    int killedMidRun = 0;
    for (int i = 0; i < Kills; ++i) {
        const int box = i * Mailboxes / Kills;
        const QByteArray user = mailboxUser(box);
        if (int(profiles.size()) <= box) {
            profiles.push_back(std::make_unique<QTemporaryDir>());
            QVERIFY2(addAccount(profiles.back()->path(), user, &output), output.constData());
        }
        const QString profileDir = profiles.at(box)->path();
        const Inspection before = inspect(profileDir);
        int stored = 0;
        int onServer = 0;
        (void)violations(before.rows, user, &stored, &onServer);
        const int leftToStore = MessageCount - stored;
        const qint64 expectedMs = idleRunMs + (fullRunMs - idleRunMs) * qMax(leftToStore, MessageCount / 20) / MessageCount;
        const int delayMs = int(random.bounded(quint32(expectedMs * 12 / 10 + 1)));
        clock.restart();
        auto process = startSync(profileDir, {QStringLiteral("download"), QString::fromLatin1(user), QStringLiteral("--all")});
        QVERIFY(process->waitForStarted());
        if (!process->waitForFinished(delayMs))
            process->kill(); // SIGKILL
        process->waitForFinished(RunTimeoutMs);
        // A run may end on its own a moment before the kill reaches it.
        const bool endedAlone = process->exitStatus() == QProcess::NormalExit;
        const qint64 ranMs = clock.elapsed();
        const QByteArray log = process->readAll();
        const QByteArray lastLine = log.trimmed().split('\n').last();
        if (endedAlone)
            QVERIFY2(process->exitCode() == 0, log.constData());
        else
            ++killedMidRun;

        const Inspection inspection = inspect(profileDir);
        QVERIFY2(inspection.error.isEmpty(), qPrintable(inspection.error));
        QVERIFY2(inspection.integrity == QLatin1String("ok"),
                 qPrintable(QStringLiteral("after kill %1: %2").arg(i + 1).arg(inspection.integrity)));
        const QStringList problems = violations(inspection.rows, user, &stored, &onServer);
        qInfo("kill %d (mailbox %d): %s after %lld ms (delay %d ms); %d stored, %d on the server; last output: %s", i + 1,
              box, endedAlone ? "ended by itself" : "killed", ranMs, delayMs, stored, onServer, lastLine.constData());
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("after kill %1 (%2 ms):\n").arg(i + 1).arg(delayMs)
                                                 + problems.join(u'\n') + u'\n' + QString::fromUtf8(log)));
    }
    qInfo("%d of %d runs were killed before they ended (seed %u)", killedMidRun, Kills, seed);
    if (killedMidRun < Kills / 2)
        qWarning("only %d kills landed while a run was going on; the timing estimate was off", killedMidRun);

    for (int box = 0; box < Mailboxes; ++box) {
        const QByteArray user = mailboxUser(box);
        const QString profileDir = profiles.at(box)->path();
        // The final run ends cleanly: everything is stored exactly once and nothing is left on the server.
        QVERIFY2(runSync(profileDir, {QStringLiteral("download"), QString::fromLatin1(user), QStringLiteral("--all")},
                         &output),
                 output.constData());
        const Inspection inspection = inspect(profileDir);
        QVERIFY2(inspection.error.isEmpty(), qPrintable(inspection.error));
        QCOMPARE(inspection.integrity, QStringLiteral("ok"));
        int stored = 0;
        int onServer = 0;
        const QStringList problems = violations(inspection.rows, user, &stored, &onServer);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(stored, MessageCount);
        QCOMPARE(onServer, 0);

        // What the command line reports agrees: every message downloaded and gone from the server.
        QVERIFY2(runSync(profileDir, {QStringLiteral("list"), QString::fromLatin1(user)}, &output), output.constData());
        const QList<QByteArray> lines = output.trimmed().split('\n');
        QCOMPARE(lines.size(), MessageCount);
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split('\t');
            QVERIFY2(fields.size() >= 3 && fields[1] == "downloaded" && fields[2] == "gone", line.constData());
        }

        // And the store's own API says the same.
        QString error;
        const auto profile = Store::Profile::open(profileDir, &error);
        QVERIFY2(profile, qPrintable(error));
        const auto account = profile->accounts().findByName(QString::fromLatin1(user));
        QVERIFY(account);
        const QVector<Store::StoredMessage> rows = profile->messages().messages(account->id).value();
        QCOMPARE(rows.size(), MessageCount);
        for (const Store::StoredMessage &m : rows) {
            QVERIFY2(m.isDownloaded() && !m.onServer && !m.deleteRequested, m.uid.constData());
            QCOMPARE(m.rawSize, QFileInfo(m.rawPath).size());
        }
    }
    qInfo("total %lld ms", total.elapsed());
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"

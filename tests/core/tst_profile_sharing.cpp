// Two programs on one profile: poplar-sync runs of the same account at once (one writer per
// account, the other waits or exits 7), a reader during a download, kill -9 of the lock holder,
// a damaged database, and a read-only profile. Against a real Dovecot, through a throttling proxy
// so that runs overlap whatever the machine's speed.

#include "CuttingProxy.h"
#include "DovecotServer.h"
#include "store/AccountLock.h"
#include "store/Profile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace Poplar;

namespace {

constexpr int MessageCount = 24;
constexpr int RunTimeoutMs = 120000;
const QByteArray Password = "sharing";

QByteArray toCrlf(QByteArray lf)
{
    return lf.replace("\n", "\r\n");
}

/// Message n of `user` (LF line ends), about 2 KB, some lines starting with a dot.
QByteArray makeMessage(const QByteArray &user, int n)
{
    QByteArray m = "Message-ID: <" + QByteArray::number(n) + "." + user + "@poplar.test>\n"
                   "Date: Wed, 08 Nov 2023 10:00:00 +0000\n"
                   "From: Sender <sender@example.net>\n"
                   "Subject: Sharing " + user + " " + QByteArray::number(n) + "\n\n";
    for (int line = 0; m.size() < 2048; ++line)
        m += (line % 5 == 0 ? "." : "") + QByteArray::number(n) + '/' + QByteArray::number(line)
             + " the quick brown fox jumps over the lazy dog\n";
    return m;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every file under `dir` whose name ends with `suffix`.
QStringList filesUnder(const QString &dir, const QString &suffix)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(suffix))
            files << path;
    }
    return files;
}

/// How a finished poplar-sync run ended.
struct Run {
    int exitCode = -1; ///< -1: killed or timed out
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

} // namespace

class TestProfileSharing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoDownloadsOfOneAccount_data();
    void twoDownloadsOfOneAccount();
    void readerDuringADownload();
    void killNineReleasesTheLock();
    void busyAccountExitsSevenNamingTheHolder();
    void damagedDatabaseIsAnError();
    void readOnlyProfile();

private:
    /// A started poplar-sync on `profile` (C locale, stdout and stderr apart).
    std::unique_ptr<QProcess> start(const QString &profile, const QStringList &arguments, bool unprivileged = false) const;
    /// Waits for a started run to end (generous bound, events processed) and collects its output.
    Run finish(QProcess &process) const;
    Run run(const QString &profile, const QStringList &arguments, bool unprivileged = false) const
    {
        auto process = start(profile, arguments, unprivileged);
        return finish(*process);
    }
    /// Adds account `user` (NAME = user) on `port` over plaintext; `extra` for the policy.
    bool addAccount(const QString &profile, const QByteArray &user, quint16 port, const QStringList &extra = {}) const;
    /// Waits until the proxy has seen a RETR after its first `since` client lines: a download is
    /// under way.
    bool waitForRetr(const Test::CuttingProxy &proxy, qsizetype since) const;
    /// Problems with `profile` after runs of `user`: every message on the server or stored exactly
    /// once with the server's bytes, and no leftover temporary file. Empty when all is well.
    QStringList problems(const QString &profile, const QByteArray &user, int *stored) const;
    /// No run may show a path inside the profile (an internal temporary file, say).
    static QString leakedPath(const Run &run, const QString &profile);

    std::unique_ptr<Test::DovecotServer> m_server;
    std::unique_ptr<Test::CuttingProxy> m_slow; ///< throttled: downloads take a while
    QHash<QByteArray, QList<QByteArray>> m_originals; ///< user -> its messages (LF)
};

void TestProfileSharing::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(POPLAR_SYNC_PATH)), POPLAR_SYNC_PATH);
    m_server = std::make_unique<Test::DovecotServer>();
    m_server->setTlsEnabled(false);
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    const QList<QByteArray> users{"keep", "dele", "reader", "killed", "busy", "other", "damaged", "readonly"};
    for (const QByteArray &user : users)
        m_server->addUser(user, Password);
    for (const QByteArray &user : users) {
        for (int n = 1; n <= MessageCount; ++n) {
            m_originals[user] << makeMessage(user, n);
            QVERIFY(!m_server->addMessage(user, m_originals[user].last()).isEmpty());
        }
    }
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_slow = std::make_unique<Test::CuttingProxy>(m_server->pop3Port());
    QVERIFY(m_slow->listen());
    // About 25 KB a second: a download of the mailbox lasts two seconds or more, long enough for a
    // second program to start while it runs, however loaded the machine is.
    m_slow->setThrottle(20, 512);
}

void TestProfileSharing::cleanupTestCase()
{
    if (m_server && QTest::currentTestFailed())
        qWarning().noquote() << "Dovecot log (tail):\n" << m_server->logContents().right(3000);
    m_slow.reset();
    m_server.reset();
}

std::unique_ptr<QProcess> TestProfileSharing::start(const QString &profile, const QStringList &arguments,
                                                    bool unprivileged) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    if (unprivileged && ::geteuid() == 0) {
        // Root writes whatever the permissions say: the read-only profile is opened as the mail user.
        const struct passwd *user = ::getpwnam(Test::DovecotServer::MailUser);
        const uid_t uid = user ? user->pw_uid : 65534;
        const gid_t gid = user ? user->pw_gid : 65534;
        env.insert(QStringLiteral("HOME"), QDir::tempPath());
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        process->setChildProcessModifier([uid, gid] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        });
    }
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(POPLAR_SYNC_PATH), QStringList{QStringLiteral("--profile"), profile} + arguments);
    return process;
}

Run TestProfileSharing::finish(QProcess &process) const
{
    Run result;
    // The event loop keeps turning meanwhile: the throttling proxy lives in this process.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, RunTimeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool TestProfileSharing::addAccount(const QString &profile, const QByteArray &user, quint16 port,
                                    const QStringList &extra) const
{
    const Run r = run(profile, QStringList{QStringLiteral("account"), QStringLiteral("add"), QString::fromLatin1(user),
                                           QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                           QString::number(port), QStringLiteral("--security"), QStringLiteral("plain"),
                                           QStringLiteral("--user"), QString::fromLatin1(user),
                                           QStringLiteral("--password-command"),
                                           QStringLiteral("echo ") + QString::fromLatin1(Password)}
                                   + extra);
    if (r.exitCode != 0)
        qWarning().noquote() << r.describe();
    return r.exitCode == 0;
}

bool TestProfileSharing::waitForRetr(const Test::CuttingProxy &proxy, qsizetype before) const
{
    return QTest::qWaitFor([&] {
        const QByteArrayList lines = proxy.clientLines();
        for (qsizetype i = before; i < lines.size(); ++i) {
            if (lines.at(i).startsWith("RETR"))
                return true;
        }
        return false;
    }, RunTimeoutMs);
}

QStringList TestProfileSharing::problems(const QString &profile, const QByteArray &user, int *stored) const
{
    QStringList found;
    QHash<QByteArray, int> copies;
    for (const QString &file : filesUnder(QDir(profile).filePath(QStringLiteral("messages")), QStringLiteral(".eml")))
        ++copies[readAll(file)];
    const QList<QByteArray> onServer = m_server->messagesOnDisk(user);
    *stored = 0;
    for (int i = 0; i < m_originals[user].size(); ++i) {
        const QByteArray &original = m_originals[user].at(i);
        const int n = copies.take(toCrlf(original));
        *stored += n > 0 ? 1 : 0;
        if (n > 1)
            found << QStringLiteral("message %1 stored %2 times").arg(i + 1).arg(n);
        if (n == 0 && !onServer.contains(original))
            found << QStringLiteral("message %1 lost").arg(i + 1);
    }
    for (auto it = copies.cbegin(); it != copies.cend(); ++it)
        found << QStringLiteral("a stored file of %1 bytes matches no message (damaged)").arg(it.key().size());
    const QStringList parts = filesUnder(QDir(profile).filePath(QStringLiteral("tmp")), QStringLiteral(".part"));
    if (!parts.isEmpty())
        found << QStringLiteral("temporary files left: %1").arg(parts.join(QLatin1String(", ")));
    return found;
}

QString TestProfileSharing::leakedPath(const Run &run, const QString &profile)
{
    for (const QByteArray &text : {run.out, run.err}) {
        if (text.contains(QFile::encodeName(profile)) || text.contains(".part"))
            return QString::fromUtf8(text);
    }
    return {};
}

void TestProfileSharing::twoDownloadsOfOneAccount_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<bool>("deleteAfterDownload");
    QTest::newRow("keep") << QByteArray("keep") << false;
    QTest::newRow("delete-after-download") << QByteArray("dele") << true;
}

void TestProfileSharing::twoDownloadsOfOneAccount()
{
    QFETCH(QByteArray, user);
    QFETCH(bool, deleteAfterDownload);
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QVERIFY(addAccount(profile.path(), user, m_slow->port(),
                       deleteAfterDownload ? QStringList{QStringLiteral("--delete-after-download")} : QStringList{}));
    const QStringList download{QStringLiteral("download"), QString::fromLatin1(user), QStringLiteral("--all")};
    const qsizetype seen = m_slow->clientLines().size();
    auto first = start(profile.path(), download);
    QVERIFY(waitForRetr(*m_slow, seen));
    auto second = start(profile.path(), download);
    const Run a = finish(*first);
    const Run b = finish(*second);

    // One writer at a time: the second waited (and found nothing left to do) or said busy.
    QVERIFY2(a.exitCode == 0, qPrintable(a.describe()));
    QVERIFY2(b.exitCode == 0 || b.exitCode == 7, qPrintable(b.describe()));
    QVERIFY2(leakedPath(a, profile.path()).isEmpty(), qPrintable(a.describe()));
    QVERIFY2(leakedPath(b, profile.path()).isEmpty(), qPrintable(b.describe()));
    int stored = 0;
    const QStringList found = problems(profile.path(), user, &stored);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n') + u'\n' + a.describe() + u'\n' + b.describe()));
    QCOMPARE(stored, MessageCount);
    if (deleteAfterDownload)
        QVERIFY(m_server->messagesOnDisk(user).isEmpty());
    else
        QCOMPARE(m_server->messagesOnDisk(user).size(), MessageCount);
}

void TestProfileSharing::readerDuringADownload()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QVERIFY(addAccount(profile.path(), "reader", m_slow->port(), {QStringLiteral("--delete-after-download")}));
    const qsizetype seen = m_slow->clientLines().size();
    auto download = start(profile.path(), {QStringLiteral("download"), QStringLiteral("reader"), QStringLiteral("--all")});
    QVERIFY(waitForRetr(*m_slow, seen));
    // Messages are being written (they are committed together at the end of this small download).
    QTRY_VERIFY_WITH_TIMEOUT(!filesUnder(QDir(profile.path()).filePath(QStringLiteral("tmp")), QStringLiteral(".part")).isEmpty(),
                             RunTimeoutMs);
    // Another program opening the profile to read must not touch the running download's files.
    const Run list = run(profile.path(), {QStringLiteral("list"), QStringLiteral("reader")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const Run accounts = run(profile.path(), {QStringLiteral("account"), QStringLiteral("list")});
    QVERIFY2(accounts.exitCode == 0, qPrintable(accounts.describe()));
    const Run done = finish(*download);
    QVERIFY2(done.exitCode == 0, qPrintable(done.describe()));
    QVERIFY2(leakedPath(done, profile.path()).isEmpty(), qPrintable(done.describe()));
    int stored = 0;
    const QStringList found = problems(profile.path(), "reader", &stored);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    QCOMPARE(stored, MessageCount);
}

void TestProfileSharing::killNineReleasesTheLock()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QVERIFY(addAccount(profile.path(), "killed", m_slow->port(), {QStringLiteral("--delete-after-download")}));
    const QStringList download{QStringLiteral("download"), QStringLiteral("killed"), QStringLiteral("--all")};
    const qsizetype seen = m_slow->clientLines().size();
    auto holder = start(profile.path(), download);
    QVERIFY(waitForRetr(*m_slow, seen));
    // While it runs, the account's lock names it.
    const QString lockFile = QDir(profile.path()).filePath(QStringLiteral("locks/account-1.lock"));
    QTRY_VERIFY_WITH_TIMEOUT(readAll(lockFile).startsWith(QByteArray::number(holder->processId()) + ' '), 30000);
    QVERIFY2(readAll(lockFile).contains("poplar-sync"), readAll(lockFile).constData());
    holder->kill(); // SIGKILL
    QVERIFY(QTest::qWaitFor([&] { return holder->state() == QProcess::NotRunning; }, RunTimeoutMs));

    // The kernel dropped the lock with the process: the next run goes on at once, no waiting.
    const Run next = run(profile.path(), download + QStringList{QStringLiteral("--wait"), QStringLiteral("0")});
    QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
    int stored = 0;
    const QStringList found = problems(profile.path(), "killed", &stored);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n'))); // the killed run's temporary file is gone too
    QCOMPARE(stored, MessageCount);
}

void TestProfileSharing::busyAccountExitsSevenNamingTheHolder()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QVERIFY(addAccount(profile.path(), "busy", m_server->pop3Port()));
    QVERIFY(addAccount(profile.path(), "other", m_server->pop3Port()));
    // This test holds account 1's lock, as the application or a cron run would.
    Store::AccountLock::Holder holder;
    QString error;
    const auto lock = Store::AccountLock::tryAcquire(profile.path(), 1, &holder, &error);
    QVERIFY2(lock, qPrintable(error));

    for (const QString &command : {QStringLiteral("check"), QStringLiteral("download")}) {
        const Run busy = run(profile.path(), {command, QStringLiteral("busy"), QStringLiteral("--wait"), QStringLiteral("0.2")});
        QVERIFY2(busy.exitCode == 7, qPrintable(busy.describe()));
        QCOMPARE(busy.err.count('\n'), 1);
        QVERIFY2(busy.err.contains("busy"), busy.err.constData());
        QVERIFY2(busy.err.contains("tst_profile_sharing (process " + QByteArray::number(qint64(::getpid())) + ")"),
                 busy.err.constData());
    }
    // Reading needs no lock, and another account is not held up.
    const Run list = run(profile.path(), {QStringLiteral("list"), QStringLiteral("busy")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const Run other = run(profile.path(), {QStringLiteral("download"), QStringLiteral("other"), QStringLiteral("--all"),
                                           QStringLiteral("--wait"), QStringLiteral("0")});
    QVERIFY2(other.exitCode == 0, qPrintable(other.describe()));
    QVERIFY2(other.out.contains(QByteArray::number(MessageCount) + " downloaded"), other.out.constData());

    // Removing the account (and its messages folder) waits for nobody: it says busy.
    const Run remove = run(profile.path(), {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("busy")});
    QVERIFY2(remove.exitCode == 7 && remove.err.contains("busy"), qPrintable(remove.describe()));
    const Run accounts = run(profile.path(), {QStringLiteral("account"), QStringLiteral("list")});
    QVERIFY2(accounts.out.startsWith("busy\t"), qPrintable(accounts.describe()));

    // A second lock of the same account is refused in this process too, and says who holds it.
    Store::AccountLock::Holder seen;
    QVERIFY(!Store::AccountLock::tryAcquire(profile.path(), 1, &seen, &error));
    QCOMPARE(seen.pid, qint64(::getpid()));
    QCOMPARE(seen.program, QStringLiteral("tst_profile_sharing"));
}

void TestProfileSharing::damagedDatabaseIsAnError()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QVERIFY(addAccount(profile.path(), "damaged", m_server->pop3Port()));
    const Run download = run(profile.path(), {QStringLiteral("download"), QStringLiteral("damaged"), QStringLiteral("--all")});
    QVERIFY2(download.exitCode == 0, qPrintable(download.describe()));

    // Garbage over the root pages of the messages table and its indexes; the accounts survive.
    const QString dbPath = QDir(profile.path()).filePath(QStringLiteral("poplar.sqlite"));
    QList<qint64> pages;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toLongLong();
        QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'messages' AND rootpage > 0")));
        while (query.next())
            pages << query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QVERIFY(pages.size() >= 2);
    QFile file(dbPath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (const qint64 page : pages) {
        QVERIFY(file.seek((page - 1) * pageSize));
        QCOMPARE(file.write(QByteArray(pageSize, '\xA5')), pageSize);
    }
    file.close();

    const QTemporaryDir target;
    const Run list = run(profile.path(), {QStringLiteral("list"), QStringLiteral("damaged")});
    const Run exported = run(profile.path(), {QStringLiteral("export"), QStringLiteral("damaged"), QStringLiteral("--to"),
                                              target.path(), QStringLiteral("--mbox"),
                                              QDir(target.path()).filePath(QStringLiteral("all.mbox"))});
    for (const Run &r : {list, exported}) {
        QVERIFY2(r.exitCode != 0 && r.exitCode != -1, qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe())); // no rows, no "0 messages exported"
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("database"), qPrintable(r.describe()));
    }
    QVERIFY(!QFile::exists(QDir(target.path()).filePath(QStringLiteral("all.mbox"))));
}

void TestProfileSharing::readOnlyProfile()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QVERIFY(addAccount(profile.path(), "readonly", m_server->pop3Port()));
    const Run download = run(profile.path(), {QStringLiteral("download"), QStringLiteral("readonly"), QStringLiteral("--all")});
    QVERIFY2(download.exitCode == 0, qPrintable(download.describe()));

    // Read-only for whoever runs poplar-sync: the mail user when the test runs as root (root
    // writes regardless of permissions), this user otherwise.
    QStringList paths{profile.path()};
    QDirIterator it(profile.path(), QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    for (const QString &path : std::as_const(paths)) {
        const bool dir = QFileInfo(path).isDir();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther
                                                | (dir ? QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther
                                                       : QFileDevice::Permissions())));
    }
    QTemporaryDir target;
    QVERIFY(QFile::setPermissions(target.path(), QFileDevice::Permissions(0x7777)));
    const QString mbox = QDir(target.path()).filePath(QStringLiteral("all.mbox"));

    const Run list = run(profile.path(), {QStringLiteral("list"), QStringLiteral("readonly")}, true);
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QCOMPARE(list.out.count('\n'), MessageCount);
    QCOMPARE(list.out.count("\tdownloaded\t"), MessageCount);
    const Run exported = run(profile.path(), {QStringLiteral("export"), QStringLiteral("readonly"), QStringLiteral("--to"),
                                              target.path(), QStringLiteral("--mbox"), mbox}, true);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QStringList originals;
    for (const QByteArray &m : std::as_const(m_originals["readonly"]))
        originals << QString::fromLatin1(toCrlf(m).toBase64());
    const QStringList files = filesUnder(target.path(), QStringLiteral(".eml"));
    QCOMPARE(files.size(), MessageCount);
    for (const QString &file : files)
        QVERIFY2(originals.contains(QString::fromLatin1(readAll(file).toBase64())), qPrintable(file));
    QVERIFY(QFileInfo(mbox).size() > 0);

    for (const QString &command : {QStringLiteral("check"), QStringLiteral("download")}) {
        const Run refused = run(profile.path(), {command, QStringLiteral("readonly")}, true);
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY2(refused.err.contains("read-only"), qPrintable(refused.describe()));
        QVERIFY2(!refused.err.contains("readonly database"), qPrintable(refused.describe())); // not SQLite's words
    }
    for (const QString &path : std::as_const(paths))
        QFile::setPermissions(path, QFileDevice::Permissions(0x7700));
}

QTEST_GUILESS_MAIN(TestProfileSharing)
#include "tst_profile_sharing.moc"

// Damaged message files against a real Dovecot, through poplar-sync: list, export and verify name
// exactly the missing, truncated and replaced ones (export still writes the good ones), verify
// --repair restores those still on the server byte for byte and leaves the others marked,
// download --all fetches a missing one again, and a backup restored elsewhere is the same profile.

#include "DovecotServer.h"
#include "PoplarSyncRun.h"
#include "mime/HeaderSummary.h"
#include "store/Export.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Poplar;

namespace {

const QByteArray Password = "whole-and-sound";

/// Message n (LF line ends, as maildir keeps it): "From " lines to quote; message 5 is 300 KB,
/// so its "From " lines fall on every side of the readers' 64 KiB pieces.
QByteArray makeMessage(int n)
{
    QByteArray m = "Message-ID: <" + QByteArray::number(n) + ".integrity@poplar.test>\n"
                   "Date: Wed, 08 Nov 2023 10:0" + QByteArray::number(n) + ":00 +0000\n"
                   "From: Sender <sender@example.net>\n"
                   "Subject: Integrity " + QByteArray::number(n) + "\n\n";
    const int lines = n == 5 ? 6000 : 20;
    for (int i = 0; i < lines; ++i)
        m += (i % 3 == 0 ? "From the line " : i % 3 == 1 ? ">From quoted " : "plain ") + QByteArray::number(i)
             + " of message " + QByteArray::number(n) + " lorem ipsum dolor\n";
    return m;
}

QByteArray crlf(QByteArray lf)
{
    return lf.replace("\n", "\r\n");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// The stored file of a message: messages/<account>/<sha256 of UIDL>.eml (README, "Where things live").
QString storedFile(const QString &profile, const QByteArray &uid)
{
    QDir dir(profile + QStringLiteral("/messages"));
    const QStringList accounts = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (accounts.size() != 1)
        return {};
    return dir.filePath(accounts.first() + QLatin1Char('/')
                        + QString::fromLatin1(QCryptographicHash::hash(uid, QCryptographicHash::Sha256).toHex())
                        + QStringLiteral(".eml"));
}

using Run = Test::SyncRun;

} // namespace

class TestIntegrity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void damagedFilesAreNamedAndRepaired();
    void repairLeavesMessagesGoneFromServerMarked();
    void downloadAllFetchesMissingFileAgain();
    void backupRestoresAnEqualProfileElsewhere();

private:
    Run sync(const QString &profile, const QStringList &arguments) const;
    /// A fresh profile with account "acct" for `user`, every message downloaded (kept on the server).
    bool downloadedProfile(const QString &profile, const QByteArray &user);
    /// UIDL -> line of `list` (UIDL first).
    QHash<QByteArray, QByteArray> listLines(const QString &profile) const;

    std::unique_ptr<Test::DovecotServer> m_server;
    QList<QByteArray> m_messages;
};

void TestIntegrity::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(POPLAR_SYNC_PATH)), POPLAR_SYNC_PATH);
    m_server = std::make_unique<Test::DovecotServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    const QList<QByteArray> users{"damage", "gone", "refetch", "backup"};
    for (const QByteArray &user : users)
        m_server->addUser(user, Password);
    for (int n = 1; n <= 6; ++n) {
        m_messages << makeMessage(n);
        for (const QByteArray &user : users)
            QVERIFY(!m_server->addMessage(user, m_messages.last()).isEmpty());
    }
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestIntegrity::cleanupTestCase()
{
    if (m_server && QTest::currentTestFailed())
        qWarning().noquote() << "Dovecot log (tail):\n" << m_server->logContents().right(4000);
    m_server.reset();
}

Run TestIntegrity::sync(const QString &profile, const QStringList &arguments) const
{
    return Test::runPoplarSync(QStringLiteral(POPLAR_SYNC_PATH), profile, arguments);
}

bool TestIntegrity::downloadedProfile(const QString &profile, const QByteArray &user)
{
    const Run add = sync(profile, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("acct"),
                                   QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                   QString::number(m_server->pop3Port()), QStringLiteral("--security"),
                                   QStringLiteral("plain"), QStringLiteral("--user"), QString::fromLatin1(user),
                                   QStringLiteral("--password-command"),
                                   QStringLiteral("echo ") + QString::fromLatin1(Password)});
    const Run download = sync(profile, {QStringLiteral("download"), QStringLiteral("acct"), QStringLiteral("--all")});
    if (add.exitCode != 0 || download.exitCode != 0)
        qWarning() << add.err << download.err;
    return add.exitCode == 0 && download.exitCode == 0;
}

QHash<QByteArray, QByteArray> TestIntegrity::listLines(const QString &profile) const
{
    QHash<QByteArray, QByteArray> lines;
    const Run list = sync(profile, {QStringLiteral("list"), QStringLiteral("acct")});
    for (const QByteArray &line : list.out.split('\n')) {
        if (!line.isEmpty())
            lines.insert(line.split('\t').first(), line);
    }
    return lines;
}

/// The state column of a `list` line.
static QByteArray state(const QByteArray &line)
{
    return line.split('\t').value(1);
}

void TestIntegrity::damagedFilesAreNamedAndRepaired()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    QVERIFY(downloadedProfile(profile, "damage"));
    QHash<QByteArray, QByteArray> lines = listLines(profile);
    QCOMPARE(lines.size(), 6);
    QList<QByteArray> uids = lines.keys();
    std::sort(uids.begin(), uids.end(), [&](const QByteArray &a, const QByteArray &b) {
        return lines.value(a).split('\t').last() < lines.value(b).split('\t').last(); // by subject: message order
    });
    // Message 2 deleted, 3 cut short, 5 (the large one) replaced by as many other bytes.
    const QByteArray missing = uids.at(1), truncated = uids.at(2), replaced = uids.at(4);
    QVERIFY(QFile::remove(storedFile(profile, missing)));
    QVERIFY(QFile::resize(storedFile(profile, truncated), 100));
    QByteArray altered = readAll(storedFile(profile, replaced));
    altered[altered.size() / 2] = altered.at(altered.size() / 2) == 'x' ? 'y' : 'x';
    QVERIFY(writeFile(storedFile(profile, replaced), altered));

    // list sees what a look at the files shows: gone and cut ones.
    lines = listLines(profile);
    QCOMPARE(state(lines.value(missing)), QByteArray("missing"));
    QCOMPARE(state(lines.value(truncated)), QByteArray("wrong-size"));

    // export reads them all: the good ones written, the bad ones named, exit non-zero.
    const QString folder = dir.filePath(QStringLiteral("eml"));
    const QString mbox = dir.filePath(QStringLiteral("all.mbox"));
    Run run = sync(profile, {QStringLiteral("export"), QStringLiteral("acct"), QStringLiteral("--to"), folder});
    QCOMPARE(run.exitCode, 1);
    for (const QByteArray &uid : uids) {
        const bool bad = uid == missing || uid == truncated || uid == replaced;
        QCOMPARE(run.err.contains(uid + '\t'), bad);
    }
    QVERIFY(run.out.contains("3 messages exported"));
    QStringList written = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(written, QStringList({QStringLiteral("Integrity 1.eml"), QStringLiteral("Integrity 4.eml"),
                                   QStringLiteral("Integrity 6.eml")}));
    for (int n : {1, 4, 6})
        QCOMPARE(readAll(QDir(folder).filePath(QStringLiteral("Integrity %1.eml").arg(n))), crlf(m_messages.at(n - 1)));
    run = sync(profile, {QStringLiteral("export"), QStringLiteral("acct"), QStringLiteral("--mbox"), mbox});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\t'), 6); // three lines of UIDL, state, subject
    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    for (int n : {1, 4, 6}) {
        const QByteArray message = crlf(m_messages.at(n - 1));
        QVERIFY(Store::appendMboxrd(expected, message, {}, Mime::summarizeHeaders(message).date));
    }
    QCOMPARE(readAll(mbox), expected.data());

    // verify names exactly the three, with what is wrong with each; list now shows them all.
    run = sync(profile, {QStringLiteral("verify"), QStringLiteral("acct")});
    QCOMPARE(run.exitCode, 1);
    QList<QByteArray> reported = run.out.split('\n');
    reported.removeAll(QByteArray());
    QCOMPARE(reported.size(), 4);
    QVERIFY(reported.contains("acct\t" + missing + "\tmissing\tIntegrity 2\ton-server"));
    QVERIFY(reported.contains("acct\t" + truncated + "\twrong-size\tIntegrity 3\ton-server"));
    QVERIFY(reported.contains("acct\t" + replaced + "\tcorrupt\tIntegrity 5\ton-server"));
    QVERIFY(reported.last().contains("6 stored messages checked, 3 damaged, 0 repaired"));
    lines = listLines(profile);
    QCOMPARE(state(lines.value(replaced)), QByteArray("corrupt"));
    QCOMPARE(state(lines.value(uids.at(0))), QByteArray("downloaded"));

    // --repair fetches them from the server again: byte-identical, and verify is clean after.
    run = sync(profile, {QStringLiteral("verify"), QStringLiteral("acct"), QStringLiteral("--repair")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.out.count("\trepaired\t"), 3);
    QVERIFY(run.out.contains("6 stored messages checked, 0 damaged, 3 repaired"));
    for (int i = 0; i < 6; ++i)
        QCOMPARE(readAll(storedFile(profile, uids.at(i))), crlf(m_messages.at(i)));
    run = sync(profile, {QStringLiteral("verify")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(state(listLines(profile).value(replaced)), QByteArray("downloaded"));
}

void TestIntegrity::repairLeavesMessagesGoneFromServerMarked()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    QVERIFY(downloadedProfile(profile, "gone"));
    const QList<QByteArray> uids = listLines(profile).keys();
    const QByteArray uid = uids.first();
    QCOMPARE(sync(profile, {QStringLiteral("delete"), QStringLiteral("acct"), QString::fromLatin1(uid)}).exitCode, 0);
    QVERIFY(QFile::remove(storedFile(profile, uid)));
    const Run run = sync(profile, {QStringLiteral("verify"), QStringLiteral("acct"), QStringLiteral("--repair")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("acct\t" + uid + "\tmissing\t"), run.out);
    QVERIFY(run.out.contains("\tgone\n"));
    QVERIFY(run.out.contains("1 damaged, 0 repaired"));
    // Still known, still marked: nothing is removed behind the user's back.
    const QHash<QByteArray, QByteArray> lines = listLines(profile);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(state(lines.value(uid)), QByteArray("missing"));
}

void TestIntegrity::downloadAllFetchesMissingFileAgain()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    QVERIFY(downloadedProfile(profile, "refetch"));
    QHash<QByteArray, QByteArray> lines = listLines(profile);
    QByteArray uid;
    for (auto it = lines.constBegin(); it != lines.constEnd(); ++it) {
        if (it.value().endsWith("Integrity 3"))
            uid = it.key();
    }
    QVERIFY(!uid.isEmpty());
    QVERIFY(QFile::remove(storedFile(profile, uid)));
    const Run run = sync(profile, {QStringLiteral("download"), QStringLiteral("acct"), QStringLiteral("--all")});
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY2(run.out.contains("1 downloaded"), run.out);
    QCOMPARE(readAll(storedFile(profile, uid)), crlf(m_messages.at(2)));
    QCOMPARE(state(listLines(profile).value(uid)), QByteArray("downloaded"));
}

void TestIntegrity::backupRestoresAnEqualProfileElsewhere()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    QVERIFY(downloadedProfile(profile, "backup"));
    const QString tar = dir.filePath(QStringLiteral("backup.tar"));
    Run run = sync(profile, {QStringLiteral("backup"), QStringLiteral("--to"), tar});
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY(run.out.contains("6 messages backed up"));

    // Into another folder (the original moved away, so nothing can lean on its path).
    const QString moved = dir.filePath(QStringLiteral("original"));
    QVERIFY(QDir().rename(profile, moved));
    const QString restored = dir.filePath(QStringLiteral("elsewhere/restored"));
    run = sync(restored, {QStringLiteral("restore"), QStringLiteral("--from"), tar});
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY(run.out.contains("6 messages restored"));
    QCOMPARE(listLines(restored), listLines(moved));
    const QString mine = dir.filePath(QStringLiteral("a.mbox")), theirs = dir.filePath(QStringLiteral("b.mbox"));
    QCOMPARE(sync(moved, {QStringLiteral("export"), QStringLiteral("acct"), QStringLiteral("--mbox"), mine}).exitCode, 0);
    QCOMPARE(sync(restored, {QStringLiteral("export"), QStringLiteral("acct"), QStringLiteral("--mbox"), theirs}).exitCode,
             0);
    QCOMPARE(readAll(theirs), readAll(mine));
    QCOMPARE(readAll(theirs).count("\nFrom MAILER-DAEMON") + 1, 6);
    QCOMPARE(sync(restored, {QStringLiteral("verify")}).exitCode, 0);

    // Never over an existing profile.
    run = sync(moved, {QStringLiteral("restore"), QStringLiteral("--from"), tar});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("not empty"));
}

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"

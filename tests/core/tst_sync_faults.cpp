// "Nothing lost, nothing twice" under cut connections: a download through a CuttingProxy that
// cuts at one moment of the conversation, then a clean rerun straight to a real Dovecot.

#include "CuttingProxy.h"
#include "DovecotServer.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Poplar;
using Account::RetentionPolicy;
using Test::CuttingProxy;

Q_DECLARE_METATYPE(Poplar::Account::RetentionPolicy)
Q_DECLARE_METATYPE(Poplar::Test::CuttingProxy::Rule)

namespace {

constexpr int RunTimeoutMs = 60000;
constexpr int MessageCount = 40;
constexpr int MaxUsers = 32; ///< one fresh maildrop per test row
const QByteArray Password = "cut-and-rerun";

QByteArray userName(int i)
{
    return "faults" + QByteArray::number(i);
}

QByteArray toCrlf(QByteArray lf)
{
    return lf.replace("\n", "\r\n");
}

/// Message n of the test mailbox (LF line ends, as maildir keeps it). Every fifth one is 50-200 KB
/// so a RETR spans many packets; many lines start with a dot, to exercise dot-stuffing.
QByteArray makeMessage(int n)
{
    QByteArray m = "Return-Path: <sender@example.net>\n"
                   "Message-ID: <" + QByteArray::number(n) + ".faults@poplar.test>\n"
                   "Date: Tue, 07 Nov 2023 09:" + QByteArray::number(n % 60).rightJustified(2, '0') + ":00 +0000\n"
                   "From: Sender <sender@example.net>\n"
                   "To: Alice <alice@example.org>\n"
                   "Subject: Message " + QByteArray::number(n) + "\n"
                   "Content-Type: text/plain; charset=us-ascii\n"
                   "\n";
    const qsizetype target = n % 5 == 0 ? (50 + (n * 37) % 151) * 1024 : 300 + (n * 97) % 2500;
    for (int line = 0; m.size() < target; ++line) {
        const QByteArray tag = QByteArray::number(n) + '/' + QByteArray::number(line);
        switch (line % 9) {
        case 0: m += "." + tag + " leading dot\n"; break;
        case 4: m += ".\n"; break;
        case 7: m += ".." + tag + " two dots\n"; break;
        default: m += "Line " + tag + " lorem ipsum dolor sit amet, consectetur adipiscing elit.\n";
        }
    }
    return m;
}

/// Reads a maildir snapshot until two reads agree, so a rename by Dovecot mid-read is not mistaken
/// for a lost message.
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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The invariant against one snapshot of the server: every original is on the server or stored
/// downloaded exactly once with the server's bytes (CRLF line ends); nothing is stored twice and
/// nothing stored is foreign. Returns a description of each violation, empty when it holds.
/// `storedCount` gets how many originals are stored.
QStringList invariantViolations(const QList<QByteArray> &originals, const QList<QByteArray> &onDisk,
                                const QVector<Store::StoredMessage> &stored, int *storedCount)
{
    QStringList problems;
    QHash<QByteArray, int> indexOfCrlf;
    for (int i = 0; i < originals.size(); ++i)
        indexOfCrlf.insert(toCrlf(originals[i]), i);
    QVector<int> copies(originals.size(), 0);
    QSet<QByteArray> uids;
    QHash<QString, QByteArray> messageIds;
    for (const Store::StoredMessage &m : stored) {
        if (uids.contains(m.uid))
            problems << QStringLiteral("UIDL %1 stored twice").arg(QString::fromLatin1(m.uid));
        uids.insert(m.uid);
        if (!m.isDownloaded())
            continue;
        if (!m.summary.messageId.isEmpty()) {
            if (messageIds.contains(m.summary.messageId))
                problems << QStringLiteral("Message-ID %1 stored under %2 and %3")
                                .arg(m.summary.messageId, QString::fromLatin1(messageIds.value(m.summary.messageId)),
                                     QString::fromLatin1(m.uid));
            messageIds.insert(m.summary.messageId, m.uid);
        }
        const QByteArray bytes = readAll(m.rawPath);
        const auto it = indexOfCrlf.constFind(bytes);
        if (it == indexOfCrlf.constEnd()) {
            problems << QStringLiteral("UIDL %1: stored file %2 (%3 bytes) matches no server message")
                            .arg(QString::fromLatin1(m.uid), m.rawPath)
                            .arg(bytes.size());
            continue;
        }
        if (m.rawSize != bytes.size())
            problems << QStringLiteral("UIDL %1: raw_size %2, file has %3").arg(QString::fromLatin1(m.uid)).arg(m.rawSize).arg(bytes.size());
        ++copies[*it];
    }
    *storedCount = 0;
    for (int i = 0; i < originals.size(); ++i) {
        if (copies[i] > 1)
            problems << QStringLiteral("message %1 stored %2 times").arg(i + 1).arg(copies[i]);
        if (copies[i] >= 1)
            ++*storedCount;
        else if (!onDisk.contains(originals[i]))
            problems << QStringLiteral("message %1 lost: neither on the server nor stored").arg(i + 1);
    }
    for (const QByteArray &m : onDisk)
        if (!originals.contains(m))
            problems << QStringLiteral("the server holds a message that was never added");
    return problems;
}

/// A sync run and what it reported.
struct Run {
    Sync::SyncResult result;
    QByteArray trace;
    QStringList deleViolations; ///< DELEs of messages that were not committed when they were sent
    bool finished = false;
};

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cutAndRerun_data();
    void cutAndRerun();
    void passThroughIsTransparent();

private:
    /// A fresh maildrop of MessageCount messages for a new user; returns the user name.
    QByteArray newMailbox();
    /// Runs a download to its end. Each DELE the client sends is checked at that moment: the
    /// message it names (per `numbering`, the server's messages in number order) must already be
    /// committed in the store.
    Run download(Store::Profile &profile, const Account::AccountSettings &account, int commitBatch,
                 const QList<QByteArray> &numbering,
                 Sync::Operation operation = Sync::Operation::Download);

    std::unique_ptr<Test::DovecotServer> m_server;
    QList<QByteArray> m_originals;
    int m_users = 0;
};

void TestSyncFaults::initTestCase()
{
    m_server = std::make_unique<Test::DovecotServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    for (int n = 1; n <= MessageCount; ++n)
        m_originals << makeMessage(n);
    // Every user exists before Dovecot starts: it rereads its passwd-file only when the file's
    // mtime (in seconds) or size changes, so users added within one second could go unseen.
    for (int i = 1; i <= MaxUsers; ++i)
        m_server->addUser(userName(i), Password);
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestSyncFaults::cleanupTestCase()
{
    if (m_server && QTest::currentTestFailed())
        qWarning().noquote() << "Dovecot log (tail):\n" << m_server->logContents().right(4000);
    m_server.reset();
}

QByteArray TestSyncFaults::newMailbox()
{
    if (m_users == MaxUsers)
        return {};
    const QByteArray user = userName(++m_users);
    for (const QByteArray &m : std::as_const(m_originals))
        if (m_server->addMessage(user, m).isEmpty())
            return {};
    return user;
}

Run TestSyncFaults::download(Store::Profile &profile, const Account::AccountSettings &account, int commitBatch,
                             const QList<QByteArray> &numbering, Sync::Operation operation)
{
    Run run;
    Sync::SyncEngine engine(profile.messages());
    engine.setCommitBatch(commitBatch, 32 * 1024 * 1024);
    QObject::connect(&engine, &Sync::SyncEngine::protocolTrace, &engine,
                     [&](Pop3::Session::Direction direction, const QByteArray &line) {
                         run.trace += (direction == Pop3::Session::Direction::Client ? "C: " : "S: ") + line + '\n';
                         if (direction != Pop3::Session::Direction::Client || !line.startsWith("DELE "))
                             return;
                         const int n = line.mid(5).trimmed().toInt();
                         const QByteArray expected = toCrlf(numbering.value(n - 1));
                         bool committed = false;
                         for (const Store::StoredMessage &m : profile.messages().messages(account.id).value())
                             committed = committed || (m.isDownloaded() && readAll(m.rawPath) == expected);
                         if (!committed)
                             run.deleViolations << QStringLiteral("DELE %1 sent before that message was committed").arg(n);
                     });
    QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
    engine.start({operation, account, Password, {}});
    run.finished = QTest::qWaitFor([&] { return finished.count() > 0; }, RunTimeoutMs);
    if (run.finished)
        run.result = finished.first().first().value<Sync::SyncResult>();
    else
        engine.stop();
    return run;
}

void TestSyncFaults::cutAndRerun_data()
{
    QTest::addColumn<CuttingProxy::Rule>("rule");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<RetentionPolicy>("policy");
    QTest::addColumn<int>("commitBatch");

    using R = CuttingProxy::Rule;
    const auto del = RetentionPolicy::DeleteAfterDownload;
    const auto keep = RetentionPolicy::Keep;
    QTest::newRow("uidl/delete") << R::CutAfterServerBytes << QByteArray("UIDL") << qint64(300) << del << 50;
    QTest::newRow("top/delete") << R::CutAfterServerBytes << QByteArray("TOP") << qint64(5000) << del << 50;
    QTest::newRow("retr-start/delete") << R::CutAfterServerBytes << QByteArray("RETR") << qint64(3000) << del << 50;
    QTest::newRow("retr-middle/delete") << R::CutAfterServerBytes << QByteArray("RETR") << qint64(400000) << del << 50;
    QTest::newRow("retr-middle/delete/batch-5")
        << R::CutAfterServerBytes << QByteArray("RETR") << qint64(400000) << del << 5;
    QTest::newRow("before-dele/delete") << R::CutBeforeCommand << QByteArray("DELE") << qint64(0) << del << 50;
    QTest::newRow("before-dele/delete/batch-5") << R::CutBeforeCommand << QByteArray("DELE") << qint64(0) << del << 5;
    QTest::newRow("before-quit/delete") << R::CutBeforeCommand << QByteArray("QUIT") << qint64(0) << del << 50;
    QTest::newRow("quit-reply-lost/delete") << R::DropReplyToCommand << QByteArray("QUIT") << qint64(0) << del << 50;
    QTest::newRow("quit-reply-lost/delete/batch-5")
        << R::DropReplyToCommand << QByteArray("QUIT") << qint64(0) << del << 5;
    QTest::newRow("uidl/keep") << R::CutAfterServerBytes << QByteArray("UIDL") << qint64(300) << keep << 50;
    QTest::newRow("retr-middle/keep") << R::CutAfterServerBytes << QByteArray("RETR") << qint64(400000) << keep << 5;
    QTest::newRow("before-quit/keep") << R::CutBeforeCommand << QByteArray("QUIT") << qint64(0) << keep << 50;
    QTest::newRow("quit-reply-lost/keep") << R::DropReplyToCommand << QByteArray("QUIT") << qint64(0) << keep << 50;
}

void TestSyncFaults::cutAndRerun()
{
    QFETCH(CuttingProxy::Rule, rule);
    QFETCH(QByteArray, command);
    QFETCH(qint64, bytes);
    QFETCH(RetentionPolicy, policy);
    QFETCH(int, commitBatch);

    const QByteArray user = newMailbox();
    QVERIFY(!user.isEmpty());
    QCOMPARE(stableDisk(*m_server, user), m_originals);

    CuttingProxy proxy(m_server->pop3Port());
    QVERIFY(proxy.listen());
    switch (rule) {
    case CuttingProxy::Rule::PassThrough: break;
    case CuttingProxy::Rule::CutAfterServerBytes: proxy.setCutAfterServerBytes(command, bytes); break;
    case CuttingProxy::Rule::CutBeforeCommand: proxy.setCutBeforeCommand(command); break;
    case CuttingProxy::Rule::DropReplyToCommand: proxy.setDropReplyToCommand(command); break;
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    Account::AccountSettings account;
    account.name = QStringLiteral("cut");
    account.host = QStringLiteral("127.0.0.1");
    account.port = proxy.port();
    account.security = Pop3::Security::Plain;
    account.user = QString::fromLatin1(user);
    account.policy = policy;
    account.id = profile->accounts().add(account, &error);
    QVERIFY2(account.id > 0, qPrintable(error));

    // The cut run: it must fail, and leave the invariant intact.
    // A download fetches no headers it is about to retrieve in full: TOP is cut during a check.
    const Run cutRun = download(*profile, account, commitBatch, m_originals,
                                command == "TOP" ? Sync::Operation::Check : Sync::Operation::Download);
    QVERIFY2(cutRun.finished, cutRun.trace.right(3000).constData());
    QVERIFY2(proxy.hasFired(), cutRun.trace.right(3000).constData());
    QVERIFY2(!cutRun.result.ok(), cutRun.trace.right(3000).constData());
    QVERIFY2(cutRun.result.storeError.isEmpty(), qPrintable(cutRun.result.storeError));
    QCOMPARE(proxy.connectionsHandled(), 1);
    QCOMPARE(cutRun.result.deleted, 0); // no QUIT was answered +OK as far as the client knows
    QVERIFY2(cutRun.deleViolations.isEmpty(),
             qPrintable(cutRun.deleViolations.join(u'\n') + u'\n' + QString::fromUtf8(cutRun.trace.right(3000))));

    const QList<QByteArray> afterCut = stableDisk(*m_server, user);
    int stored = 0;
    QStringList problems = invariantViolations(m_originals, afterCut, profile->messages().messages(account.id).value(), &stored);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + QString::fromUtf8(cutRun.trace.right(3000))));
    // The cut happened where it was meant to.
    if (command == "UIDL" || command == "TOP")
        QCOMPARE(stored, 0);
    else if (command == "RETR")
        QVERIFY2(stored < MessageCount, qPrintable(QString::number(stored)));
    else if (command == "DELE" && commitBatch < MessageCount)
        QVERIFY2(stored >= commitBatch, qPrintable(QString::number(stored))); // a DELE follows a commit
    else if (command == "QUIT" && policy == RetentionPolicy::Keep) {
        // With nothing to delete QUIT goes out with the RETRs, before the first message arrives.
        const qsizetype retr = cutRun.trace.indexOf("C: RETR");
        const qsizetype quit = cutRun.trace.indexOf("C: QUIT");
        QVERIFY2(retr > 0 && quit > retr && !cutRun.trace.mid(retr, quit - retr).contains("S: "),
                 cutRun.trace.right(3000).constData());
    } else {
        QCOMPARE(stored, MessageCount); // the DELEs and the QUIT follow the last commit
    }
    if (command == "RETR" && bytes > 100000)
        QVERIFY2(stored > 0, "the cut was meant to come after some complete messages");
    if (command == "RETR") // QUIT may be on its way already (keep), but RETR replies were missing
        QVERIFY2(!cutRun.result.error.message.contains(QLatin1String("QUIT")), qPrintable(cutRun.result.error.message));
    if (command == "RETR" && commitBatch < 10 && policy == RetentionPolicy::DeleteAfterDownload)
        QVERIFY2(cutRun.trace.contains("C: DELE "), "small batches were meant to send DELEs before the cut");
    qInfo("cut run: %d of %d stored, %d DELE sent, %lld on the server", stored, MessageCount,
          int(cutRun.trace.count("C: DELE ")), qint64(afterCut.size()));
    // No QUIT reached the server, so no DELE can have taken effect: every message is still there.
    if (rule != CuttingProxy::Rule::DropReplyToCommand)
        QCOMPARE(afterCut.size(), MessageCount);
    else if (policy == RetentionPolicy::DeleteAfterDownload)
        QCOMPARE(afterCut.size(), MessageCount - stored); // QUIT did commit; the client never heard
    if (policy == RetentionPolicy::Keep)
        QCOMPARE(afterCut, m_originals);

    // The clean rerun, straight to Dovecot.
    account.port = m_server->pop3Port();
    const Run rerun = download(*profile, account, 50, afterCut);
    QVERIFY2(rerun.finished, rerun.trace.right(3000).constData());
    QVERIFY2(rerun.result.ok(),
             qPrintable(rerun.result.error.message + u' ' + rerun.result.storeError + u'\n'
                        + QString::fromUtf8(rerun.trace.right(3000))));
    QVERIFY2(rerun.deleViolations.isEmpty(), qPrintable(rerun.deleViolations.join(u'\n')));
    QCOMPARE(rerun.result.downloaded + stored, MessageCount);
    QCOMPARE(rerun.result.deleted, policy == RetentionPolicy::DeleteAfterDownload ? int(afterCut.size()) : 0);

    const QList<QByteArray> afterRerun = stableDisk(*m_server, user);
    const auto rows = profile->messages().messages(account.id).value();
    problems = invariantViolations(m_originals, afterRerun, rows, &stored);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + QString::fromUtf8(rerun.trace.right(3000))));
    QCOMPARE(stored, MessageCount);
    QCOMPARE(rows.size(), MessageCount);
    if (policy == RetentionPolicy::DeleteAfterDownload) {
        QVERIFY2(afterRerun.isEmpty(), qPrintable(QStringLiteral("%1 left on the server").arg(afterRerun.size())));
        for (const Store::StoredMessage &m : rows)
            QVERIFY2(!m.onServer, m.uid.constData());
    } else {
        QCOMPARE(afterRerun, m_originals);
        for (const Store::StoredMessage &m : rows)
            QVERIFY2(m.onServer, m.uid.constData());
    }
}

void TestSyncFaults::passThroughIsTransparent()
{
    const QByteArray user = newMailbox();
    QVERIFY(!user.isEmpty());
    CuttingProxy proxy(m_server->pop3Port());
    QVERIFY(proxy.listen());
    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    Account::AccountSettings account;
    account.name = QStringLiteral("through");
    account.host = QStringLiteral("127.0.0.1");
    account.port = proxy.port();
    account.security = Pop3::Security::Plain;
    account.user = QString::fromLatin1(user);
    account.policy = RetentionPolicy::DeleteAfterDownload;
    account.id = profile->accounts().add(account, &error);
    QVERIFY2(account.id > 0, qPrintable(error));

    const Run run = download(*profile, account, 7, m_originals);
    QVERIFY2(run.finished && run.result.ok(), run.trace.right(3000).constData());
    QVERIFY(!proxy.hasFired());
    QCOMPARE(proxy.connectionsHandled(), 1);
    QCOMPARE(run.result.downloaded, MessageCount);
    QCOMPARE(run.result.deleted, MessageCount);
    QVERIFY(run.deleViolations.isEmpty());
    int stored = 0;
    const QStringList problems =
        invariantViolations(m_originals, stableDisk(*m_server, user), profile->messages().messages(account.id).value(), &stored);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(stored, MessageCount);
    QVERIFY(stableDisk(*m_server, user).isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"

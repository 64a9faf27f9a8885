// The sync engine against a real Dovecot: check, download, policies, deletion on the server;
// and against a scripted server without UIDL.

#include "CuttingProxy.h"
#include "DovecotServer.h"
#include "FakeTransport.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Poplar;
using Sync::Operation;
using Sync::SyncResult;

namespace {

constexpr int WaitMs = 30000;

QByteArray message(int n, int bodyBytes = 200)
{
    QByteArray body;
    while (body.size() < bodyBytes)
        body += (body.size() % 3 == 0 ? "." : "") + QByteArray("line of message ") + QByteArray::number(n) + '\n';
    return "Message-ID: <" + QByteArray::number(n) + "@sync.test>\n"
           "Date: Tue, 07 Nov 2023 10:00:" + QByteArray::number(n % 60).rightJustified(2, '0') + " +0000\n"
           "From: Sender " + QByteArray::number(n) + " <s" + QByteArray::number(n) + "@example.net>\n"
           "Subject: Message " + QByteArray::number(n) + "\n\n" + body;
}

QByteArray crlf(QByteArray lf)
{
    return lf.replace("\n", "\r\n");
}

/// A Dovecot with a mailbox, and a profile with one account for it.
class Fixture {
public:
    explicit Fixture(int messages, Account::RetentionPolicy policy = Account::RetentionPolicy::Keep)
    {
        server.addUser("sync", "pw");
        for (int i = 1; i <= messages; ++i)
            server.addMessage("sync", message(i, i == 3 ? 5000 : 200));
        ok = server.start();
        QString error;
        profile = Store::Profile::open(dir.path(), &error);
        account.name = QStringLiteral("test");
        account.host = QStringLiteral("127.0.0.1");
        account.port = server.pop3sPort();
        account.security = Pop3::Security::ImplicitTls;
        account.user = QStringLiteral("sync");
        account.caFile = server.caCertificatePath();
        account.policy = policy;
        account.id = profile->accounts().add(account, &error);
    }

    SyncResult run(Operation operation, const QVector<QByteArray> &uids = {}, const QByteArray &secret = "pw")
    {
        Sync::SyncEngine engine(profile->messages());
        QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
        clientLines.clear();
        trace.clear();
        QObject::connect(&engine, &Sync::SyncEngine::protocolTrace, &engine,
                         [this](Pop3::Session::Direction d, const QByteArray &line) {
                             if (d == Pop3::Session::Direction::Client)
                                 clientLines << line;
                             trace << (d == Pop3::Session::Direction::Client ? "C: " : "S: ") + line;
                         });
        engine.start({operation, account, secret, uids});
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, WaitMs))
            return {};
        return finished.first().first().value<SyncResult>();
    }

    QVector<Store::StoredMessage> stored() { return profile->messages().messages(account.id).value(); }
    QByteArray uidOf(int subjectNumber)
    {
        for (const auto &m : stored()) {
            if (m.summary.subject == QStringLiteral("Message %1").arg(subjectNumber))
                return m.uid;
        }
        return {};
    }

    Test::DovecotServer server;
    QTemporaryDir dir;
    std::unique_ptr<Store::Profile> profile;
    Account::AccountSettings account;
    QByteArrayList clientLines;
    QByteArrayList trace; ///< both directions, "C: " and "S: " before each line
    bool ok = false;
};

/// Answers POP3 commands as a server without UIDL would, over a FakeTransport.
class NoUidlServer : public QObject {
public:
    NoUidlServer(Test::FakeTransportFactory &factory, QList<QByteArray> messages)
        : m_factory(factory), m_messages(std::move(messages))
    {
        connect(&m_poll, &QTimer::timeout, this, &NoUidlServer::poll);
        m_poll.start(1);
    }
    QList<QByteArray> deleted;

private:
    void poll()
    {
        Test::FakeTransport *t = m_factory.last;
        if (!t)
            return;
        if (!m_greeted) {
            m_greeted = true;
            t->acceptConnection();
            t->serverSends("+OK ready\r\n");
        }
        m_pending += t->takeWritten();
        qsizetype lf;
        while ((lf = m_pending.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_pending.left(lf);
            m_pending.remove(0, lf + 2);
            t->serverSends(answer(line));
            if (line == "QUIT")
                t->serverCloses();
        }
    }

    QByteArray answer(const QByteArray &line)
    {
        const QByteArrayList words = line.split(' ');
        const QByteArray verb = words.first();
        const int n = words.value(1).toInt();
        if (verb == "CAPA")
            return "+OK\r\nUSER\r\nTOP\r\nPIPELINING\r\n.\r\n";
        if (verb == "UIDL")
            return "-ERR command not implemented\r\n";
        if (verb == "LIST") {
            QByteArray out = "+OK\r\n";
            for (int i = 0; i < m_messages.size(); ++i)
                out += QByteArray::number(i + 1) + ' ' + QByteArray::number(m_messages.at(i).size()) + "\r\n";
            return out + ".\r\n";
        }
        if (verb == "TOP" || verb == "RETR") {
            QByteArray msg = m_messages.value(n - 1);
            if (verb == "TOP")
                msg = msg.left(msg.indexOf("\r\n\r\n") + 4);
            return "+OK\r\n" + msg + ".\r\n";
        }
        if (verb == "DELE") {
            deleted << m_messages.value(n - 1);
            return "+OK\r\n";
        }
        return "+OK\r\n";
    }

    Test::FakeTransportFactory &m_factory;
    QList<QByteArray> m_messages;
    QTimer m_poll;
    QByteArray m_pending;
    bool m_greeted = false;
};

} // namespace

class TestSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<SyncResult>(); }
    void checkFetchesHeadersOfNewOnly();
    void downloadStoresExactBytesOnce();
    void deleteAfterDownloadEmptiesTheServer();
    void deleteOnServerWithoutDownloading();
    void sizeLimitKeepsHeadersOnlyUntilAsked();
    void deleteWhenDeletedLocally();
    void deleteWhenDeletedLocallyWaitsForTheTrash_data();
    void deleteWhenDeletedLocallyWaitsForTheTrash();
    void deleteAfterDays();
    void quitGoesBehindTheLastRetrOnlyWithoutDeletions();
    void messagesGoneFromServerAreMarked();
    void wrongPasswordIsTyped();
    void serverWithoutUidlUsesHeaderKeys();
};

void TestSync::checkFetchesHeadersOfNewOnly()
{
    Fixture f(5);
    QVERIFY2(f.ok, qPrintable(f.server.error()));
    SyncResult r = f.run(Operation::Check);
    QVERIFY2(r.ok(), qPrintable(r.error.message + r.storeError));
    QCOMPARE(r.newMessages, 5);
    const auto stored = f.stored();
    QCOMPARE(stored.size(), 5);
    for (const auto &m : stored) {
        QVERIFY(m.summary.subject.startsWith(QLatin1String("Message ")));
        QVERIFY(m.summary.from.startsWith(QLatin1String("Sender ")));
        QVERIFY(m.summary.date.isValid());
        QVERIFY(m.headers.contains("line of message")); // the preview lines came too
        QVERIFY(!m.isDownloaded());
        QVERIFY(m.onServer);
    }
    // Nothing new: after login, one UIDL round trip (UIDL and LIST pipelined) and QUIT.
    r = f.run(Operation::Check);
    QVERIFY(r.ok());
    QCOMPARE(r.newMessages, 0);
    const qsizetype login = f.clientLines.lastIndexOf("CAPA");
    QCOMPARE(f.clientLines.mid(login + 1), (QByteArrayList{"UIDL", "LIST", "QUIT"}));
}

void TestSync::downloadStoresExactBytesOnce()
{
    Fixture f(6);
    QVERIFY(f.ok);
    SyncResult r = f.run(Operation::Download);
    QVERIFY2(r.ok(), qPrintable(r.error.message + r.storeError));
    QCOMPARE(r.newMessages, 6);
    QCOMPARE(r.downloaded, 6);
    const QList<QByteArray> onDisk = f.server.messagesOnDisk("sync");
    QSet<QByteArray> expected;
    for (const QByteArray &m : onDisk)
        expected.insert(crlf(m));
    for (const auto &m : f.stored()) {
        QVERIFY(m.isDownloaded());
        QFile file(m.rawPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(expected.remove(bytes), qPrintable(m.summary.subject));
        QCOMPARE(m.rawSize, qint64(bytes.size()));
    }
    QVERIFY(expected.isEmpty());
    r = f.run(Operation::Download);
    QVERIFY(r.ok());
    QCOMPARE(r.downloaded, 0);
    QVERIFY(!f.clientLines.join(' ').contains("RETR"));
    QCOMPARE(f.server.messagesOnDisk("sync").size(), 6); // kept on the server
}

void TestSync::deleteAfterDownloadEmptiesTheServer()
{
    Fixture f(4, Account::RetentionPolicy::DeleteAfterDownload);
    QVERIFY(f.ok);
    const SyncResult r = f.run(Operation::Download);
    QVERIFY2(r.ok(), qPrintable(r.error.message + r.storeError));
    QCOMPARE(r.downloaded, 4);
    QCOMPARE(r.deleted, 4);
    QVERIFY(f.server.messagesOnDisk("sync").isEmpty());
    for (const auto &m : f.stored()) {
        QVERIFY(m.isDownloaded());
        QVERIFY(!m.onServer);
        QVERIFY(m.deletedAt.isValid());
    }
    // Each DELE went out after its message's commit, never before its RETR finished.
    const QByteArray trace = f.clientLines.join('\n');
    QVERIFY(trace.indexOf("DELE") > trace.lastIndexOf("RETR") || r.downloaded > 50);
}

void TestSync::deleteOnServerWithoutDownloading()
{
    Fixture f(3);
    QVERIFY(f.ok);
    QVERIFY(f.run(Operation::Check).ok());
    const QByteArray spam = f.uidOf(2);
    QVERIFY(!spam.isEmpty());
    const SyncResult r = f.run(Operation::DeleteOnServer, {spam});
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.deleted, 1);
    QVERIFY(!f.clientLines.join(' ').contains("RETR"));
    QCOMPARE(f.server.messagesOnDisk("sync").size(), 2);
    const auto m = f.profile->messages().message(f.account.id, spam).value();
    QVERIFY(m && !m->onServer && !m->isDownloaded() && m->deletedAt.isValid());
    for (const QByteArray &left : f.server.messagesOnDisk("sync"))
        QVERIFY(!left.contains("Subject: Message 2\n"));
}

void TestSync::sizeLimitKeepsHeadersOnlyUntilAsked()
{
    Fixture f(4);
    QVERIFY(f.ok);
    f.account.sizeLimit = 2000; // message 3 has a 5000-byte body
    SyncResult r = f.run(Operation::Download);
    QVERIFY(r.ok());
    QCOMPARE(r.downloaded, 3);
    QCOMPARE(r.skippedOversized, 1);
    const QByteArray big = f.uidOf(3);
    QVERIFY(!f.profile->messages().message(f.account.id, big).value()->isDownloaded());
    r = f.run(Operation::Download, {big});
    QVERIFY(r.ok());
    QCOMPARE(r.downloaded, 1);
    QVERIFY(f.profile->messages().message(f.account.id, big).value()->isDownloaded());
}

void TestSync::deleteWhenDeletedLocally()
{
    Fixture f(3, Account::RetentionPolicy::DeleteWhenDeletedLocally);
    QVERIFY(f.ok);
    QVERIFY(f.run(Operation::Download).ok());
    QCOMPARE(f.server.messagesOnDisk("sync").size(), 3);
    QString error;
    QVERIFY(f.profile->trash().deleteForGood(f.account.id, {f.uidOf(1)}, nullptr, &error));
    const SyncResult r = f.run(Operation::Check);
    QVERIFY(r.ok());
    QCOMPARE(r.deleted, 1);
    QCOMPARE(f.server.messagesOnDisk("sync").size(), 2);
    QCOMPARE(f.run(Operation::Download).downloaded, 0); // not fetched again
}

void TestSync::deleteWhenDeletedLocallyWaitsForTheTrash_data()
{
    QTest::addColumn<QByteArray>("cut");
    QTest::newRow("no cut") << QByteArray();
    // QUIT reached the server (which deleted), its +OK never reached Poplar.
    QTest::newRow("QUIT reply lost") << QByteArray("drop-quit-reply");
    // The connection broke after DELE, before QUIT: the server deleted nothing.
    QTest::newRow("cut before QUIT") << QByteArray("cut-before-quit");
}

/// "Delete on the server when deleted in Poplar": nothing while the message is only in the Trash;
/// once it leaves the Trash (committed, and the profile reopened as after a crash), the next check
/// sends DELE for it, and once the server has deleted it no check sends DELE again.
void TestSync::deleteWhenDeletedLocallyWaitsForTheTrash()
{
    QFETCH(QByteArray, cut);
    Fixture f(3, Account::RetentionPolicy::DeleteWhenDeletedLocally);
    QVERIFY(f.ok);
    auto deles = [&f] {
        int n = 0;
        for (const QByteArray &line : std::as_const(f.clientLines))
            n += line.startsWith("DELE ") ? 1 : 0;
        return n;
    };
    QCOMPARE(f.run(Operation::Download).downloaded, 3);
    const QByteArray uid = f.uidOf(1);
    const QString file = f.profile->messages().message(f.account.id, uid).value()->rawPath;
    QString error;
    QVector<QByteArray> moved;
    QVERIFY(f.profile->trash().moveToTrash(f.account.id, {uid}, &moved, &error));
    QCOMPARE(moved, QVector<QByteArray>{uid});
    QVERIFY(f.run(Operation::Check).ok());
    QCOMPARE(deles(), 0); // in the Trash: not deleted anywhere yet
    QCOMPARE(f.server.messagesOnDisk("sync").size(), 3);
    QVERIFY(QFile::exists(file));

    QVector<QByteArray> deleted;
    QVERIFY(f.profile->trash().empty(f.account.id, &deleted, &error));
    QCOMPARE(deleted, QVector<QByteArray>{uid});
    QVERIFY(!QFile::exists(file));
    QCOMPARE(f.server.messagesOnDisk("sync").size(), 3); // nothing sent yet
    // As after a crash: only what was committed is known to the next run.
    f.profile.reset();
    f.profile = Store::Profile::open(f.dir.path(), &error);
    QVERIFY2(f.profile, qPrintable(error));
    const auto row = f.profile->messages().message(f.account.id, uid).value();
    QVERIFY(row && row->localDeleted && row->deleteRequested && row->onServer && row->rawPath.isEmpty());

    if (!cut.isEmpty()) {
        Test::CuttingProxy proxy(f.server.pop3Port());
        QVERIFY(proxy.listen());
        if (cut == "drop-quit-reply")
            proxy.setDropReplyToCommand("QUIT");
        else
            proxy.setCutBeforeCommand("QUIT");
        const Account::AccountSettings direct = f.account;
        f.account.security = Pop3::Security::Plain;
        f.account.port = proxy.port();
        QVERIFY(!f.run(Operation::Check).ok());
        f.account = direct;
        QCOMPARE(deles(), 1);
        QVERIFY(proxy.hasFired());
        // Dovecot deletes on QUIT only.
        QCOMPARE(f.server.messagesOnDisk("sync").size(), cut == "drop-quit-reply" ? 2 : 3);
        QVERIFY(f.profile->messages().message(f.account.id, uid).value()->deleteRequested);
    }
    SyncResult r = f.run(Operation::Check);
    QVERIFY(r.ok());
    // Sent again only when the server still lists the message, i.e. it never took the first DELE.
    QCOMPARE(deles(), cut == "drop-quit-reply" ? 0 : 1);
    QCOMPARE(r.deleted, cut == "drop-quit-reply" ? 0 : 1);
    QCOMPARE(f.server.messagesOnDisk("sync").size(), 2);
    for (const QByteArray &left : f.server.messagesOnDisk("sync"))
        QVERIFY(!left.contains("Subject: Message 1\n"));
    const auto gone = f.profile->messages().message(f.account.id, uid).value();
    QVERIFY(gone && !gone->onServer && gone->localDeleted);

    // Never twice, never fetched again.
    r = f.run(Operation::Download);
    QVERIFY(r.ok());
    QCOMPARE(deles(), 0);
    QCOMPARE(r.downloaded, 0);
}

void TestSync::deleteAfterDays()
{
    Fixture f(2, Account::RetentionPolicy::DeleteAfterDays);
    QVERIFY(f.ok);
    f.account.policyDays = 30;
    SyncResult r = f.run(Operation::Download);
    QVERIFY(r.ok());
    QCOMPARE(r.deleted, 0); // downloaded today: kept for 30 days
    QCOMPARE(f.server.messagesOnDisk("sync").size(), 2);
    f.account.policyDays = 0;
    r = f.run(Operation::Check);
    QVERIFY(r.ok());
    QCOMPARE(r.deleted, 2);
    QVERIFY(f.server.messagesOnDisk("sync").isEmpty());
}

void TestSync::quitGoesBehindTheLastRetrOnlyWithoutDeletions()
{
    // Nothing to delete: QUIT is sent with the RETRs, before their replies, and every message
    // is still stored before the run reports success.
    Fixture keep(5);
    QVERIFY(keep.ok);
    SyncResult r = keep.run(Operation::Download);
    QVERIFY2(r.ok(), qPrintable(r.error.message + r.storeError));
    QCOMPARE(r.downloaded, 5);
    QCOMPARE(keep.clientLines.indexOf("QUIT"), keep.clientLines.lastIndexOf("RETR 5") + 1);
    const qsizetype quit = keep.trace.indexOf("C: QUIT");
    QVERIFY(quit > 0);
    int repliesAfterQuit = 0;
    for (qsizetype i = quit + 1; i < keep.trace.size(); ++i)
        repliesAfterQuit += keep.trace.at(i).startsWith("S: +OK") ? 1 : 0;
    QCOMPARE(repliesAfterQuit, 6); // five messages, then QUIT's own
    QCOMPARE(keep.stored().size(), 5);
    for (const auto &m : keep.stored())
        QVERIFY(m.isDownloaded() && QFile::exists(m.rawPath));

    // Deletions follow the downloads (0 days: as soon as they are stored): QUIT waits for them.
    Fixture prune(3, Account::RetentionPolicy::DeleteAfterDays);
    QVERIFY(prune.ok);
    prune.account.policyDays = 0;
    r = prune.run(Operation::Download);
    QVERIFY2(r.ok(), qPrintable(r.error.message + r.storeError));
    QCOMPARE(r.downloaded, 3);
    QCOMPARE(r.deleted, 3);
    QCOMPARE(prune.clientLines.last(), QByteArray("QUIT"));
    QVERIFY(prune.trace.indexOf("C: QUIT") > prune.trace.lastIndexOf("C: DELE 3"));
    QVERIFY(prune.server.messagesOnDisk("sync").isEmpty());

    // One message the user asked to delete on the server: the same.
    Fixture marked(3);
    QVERIFY(marked.ok);
    QVERIFY(marked.run(Operation::Check).ok());
    const QByteArray unwanted = marked.uidOf(1);
    QVERIFY(marked.profile->messages().setDeleteRequested(marked.account.id, {unwanted}, true, nullptr));
    r = marked.run(Operation::Download);
    QVERIFY2(r.ok(), qPrintable(r.error.message + r.storeError));
    QCOMPARE(r.deleted, 1);
    QVERIFY(marked.trace.indexOf("C: QUIT") > marked.trace.lastIndexOf("C: DELE 1"));
    QCOMPARE(marked.server.messagesOnDisk("sync").size(), 2);
}

void TestSync::messagesGoneFromServerAreMarked()
{
    Fixture f(3);
    QVERIFY(f.ok);
    QVERIFY(f.run(Operation::Check).ok());
    QFile::remove(f.server.messageFilesOnDisk("sync").first()); // another client took it
    QVERIFY(f.run(Operation::Check).ok());
    int gone = 0;
    for (const auto &m : f.stored())
        gone += m.onServer ? 0 : 1;
    QCOMPARE(gone, 1);
}

void TestSync::wrongPasswordIsTyped()
{
    Fixture f(1);
    QVERIFY(f.ok);
    const SyncResult r = f.run(Operation::Check, {}, "wrong");
    QCOMPARE(r.error.kind, Pop3::Error::Kind::AuthenticationFailed);
    QVERIFY(f.stored().isEmpty());
}

void TestSync::serverWithoutUidlUsesHeaderKeys()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    Account::AccountSettings account;
    account.name = QStringLiteral("legacy");
    account.host = QStringLiteral("legacy.example");
    account.port = 110;
    account.security = Pop3::Security::Plain;
    account.auth = Pop3::AuthMethod::User;
    account.user = QStringLiteral("u");
    account.policy = Account::RetentionPolicy::DeleteAfterDownload;
    account.id = profile->accounts().add(account, &error);
    QList<QByteArray> messages{crlf(message(1)), crlf(message(2)), crlf(message(2)), crlf(message(3))};

    auto runOnce = [&](QList<QByteArray> onServer) {
        Test::FakeTransportFactory factory;
        NoUidlServer server(factory, std::move(onServer));
        Sync::SyncEngine engine(profile->messages(), &factory);
        QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
        engine.start({Operation::Download, account, "pw", {}});
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs); }();
        return std::make_pair(finished.first().first().value<SyncResult>(), server.deleted);
    };
    const auto [first, deletedFirst] = runOnce(messages);
    QVERIFY2(first.ok(), qPrintable(first.error.message + first.storeError));
    QVERIFY(first.usedFallbackKeys);
    QCOMPARE(first.downloaded, 4); // identical copies are still two messages
    QCOMPARE(deletedFirst.size(), 4);
    // The same mailbox again, as if QUIT had not been confirmed: nothing is fetched twice.
    const auto [second, deletedSecond] = runOnce(messages);
    QVERIFY(second.ok());
    QCOMPARE(second.downloaded, 0);
    QCOMPARE(profile->messages().count(account.id).value(), 4);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"

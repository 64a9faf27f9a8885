// Hostile servers at the sync level: a SyncEngine over real sockets against a MailboxServer
// whose listings, sizes and replies lie, with a Store::Profile in a temporary directory. After
// every run (and a rerun against an honest server) every message ever put on the server is
// either still there or stored exactly once, and nothing is downloaded twice.

#include "HostileClient.h"
#include "MailboxServer.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;
using namespace Poplar::Test;
using Account::RetentionPolicy;
using Sync::Operation;
using Sync::SyncResult;
using Kind = Pop3::Error::Kind;

namespace {

QByteArray message(int n, int bodyBytes = 300)
{
    QByteArray body;
    while (body.size() < bodyBytes)
        body += (body.size() % 5 == 0 ? "." : "") + QByteArray("line of message ") + QByteArray::number(n) + "\r\n";
    return "Message-ID: <" + QByteArray::number(n) + "@hostile.test>\r\n"
           "Date: Tue, 07 Nov 2023 10:00:00 +0000\r\n"
           "From: Sender <s@example.net>\r\n"
           "Subject: Message " + QByteArray::number(n) + "\r\n\r\n" + body;
}

/// A maildrop of `count` messages with UIDLs uid-1, uid-2, ...
QList<MailboxMessage> maildrop(int count)
{
    QList<MailboxMessage> messages;
    for (int i = 1; i <= count; ++i)
        messages.append({message(i), "uid-" + QByteArray::number(i)});
    return messages;
}

/// A profile with one account on a MailboxServer, and every message ever offered.
class Fixture {
public:
    explicit Fixture(QList<MailboxMessage> messages, RetentionPolicy policy = RetentionPolicy::DeleteAfterDownload)
    {
        server.messages = messages;
        for (const MailboxMessage &m : messages)
            everOffered << m.content;
        ok = server.listenLocal();
        QString error;
        profile = Store::Profile::open(dir.path(), &error);
        ok = ok && profile;
        account.name = QStringLiteral("hostile");
        account.host = QStringLiteral("127.0.0.1");
        account.port = server.port();
        account.security = Pop3::Security::Plain;
        account.auth = Pop3::AuthMethod::User;
        account.user = QStringLiteral("alice");
        account.policy = policy;
        account.id = ok ? profile->accounts().add(account, &error) : 0;
        ok = ok && account.id > 0;
    }

    SyncResult run(Operation operation = Operation::Download, const QByteArray &secret = "pw")
    {
        Sync::SyncEngine engine(profile->messages());
        QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
        engine.start({operation, account, secret, {}});
        if (!spinUntil([&] { return !finished.isEmpty(); }, 20000)) {
            SyncResult hung;
            hung.storeError = QStringLiteral("the sync run did not finish");
            return hung;
        }
        return finished.first().first().value<SyncResult>();
    }

    /// Bytes of every downloaded message in the store.
    QByteArrayList storedContents() const
    {
        QByteArrayList contents;
        for (const Store::StoredMessage &m : profile->messages().messages(account.id).value()) {
            if (!m.isDownloaded())
                continue;
            QFile file(m.rawPath);
            contents << (file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>"));
        }
        return contents;
    }

    /// Bytes of every .eml file under the profile, whether or not a row names it.
    QByteArrayList filesOnDisk() const
    {
        QByteArrayList contents;
        QDirIterator it(dir.path(), {QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                contents << file.readAll();
        }
        return contents;
    }

    /// Empty when every message ever offered is on the server or stored exactly once (row and
    /// file), and no other file exists; otherwise what is wrong.
    QString lostOrTwice() const
    {
        const QByteArrayList stored = storedContents();
        const QByteArrayList files = filesOnDisk();
        for (const QByteArray &content : everOffered) {
            const QByteArray subject = content.mid(content.indexOf("Subject: ") + 9, 12).trimmed();
            if (stored.count(content) > 1 || files.count(content) > 1)
                return QStringLiteral("stored twice: %1").arg(QString::fromLatin1(subject));
            if (!server.holds(content) && stored.count(content) != 1)
                return QStringLiteral("lost: %1 is neither on the server nor stored").arg(QString::fromLatin1(subject));
        }
        for (const QByteArray &bytes : stored) {
            if (!everOffered.contains(bytes))
                return QStringLiteral("stored bytes that differ from every message offered (%1 bytes)").arg(bytes.size());
        }
        return {};
    }

    bool serverSaw(const QByteArray &command) const { return server.commands.contains(command); }

    MailboxServer server;
    QByteArrayList everOffered;
    QTemporaryDir dir;
    std::unique_ptr<Store::Profile> profile;
    Account::AccountSettings account;
    bool ok = false;
};

QString describe(const SyncResult &r)
{
    return QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(Pop3::Error::kindName(r.error.kind)), r.error.message,
                                          r.storeError);
}

} // namespace

class TestHostileSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<SyncResult>(); }
    void oddUidls_data();
    void oddUidls();
    void uidlNamesOneNumberTwice();
    void uidlAndListDisagree_data();
    void uidlAndListDisagree();
    void sizesThatLie_data();
    void sizesThatLie();
    void errInMiddleOfPipeline_data();
    void errInMiddleOfPipeline();
    void listRefused();
    void connectionClosedAroundQuit_data();
    void connectionClosedAroundQuit();
    void typedFieldsRefused_data();
    void typedFieldsRefused();
};

void TestHostileSync::oddUidls_data()
{
    QTest::addColumn<QByteArray>("uid2");   // message 2's UIDL ("" leaves it out of the listing)
    QTest::addColumn<QByteArray>("uid3");   // message 3's UIDL
    QTest::addColumn<int>("unusable");      // how many of the four cannot be keyed
    QTest::newRow("71 characters") << QByteArray(71, 'a') << QByteArray("uid-3") << 1;
    QTest::newRow("exactly 70 characters") << QByteArray(70, 'b') << QByteArray("uid-3") << 0;
    QTest::newRow("missing") << QByteArray() << QByteArray("uid-3") << 1;
    QTest::newRow("duplicated") << QByteArray("same") << QByteArray("same") << 2;
    QTest::newRow("control character") << QByteArray("ab\x01" "cd") << QByteArray("uid-3") << 1;
    QTest::newRow("escape sequence") << QByteArray("\x1b[31mred") << QByteArray("uid-3") << 1;
    QTest::newRow("DEL") << QByteArray("ab\x7f") << QByteArray("uid-3") << 1;
    QTest::newRow("8-bit") << QByteArray("caf\xe9") << QByteArray("uid-3") << 1;
    QTest::newRow("embedded CR") << QByteArray("ab\rcd") << QByteArray("uid-3") << 1;
    QTest::newRow("NUL") << QByteArray("ab\0cd", 5) << QByteArray("uid-3") << 1;
    QTest::newRow("path traversal") << QByteArray("../../etc/passwd") << QByteArray("uid-3") << 0;
}

/// Messages that cannot be keyed are left alone on the server: neither fetched nor deleted.
void TestHostileSync::oddUidls()
{
    QFETCH(QByteArray, uid2);
    QFETCH(QByteArray, uid3);
    QFETCH(int, unusable);
    QList<MailboxMessage> messages = maildrop(4);
    messages[1].uid = uid2;
    messages[2].uid = uid3;
    Fixture f(messages);
    QVERIFY(f.ok);
    const SyncResult r = f.run();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.downloaded, 4 - unusable);
    QVERIFY(r.unusableListings >= unusable);
    QCOMPARE(f.server.messages.size(), unusable);
    for (const MailboxMessage &left : std::as_const(f.server.messages)) {
        const QByteArray n = left.content.mid(left.content.indexOf("Subject: Message ") + 17, 1);
        QVERIFY2(!f.serverSaw("RETR " + n) && !f.serverSaw("DELE " + n), n.constData());
    }
    QVERIFY2(f.lostOrTwice().isEmpty(), qPrintable(f.lostOrTwice()));
    const SyncResult again = f.run();
    QVERIFY(again.ok());
    QCOMPARE(again.downloaded, 0);
    QVERIFY2(f.lostOrTwice().isEmpty(), qPrintable(f.lostOrTwice()));
}

/// "1 a" and "1 b" in one UIDL listing: the server contradicts itself about message 1, which
/// must then be left alone. Here "a" was downloaded in an earlier run, and "b" is a new message
/// (only its headers are fetched by a check); deleting message 1 as "a" would lose "b".
void TestHostileSync::uidlNamesOneNumberTwice()
{
    Fixture f({{message(1), "a"}}, RetentionPolicy::Keep);
    QVERIFY(f.ok);
    QVERIFY(f.run().ok());
    QCOMPARE(f.storedContents().size(), 1);
    // Another client took message "a"; a new one arrived and is now message 1.
    f.server.messages = {{message(2), "b"}};
    f.everOffered << message(2);
    f.server.uidlBody = "1 a\r\n1 b\r\n";
    f.account.policy = RetentionPolicy::DeleteAfterDownload;
    const SyncResult r = f.run(Operation::Check);
    const QString lost = f.lostOrTwice();
    const QByteArray transcript = f.server.commands.join(" | ");
    QVERIFY2(!f.serverSaw("DELE 1"), qPrintable(QStringLiteral("message 1 deleted though its identity is "
                                                               "contradictory (%1); client sent: %2")
                                                    .arg(lost, QString::fromLatin1(transcript))));
    QVERIFY2(lost.isEmpty(), qPrintable(lost));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
}

void TestHostileSync::uidlAndListDisagree_data()
{
    QTest::addColumn<QByteArray>("uidlBody");
    QTest::addColumn<QByteArray>("listBody");
    QTest::addColumn<int>("downloaded");
    QTest::newRow("LIST has one more") << QByteArray("1 uid-1\r\n2 uid-2\r\n3 uid-3\r\n") << QByteArray() << 3;
    QTest::newRow("UIDL has one more") << QByteArray("1 uid-1\r\n2 uid-2\r\n3 uid-3\r\n4 uid-4\r\n5 uid-5\r\n")
                                       << QByteArray() << 4;
    QTest::newRow("LIST names a message twice") << QByteArray() << QByteArray("1 400\r\n1 400\r\n2 400\r\n3 400\r\n4 400\r\n")
                                                << 4;
    QTest::newRow("LIST empty") << QByteArray() << QByteArray("\r\n") << 0;
    QTest::newRow("UIDL garbage") << QByteArray("this is not\r\na listing at all\r\n") << QByteArray() << 0;
    QTest::newRow("LIST garbage") << QByteArray() << QByteArray("x y\r\n-1 5\r\n0 7\r\n99999999999 1\r\n") << 0;
}

void TestHostileSync::uidlAndListDisagree()
{
    QFETCH(QByteArray, uidlBody);
    QFETCH(QByteArray, listBody);
    QFETCH(int, downloaded);
    Fixture f(maildrop(4));
    QVERIFY(f.ok);
    f.server.uidlBody = uidlBody;
    f.server.listBody = listBody;
    const SyncResult r = f.run();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.downloaded, downloaded);
    QVERIFY(!f.serverSaw("RETR 5") && !f.serverSaw("DELE 5"));
    QCOMPARE(f.server.messages.size(), 4 - downloaded);
    QVERIFY2(f.lostOrTwice().isEmpty(), qPrintable(f.lostOrTwice()));
    // An honest listing afterwards: the rest comes, nothing twice.
    f.server.uidlBody.clear();
    f.server.listBody.clear();
    const SyncResult again = f.run();
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.downloaded, 4 - downloaded);
    QVERIFY(f.server.messages.isEmpty());
    QVERIFY2(f.lostOrTwice().isEmpty(), qPrintable(f.lostOrTwice()));
}

void TestHostileSync::sizesThatLie_data()
{
    QTest::addColumn<int>("actualBytes");
    QTest::addColumn<qint64>("listedSize");
    QTest::addColumn<qint64>("sizeLimit");
    QTest::addColumn<bool>("downloaded");
    QTest::newRow("larger than listed") << 300000 << qint64(100) << qint64(0) << true;
    QTest::newRow("smaller than listed") << 2000 << qint64(10000000) << qint64(0) << true;
    QTest::newRow("listed as 0") << 2000 << qint64(0) << qint64(0) << true;
    QTest::newRow("larger than listed, over the size limit") << 300000 << qint64(100) << qint64(50000) << true;
    QTest::newRow("listed over the size limit, actually small") << 2000 << qint64(10000000) << qint64(50000) << false;
}

void TestHostileSync::sizesThatLie()
{
    QFETCH(int, actualBytes);
    QFETCH(qint64, listedSize);
    QFETCH(qint64, sizeLimit);
    QFETCH(bool, downloaded);
    QList<MailboxMessage> messages = maildrop(3);
    messages[1] = {message(2, actualBytes), "uid-2", listedSize};
    Fixture f(messages);
    QVERIFY(f.ok);
    f.account.sizeLimit = sizeLimit;
    const SyncResult r = f.run();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.downloaded, downloaded ? 3 : 2);
    QCOMPARE(f.server.holds(messages[1].content), !downloaded);
    const auto stored = f.profile->messages().message(f.account.id, "uid-2").value();
    QVERIFY(stored);
    QCOMPARE(stored->isDownloaded(), downloaded);
    if (downloaded)
        QCOMPARE(stored->rawSize, qint64(messages[1].content.size())); // what arrived, not what LIST said
    QVERIFY2(f.lostOrTwice().isEmpty(), qPrintable(f.lostOrTwice()));
    const SyncResult again = f.run();
    QVERIFY(again.ok());
    QCOMPARE(again.downloaded, 0);
    QVERIFY2(f.lostOrTwice().isEmpty(), qPrintable(f.lostOrTwice()));
}

void TestHostileSync::errInMiddleOfPipeline_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("RETR -ERR") << QByteArray("RETR 3") << QByteArray("-ERR [SYS/TEMP] message locked\r\n");
    QTest::newRow("RETR -ERR without code") << QByteArray("RETR 1") << QByteArray("-ERR no\r\n");
    QTest::newRow("TOP -ERR") << QByteArray("TOP 2 20") << QByteArray("-ERR no such message\r\n");
    QTest::newRow("DELE -ERR") << QByteArray("DELE 4") << QByteArray("-ERR cannot delete\r\n");
}

void TestHostileSync::errInMiddleOfPipeline()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, reply);
    Fixture f(maildrop(5));
    QVERIFY(f.ok);
    f.server.overrides.insert(command, reply);
    const SyncResult r = f.run();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    // A failed TOP only costs the preview; a failed RETR or DELE leaves that message on the server.
    const bool retrFailed = command.startsWith("RETR");
    const int left = command.startsWith("TOP") ? 0 : 1;
    QCOMPARE(r.downloaded, retrFailed ? 4 : 5);
    QCOMPARE(r.deleted, 5 - left);
    QCOMPARE(f.server.messages.size(), left);
    QVERIFY2(f.lostOrTwice().isEmpty(), qPrintable(f.lostOrTwice()));
    f.server.overrides.clear();
    const SyncResult again = f.run();
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.downloaded, retrFailed ? 1 : 0);
    QVERIFY(f.server.messages.isEmpty());
    QVERIFY2(f.lostOrTwice().isEmpty(), qPrintable(f.lostOrTwice()));
}

/// A -ERR to LIST ends the run with the server's own words, not as if the user had stopped it.
void TestHostileSync::listRefused()
{
    Fixture f(maildrop(2));
    QVERIFY(f.ok);
    f.server.overrides.insert("LIST", "-ERR [SYS/TEMP] maildrop busy\r\n");
    const SyncResult r = f.run();
    QVERIFY(r.error.isError());
    QVERIFY2(r.error.kind != Kind::Aborted, qPrintable(describe(r)));
    QVERIFY2(r.error.serverText.contains("maildrop busy"), qPrintable(describe(r)));
    QCOMPARE(r.downloaded, 0);
    QCOMPARE(f.server.messages.size(), 2);
    QVERIFY2(f.lostOrTwice().isEmpty(), qPrintable(f.lostOrTwice()));
}

void TestHostileSync::connectionClosedAroundQuit_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("before the reply, nothing expunged") << int(MailboxServer::QuitMode::CloseWithoutUpdate);
    QTest::newRow("before the reply, expunged") << int(MailboxServer::QuitMode::UpdateThenClose);
    QTest::newRow("during the reply") << int(MailboxServer::QuitMode::UpdateThenPartialReply);
    QTest::newRow("after the reply") << int(MailboxServer::QuitMode::Normal);
}

void TestHostileSync::connectionClosedAroundQuit()
{
    QFETCH(int, mode);
    Fixture f(maildrop(3));
    QVERIFY(f.ok);
    f.server.quitMode = MailboxServer::QuitMode(mode);
    const SyncResult r = f.run();
    QCOMPARE(r.downloaded, 3);
    if (f.server.quitMode == MailboxServer::QuitMode::Normal) {
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.deleted, 3);
    } else {
        QCOMPARE(r.error.kind, Kind::ConnectionClosed);
        QCOMPARE(r.deleted, 0); // never counted without QUIT's +OK
    }
    QVERIFY2(f.lostOrTwice().isEmpty(), qPrintable(f.lostOrTwice()));
    f.server.quitMode = MailboxServer::QuitMode::Normal;
    const SyncResult again = f.run();
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.downloaded, 0);
    QVERIFY(f.server.messages.isEmpty());
    QVERIFY2(f.lostOrTwice().isEmpty(), qPrintable(f.lostOrTwice()));
    for (const Store::StoredMessage &m : f.profile->messages().messages(f.account.id).value())
        QVERIFY(!m.onServer);
}

void TestHostileSync::typedFieldsRefused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("CRLF in user") << QStringLiteral("alice\r\nDELE 1") << QStringLiteral("127.0.0.1") << QByteArray("pw");
    QTest::newRow("NUL in user") << QStringLiteral("ali") + QChar(0) + QStringLiteral("ce") << QStringLiteral("127.0.0.1")
                                 << QByteArray("pw");
    QTest::newRow("LF in host") << QStringLiteral("alice") << QStringLiteral("127.0.0.1\n") << QByteArray("pw");
    QTest::newRow("CR in password") << QStringLiteral("alice") << QStringLiteral("127.0.0.1") << QByteArray("p\rw");
    QTest::newRow("NUL in password") << QStringLiteral("alice") << QStringLiteral("127.0.0.1") << QByteArray("p\0w", 3);
}

void TestHostileSync::typedFieldsRefused()
{
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(QByteArray, secret);
    Fixture f(maildrop(1));
    QVERIFY(f.ok);
    f.account.user = user;
    f.account.host = host;
    const SyncResult r = f.run(Operation::Download, secret);
    QCOMPARE(r.error.kind, Kind::InvalidSettings);
    QVERIFY(connectBehind(f.server.port()));
    QCOMPARE(f.server.connections(), 1); // only connectBehind's
    QVERIFY(f.server.commands.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostileSync)
#include "tst_hostile_sync.moc"

// A second real server: GNU Mailutils' pop3d (tests/testlib/MailutilsServer), with nothing but
// host, user and password. The same check / download / delete on the server / export flow as
// against Dovecot, through the application's sync engine and through poplar-sync, over plain,
// STLS and implicit TLS; and what Mailutils does differently: an APOP timestamp in every greeting
// without APOP secrets, EXPIRE and LOGIN-DELAY spelled its own way, headers it adds to messages.

#include "MailutilsServer.h"
#include "SyncProcess.h"
#include "store/Export.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;
using Sync::Operation;
using Sync::SyncResult;

namespace {

constexpr int WaitMs = 60000;
const QByteArray Password = "mu-secret";

QByteArray message(int n)
{
    QByteArray body;
    for (int i = 0; i < 12; ++i)
        body += "line " + QByteArray::number(i) + " of mailutils message " + QByteArray::number(n) + '\n';
    return "Message-ID: <" + QByteArray::number(n) + "@mailutils.test>\n"
           "Date: Tue, 07 Nov 2023 10:00:0" + QByteArray::number(n) + " +0000\n"
           "From: Sender " + QByteArray::number(n) + " <s" + QByteArray::number(n) + "@example.net>\n"
           "Subject: Mailutils " + QByteArray::number(n) + "\n\n" + body;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Pop3::Security securityFor(const QString &name)
{
    return *Pop3::securityFromName(name);
}

} // namespace

class TestMailutils : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void engineFlow_data();
    void engineFlow();
    void syncToolFlow_data();
    void syncToolFlow();
    void apopRefusedOverPlaintextIsNamed();
    void plaintextFallbackLogsInWithUser();
    void tlsNeverTriesApop();
    void expireAsMailutilsSpellsItWarns();

private:
    Account::AccountSettings account(const QByteArray &user, const QString &security) const;
    SyncResult run(Store::Profile &profile, const Account::AccountSettings &account, Operation operation,
                   const QVector<QByteArray> &uids = {}, QByteArrayList *clientLines = nullptr) const;
    Test::SyncProcessResult sync(const QString &profile, const QStringList &arguments) const;
    bool addMailbox(const QByteArray &user, int messages);

    std::unique_ptr<Test::MailutilsServer> m_server;
};

void TestMailutils::initTestCase()
{
    qRegisterMetaType<SyncResult>();
    QVERIFY2(QFile::exists(QStringLiteral(POPLAR_SYNC_PATH)), POPLAR_SYNC_PATH);
    if (Test::MailutilsServer::needsRoot())
        QSKIP("GNU Mailutils' pop3d starts only as root (it always switches to group mail)");
    m_server = std::make_unique<Test::MailutilsServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    for (const char *mode : {"plain", "starttls", "tls"}) {
        QVERIFY(addMailbox(QByteArray("engine-") + mode, 3));
        QVERIFY(addMailbox(QByteArray("tool-") + mode, 3));
    }
    QVERIFY(addMailbox("apop", 1));
    QVERIFY(addMailbox("fallback", 1));
    QVERIFY(addMailbox("tlsonly", 1));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestMailutils::cleanupTestCase()
{
    if (m_server && QTest::currentTestFailed())
        qWarning().noquote() << "pop3d log (tail):\n" << m_server->logContents().right(4000);
    m_server.reset();
}

bool TestMailutils::addMailbox(const QByteArray &user, int messages)
{
    if (!m_server->addUser(user, Password))
        return false;
    for (int n = 1; n <= messages; ++n) {
        if (!m_server->addMessage(user, message(n)))
            return false;
    }
    return true;
}

Account::AccountSettings TestMailutils::account(const QByteArray &user, const QString &security) const
{
    Account::AccountSettings a;
    a.name = QString::fromLatin1(user);
    a.host = QStringLiteral("127.0.0.1");
    a.security = securityFor(security);
    a.port = a.security == Pop3::Security::ImplicitTls ? m_server->pop3sPort() : m_server->pop3Port();
    a.user = QString::fromLatin1(Test::MailutilsServer::loginName(user));
    a.caFile = m_server->caCertificatePath();
    return a;
}

SyncResult TestMailutils::run(Store::Profile &profile, const Account::AccountSettings &account, Operation operation,
                              const QVector<QByteArray> &uids, QByteArrayList *clientLines) const
{
    Sync::SyncEngine engine(profile.messages());
    QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
    if (clientLines) {
        QObject::connect(&engine, &Sync::SyncEngine::protocolTrace, &engine,
                         [clientLines](Pop3::Session::Direction d, const QByteArray &line) {
                             if (d == Pop3::Session::Direction::Client)
                                 *clientLines << line;
                         });
    }
    engine.start({operation, account, Password, uids});
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, WaitMs))
        return {};
    return finished.first().first().value<SyncResult>();
}

Test::SyncProcessResult TestMailutils::sync(const QString &profile, const QStringList &arguments) const
{
    return Test::runPoplarSync(QStringLiteral(POPLAR_SYNC_PATH), QStringList{QStringLiteral("--profile"), profile} + arguments,
                               WaitMs);
}

void TestMailutils::engineFlow_data()
{
    QTest::addColumn<QString>("security");
    QTest::newRow("plain") << QStringLiteral("plain");
    QTest::newRow("starttls") << QStringLiteral("starttls");
    QTest::newRow("tls") << QStringLiteral("tls");
}

void TestMailutils::engineFlow()
{
    QFETCH(QString, security);
    const QByteArray user = "engine-" + security.toLatin1();
    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.filePath(QStringLiteral("profile")), &error);
    QVERIFY2(profile, qPrintable(error));
    Account::AccountSettings a = account(user, security);
    // Over plaintext the greeting's APOP timestamp comes first; the account allows the fallback.
    a.allowPlaintextFallback = a.security == Pop3::Security::Plain;
    a.id = profile->accounts().add(a, &error);
    QVERIFY2(a.id > 0, qPrintable(error));

    // Check: every message listed with its headers and preview lines.
    SyncResult r = run(*profile, a, Operation::Check);
    QVERIFY2(r.ok(), qPrintable(r.error.message + r.error.serverText + r.storeError));
    QCOMPARE(r.newMessages, 3);
    QCOMPARE(r.unusableListings, 0);
    QCOMPARE(r.headersUnavailable, 0);
    QVector<Store::StoredMessage> stored = profile->messages().messages(a.id).value();
    QCOMPARE(stored.size(), 3);
    for (const auto &m : stored) {
        QVERIFY(m.summary.subject.startsWith(QLatin1String("Mailutils ")));
        QVERIFY(m.summary.from.startsWith(QLatin1String("Sender ")));
        QVERIFY(m.headers.contains("line 0 of mailutils message"));
    }

    // Download: the first session rewrote the mbox with X-UIDL headers, so every message is now
    // larger than it was listed; the same UIDLs still name the same messages.
    r = run(*profile, a, Operation::Download);
    QVERIFY2(r.ok(), qPrintable(r.error.message + r.error.serverText + r.storeError));
    QCOMPARE(r.newMessages, 0);
    QCOMPARE(r.downloaded, 3);
    stored = profile->messages().messages(a.id).value();
    QCOMPARE(stored.size(), 3);
    for (const auto &m : stored) {
        QVERIFY(m.isDownloaded());
        const QByteArray bytes = readAll(m.rawPath);
        const int n = m.summary.subject.section(QLatin1Char(' '), 1).toInt();
        QVERIFY2(bytes.contains("X-UIDL: " + m.uid + "\r\n"), bytes.constData()); // added by the server
        QVERIFY(bytes.endsWith(message(n).mid(message(n).indexOf("\n\n") + 2).replace("\n", "\r\n")));
        QCOMPARE(m.rawSize, qint64(bytes.size()));
    }
    QCOMPARE(run(*profile, a, Operation::Download).downloaded, 0); // nothing twice

    // Delete one on the server without touching the others.
    std::sort(stored.begin(), stored.end(),
              [](const auto &x, const auto &y) { return x.summary.subject < y.summary.subject; });
    r = run(*profile, a, Operation::DeleteOnServer, {stored.at(1).uid});
    QVERIFY2(r.ok(), qPrintable(r.error.message + r.error.serverText));
    QCOMPARE(r.deleted, 1);
    const QList<QByteArray> left = m_server->messagesOnDisk(user);
    QCOMPARE(left.size(), 2);
    for (const QByteArray &m : left)
        QVERIFY(!m.contains("Subject: Mailutils 2\n"));

    // Export what was downloaded: three .eml files and an mbox of three.
    stored = profile->messages().messages(a.id).value();
    const QStringList written = Store::exportToFolder(stored, dir.filePath(QStringLiteral("eml")), &error);
    QCOMPARE(written.size(), 3);
    int exported = 0;
    QVERIFY2(Store::exportToMbox(stored, dir.filePath(QStringLiteral("all.mbox")), &error, nullptr, &exported),
             qPrintable(error));
    QCOMPARE(exported, 3);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("all.mbox"))).count("\nSubject: Mailutils "), 3);
}

void TestMailutils::syncToolFlow_data()
{
    engineFlow_data();
}

void TestMailutils::syncToolFlow()
{
    QFETCH(QString, security);
    const QByteArray user = "tool-" + security.toLatin1();
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const Account::AccountSettings a = account(user, security);
    QStringList add{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("mu"), QStringLiteral("--host"),
                    a.host, QStringLiteral("--port"), QString::number(a.port), QStringLiteral("--security"), security,
                    QStringLiteral("--user"), a.user, QStringLiteral("--ca-file"), a.caFile,
                    QStringLiteral("--password-command"), QStringLiteral("echo ") + QString::fromLatin1(Password)};
    if (security == QLatin1String("plain"))
        add << QStringLiteral("--plaintext-fallback") << QStringLiteral("yes");
    Test::SyncProcessResult r = sync(profile, add);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = sync(profile, {QStringLiteral("check"), QStringLiteral("mu")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = sync(profile, {QStringLiteral("list"), QStringLiteral("mu")});
    QCOMPARE(r.exitCode, 0);
    QByteArrayList lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines)
        QCOMPARE(line.split('\t').value(1), QByteArray("headers"));

    r = sync(profile, {QStringLiteral("download"), QStringLiteral("mu"), QStringLiteral("--all")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = sync(profile, {QStringLiteral("list"), QStringLiteral("mu")});
    lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QByteArray second;
    for (const QByteArray &line : lines) {
        QCOMPARE(line.split('\t').value(1), QByteArray("downloaded"));
        if (line.endsWith("Mailutils 2"))
            second = line.split('\t').first();
    }
    QVERIFY(!second.isEmpty());

    r = sync(profile, {QStringLiteral("delete"), QStringLiteral("mu"), QString::fromLatin1(second)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_server->messagesOnDisk(user).size(), 2);

    const QString folder = dir.filePath(QStringLiteral("eml"));
    r = sync(profile, {QStringLiteral("export"), QStringLiteral("mu"), QStringLiteral("--to"), folder,
                       QStringLiteral("--mbox"), dir.filePath(QStringLiteral("mu.mbox"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("mu.mbox"))).count("\nSubject: Mailutils "), 3);
}

void TestMailutils::apopRefusedOverPlaintextIsNamed()
{
    // Mailutils puts an APOP timestamp in every greeting; this user has no APOP secret. Over
    // plaintext automatic login tries APOP and, without the account's consent, sends no password.
    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    Account::AccountSettings a = account("apop", QStringLiteral("plain"));
    a.id = profile->accounts().add(a, &error);
    QByteArrayList lines;
    const SyncResult r = run(*profile, a, Operation::Check, {}, &lines);
    QCOMPARE(r.error.kind, Pop3::Error::Kind::AuthenticationFailed);
    QVERIFY2(r.error.message.contains(QLatin1String("APOP")), qPrintable(r.error.message));
    QVERIFY2(r.error.serverText.contains("Bad login"), r.error.serverText.constData());
    QVERIFY(lines.join('\n').contains("APOP "));
    QVERIFY(!lines.join('\n').contains("USER "));
}

void TestMailutils::plaintextFallbackLogsInWithUser()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    Account::AccountSettings a = account("fallback", QStringLiteral("plain"));
    a.allowPlaintextFallback = true;
    a.id = profile->accounts().add(a, &error);
    QByteArrayList lines;
    const SyncResult r = run(*profile, a, Operation::Check, {}, &lines);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const QByteArray trace = lines.join('\n');
    QVERIFY(trace.indexOf("APOP ") >= 0 && trace.indexOf("APOP ") < trace.indexOf("USER "));
    QVERIFY(r.server);
    QCOMPARE(r.server->loginMethod, QByteArray("USER"));
}

void TestMailutils::tlsNeverTriesApop()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    Account::AccountSettings a = account("tlsonly", QStringLiteral("tls"));
    a.id = profile->accounts().add(a, &error);
    QByteArrayList lines;
    const SyncResult r = run(*profile, a, Operation::Check, {}, &lines);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(!lines.join('\n').contains("APOP"));
    QVERIFY(lines.contains("USER " + Test::MailutilsServer::loginName("tlsonly")));
}

void TestMailutils::expireAsMailutilsSpellsItWarns()
{
    // Mailutils announces "EXPIRE0" (no space) and deletes what was retrieved; an account keeping
    // mail on the server is warned, and the server's EXPIRE is remembered as 0.
    Test::MailutilsServer server;
    server.setExpireDays(0);
    QVERIFY(server.addUser("expire", Password));
    QVERIFY(server.addMessage("expire", message(1)));
    QVERIFY2(server.start(), qPrintable(server.error()));
    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    Account::AccountSettings a;
    a.name = QStringLiteral("expire");
    a.host = QStringLiteral("127.0.0.1");
    a.port = server.pop3sPort();
    a.user = QString::fromLatin1(Test::MailutilsServer::loginName("expire"));
    a.caFile = server.caCertificatePath();
    a.id = profile->accounts().add(a, &error);
    Sync::SyncEngine engine(profile->messages());
    QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
    engine.start({Operation::Check, a, Password, {}});
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, WaitMs));
    const SyncResult r = finished.first().first().value<SyncResult>();
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY2(r.retentionWarning.contains(QLatin1String("EXPIRE 0")), qPrintable(r.retentionWarning));
    QVERIFY(r.server && r.server->expireDays == std::optional<int>(0));
}

QTEST_GUILESS_MAIN(TestMailutils)
#include "tst_mailutils.moc"

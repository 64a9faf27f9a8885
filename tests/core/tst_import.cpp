// Moving to Poplar from Thunderbird, mpop, fetchmail or getmail without downloading anything
// twice, end to end through poplar-sync against a real Dovecot: 50 messages on the server, the
// other program's state file says 30 were fetched; after the import a check finds exactly 20 new
// and download --all fetches exactly those 20. The other program's files stay as they were.
#include "DovecotServer.h"
#include "PoplarSyncRun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Poplar;

namespace {

const QByteArray Password = "moving-house";
constexpr int Total = 50;
constexpr int FetchedBefore = 30;

QByteArray makeMessage(int n)
{
    return QStringLiteral("From: sender%1@example.org\r\nTo: mover@example.org\r\nSubject: message %1\r\n"
                          "Message-ID: <m%1@example.org>\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\n\r\nBody %1\r\n")
        .arg(n)
        .toUtf8();
}

using Run = Test::SyncRun;

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// Every file under `dir` with its bytes, to show the import changed none of them.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        files.insert(file.fileName(), file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)"));
    }
    return files;
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void importThenNothingTwice_data();
    void importThenNothingTwice();

private:
    Run sync(const QString &profile, const QStringList &arguments, const QString &home = QString()) const;
    /// Writes the program's configuration and state file (the first FetchedBefore UIDLs) under
    /// `home`; returns the PATH to give `import`.
    QString writeProgramFiles(const QString &program, const QString &home) const;
    /// UIDL -> state column of `list NAME`.
    QHash<QByteArray, QByteArray> states(const QString &profile, const QString &account) const;

    std::unique_ptr<Test::DovecotServer> m_server;
    QHash<QString, QList<QByteArray>> m_uids; ///< per user, as the server lists them
};

void TestImport::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(POPLAR_SYNC_PATH)), POPLAR_SYNC_PATH);
    m_server = std::make_unique<Test::DovecotServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    const QList<QByteArray> users{"thunderbird", "mpop", "fetchmail", "getmail"};
    for (const QByteArray &user : users)
        m_server->addUser(user, Password);
    for (int n = 1; n <= Total; ++n) {
        for (const QByteArray &user : users)
            QVERIFY(!m_server->addMessage(user, makeMessage(n)).isEmpty());
    }
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));

    // The server's UIDLs (each mailbox has its own), from the server: a scratch profile checks each
    // one and lists what it saw.
    for (const QByteArray &user : users) {
        QTemporaryDir scratch;
        const Run add = sync(scratch.path(), {"account", "add", "scan", "--host", "127.0.0.1", "--port",
                                              QString::number(m_server->pop3Port()), "--security", "plain", "--user",
                                              QString::fromLatin1(user), "--password-command",
                                              "echo " + QString::fromLatin1(Password)});
        QCOMPARE(add.exitCode, 0);
        const Run check = sync(scratch.path(), {"check", "scan"});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        const Run list = sync(scratch.path(), {"list", "scan"});
        QList<QByteArray> &uids = m_uids[QString::fromLatin1(user)];
        for (const QByteArray &line : list.out.split('\n')) {
            if (!line.isEmpty())
                uids << line.split('\t').first();
        }
        QCOMPARE(uids.size(), Total);
    }
}

void TestImport::cleanupTestCase()
{
    if (m_server && QTest::currentTestFailed())
        qWarning().noquote() << "Dovecot log (tail):\n" << m_server->logContents().right(4000);
    m_server.reset();
}

Run TestImport::sync(const QString &profile, const QStringList &arguments, const QString &home) const
{
    return Test::runPoplarSync(QStringLiteral(POPLAR_SYNC_PATH), profile, arguments, [&home](QProcessEnvironment &env) {
        if (!home.isEmpty()) {
            env.insert(QStringLiteral("HOME"), home);
            env.remove(QStringLiteral("XDG_CONFIG_HOME"));
            env.remove(QStringLiteral("FETCHMAILHOME"));
        }
    });
}

QHash<QByteArray, QByteArray> TestImport::states(const QString &profile, const QString &account) const
{
    QHash<QByteArray, QByteArray> result;
    const Run list = sync(profile, {QStringLiteral("list"), account});
    for (const QByteArray &line : list.out.split('\n')) {
        if (!line.isEmpty())
            result.insert(line.split('\t').value(0), line.split('\t').value(1));
    }
    return result;
}

QString TestImport::writeProgramFiles(const QString &program, const QString &home) const
{
    const QByteArray user = program.toLatin1();
    const QByteArray port = QByteArray::number(m_server->pop3Port());
    const QList<QByteArray> fetched = m_uids.value(program).mid(0, FetchedBefore);
    QByteArray state;
    if (program == QLatin1String("thunderbird")) {
        const QString profile = home + "/.thunderbird/k3y.default-release";
        writeFile(home + "/.thunderbird/profiles.ini",
                  "[Profile0]\nName=default-release\nIsRelative=1\nPath=k3y.default-release\nDefault=1\n");
        writeFile(profile + "/prefs.js",
                  "user_pref(\"mail.account.account1.server\", \"server1\");\n"
                  "user_pref(\"mail.accountmanager.accounts\", \"account1\");\n"
                  "user_pref(\"mail.server.server1.directory-rel\", \"[ProfD]Mail/127.0.0.1\");\n"
                  "user_pref(\"mail.server.server1.hostName\", \"127.0.0.1\");\n"
                  "user_pref(\"mail.server.server1.leave_on_server\", true);\n"
                  "user_pref(\"mail.server.server1.port\", " + port + ");\n"
                  "user_pref(\"mail.server.server1.socketType\", 0);\n"
                  "user_pref(\"mail.server.server1.type\", \"pop3\");\n"
                  "user_pref(\"mail.server.server1.userName\", \"" + user + "\");\n");
        state = "# POP3 State File\n# This is a generated file!  Do not edit.\n\n*127.0.0.1 " + user + "\n";
        for (const QByteArray &uid : fetched)
            state += "k " + uid + " 1700000000\n";
        writeFile(profile + "/Mail/127.0.0.1/popstate.dat", state);
        return QString(); // found in the usual place under HOME
    }
    if (program == QLatin1String("mpop")) {
        writeFile(home + "/.mpoprc", "defaults\ntls off\nkeep on\n\naccount moved\nhost 127.0.0.1\nport " + port
                                         + "\nuser " + user + "\npasswordeval \"echo not-read\"\n");
        state = "# This file was generated by mpop version 1.4.17.\n#\n " + QByteArray::number(FetchedBefore)
                + " 127.0.0.1 " + user + "\n";
        for (const QByteArray &uid : fetched)
            state += uid + "\n";
        writeFile(home + "/.mpop_uidls/" + user + "_at_127.0.0.1", state);
        return QString();
    }
    if (program == QLatin1String("fetchmail")) {
        writeFile(home + "/.fetchmailrc", "# polled every 5 minutes\nset daemon 300\npoll 127.0.0.1 proto pop3 port "
                                              + port + "\n  user \"" + user + "\" there with password \"not-read\" is me here\n  keep\n");
        for (const QByteArray &uid : fetched)
            state += user + "@127.0.0.1 " + uid + "\n";
        writeFile(home + "/.fetchids", state);
        return QString();
    }
    writeFile(home + "/.getmail/getmailrc", "[retriever]\ntype = SimplePOP3Retriever\nserver = 127.0.0.1\nport = "
                                                + port + "\nusername = " + user
                                                + "\npassword = not-read\n\n[options]\ndelete = false\n");
    for (const QByteArray &uid : fetched)
        state += uid + '\0' + "1700000000\n";
    writeFile(home + "/.getmail/oldmail-127.0.0.1-" + port + "-" + user, state);
    return QString();
}

void TestImport::importThenNothingTwice_data()
{
    QTest::addColumn<QString>("program");
    for (const char *program : {"thunderbird", "mpop", "fetchmail", "getmail"})
        QTest::newRow(program) << QString::fromLatin1(program);
}

void TestImport::importThenNothingTwice()
{
    QFETCH(QString, program);
    const QList<QByteArray> uids = m_uids.value(program);
    QTemporaryDir home;
    QTemporaryDir profile;
    writeProgramFiles(program, home.path());
    const QMap<QString, QByteArray> before = snapshot(home.path());
    QVERIFY(!before.isEmpty());

    const Run dry = sync(profile.path(), {"import", program, "--dry-run"}, home.path());
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QVERIFY2(dry.out.contains("would create account"), dry.out.constData());
    QCOMPARE(sync(profile.path(), {"account", "list"}).out, QByteArray()); // nothing written

    const Run imported = sync(profile.path(), {"import", program}, home.path());
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.contains(", 30 UIDL"), imported.out.constData());
    QVERIFY2(!imported.out.contains("skipped"), imported.out.constData());
    QCOMPARE(snapshot(home.path()), before); // the other program's files, untouched

    const QList<QByteArray> accounts = sync(profile.path(), {"account", "list"}).out.split('\n');
    QCOMPARE(accounts.size(), 2); // one line and the final newline
    const QString name = QString::fromUtf8(accounts.first().split('\t').first());
    const QByteArray shown = sync(profile.path(), {"account", "show", name}).out;
    QVERIFY2(shown.contains("host\t127.0.0.1\n") && shown.contains("port\t" + QByteArray::number(m_server->pop3Port())),
             shown.constData());
    QVERIFY2(shown.contains("password\tkeychain\n"), shown.constData()); // no password was read

    // Finishing the set-up as the README says: a password command (and no TLS on this test server).
    const Run set = sync(profile.path(), {"account", "set", name, "--security", "plain", "--port",
                                          QString::number(m_server->pop3Port()), "--password-command",
                                          "echo " + QString::fromLatin1(Password)});
    QVERIFY2(set.exitCode == 0, set.err.constData());

    const Run check = sync(profile.path(), {"check", name});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY2(check.out.contains(": 20 new"), check.out.constData());

    const Run download = sync(profile.path(), {"download", name, "--all"});
    QVERIFY2(download.exitCode == 0, download.err.constData());
    QVERIFY2(download.out.contains(", 20 downloaded"), download.out.constData());

    QHash<QByteArray, QByteArray> after = states(profile.path(), name);
    QCOMPARE(after.size(), Total);
    for (int i = 0; i < Total; ++i) {
        const QByteArray expected = i < FetchedBefore ? "fetched-by-" + program.toLatin1() : QByteArray("downloaded");
        QCOMPARE(after.value(uids.at(i)), expected);
    }

    // Importing again changes nothing; asked for by UIDL, an imported message is downloaded.
    const Run again = sync(profile.path(), {"import", program}, home.path());
    QVERIFY2(again.exitCode == 0 && again.out.contains(", 0 UIDL") && again.out.contains(", 30 already known"),
             again.out.constData());
    QCOMPARE(sync(profile.path(), {"account", "list"}).out.split('\n').size(), 2);
    const Run one = sync(profile.path(), {"download", name, QString::fromLatin1(uids.first())});
    QVERIFY2(one.exitCode == 0 && one.out.contains(", 1 downloaded"), one.out.constData());
    after = states(profile.path(), name);
    QCOMPARE(after.value(uids.first()), QByteArray("downloaded"));
    QCOMPARE(after.value(uids.at(1)), "fetched-by-" + program.toLatin1());
    QCOMPARE(snapshot(home.path()), before);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"

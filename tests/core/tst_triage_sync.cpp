// Triage end to end through poplar-sync against a real Dovecot: rules mark what a check finds
// (from headers and preview lines only), "process" deletes the marked on the server and downloads
// the rest as the rules say, the record keeps what was deleted, a rerun finds nothing new, and a
// rule without review deletes in the check that finds the message.
#include "DovecotServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;

namespace {

constexpr int RunTimeoutMs = 120000;
const QByteArray Password = "triage";
const QByteArray User = "triage";

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err); }
};

QByteArray mail(const QByteArray &from, const QByteArray &subject, const QByteArray &extra, const QByteArray &body)
{
    return "From: " + from + "\nTo: triage@example.org\nSubject: " + subject
           + "\nDate: Tue, 1 Dec 2026 09:00:00 +0000\nMessage-ID: <" + subject.toLower().replace(' ', '.') + "@"
           + from.mid(from.indexOf('@') + 1).replace(">", "") + ">\n" + extra + "\n" + body + "\n";
}

} // namespace

class TestTriageSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void reviewProcessAndRecord();

private:
    Run run(const QStringList &arguments) const;
    int onServerWith(const QByteArray &text) const;

    std::unique_ptr<Test::DovecotServer> m_server;
    QTemporaryDir m_profile;
};

void TestTriageSync::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(POPLAR_SYNC_PATH)), POPLAR_SYNC_PATH);
    m_server = std::make_unique<Test::DovecotServer>();
    m_server->setTlsEnabled(false);
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    m_server->addUser(User, Password);
    const QList<QByteArray> messages{
        mail("Alice <alice@colleagues.example>", "Meeting notes", "", "The notes from Tuesday."),
        mail("Weekly News <news@news.example>", "Weekly news", "List-Id: Weekly <weekly.news.example>\n",
             "This week in news."),
        mail("Prize Office <claims@lottery-spam.example>", "You won", "", "Claim your lottery prize."),
        mail("Agent <agent@mail.lottery-spam.example>", "Second notice", "", "Your prize awaits."),
        mail("\"service@bank.example\" <x@phish.example>", "Account locked",
             "Reply-To: help@elsewhere.example\nX-Spam-Status: Yes, score=9.1\n", "Confirm your password."),
    };
    for (const QByteArray &m : messages)
        QVERIFY(!m_server->addMessage(User, m).isEmpty());
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestTriageSync::cleanupTestCase()
{
    if (m_server && QTest::currentTestFailed())
        qWarning().noquote() << "Dovecot log (tail):\n" << m_server->logContents().right(3000);
    m_server.reset();
}

Run TestTriageSync::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POPLAR_SYNC_PATH), QStringList{QStringLiteral("--profile"), m_profile.path()} + arguments);
    Run result;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, RunTimeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

int TestTriageSync::onServerWith(const QByteArray &text) const
{
    int count = 0;
    for (const QByteArray &m : m_server->messagesOnDisk(User))
        count += m.contains(text) ? 1 : 0;
    return count;
}

void TestTriageSync::reviewProcessAndRecord()
{
    Run r = run({"account", "add", "box", "--host", "127.0.0.1", "--port", QString::number(m_server->pop3Port()),
                 "--security", "plain", "--user", QString::fromLatin1(User), "--password-command",
                 "echo " + QString::fromLatin1(Password)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"rules", "add", "No lotteries", "--if", "sender-domain is lottery-spam.example", "--then", "delete-on-server"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"rules", "add", "Keep newsletters", "--if", "list-id contains \"news.example\"", "--then", "keep-on-server"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"rules", "add", "Bad", "--if", "subject matches \"(a+)+\"", "--then", "mark-spam"});
    QCOMPARE(r.exitCode, 2); // a pattern that could take exponential time is refused

    // A dry run says what would happen and changes nothing.
    r = run({"check", "box", "--dry-run"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.count(QLatin1String("delete-on-server")), 2);
    r = run({"rules", "list"});
    QVERIFY2(r.out.contains(QLatin1String("enabled\t0\t")), qPrintable(r.describe()));

    // The check marks; nothing is deleted before review.
    r = run({"check", "box", "--apply-rules"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    auto lineAbout = [&](const QString &subject) {
        for (const QString &line : lines)
            if (line.contains(QLatin1Char('\t') + subject + QLatin1Char('\t')))
                return line;
        return QString();
    };
    QVERIFY2(lineAbout("You won").contains(QLatin1String("\tdelete-on-server\t")), qPrintable(r.out));
    QVERIFY(lineAbout("You won").contains(QLatin1String("No lotteries")));
    QVERIFY(lineAbout("Second notice").contains(QLatin1String("\tdelete-on-server\t")));
    QVERIFY(lineAbout("Weekly news").contains(QLatin1String("\tkeep-on-server\t")));
    QVERIFY(lineAbout("Account locked").contains(QLatin1String("\tspam\t")));
    QVERIFY(lineAbout("Account locked").contains(QLatin1String("service@bank.example"))); // the reason names it
    QVERIFY(lineAbout("Meeting notes").contains(QLatin1String("\tnone\t")));
    QCOMPARE(m_server->messagesOnDisk(User).size(), 5);
    r = run({"rules", "list"});
    QVERIFY2(r.out.contains(QLatin1String("No lotteries\t*\tdelete-on-server\tenabled\t2\t")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Keep newsletters\t*\tkeep-on-server\tenabled\t1\t")));

    // Process: the marked are deleted on the server, the rest downloaded as the rules say.
    r = run({"process", "box"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(onServerWith("lottery-spam.example"), 0);
    QCOMPARE(m_server->messagesOnDisk(User).size(), 3);
    r = run({"list", "box"});
    const QStringList listed = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int downloaded = 0;
    for (const QString &line : listed) {
        if (line.contains(QLatin1String("\tdownloaded\t"))) {
            ++downloaded;
            QVERIFY2(line.contains(QLatin1String("Meeting notes")), qPrintable(line)); // neither the kept nor the spam
        }
    }
    QCOMPARE(downloaded, 1);
    // The sender of what was downloaded became a friend.
    r = run({"friends", "list"});
    QVERIFY2(r.out.contains(QLatin1String("alice@colleagues.example\tlearned")), qPrintable(r.describe()));

    // The record: what was deleted, when and why; searchable.
    r = run({"deleted", "list"});
    QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
    QVERIFY2(r.out.contains(QLatin1String("by rule: No lotteries")), qPrintable(r.out));
    r = run({"deleted", "search", "prize office", "box"});
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    QVERIFY(r.out.contains(QLatin1String("You won")));
    r = run({"deleted", "search", "alice"});
    QCOMPARE(r.out, QString());

    // A rerun finds nothing new and decides nothing.
    r = run({"check", "box", "--apply-rules"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.trimmed(), QStringLiteral("box: 0 new"));

    // A rule without review deletes in the check that finds the message.
    QVERIFY(!m_server->addMessage(User, mail("Casino <win@casino.example>", "Free spins", "", "Play now.")).isEmpty());
    r = run({"rules", "add", "Casinos go", "--if", "from contains casino.example", "--then", "delete-on-server",
             "--without-review"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"rules", "move", "Casinos go", "1"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"check", "box", "--apply-rules"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("delete-on-server without-review")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("1 deleted on server")));
    QCOMPARE(onServerWith("casino.example"), 0);
    r = run({"deleted", "search", "casino"});
    QVERIFY2(r.out.contains(QLatin1String("by rule: Casinos go")), qPrintable(r.out));

    // A newsletter arriving before a "download all" is judged from its preview first: never downloaded.
    QVERIFY(!m_server->addMessage(User, mail("Weekly News <news@news.example>", "Next week",
                                              "List-Id: Weekly <weekly.news.example>\n", "More news.")).isEmpty());
    r = run({"download", "box", "--all", "--apply-rules"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("\tkeep-on-server\t")), qPrintable(r.out));
    r = run({"list", "box"});
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.contains(QLatin1String("Next week")))
            QVERIFY2(line.contains(QLatin1String("\theaders\t")), qPrintable(line));
    }
    QCOMPARE(onServerWith("Next week"), 1);

    // Rules go out to a file and back in, the same.
    const QString file = QDir(m_profile.path()).filePath(QStringLiteral("rules.txt"));
    QCOMPARE(run({"rules", "export", file}).exitCode, 0);
    const QString before = run({"rules", "export"}).out;
    QVERIFY(before.contains(QLatin1String("rule \"Casinos go\"")));
    r = run({"rules", "import", file, "--replace"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(run({"rules", "export"}).out, before);

    // Spam and blocklist from the command line.
    r = run({"block", "add", "phish.example"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(run({"block", "list"}).out.startsWith(QLatin1String("phish.example\tuser")));
    r = run({"block", "add", "not an address"});
    QCOMPARE(r.exitCode, 2);

    // Settings: the classifier per profile, friends learnt or not, the record's time.
    QCOMPARE(run({"triage", "set", "classifier-command", "grep -q Prize", "true", "true"}).exitCode, 0);
    QCOMPARE(run({"triage", "set", "learn-friends", "no"}).exitCode, 0);
    QCOMPARE(run({"triage", "set", "keep-deleted-days", "7"}).exitCode, 0);
    r = run({"triage", "show"});
    QVERIFY2(r.out.contains(QLatin1String("learn-friends\tno")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("keep-deleted-days\t7")));
    QVERIFY(r.out.contains(QLatin1String("classifier\tgrep -q Prize | true | true")));
    QCOMPARE(run({"triage", "set", "keep-deleted-days", "soon"}).exitCode, 2);
    // The command classifier judges the next message: "Prize" in it means spam.
    QVERIFY(!m_server->addMessage(User, mail("Someone <someone@new.example>", "Prize draw", "", "A prize.")).isEmpty());
    r = run({"check", "box", "--apply-rules"});
    QVERIFY2(r.out.contains(QLatin1String("The classifier (grep) rates it spam")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestTriageSync)
#include "tst_triage_sync.moc"

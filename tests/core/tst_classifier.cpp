// The classifier contract (bogofilter's exit statuses and terse output), a real bogofilter with a
// private word list trained on a small labelled set, and the Triager judging stored previews.
#include "store/AccountStore.h"
#include "store/Database.h"
#include "store/MessageStore.h"
#include "triage/Classifier.h"
#include "triage/Triager.h"
#include "TriageTestData.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Poplar;
using namespace Poplar::Triage;
using Kind = ClassifierVerdict::Kind;

namespace {

QByteArray spamMessage(int i)
{
    static const char *const subjects[] = {"Claim your lottery prize", "You won a million dollars", "Cheap pills online",
                                           "Lottery winner notification", "Urgent: transfer of funds", "Free casino bonus"};
    return QByteArray("From: Prize Office <claims") + QByteArray::number(i) + "@winner-lottery.example>\r\nSubject: "
           + subjects[i % 6] + "\r\n\r\nCongratulations! Your lottery prize of one million dollars awaits. Send your "
           "bank account details and a processing fee to claim the money today. Free casino bonus, cheap pills.\r\n";
}

QByteArray hamMessage(int i)
{
    static const char *const subjects[] = {"Minutes of Tuesday's meeting", "Build failure on the release branch",
                                           "Lunch on Friday?", "Review of the storage patch",
                                           "Holiday schedule", "Notes from the design discussion"};
    return QByteArray("From: Alice <alice@colleagues.example>\r\nSubject: ") + subjects[i % 6]
           + "\r\n\r\nHi, attached are the notes from the meeting about the storage patch and the release branch. "
             "Let us review the design on Tuesday after lunch. Regards, Alice\r\n";
}

QVector<ClassifierVerdict> classifyNow(Classifier &c, const QVector<QByteArray> &messages)
{
    QVector<ClassifierVerdict> result;
    bool done = false;
    c.classify(messages, [&](const QVector<ClassifierVerdict> &v) {
        result = v;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 60000); }();
    return result;
}

bool trainNow(Classifier &c, const QVector<QByteArray> &messages, bool spam, bool undo)
{
    bool done = false, ok = false;
    c.train(messages, spam, undo, [&](bool success, const QString &) {
        ok = success;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 60000); }();
    return ok;
}

/// A rule deleting on the server, without review, what `field` `op` `value` matches.
Rule deletingRule(const QString &name, const QString &field, Operator op, const QString &value)
{
    Rule rule;
    rule.name = name;
    rule.conditions = {{field, op, value, false}};
    rule.action = Action::DeleteOnServer;
    rule.withoutReview = true;
    return rule;
}

/// Judges `uids` and waits for the decisions (none after `timeoutMs`).
std::optional<Sync::TriageDecisions> judgeNow(Triager &triager, qint64 accountId, const QVector<QByteArray> &uids,
                                              int timeoutMs = 60000)
{
    std::optional<Sync::TriageDecisions> decisions;
    triager.judge(accountId, uids, [&](const Sync::TriageDecisions &d) { decisions = d; });
    QTest::qWaitFor([&] { return decisions.has_value(); }, timeoutMs);
    return decisions;
}

} // namespace

class TestClassifier : public QObject {
    Q_OBJECT
private slots:
    void mbox_data();
    void mbox();
    void terse_data();
    void terse();
    void config_data();
    void config();
    void commandContract_data();
    void commandContract();
    void bogofilterLearns();
    void triagerJudgesAndLearns();
    void triagerJudgesManyInChunks();
};

void TestClassifier::mbox_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("Subject: a\r\n\r\nbody\r\n")
                           << QByteArray("From poplar@localhost Thu Jan  1 00:00:00 1970\nSubject: a\n\nbody\n\n\n");
    QTest::newRow("from line escaped") << QByteArray("Subject: a\n\nFrom here\n>From there\n")
                                       << QByteArray("From poplar@localhost Thu Jan  1 00:00:00 1970\nSubject: a\n\n"
                                                     ">From here\n>>From there\n\n\n");
}

void TestClassifier::mbox()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    QCOMPARE(mboxForClassifier({message}), expected);
}

void TestClassifier::terse_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("count");
    QTest::addColumn<QVector<int>>("kinds");
    QTest::newRow("three") << QByteArray("S 1\nH 7.3e-12\nU 0.52\n") << 3
                           << QVector<int>{int(Kind::Spam), int(Kind::Ham), int(Kind::Unsure)};
    QTest::newRow("out of step") << QByteArray("S 1\n") << 2 << QVector<int>{int(Kind::Unknown), int(Kind::Unknown)};
    QTest::newRow("garbage") << QByteArray("X\n") << 1 << QVector<int>{int(Kind::Unknown)};
}

void TestClassifier::terse()
{
    QFETCH(QByteArray, output);
    QFETCH(int, count);
    QFETCH(QVector<int>, kinds);
    const auto verdicts = parseTerseVerdicts(output, count);
    QCOMPARE(verdicts.size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(int(verdicts.at(i).kind), kinds.at(i));
}

void TestClassifier::config_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("classify");
    QTest::newRow("none") << "none" << int(ClassifierConfig::Kind::None) << "";
    QTest::newRow("command") << "command:spamc -c\nspamc -L spam\nspamc -L ham" << int(ClassifierConfig::Kind::Command)
                             << "spamc -c";
    QTest::newRow("empty command") << "command:" << int(ClassifierConfig::Kind::None) << "";
    const bool installed = !QStandardPaths::findExecutable(QStringLiteral("bogofilter")).isEmpty();
    QTest::newRow("default") << "" << int(installed ? ClassifierConfig::Kind::Bogofilter : ClassifierConfig::Kind::None)
                             << "";
}

void TestClassifier::config()
{
    QFETCH(QString, setting);
    QFETCH(int, kind);
    QFETCH(QString, classify);
    const ClassifierConfig c = classifierConfig(setting, QStringLiteral("/profile"));
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(c.classifyCommand, classify);
    QCOMPARE(c.wordlistDir, QStringLiteral("/profile/bogofilter"));
}

void TestClassifier::commandContract_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QVector<int>>("kinds");
    // Exit 0 spam, 1 ham, 2 unsure, anything else unknown; the message arrives on standard input.
    QTest::newRow("grep") << "grep -qi lottery" << QVector<int>{int(Kind::Spam), int(Kind::Ham)};
    QTest::newRow("unsure") << "cat >/dev/null; exit 2" << QVector<int>{int(Kind::Unsure), int(Kind::Unsure)};
    QTest::newRow("error") << "exit 7" << QVector<int>{int(Kind::Unknown), int(Kind::Unknown)};
    QTest::newRow("missing program") << "/nonexistent/classifier" << QVector<int>{int(Kind::Unknown), int(Kind::Unknown)};
}

void TestClassifier::commandContract()
{
    QFETCH(QString, command);
    QFETCH(QVector<int>, kinds);
    ClassifierConfig config;
    config.kind = ClassifierConfig::Kind::Command;
    config.classifyCommand = command;
    Classifier classifier(config);
    const auto verdicts = classifyNow(classifier, {spamMessage(0), hamMessage(0)});
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(int(verdicts.at(0).kind), kinds.at(0));
    QCOMPARE(int(verdicts.at(1).kind), kinds.at(1));
}

void TestClassifier::bogofilterLearns()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("bogofilter"));
    if (program.isEmpty())
        QSKIP("bogofilter is not installed (scripts/install-deps.sh installs it)");
    QTemporaryDir dir;
    ClassifierConfig config = classifierConfig(QString(), dir.path());
    QCOMPARE(config.kind, ClassifierConfig::Kind::Bogofilter);
    Classifier classifier(config);
    const QByteArray unseenSpam = spamMessage(7).replace("claims7", "office");
    const QByteArray unseenHam = hamMessage(7).replace("Alice", "Bob");
    // Untrained: no word list yet, so no verdict.
    auto before = classifyNow(classifier, {unseenSpam, unseenHam});
    QCOMPARE(int(before.at(0).kind), int(Kind::Unknown));
    QVector<QByteArray> spam, ham;
    for (int i = 0; i < 6; ++i) {
        spam << spamMessage(i);
        ham << hamMessage(i);
    }
    QVERIFY(trainNow(classifier, spam, true, false));
    QVERIFY(trainNow(classifier, ham, false, false));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("bogofilter/wordlist.db"))));
    auto after = classifyNow(classifier, {unseenSpam, unseenHam});
    QCOMPARE(int(after.at(0).kind), int(Kind::Spam));
    QCOMPARE(int(after.at(1).kind), int(Kind::Ham));
    QVERIFY(after.at(0).spamicity > 0.9);
    // Learnt the other way round (undoing what it learnt), the verdict moves.
    const QVector<QByteArray> flipped = spam.mid(0, 4);
    QVERIFY(trainNow(classifier, flipped, false, true));
    auto moved = classifyNow(classifier, {unseenSpam});
    QVERIFY2(moved.at(0).spamicity < after.at(0).spamicity,
             qPrintable(QStringLiteral("%1 -> %2").arg(after.at(0).spamicity).arg(moved.at(0).spamicity)));
}

void TestClassifier::triagerJudgesAndLearns()
{
    QTemporaryDir dir;
    QString error;
    auto db = Store::Database::open(dir.filePath(QStringLiteral("p.sqlite")), &error);
    QVERIFY2(db, qPrintable(error));
    const qint64 id = Test::addTestAccount(*db);
    Store::MessageStore messages(*db, dir.path());
    const QHash<QByteArray, QByteArray> previews{
        {"spam", spamMessage(1)},
        {"friend", "From: Carol <carol@friends.example>\r\nSubject: lottery at the club\r\n\r\nSee you!\r\n"},
        {"news", "From: news@list.example\r\nList-Id: <weekly.list.example>\r\nSubject: Weekly\r\n\r\nNews\r\n"},
        {"plain", hamMessage(2)}};
    QVERIFY(Test::storePreviews(messages, id, previews));

    Triager triager(*db, messages, dir.path());
    // Everything containing "lottery" is spam to this classifier; a friend is still never spam.
    QVERIFY(triager.store().setSetting(Setting::ClassifierCommand, QStringLiteral("command:grep -qi lottery"), &error));
    Triager withCommand(*db, messages, dir.path());
    withCommand.setKeepDecisions(true); // as poplar-sync --apply-rules, which prints them
    QCOMPARE(withCommand.classifier().config().kind, ClassifierConfig::Kind::Command);
    int addedCount = 0;
    QVERIFY(withCommand.store().addToList(ListKind::Friends, {"friends.example"}, QStringLiteral("user"), &addedCount, &error));
    Rule keep;
    keep.name = QStringLiteral("Newsletters stay on the server");
    keep.conditions = {{QStringLiteral("list-id"), Operator::Contains, QStringLiteral("list.example"), false}};
    keep.action = Action::KeepOnServer;
    QVERIFY(withCommand.store().addRule(keep, &error));
    Rule remove = deletingRule(QStringLiteral("Spam goes"), QStringLiteral("spam"), Operator::Is, QStringLiteral("yes"));
    QVERIFY(withCommand.store().addRule(remove, &error));

    bool done = false;
    Sync::TriageDecisions decisions;
    withCommand.judge(id, {"spam", "friend", "news", "plain"}, [&](const Sync::TriageDecisions &d) {
        decisions = d;
        done = true;
    });
    QVERIFY(!done); // never from within the call
    QTRY_VERIFY(done);
    QCOMPARE(decisions.deleteNow, QVector<QByteArray>{"spam"});
    QVERIFY(decisions.neverDownload.contains("news"));
    QVERIFY(decisions.neverDownload.contains("spam"));
    QVERIFY(!decisions.neverDownload.contains("friend"));
    QVERIFY(!decisions.neverDownload.contains("plain"));
    const auto marks = withCommand.store().marks(id);
    QVERIFY(marks->value("spam").spam);
    QVERIFY(marks->value("spam").reasons.contains(QLatin1String("grep")));
    QVERIFY(marks->value("spam").reasons.contains(QLatin1String("Spam goes")));
    QVERIFY(!marks->value("friend").spam);
    QVERIFY(marks->value("friend").reasons.contains(QLatin1String("friend")));
    QVERIFY(marks->value("news").hidden);
    QCOMPARE(marks->value("news").ruleName, keep.name);
    QVERIFY(messages.message(id, "spam")->value().deleteRequested);
    const auto rules = withCommand.store().rules();
    QCOMPARE(rules->at(0).matchCount, 1);
    QCOMPARE(rules->at(1).matchCount, 1);
    QCOMPARE(withCommand.decisions().size(), 4);
    // What a run starts from: the kept and the spam are not downloaded.
    const Sync::TriageDecisions standing = withCommand.standing(id);
    QVERIFY(standing.neverDownload.contains("news"));
    QVERIFY(!standing.neverDownload.contains("plain"));

    // "Not spam" on the plain message's sender: a friend learnt, the verdict recorded.
    bool trained = false;
    withCommand.markSpam(id, {"plain"}, false, [&](bool, const QString &) { trained = true; });
    QTRY_VERIFY(trained);
    QCOMPARE(withCommand.store().marks(id)->value("plain").userVerdict, -1);
    QVERIFY(withCommand.store().senderLists()->isFriend(QStringLiteral("alice@colleagues.example")));
    // Friends also grow from downloads, unless switched off.
    withCommand.downloaded(id, {"news"});
    QVERIFY(withCommand.store().senderLists()->isFriend(QStringLiteral("news@list.example")));
    QVERIFY(withCommand.store().setSetting(Setting::LearnFriends, QStringLiteral("0"), &error));
    QVERIFY(withCommand.store().removeFromList(ListKind::Friends, QStringLiteral("news@list.example"), nullptr, &error));
    withCommand.downloaded(id, {"news"});
    QVERIFY(!withCommand.store().senderLists()->isFriend(QStringLiteral("news@list.example")));

    // A triager that prints nothing (the application's) keeps nothing per judged message.
    QVERIFY(judgeNow(triager, id, {"spam", "friend", "news", "plain"}));
    QVERIFY(triager.decisions().isEmpty());
}

void TestClassifier::triagerJudgesManyInChunks()
{
    QTemporaryDir dir;
    QString error;
    auto db = Store::Database::open(dir.filePath(QStringLiteral("p.sqlite")), &error);
    QVERIFY2(db, qPrintable(error));
    const qint64 id = Test::addTestAccount(*db);
    Store::MessageStore messages(*db, dir.path());
    // More than two chunks; every chunk has messages the rule deletes.
    const int count = 2 * Triager::JudgeChunkMessages + 7;
    QHash<QByteArray, QByteArray> previews;
    QVector<QByteArray> uids;
    QSet<QByteArray> offers;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray uid = "m" + n;
        const bool offer = i % 997 == 0;
        if (offer)
            offers.insert(uid);
        uids << uid;
        previews.insert(uid, "From: " + (offer ? QByteArray("Deals <deals@offers.example>") : "F" + n + " <f" + n + "@mail.example>")
                                 + "\r\nSubject: Note " + n + "\r\n\r\nHello\r\n");
    }
    QVERIFY(Test::storePreviews(messages, id, previews));
    Triager triager(*db, messages, dir.path());
    Rule remove = deletingRule(QStringLiteral("Offers go"), QStringLiteral("from"), Operator::Contains,
                               QStringLiteral("offers.example"));
    QVERIFY(triager.store().addRule(remove, &error));
    const std::optional<Sync::TriageDecisions> judged = judgeNow(triager, id, uids);
    QVERIFY(judged);
    const Sync::TriageDecisions &decisions = *judged;
    QCOMPARE(QSet<QByteArray>(decisions.deleteNow.cbegin(), decisions.deleteNow.cend()), offers);
    QCOMPARE(decisions.deleteNow.size(), offers.size());
    QCOMPARE(decisions.neverDownload, offers);
    QCOMPARE(triager.store().marks(id)->size(), count);
    QCOMPARE(triager.store().rules()->at(0).matchCount, offers.size());
    for (const QByteArray &uid : offers)
        QVERIFY(messages.message(id, uid)->value().deleteRequested);
    QVERIFY(!messages.message(id, "m1")->value().deleteRequested);
    QVERIFY(triager.decisions().isEmpty());
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"

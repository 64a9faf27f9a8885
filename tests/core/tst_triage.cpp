// Triage from headers alone: spam hints, friends and blocklist, rules and their file, and the
// store (rules, counters, marks, the record of what was deleted on the server).
#include "store/Database.h"
#include "store/AccountStore.h"
#include "store/MessageStore.h"
#include "triage/Address.h"
#include "triage/RuleFile.h"
#include "triage/SenderLists.h"
#include "triage/SpamHints.h"
#include "triage/TriageStore.h"
#include "TriageTestData.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;
using namespace Poplar::Triage;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

QByteArray message(const QByteArray &headers, const QByteArray &body = "Hello\r\n")
{
    return headers + "\r\n" + body;
}

QStringList codes(const QVector<Hint> &hints)
{
    QStringList result;
    for (const Hint &h : hints)
        result << h.code;
    return result;
}

Rule rule(const QString &name, QVector<Condition> conditions, Action action, bool all = true)
{
    Rule r;
    r.name = name;
    r.conditions = std::move(conditions);
    r.action = action;
    r.matchAll = all;
    return r;
}

} // namespace

class TestTriage : public QObject {
    Q_OBJECT
private slots:
    void hints_data();
    void hints();
    void hintReasonsAreReadable();
    void mailbox_data();
    void mailbox();
    void organization_data();
    void organization();
    void senderLists_data();
    void senderLists();
    void vCard();
    void conditions_data();
    void conditions();
    void checkCondition_data();
    void checkCondition();
    void firstMatchWinsAndAccounts();
    void ruleFileRoundTrip();
    void ruleFileErrors_data();
    void ruleFileErrors();
    void storeRulesAndCounters();
    void storeLists();
    void storeMarks();
    void deletionRecord();
};

void TestTriage::hints_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QStringList>("expected");
    const QByteArray date = "Date: Tue, 1 Dec 2026 10:00:00 +0000\r\n";
    const QByteArray plain = "From: Bob <bob@example.com>\r\nMessage-ID: <1@mail.example.com>\r\n" + date;
    QTest::newRow("clean") << plain << QStringList{};
    QTest::newRow("x-spam-flag") << plain + "X-Spam-Flag: YES\r\n" << QStringList{"provider-verdict"};
    QTest::newRow("x-spam-flag no") << plain + "X-Spam-Flag: NO\r\n" << QStringList{};
    QTest::newRow("x-spam-status") << plain + "X-Spam-Status: Yes, score=12.1 required=5.0\r\n"
                                   << QStringList{"provider-verdict"};
    QTest::newRow("x-spam-status no") << plain + "X-Spam-Status: No, score=0.1\r\n" << QStringList{};
    QTest::newRow("rspamd action") << plain + "X-Rspamd-Action: add header\r\n" << QStringList{"provider-verdict"};
    QTest::newRow("rspamd no action") << plain + "X-Rspamd-Action: no action\r\n" << QStringList{};
    QTest::newRow("rspamd result") << plain + "X-Spamd-Result: default: True [16.20 / 15.00]\r\n"
                                   << QStringList{"provider-verdict"};
    QTest::newRow("dmarc fail") << plain + "Authentication-Results: mx.example.net; dmarc=fail (p=none) header.from=example.com\r\n"
                                << QStringList{"dmarc-fail"};
    QTest::newRow("dmarc fail other domain")
        << plain + "Authentication-Results: mx.example.net; dmarc=fail header.from=other.org\r\n" << QStringList{};
    QTest::newRow("spf and dkim fail folded")
        << plain + "Authentication-Results: mx.example.net;\r\n spf=fail smtp.mailfrom=bounce@example.com;\r\n"
                   "\tdkim=fail header.d=example.com\r\n"
        << QStringList{"spf-fail", "dkim-fail"};
    QTest::newRow("spf pass") << plain + "Authentication-Results: mx; spf=pass smtp.mailfrom=example.com\r\n"
                              << QStringList{};
    QTest::newRow("received-spf fail") << plain + "Received-SPF: fail (domain does not designate) envelope-from=x@example.com\r\n"
                                       << QStringList{"spf-fail"};
    QTest::newRow("received-spf fail for a bounce domain")
        << plain + "Received-SPF: fail (no) envelope-from=x@bounces.other.net\r\n" << QStringList{};
    QTest::newRow("reply-to elsewhere") << plain + "Reply-To: claims@winner.example.net\r\n"
                                        << QStringList{"reply-to-elsewhere"};
    QTest::newRow("reply-to same organisation") << plain + "Reply-To: <help@support.example.com>\r\n" << QStringList{};
    QTest::newRow("display name is another address")
        << "From: \"service@paypal.com\" <x@mailer.example.ru>\r\nMessage-ID: <1@example.ru>\r\n" + date
        << QStringList{"display-name-address"};
    QTest::newRow("display name is the same address")
        << "From: \"bob@example.com\" <Bob@Example.com>\r\nMessage-ID: <1@example.com>\r\n" + date << QStringList{};
    QTest::newRow("message-id elsewhere") << "From: bob@example.com\r\nMessage-ID: <abc@bulk.sender.net>\r\n" + date
                                          << QStringList{"message-id-elsewhere"};
    QTest::newRow("date future") << QByteArray("From: bob@example.com\r\nMessage-ID: <1@example.com>\r\nDate: Fri, 1 Jan 2027 10:00:00 +0000\r\n")
                                 << QStringList{"date-future"};
    QTest::newRow("date past") << QByteArray("From: bob@example.com\r\nMessage-ID: <1@example.com>\r\nDate: Mon, 1 Jan 2001 10:00:00 +0000\r\n")
                               << QStringList{"date-past"};
    QTest::newRow("date missing") << QByteArray("From: bob@example.com\r\nMessage-ID: <1@example.com>\r\n")
                                  << QStringList{"date-missing"};
    QTest::newRow("header in the body is not a header")
        << plain + "\r\nX-Spam-Flag: YES\r\n" << QStringList{};
}

void TestTriage::hints()
{
    QFETCH(QByteArray, headers);
    QFETCH(QStringList, expected);
    const SpamAssessment result = assessHeaders(HeaderFields(message(headers)), Now);
    QCOMPARE(codes(result.hints), expected);
}

void TestTriage::hintReasonsAreReadable()
{
    const QByteArray headers = "From: \"service@paypal.com\" <x@mailer.example.ru>\r\nReply-To: a@b.example.org\r\n"
                               "X-Spam-Flag: YES\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\n";
    const SpamAssessment result = assessHeaders(HeaderFields(message(headers)), Now);
    QVERIFY(result.isSpam());
    QCOMPARE(result.score(), 6 + 2 + 3);
    QVERIFY(result.reasons().contains(QLatin1String("service@paypal.com")));
    QVERIFY(result.reasons().contains(QLatin1String("b.example.org")));
    QCOMPARE(result.reasons().count(QLatin1Char('\n')), 2);
}

void TestTriage::mailbox_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::newRow("angle") << "Bob Smith <Bob@Example.COM>" << "Bob Smith" << "bob@example.com";
    QTest::newRow("quoted") << "\"Smith, Bob\" <bob@example.com>" << "Smith, Bob" << "bob@example.com";
    QTest::newRow("bare") << "bob@example.com" << "" << "bob@example.com";
    QTest::newRow("comment") << "bob@example.com (Bob)" << "Bob" << "bob@example.com";
    QTest::newRow("none") << "undisclosed-recipients:;" << "" << "";
}

void TestTriage::mailbox()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, address);
    const Mailbox box = parseMailbox(text);
    QCOMPARE(box.name, name);
    QCOMPARE(box.address, address);
}

void TestTriage::organization_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("subdomain") << "mail.example.com" << "example.com" << true;
    QTest::newRow("other tld") << "example.com" << "example.net" << false;
    QTest::newRow("co.uk") << "shop.example.co.uk" << "example.co.uk" << true;
    QTest::newRow("co.uk siblings") << "a.co.uk" << "b.co.uk" << false;
    QTest::newRow("empty") << "" << "" << false;
}

void TestTriage::organization()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(sameOrganization(a, b), same);
}

void TestTriage::senderLists_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("listed");
    QTest::newRow("address") << "Bob@Example.com" << "bob@example.com" << true;
    QTest::newRow("other address") << "bob@example.com" << "alice@example.com" << false;
    QTest::newRow("domain") << "example.com" << "alice@example.com" << true;
    QTest::newRow("subdomain") << "example.com" << "alice@mail.example.com" << true;
    QTest::newRow("not a suffix") << "example.com" << "alice@badexample.com" << false;
    QTest::newRow("at-domain") << "@spam.example" << "x@spam.example" << true;
    QTest::newRow("mailto") << "mailto:<bob@example.com>" << "bob@example.com" << true;
    QTest::newRow("garbage") << "not an entry" << "not" << false;
}

void TestTriage::senderLists()
{
    QFETCH(QString, entry);
    QFETCH(QString, address);
    QFETCH(bool, listed);
    SenderLists lists;
    lists.add(ListKind::Friends, entry);
    QCOMPARE(lists.isFriend(address), listed);
    QVERIFY(!lists.isBlocked(address));
}

void TestTriage::vCard()
{
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\nEMAIL;TYPE=INTERNET:Bob@Example.com\r\n"
                            "item1.EMAIL;type=pref:bob.smith@exam\r\n ple.org\r\nEND:VCARD\r\n"
                            "BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:mailto:alice@example.net\r\nEMAIL:bob@example.com\r\n"
                            "NOTE:EMAIL:not@this.one\r\nEND:VCARD\r\n";
    QCOMPARE(vCardAddresses(card),
             (QStringList{"bob@example.com", "bob.smith@example.org", "alice@example.net"}));
}

void TestTriage::conditions_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("subject contains") << "subject" << "contains" << "LOTTERY" << true;
    QTest::newRow("subject contains encoded") << "subject" << "contains" << "Gewinn" << true;
    QTest::newRow("subject is") << "subject" << "is" << "You won the lottery (Gewinn)" << true;
    QTest::newRow("from is address") << "from" << "is" << "winner@spam.example" << true;
    QTest::newRow("from is other") << "from" << "is" << "bob@example.com" << false;
    QTest::newRow("list-id contains") << "list-id" << "contains" << "news.example.org" << true;
    QTest::newRow("any header") << "x-mailer" << "contains" << "bulk" << true;
    QTest::newRow("absent header") << "x-none" << "contains" << "a" << false;
    QTest::newRow("received, every one") << "received" << "contains" << "second.example" << true;
    QTest::newRow("matches") << "subject" << "matches" << "^you\\s+won" << true;
    QTest::newRow("matches not") << "subject" << "matches" << "^won" << false;
    QTest::newRow("preview contains") << "preview" << "contains" << "claim your prize" << true;
    QTest::newRow("size greater") << "size" << "greater" << "1k" << true;
    QTest::newRow("size less") << "size" << "less" << "1k" << false;
    QTest::newRow("sender-domain is") << "sender-domain" << "is" << "spam.example" << true;
    QTest::newRow("sender-domain is parent") << "sender-domain" << "is" << "example" << true;
    QTest::newRow("sender-domain is other") << "sender-domain" << "is" << "pam.example" << false;
    QTest::newRow("friend no") << "friend" << "is" << "no" << true;
    QTest::newRow("blocked yes") << "blocked" << "is" << "yes" << true;
    QTest::newRow("spam yes") << "spam" << "is" << "yes" << false;
    QTest::newRow("score greater") << "score" << "greater" << "2" << true;
}

void TestTriage::conditions()
{
    QFETCH(QString, field);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(bool, expected);
    const QByteArray preview = message("From: Winner <winner@spam.example>\r\n"
                                       "Subject: You won the lottery =?utf-8?q?=28Gewinn=29?=\r\n"
                                       "List-Id: News <news.example.org>\r\nX-Mailer: BulkMailer 2\r\n"
                                       "Received: from first.example\r\nReceived: from second.example\r\n",
                                       "Dear friend, claim your prize today.\r\n");
    MessageFacts facts(preview, 5000);
    facts.isBlocked = true;
    facts.score = 3;
    const Condition c{field, *operatorFromName(op), value, false};
    QCOMPARE(Triage::checkCondition(c), QString());
    const RuleSet positive({rule("r", {c}, Action::MarkSpam)});
    QCOMPARE(positive.firstMatch(facts, 1) == 0, expected);
    Condition negated = c;
    negated.negate = true;
    const RuleSet negative({rule("r", {negated}, Action::MarkSpam)});
    QCOMPARE(negative.firstMatch(facts, 1) == 0, !expected);
}

void TestTriage::checkCondition_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("usable");
    QTest::newRow("plain") << "subject" << "contains" << "x" << true;
    QTest::newRow("bad field") << "sub ject" << "contains" << "x" << false;
    QTest::newRow("bad pattern") << "subject" << "matches" << "(unclosed" << false;
    QTest::newRow("nested quantifier") << "subject" << "matches" << "(a+)+$" << false;
    QTest::newRow("nested star") << "subject" << "matches" << "(x*y*)*z" << false;
    QTest::newRow("long pattern") << "subject" << "matches" << QString(MaxPatternChars + 1, QLatin1Char('a')) << false;
    QTest::newRow("fine group") << "subject" << "matches" << "(ab|cd)+" << true;
    QTest::newRow("size not a number") << "size" << "greater" << "big" << false;
    QTest::newRow("greater on a header") << "subject" << "greater" << "3" << false;
    QTest::newRow("flag with contains") << "friend" << "contains" << "yes" << false;
    QTest::newRow("flag maybe") << "spam" << "is" << "maybe" << false;
}

void TestTriage::checkCondition()
{
    QFETCH(QString, field);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(bool, usable);
    const Condition c{field, *operatorFromName(op), value, false};
    QCOMPARE(Triage::checkCondition(c).isEmpty(), usable);
    if (!usable) { // an unusable condition never matches, whatever the message
        MessageFacts facts(message("Subject: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\r\n"), 10);
        QCOMPARE(RuleSet({rule("r", {c}, Action::MarkSpam)}).firstMatch(facts, 1), -1);
    }
}

void TestTriage::firstMatchWinsAndAccounts()
{
    const MessageFacts facts(message("From: news@list.example\r\nSubject: Weekly news\r\n"), 100);
    Rule forOther = rule("other account", {{"subject", Operator::Contains, "news", false}}, Action::DeleteOnServer);
    forOther.accountId = 2;
    Rule disabled = rule("disabled", {{"subject", Operator::Contains, "news", false}}, Action::DeleteOnServer);
    disabled.enabled = false;
    const Rule any = rule("any", {{"subject", Operator::Is, "nope", false}, {"from", Operator::Contains, "list.example", false}},
                          Action::KeepOnServer, false);
    const Rule later = rule("later", {{"subject", Operator::Contains, "news", false}}, Action::MarkSpam);
    const RuleSet set({forOther, disabled, any, later});
    QCOMPARE(set.firstMatch(facts, 1), 2);
    QCOMPARE(set.firstMatch(facts, 2), 0);
    Rule all = any;
    all.matchAll = true;
    QCOMPARE(RuleSet({all, later}).firstMatch(facts, 1), 1);
}

void TestTriage::ruleFileRoundTrip()
{
    Rule a = rule("Delete \"lottery\" scams", {{"subject", Operator::Contains, "lottery", false},
                                               {"sender-domain", Operator::Is, "example.com", true},
                                               {"subject", Operator::Matches, R"(\d+ ?\$)", false}},
                  Action::DeleteOnServer, false);
    a.withoutReview = true;
    a.accountName = "Work";
    Rule b = rule("Newsletters", {{"list-id", Operator::Contains, "news", false}, {"size", Operator::Greater, "100k", false}},
                  Action::KeepOnServer);
    b.enabled = false;
    const QByteArray text = writeRules({a, b});
    QVERIFY(text.contains("rule \"Delete \\\"lottery\\\" scams\""));
    QVERIFY(text.contains("if not sender-domain is \"example.com\""));
    QVERIFY(text.contains("then delete-on-server without-review"));
    QString error;
    const QVector<Rule> read = readRules(text, &error);
    QCOMPARE(error, QString());
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).name, a.name);
    QCOMPARE(read.at(0).accountName, QStringLiteral("Work"));
    QCOMPARE(read.at(0).matchAll, false);
    QCOMPARE(read.at(0).conditions, a.conditions);
    QCOMPARE(read.at(0).action, Action::DeleteOnServer);
    QVERIFY(read.at(0).withoutReview);
    QCOMPARE(read.at(1).conditions, b.conditions);
    QCOMPARE(read.at(1).action, Action::KeepOnServer);
    QVERIFY(!read.at(1).enabled);
    QCOMPARE(writeRules(read), text);
}

void TestTriage::ruleFileErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("line");
    QTest::newRow("no end") << QByteArray("\nrule \"a\"\n if subject contains x\n then mark-spam\n") << "line 2";
    QTest::newRow("no action") << QByteArray("rule \"a\"\n if subject contains x\nend\n") << "line 3";
    QTest::newRow("no condition") << QByteArray("rule \"a\"\n then mark-spam\nend\n") << "line 3";
    QTest::newRow("bad operator") << QByteArray("# c\nrule a\n if subject resembles x\n then mark-spam\nend\n") << "line 3";
    QTest::newRow("bad action") << QByteArray("rule a\n if subject contains x\n then explode\nend\n") << "line 3";
    QTest::newRow("unclosed quote") << QByteArray("rule \"a\n") << "line 1";
    QTest::newRow("costly pattern") << QByteArray("rule a\n if subject matches \"(a+)+\"\n then mark-spam\nend\n") << "line 2";
    QTest::newRow("review on keep") << QByteArray("rule a\n if subject contains x\n then keep-on-server without-review\nend\n")
                                    << "line 3";
}

void TestTriage::ruleFileErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, line);
    QString error;
    QVERIFY(readRules(text, &error).isEmpty());
    QVERIFY2(error.startsWith(line + QLatin1Char(':')), qPrintable(error));
}

void TestTriage::storeRulesAndCounters()
{
    QString error;
    auto db = Store::Database::open(QStringLiteral(":memory:"), &error);
    QVERIFY2(db, qPrintable(error));
    const qint64 accountId = Test::addTestAccount(*db, QStringLiteral("Work"));
    QVERIFY(accountId > 0);
    TriageStore store(*db);
    Rule a = rule("a", {{"subject", Operator::Contains, "x", false}}, Action::MarkSpam);
    Rule b = rule("b", {{"from", Operator::Is, "q@r.example", true}}, Action::DeleteOnServer);
    b.accountName = QStringLiteral("Work");
    b.withoutReview = true;
    Rule c = rule("c", {{"size", Operator::Less, "10", false}}, Action::DownloadNow);
    QVERIFY(store.addRule(a, &error));
    QVERIFY(store.addRule(b, &error));
    QVERIFY(store.addRule(c, &error, 0));
    Rule bad = rule("bad", {{"subject", Operator::Contains, "x", false}}, Action::MarkSpam);
    bad.accountName = QStringLiteral("Nobody");
    QVERIFY(!store.addRule(bad, &error));
    QVERIFY(error.contains(QLatin1String("Nobody")));
    auto rules = store.rules();
    QVERIFY(rules);
    QCOMPARE(rules->size(), 3);
    QCOMPARE(rules->at(0).name, QStringLiteral("c"));
    QCOMPARE(rules->at(2).accountId, accountId);
    QCOMPARE(rules->at(2).accountName, QStringLiteral("Work"));
    QCOMPARE(rules->at(2).conditions, b.conditions);
    QVERIFY(rules->at(2).withoutReview);
    QVERIFY(store.moveRule(c.id, 2, &error));
    QVERIFY(store.countMatches({{a.id, 3}, {b.id, 1}}, &error));
    QVERIFY(store.countMatches({{a.id, 2}}, &error));
    b.name = QStringLiteral("b2");
    QVERIFY(store.updateRule(b, &error));
    rules = store.rules();
    QCOMPARE(rules->at(0).name, QStringLiteral("a"));
    QCOMPARE(rules->at(0).matchCount, 5);
    QVERIFY(rules->at(0).lastMatched.isValid());
    QCOMPARE(rules->at(1).name, QStringLiteral("b2"));
    QCOMPARE(rules->at(1).matchCount, 1);
    QCOMPARE(rules->at(2).name, QStringLiteral("c"));
    QVERIFY(store.removeRule(a.id, &error));
    QCOMPARE(store.rules()->size(), 2);
}

void TestTriage::storeLists()
{
    QString error;
    auto db = Store::Database::open(QStringLiteral(":memory:"), &error);
    TriageStore store(*db);
    int added = 0;
    QVERIFY(store.addToList(ListKind::Friends, {"Bob@Example.com", "bob@example.com", "nonsense entry", "friends.example"},
                            QStringLiteral("user"), &added, &error));
    QCOMPARE(added, 2);
    QVERIFY(store.addToList(ListKind::Blocklist, {"spam.example"}, QStringLiteral("user"), &added, &error));
    const auto lists = store.senderLists();
    QVERIFY(lists);
    QVERIFY(lists->isFriend(QStringLiteral("bob@example.com")));
    QVERIFY(lists->isFriend(QStringLiteral("x@mail.friends.example")));
    QVERIFY(lists->isBlocked(QStringLiteral("x@spam.example")));
    QVERIFY(!lists->isBlocked(QStringLiteral("bob@example.com")));
    bool removed = false;
    QVERIFY(store.removeFromList(ListKind::Friends, QStringLiteral("BOB@example.com"), &removed, &error));
    QVERIFY(removed);
    QVERIFY(store.removeFromList(ListKind::Friends, QStringLiteral("bob@example.com"), &removed, &error));
    QVERIFY(!removed);
    QCOMPARE(store.listEntries(ListKind::Friends)->size(), 1);
    QCOMPARE(store.setting(Setting::LearnFriends, QStringLiteral("1")), QStringLiteral("1"));
    QVERIFY(store.setSetting(Setting::LearnFriends, QStringLiteral("0"), &error));
    QCOMPARE(store.setting(Setting::LearnFriends, QStringLiteral("1")), QStringLiteral("0"));
}

void TestTriage::storeMarks()
{
    QString error;
    auto db = Store::Database::open(QStringLiteral(":memory:"), &error);
    const qint64 id = Test::addTestAccount(*db);
    TriageStore store(*db);
    Mark m;
    m.uid = "u1";
    m.score = 7;
    m.spam = true;
    m.reasons = QStringLiteral("one\ntwo");
    m.ruleName = QStringLiteral("r");
    m.markedDelete = true;
    QVERIFY(store.saveMarks(id, {m}, &error));
    QVERIFY(store.setUserVerdict(id, {"u1"}, -1, &error));
    m.score = 8; // judged again: the user's verdict stays
    QVERIFY(store.saveMarks(id, {m}, &error));
    const auto marks = store.marks(id);
    QVERIFY(marks);
    QCOMPARE(marks->value("u1").score, 8);
    QCOMPARE(marks->value("u1").userVerdict, -1);
    QCOMPARE(marks->value("u1").reasons, QStringLiteral("one\ntwo"));
    QVERIFY(store.setMarkedDelete(id, {"u1"}, false, &error));
    QVERIFY(!store.marks(id)->value("u1").markedDelete);
    QCOMPARE(store.marks(id)->value("u1").ruleName, QStringLiteral("r"));
}

void TestTriage::deletionRecord()
{
    QTemporaryDir dir;
    QString error;
    auto db = Store::Database::open(dir.filePath(QStringLiteral("p.sqlite")), &error);
    QVERIFY2(db, qPrintable(error));
    const qint64 id = Test::addTestAccount(*db);
    Store::MessageStore messages(*db, dir.path());
    QHash<QByteArray, QByteArray> previews;
    for (const QByteArray uid : {"byhand", "byrule", "bypolicy", "old"})
        previews.insert(uid, "From: Lottery <win@" + uid + ".example>\r\nSubject: Prize " + uid + "\r\n\r\nbody\r\n");
    QVERIFY(Test::storePreviews(messages, id, previews));
    TriageStore store(*db);
    Mark ruleMark;
    ruleMark.uid = "byrule";
    ruleMark.ruleName = QStringLiteral("No lotteries");
    ruleMark.markedDelete = true;
    QVERIFY(store.saveMarks(id, {ruleMark}, &error));
    QVERIFY(messages.setDeleteRequested(id, {"byhand", "byrule", "old"}, true, &error));
    QVERIFY(messages.markDeletedOnServer(id, {"old"}, &error));
    // "old" was deleted 40 days ago: the next deletion drops it from the record (30 days kept).
    QSqlQuery age(db->connection());
    QVERIFY(age.exec(QStringLiteral("UPDATE deleted_on_server SET deleted_at = deleted_at - 40 * 86400")));
    QCOMPARE(store.deletedMessages(id)->size(), 1);
    QVERIFY(messages.markDeletedOnServer(id, {"byhand", "byrule", "bypolicy"}, &error));
    const auto record = store.deletedMessages(id);
    QVERIFY2(record, qPrintable(record.error()));
    QCOMPARE(record->size(), 3);
    QHash<QByteArray, DeletedMessage> byUid;
    for (const DeletedMessage &d : record.value())
        byUid.insert(d.uid, d);
    QCOMPARE(byUid.value("byhand").reason, QStringLiteral("hand"));
    QCOMPARE(byUid.value("byrule").reason, QStringLiteral("rule"));
    QCOMPARE(byUid.value("byrule").ruleName, QStringLiteral("No lotteries"));
    QCOMPARE(byUid.value("bypolicy").reason, QStringLiteral("policy"));
    QCOMPARE(byUid.value("byrule").subject, QStringLiteral("Prize byrule"));
    QVERIFY(byUid.value("byrule").headers.contains("win@byrule.example"));
    QVERIFY(byUid.value("byrule").deletedAt.isValid());
    // Search by sender, by subject, by rule name, by a header.
    QCOMPARE(store.deletedMessages(id, QStringLiteral("WIN@BYHAND"))->size(), 1);
    QCOMPARE(store.deletedMessages(id, QStringLiteral("prize"))->size(), 3);
    QCOMPARE(store.deletedMessages(id, QStringLiteral("no lotteries"))->size(), 1);
    QCOMPARE(store.deletedMessages(id, QStringLiteral("%"))->size(), 0);
    QCOMPARE(store.deletedMessages(0, QString(), 2)->size(), 2);
}

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"

#include "mime/SearchText.h"
#include "store/Profile.h"
#include "store/SearchIndex.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;
using namespace Poplar::Store;

namespace {

/// The test mailbox: UIDL -> message, every kind of text a search must find (or must not).
const QList<QPair<QByteArray, QByteArray>> &messages()
{
    static const QList<QPair<QByteArray, QByteArray>> all{
        {"accent",
         "From: =?UTF-8?Q?Zo=C3=AB_M=C3=BCller?= <zoe@example.de>\r\nTo: team@example.de\r\n"
         "Subject: =?UTF-8?Q?Caf=C3=A9_am_Montag?=\r\nContent-Type: text/plain; charset=utf-8\r\n"
         "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
         "Wir treffen uns im Caf=C3=A9 Gr=C3=B6=C3=9Fenwahn. D=C3=A9j=C3=A0 vu.\r\n"},
        {"cjk",
         "From: =?UTF-8?B?55Sw5Lit?= <tanaka@example.jp>\r\nTo: bob@example.jp\r\n"
         "Subject: =?UTF-8?B?5Lya6K2w44Gu6LOH5paZ?=\r\nContent-Type: text/plain; charset=utf-8\r\n"
         "Content-Transfer-Encoding: base64\r\n\r\n"
         + QString::fromUtf8("明日の会議は東京で行います。\n我们明天开会讨论预算。\n회의를 시작합니다.\n").toUtf8().toBase64()
         + "\r\n"},
        {"html",
         "From: News <news@example.com>\r\nSubject: Newsletter\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
         "<html><head><style>.hidden { color: red }</style></head><body><p>The quarterly <b>budget</b> "
         "report&nbsp;is ready for the &eacute;t&eacute; season</p><script>secretscript()</script></body></html>\r\n"},
        {"phrase",
         "From: Fox Fan <fox@example.com>\r\nSubject: Typing practice\r\n\r\n"
         "the quick brown fox jumps over the lazy dog\r\n"},
        {"from-alice",
         "From: Alice Example <alice@example.org>\r\nTo: Carol <carol@example.org>\r\nSubject: Invoice for March\r\n\r\n"
         "Please find the numbers below.\r\n"},
        {"body-alice",
         "From: Bob <bob@example.net>\r\nCc: dave@example.net\r\nSubject: Lunch\r\n\r\nalice said hello to everyone\r\n"},
        {"attachment",
         "From: Eve <eve@example.com>\r\nSubject: Files\r\nMIME-Version: 1.0\r\n"
         "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
         "--b\r\nContent-Type: text/plain; name=\"notes.txt\"\r\nContent-Disposition: attachment; filename=\"notes.txt\"\r\n"
         "\r\nattachmentsecret\r\n--b--\r\n"},
    };
    return all;
}

/// A message still on the server: only its preview (TOP) is known.
const QByteArray PreviewUid = "preview";
const QByteArray PreviewBytes = "From: Frank <frank@example.com>\r\nSubject: Preview only\r\n\r\nferrule widget\r\n";

} // namespace

class TestSearch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void finds_data();
    void finds();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void senderRanksAboveBody();
    void lastWordAsPrefix();
    void downloadReplacesPreview();
    void catchUpIndexesWhatIsMissing();
    void removedAccountLeavesNothing();
    void htmlToText_data();
    void htmlToText();

private:
    qint64 addAccount(Profile &profile, const QString &name);
    bool store(Profile &profile, qint64 account, const QByteArray &uid, const QByteArray &bytes, bool index);
    QStringList find(const QString &query) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    qint64 m_account = 0;
};

qint64 TestSearch::addAccount(Profile &profile, const QString &name)
{
    Account::AccountSettings a;
    a.name = name;
    a.host = QStringLiteral("pop.example.org");
    a.user = name;
    QString error;
    const qint64 id = profile.accounts().add(a, &error);
    if (id == 0)
        qWarning() << error;
    return id;
}

/// Downloads `bytes` as `uid` into the store (as a sync does) and indexes it when `index` is set.
bool TestSearch::store(Profile &profile, qint64 account, const QByteArray &uid, const QByteArray &bytes, bool index)
{
    QString error;
    MessageStore &messages = profile.messages();
    if (!messages.recordListing(account, {{uid, bytes.size()}}, nullptr, &error))
        return false;
    auto incoming = messages.beginDownload(account, uid, &error);
    if (!incoming || !incoming->write(bytes) || !incoming->finish(&error))
        return false;
    std::vector<std::unique_ptr<IncomingMessage>> batch;
    batch.push_back(std::move(incoming));
    if (!messages.commitDownloads(account, batch, &error))
        return false;
    if (index && !SearchIndex(messages).indexDownloads(account, {uid}, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

QStringList TestSearch::find(const QString &query) const
{
    const auto hits = SearchIndex(m_profile->messages()).search(parseSearchQuery(query), m_account);
    if (!hits)
        return {QStringLiteral("error: ") + hits.error()};
    QStringList uids;
    for (const SearchIndex::Hit &hit : hits.value())
        uids << QString::fromLatin1(hit.uid);
    uids.sort();
    return uids;
}

void TestSearch::initTestCase()
{
    QString error;
    m_profile = Profile::open(m_dir.path(), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_account = addAccount(*m_profile, QStringLiteral("main"));
    QVERIFY(m_account);
    for (const auto &[uid, bytes] : messages())
        QVERIFY(store(*m_profile, m_account, uid, bytes, true));
    MessageStore &store = m_profile->messages();
    QVERIFY(store.recordListing(m_account, {{PreviewUid, 500}}, nullptr, &error));
    const HeaderUpdate update{PreviewUid, PreviewBytes, Mime::summarizeHeaders(PreviewBytes), false};
    QVERIFY(store.saveHeaders(m_account, {update}, &error));
    QVERIFY2(SearchIndex(store).indexPreviews(m_account, {update}, &error), qPrintable(error));
    // Another account's message with the same words is never found in this one.
    const qint64 other = addAccount(*m_profile, QStringLiteral("other"));
    QVERIFY(this->store(*m_profile, other, "elsewhere", "Subject: quick brown fox\r\n\r\nbudget ferrule\r\n", true));
}

void TestSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    QTest::newRow("accent folded away") << "cafe" << QStringList{"accent"};
    QTest::newRow("accent typed") << QString::fromUtf8("Café") << QStringList{"accent"};
    QTest::newRow("accent typed, none in text") << QString::fromUtf8("qüick") << QStringList{"phrase"};
    QTest::newRow("accents in the body") << "deja" << QStringList{"accent"};
    QTest::newRow("case") << "MONTAG" << QStringList{"accent"};
    QTest::newRow("sender with umlaut") << "from:muller" << QStringList{"accent"};
    QTest::newRow("japanese word in a sentence") << QString::fromUtf8("会議") << QStringList{"cjk"};
    QTest::newRow("japanese place") << QString::fromUtf8("東京") << QStringList{"cjk"};
    QTest::newRow("one kanji") << QString::fromUtf8("明") << QStringList{"cjk"};
    QTest::newRow("chinese") << QString::fromUtf8("预算") << QStringList{"cjk"};
    QTest::newRow("korean with particle") << QString::fromUtf8("회의") << QStringList{"cjk"};
    QTest::newRow("cjk subject") << QString::fromUtf8("subject:資料") << QStringList{"cjk"};
    QTest::newRow("cjk sender") << QString::fromUtf8("from:田中") << QStringList{"cjk"};
    QTest::newRow("cjk characters apart") << QString::fromUtf8("会東") << none;
    QTest::newRow("html text") << "budget" << QStringList{"html"};
    QTest::newRow("html entities decoded") << "ete season" << QStringList{"html"};
    QTest::newRow("html script left out") << "secretscript" << none;
    QTest::newRow("html style left out") << "hidden" << none;
    QTest::newRow("phrase") << "\"quick brown fox\"" << QStringList{"phrase"};
    QTest::newRow("phrase out of order") << "\"brown quick\"" << none;
    QTest::newRow("words anywhere") << "lazy quick" << QStringList{"phrase"};
    QTest::newRow("every word must occur") << "lazy cat" << none;
    QTest::newRow("prefix") << "jump*" << QStringList{"phrase"};
    QTest::newRow("no prefix without star") << "jump" << none;
    QTest::newRow("name anywhere") << "alice" << QStringList{"body-alice", "from-alice"};
    QTest::newRow("from:") << "from:alice" << QStringList{"from-alice"};
    QTest::newRow("from: address") << "from:alice@example.org" << QStringList{"from-alice"};
    QTest::newRow("FROM: in capitals") << "FROM:alice" << QStringList{"from-alice"};
    QTest::newRow("subject:") << "subject:lunch" << QStringList{"body-alice"};
    QTest::newRow("subject: phrase") << "subject:\"invoice for\"" << QStringList{"from-alice"};
    QTest::newRow("subject: not the body") << "subject:hello" << none;
    QTest::newRow("to:") << "to:carol" << QStringList{"from-alice"};
    QTest::newRow("cc: as to:") << "to:dave" << QStringList{"body-alice"};
    QTest::newRow("body:") << "body:alice" << QStringList{"body-alice"};
    QTest::newRow("preview of a message on the server") << "ferrule" << QStringList{"preview"};
    QTest::newRow("attachment left out") << "attachmentsecret" << none;
    QTest::newRow("text before the attachment") << "attached" << QStringList{"attachment"};
    QTest::newRow("unknown field is a word") << "sender:alice" << none;
}

void TestSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(find(query), expected);
}

void TestSearch::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    QTest::newRow("unbalanced quote") << "\"quick brown" << QStringList{"phrase"};
    QTest::newRow("quote inside a word") << "qu\"ick" << none;
    QTest::newRow("lone quote") << "\"" << none;
    QTest::newRow("three quotes") << "\"\"\"" << none;
    QTest::newRow("AND OR NOT") << "quick AND OR NOT" << none;
    QTest::newRow("NOT alone") << "NOT" << none;
    QTest::newRow("NEAR group") << "NEAR(quick fox, 2)" << none;
    QTest::newRow("parentheses") << "(fox)" << QStringList{"phrase"};
    QTest::newRow("unbalanced parenthesis") << "(fox" << QStringList{"phrase"};
    QTest::newRow("column filter syntax") << "{sender}: fox" << none; // "sender" is a word here
    QTest::newRow("caret") << "^quick" << QStringList{"phrase"};
    QTest::newRow("minus") << "-fox" << QStringList{"phrase"};
    QTest::newRow("plus") << "quick + fox" << QStringList{"phrase"};
    QTest::newRow("star alone") << "*" << none;
    QTest::newRow("stars") << "** fox **" << QStringList{"phrase"};
    QTest::newRow("colon alone") << ":" << none;
    QTest::newRow("field without value") << "from:" << none;
    QTest::newRow("field and quote") << "from:\"" << none;
    QTest::newRow("control characters") << QString::fromUtf8("fox \x01\x1b[2J") << none; // "2j" is a word
    QTest::newRow("nul") << QString(QLatin1String("fox")) + QChar(0) << QStringList{"phrase"};
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("fox") << QStringList{"phrase"};
    QTest::newRow("empty") << "" << none;
    QTest::newRow("spaces") << "   " << none;
    QTest::newRow("control characters in a word") << QString::fromUtf8("\x01" "fox\x7f") << QStringList{"phrase"};
    QTest::newRow("very long") << QString(QStringLiteral("fox ")).repeated(500) << QStringList{"phrase"};
}

void TestSearch::hostileQueriesNeverFail()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(find(query), expected);
}

void TestSearch::senderRanksAboveBody()
{
    const auto hits = SearchIndex(m_profile->messages()).search(parseSearchQuery(QStringLiteral("alice")), m_account);
    QVERIFY2(hits, qPrintable(hits.error()));
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).uid, QByteArray("from-alice"));
    QVERIFY(hits->at(0).rank < hits->at(1).rank);
    // Without an account every account's messages are searched.
    const auto all = SearchIndex(m_profile->messages()).search(parseSearchQuery(QStringLiteral("budget")));
    QCOMPARE(all->size(), 2);
}

void TestSearch::lastWordAsPrefix()
{
    const SearchQuery typing = parseSearchQuery(QStringLiteral("quick bro"), LastWord::Prefix);
    QCOMPARE(typing.match, QStringLiteral("\"quick\" AND \"bro\"*"));
    QCOMPARE(typing.highlightTerms, (QStringList{"quick", "bro"}));
    QCOMPARE(parseSearchQuery(QStringLiteral("quick bro "), LastWord::Prefix).match,
             QStringLiteral("\"quick\" AND \"bro\""));
    QCOMPARE(parseSearchQuery(QStringLiteral("quick br"), LastWord::Prefix).match, QStringLiteral("\"quick\" AND \"br\""));
    QCOMPARE(parseSearchQuery(QStringLiteral("from:ali subject:\"a b\" x"), LastWord::AsTyped).highlightTerms,
             QStringList{"x"});
    const auto hits = SearchIndex(m_profile->messages()).search(typing, m_account);
    QCOMPARE(hits->size(), 1);
}

void TestSearch::downloadReplacesPreview()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    const qint64 account = addAccount(*profile, QStringLiteral("a"));
    const QByteArray full = "Subject: Report\r\n\r\nfirst line\r\n" + QByteArray("filler\r\n").repeated(50)
                            + "conclusion at the very end\r\n";
    const QByteArray preview = full.left(full.indexOf("filler") + 8);
    MessageStore &store = profile->messages();
    QVERIFY(store.recordListing(account, {{"u", full.size()}}, nullptr, &error));
    const HeaderUpdate update{"u", preview, Mime::summarizeHeaders(preview), false};
    QVERIFY(store.saveHeaders(account, {update}, &error));
    SearchIndex index(store);
    QVERIFY(index.indexPreviews(account, {update}, &error));
    QCOMPARE(index.search(parseSearchQuery(QStringLiteral("first")), account)->size(), 1);
    QCOMPARE(index.search(parseSearchQuery(QStringLiteral("conclusion")), account)->size(), 0);
    QVERIFY(this->store(*profile, account, "u", full, true));
    QCOMPARE(index.search(parseSearchQuery(QStringLiteral("conclusion")), account)->size(), 1);
    // A late preview (another program's) never replaces the whole message.
    QVERIFY(index.indexPreviews(account, {update}, &error));
    QCOMPARE(index.search(parseSearchQuery(QStringLiteral("conclusion")), account)->size(), 1);
    QSqlQuery count(profile->database().connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*), (SELECT source FROM search_indexed) FROM search_text")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    QCOMPARE(count.value(1).toInt(), int(SearchIndex::Source::Message));
}

void TestSearch::catchUpIndexesWhatIsMissing()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    const qint64 account = addAccount(*profile, QStringLiteral("a"));
    for (int i = 0; i < 7; ++i)
        QVERIFY(store(*profile, account, "m" + QByteArray::number(i), "Subject: s\r\n\r\nbackfill" + QByteArray::number(i) + " common\r\n", false));
    MessageStore &store = profile->messages();
    QVERIFY(store.recordListing(account, {{"p", 10}}, nullptr, &error));
    QVERIFY(store.saveHeaders(account, {{"p", "Subject: s\r\n\r\ncommon preview\r\n", {}, false}}, &error));
    // A file gone is passed over, not retried in a loop.
    QVERIFY(this->store(*profile, account, "gone", "Subject: gone\r\n\r\ncommon\r\n", false));
    QVERIFY(QFile::remove(store.message(account, "gone").value()->rawPath));

    SearchIndex first(store);
    QCOMPARE(first.pending().value(), 9);
    QCOMPARE(first.search(parseSearchQuery(QStringLiteral("common")), account)->size(), 0);
    QCOMPARE(first.catchUp(3).value(), 3);
    QCOMPARE(first.pending().value(), 6);
    // Resumable: another instance (the next start) goes on with what is left.
    SearchIndex second(store);
    int rounds = 0;
    while (second.catchUp(3).value() > 0)
        ++rounds;
    QCOMPARE(rounds, 2);
    QCOMPARE(second.pending().value(), 1); // the file that is gone
    QCOMPARE(second.search(parseSearchQuery(QStringLiteral("common")), account)->size(), 8);
    QCOMPARE(second.search(parseSearchQuery(QStringLiteral("backfill6")), account)->size(), 1);
    QCOMPARE(second.catchUp(3).value(), 0);
}

void TestSearch::removedAccountLeavesNothing()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Profile::open(dir.path(), &error);
    const qint64 account = addAccount(*profile, QStringLiteral("a"));
    QVERIFY(store(*profile, account, "x", "Subject: gone soon\r\n\r\ntext\r\n", true));
    QVERIFY2(profile->accounts().remove(account, &error), qPrintable(error));
    QSqlQuery count(profile->database().connection());
    QVERIFY(count.exec(QStringLiteral("SELECT (SELECT count(*) FROM search_text), (SELECT count(*) FROM search_indexed)"))
            && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    QCOMPARE(count.value(1).toInt(), 0);
}

void TestSearch::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("tags") << "<p>a <b>b</b></p>" << "\na  b \n";
    QTest::newRow("entities") << "&lt;x&gt; &amp; &eacute;&#233;&#xE9; &bogus; &" << QString::fromUtf8("<x> & ééé &bogus; &");
    QTest::newRow("comment") << "a<!-- hidden -->b" << "ab";
    QTest::newRow("script") << "a<SCRIPT type=x>bad()</script>b" << "a b";
    QTest::newRow("unclosed tag") << "a<b" << "a";
    QTest::newRow("invalid reference") << "&#0;&#xD800;&#99999999;" << "&#0;&#xD800;&#99999999;";
}

void TestSearch::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(Mime::htmlToText(html), text);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

// Reply and Reply All hand a mailto: URL (RFC 6068) to the user's mail program: the right
// recipients, threading headers and the quoted text, never longer than the limit, and nothing
// from the message's headers able to add a header of its own.

#include "mime/ReplyLink.h"

#include <QLocale>
#include <QTest>
#include <QUrlQuery>

using namespace Poplar::Mime;

namespace {

/// The decoded query items of a mailto: URL.
QHash<QString, QString> queryOf(const QUrl &url)
{
    QHash<QString, QString> items;
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        items.insert(item.first.toLower(), item.second);
    return items;
}

QString recipients(const QUrl &url)
{
    return QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8());
}

} // namespace

class TestReplyLink : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void headers_data();
    void headers();
    void replyAllLeavesOutOwnAndDuplicateAddresses();
    void bodyIsQuoted();
    void longBodiesAreCutToTheLimit_data();
    void longBodiesAreCutToTheLimit();
    void hostileHeaderValues_data();
    void hostileHeaderValues();
};

void TestReplyLink::headers_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("inReplyTo");
    QTest::addColumn<QString>("references");
    QTest::newRow("plain") << QByteArray("From: Ann <ann@example.org>\nSubject: Lunch\nMessage-ID: <1@example.org>\n\nHi\n")
                           << "ann@example.org" << "Re: Lunch" << "<1@example.org>" << "<1@example.org>";
    QTest::newRow("reply-to wins") << QByteArray("From: ann@example.org\nReply-To: list@example.org\nSubject: x\n\nHi\n")
                                   << "list@example.org" << "Re: x" << "" << "";
    QTest::newRow("re: kept once") << QByteArray("From: ann@example.org\nSubject: RE: Lunch\n\nHi\n")
                                   << "ann@example.org" << "RE: Lunch" << "" << "";
    QTest::newRow("encoded words") << QByteArray("From: =?UTF-8?Q?J=C3=BCrgen?= <j@example.de>\n"
                                                 "Subject: =?UTF-8?B?R3LDvMOfZQ==?=\n\nHallo\n")
                                   << "j@example.de" << QStringLiteral("Re: Grüße") << "" << "";
    QTest::newRow("japanese") << QByteArray("From: a@example.jp\nSubject: =?ISO-2022-JP?B?GyRCJEskWyQzGyhC?=\n\nx\n")
                              << "a@example.jp" << QStringLiteral("Re: にほこ") << "" << "";
    QTest::newRow("threading") << QByteArray("From: a@example.org\nSubject: s\nMessage-ID: <3@x>\n"
                                             "References: <1@x>\n <2@x>\n\nx\n")
                               << "a@example.org" << "Re: s" << "<3@x>" << "<1@x> <2@x> <3@x>";
    QTest::newRow("address with plus and IDN") << QByteArray("From: a+tag@b\xc3\xbc" "cher.example\nSubject: s\n\nx\n")
                                               << "a+tag@xn--bcher-kva.example" << "Re: s" << "" << "";
}

void TestReplyLink::headers()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, to);
    QFETCH(QString, subject);
    QFETCH(QString, inReplyTo);
    QFETCH(QString, references);
    const QUrl url = replyMailto(message, ReplyKind::Reply);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(recipients(url), to);
    const auto q = queryOf(url);
    QCOMPARE(q.value(QStringLiteral("subject")), subject);
    QCOMPARE(q.value(QStringLiteral("in-reply-to")), inReplyTo);
    QCOMPARE(q.value(QStringLiteral("references")), references);
    QVERIFY(!q.contains(QStringLiteral("cc")));
}

void TestReplyLink::replyAllLeavesOutOwnAndDuplicateAddresses()
{
    const QByteArray message = "From: Ann <ann@example.org>\nTo: me@example.net, Bob <bob@example.org>\n"
                               "Cc: ANN@example.org, team: carol@example.org, bob@example.org;\nSubject: Plan\n\nx\n";
    const QUrl url = replyMailto(message, ReplyKind::ReplyAll, {QStringLiteral("Me@Example.net")});
    QCOMPARE(recipients(url), QStringLiteral("ann@example.org"));
    QCOMPARE(queryOf(url).value(QStringLiteral("cc")), QStringLiteral("bob@example.org,carol@example.org"));
    // Reply alone leaves the others out.
    QVERIFY(!queryOf(replyMailto(message, ReplyKind::Reply)).contains(QStringLiteral("cc")));
}

void TestReplyLink::bodyIsQuoted()
{
    const QByteArray message = "From: ann@example.org\nDate: Wed, 08 Nov 2023 10:00:00 +0000\nSubject: s\n\n"
                               "First line\n> earlier\n\nLast line\n\n\n";
    const QString body = queryOf(replyMailto(message, ReplyKind::Reply)).value(QStringLiteral("body"));
    QVERIFY2(body.startsWith(QLatin1String("On ")) && body.contains(QLatin1String("ann@example.org wrote:\r\n")),
             qPrintable(body));
    QVERIFY2(body.endsWith(QLatin1String("> First line\r\n>> earlier\r\n> \r\n> Last line\r\n")), qPrintable(body));
    // RFC 6068: line breaks in the body as CRLF.
    QVERIFY(!body.contains(QRegularExpression(QStringLiteral("[^\\r]\\n"))));
    // An HTML-only message is quoted as text.
    const QByteArray html = "From: a@example.org\nSubject: s\nContent-Type: text/html\n\n"
                            "<html><style>p{}</style><p>Hello <b>there</b></p><p>&lt;again&gt;</p></html>\n";
    const QString htmlBody = queryOf(replyMailto(html, ReplyKind::Reply)).value(QStringLiteral("body"));
    QVERIFY2(htmlBody.contains(QLatin1String("> Hello there")) && htmlBody.contains(QLatin1String("> <again>"))
                 && !htmlBody.contains(QLatin1String("p{}")), qPrintable(htmlBody));
}

void TestReplyLink::longBodiesAreCutToTheLimit_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("limit");
    QTest::newRow("ascii, default limit") << QByteArray("A line of text that repeats.\n").repeated(500) << MaxMailtoLength;
    QTest::newRow("umlauts, 3 bytes encoded each") << QByteArray("Grüße aus München, schöne Größe.\n").repeated(400) << 1000;
    QTest::newRow("CJK") << QByteArray("日本語のテキストです。\n").repeated(500) << MaxMailtoLength;
    QTest::newRow("one endless line") << QByteArray(100000, 'x') << MaxMailtoLength;
    QTest::newRow("emoji (surrogate pairs)") << QByteArray("😀").repeated(3000) << 700;
}

void TestReplyLink::longBodiesAreCutToTheLimit()
{
    QFETCH(QByteArray, body);
    QFETCH(int, limit);
    const QByteArray message = "From: ann@example.org\nSubject: Long\nMessage-ID: <long@example.org>\n"
                               "Content-Type: text/plain; charset=utf-8\n\n" + body;
    const QUrl url = replyMailto(message, ReplyKind::Reply, {}, limit);
    QVERIFY(url.isValid());
    QVERIFY2(url.toEncoded().size() <= limit, QByteArray::number(url.toEncoded().size()).constData());
    QVERIFY(url.toEncoded().size() > limit / 2); // as much as fits up to a line end, not far less
    const auto q = queryOf(url);
    QCOMPARE(q.value(QStringLiteral("in-reply-to")), QStringLiteral("<long@example.org>")); // headers kept whole
    QCOMPARE(q.value(QStringLiteral("subject")), QStringLiteral("Re: Long"));
    const QString quoted = q.value(QStringLiteral("body"));
    QVERIFY2(quoted.endsWith(QStringLiteral("[\u2026]")), qPrintable(quoted.right(40))); // says it was cut
    QVERIFY(!quoted.contains(QChar(0xfffd))); // never cut inside a character
}

void TestReplyLink::hostileHeaderValues_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("CRLF in subject (encoded)")
        << QByteArray("From: a@example.org\nSubject: =?UTF-8?Q?x=0D=0ABcc:_evil@example.com?=\n\nx\n");
    QTest::newRow("query characters in the address")
        << QByteArray("From: \"x\" <a@example.org?bcc=evil@example.com>\nSubject: s\n\nx\n");
    QTest::newRow("ampersand in reply-to")
        << QByteArray("From: a@example.org\nReply-To: b@example.org&bcc=evil@example.com\nSubject: s\n\nx\n");
    QTest::newRow("header in message-id")
        << QByteArray("From: a@example.org\nSubject: s\nMessage-ID: <x@y>%0D%0ABcc: evil@example.com\n\nx\n");
    QTest::newRow("body with percent and bcc")
        << QByteArray("From: a@example.org\nSubject: s\n\n%0D%0Abcc=evil@example.com&body=\r\nBcc: evil@example.com\n");
    QTest::newRow("bidi and NUL in subject") << QByteArray("From: a@example.org\nSubject: a\xe2\x80\xae" "b\x01" "c\n\nx\n");
    QTest::newRow("huge references")
        << QByteArray("From: a@example.org\nSubject: s\nMessage-ID: <m@x>\nReferences:" + QByteArray(" <r@x>").repeated(5000) + "\n\nx\n");
    QTest::newRow("huge subject") << QByteArray("From: a@example.org\nSubject: " + QByteArray(20000, 's') + "\n\nx\n");
    QTest::newRow("many recipients") << QByteArray("From: a@example.org\nTo: " + QByteArray("b@example.org, ").repeated(800)
                                                   + "c@example.org\nCc: " + QByteArray("d@example.org, ").repeated(800) + "e@x\n\nx\n");
}

void TestReplyLink::hostileHeaderValues()
{
    QFETCH(QByteArray, message);
    for (ReplyKind kind : {ReplyKind::Reply, ReplyKind::ReplyAll}) {
        const QUrl url = replyMailto(message, kind);
        QVERIFY(url.isValid());
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.size() <= MaxMailtoLength, QByteArray::number(encoded.size()).constData());
        const auto q = queryOf(url);
        for (const QString &key : q.keys())
            QVERIFY2(QStringList({"cc", "subject", "in-reply-to", "references", "body"}).contains(key), qPrintable(key));
        QVERIFY2(!recipients(url).contains(QLatin1String("evil")), qPrintable(recipients(url)));
        QVERIFY(!q.value(QStringLiteral("cc")).contains(QLatin1String("evil")));
        for (const QString &key : {QStringLiteral("subject"), QStringLiteral("in-reply-to"), QStringLiteral("references"),
                                   QStringLiteral("cc")}) {
            for (const QChar c : q.value(key))
                QVERIFY2(c.category() != QChar::Other_Control && c != QChar(0x202e), qPrintable(key));
        }
        QVERIFY(!q.value(QStringLiteral("in-reply-to")).contains(QLatin1String("Bcc")));
    }
}

QTEST_GUILESS_MAIN(TestReplyLink)
#include "tst_reply_link.moc"

// Every kind of message reads right (core/mime): embedded messages (forwards, digests, bounces)
// decoded recursively and listed as attachments, broken MIME that still shows its text, odd
// headers (encoded words GMime drops, charset aliases, IDN domains, "Name <>", obsolete dates).
// Messages live in tests/data/reading. Where a rule decides, the row says which.

#include "mime/HeaderDecoder.h"
#include "mime/MessagePreview.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Poplar::Mime;

namespace {

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(POPLAR_TEST_DATA "/reading/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString header(const MessagePreview &p, const QString &label)
{
    for (const auto &[l, v] : p.headers) {
        if (l == label)
            return v;
    }
    return {};
}

/// Everything a reader sees of a body: texts, HTML without tags, embedded messages' headers and
/// bodies, in order.
QString allText(const MessagePreview &p)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString out;
    for (const BodyPart &part : p.body) {
        if (part.kind == BodyPart::Kind::Message) {
            for (const auto &[label, value] : part.message->headers)
                out += label + QStringLiteral(": ") + value + QLatin1Char('\n');
            out += allText(*part.message);
        } else {
            out += part.text + QLatin1Char('\n') + QString(part.html).remove(tag) + QLatin1Char('\n');
        }
    }
    return out;
}

int embeddedCount(const MessagePreview &p)
{
    int count = 0;
    for (const BodyPart &part : p.body)
        count += part.kind == BodyPart::Kind::Message ? 1 + embeddedCount(*part.message) : 0;
    return count;
}

QStringList attachmentNames(const MessagePreview &p)
{
    QStringList names;
    for (const Attachment &a : p.attachments)
        names << a.fileName + QLatin1Char('|') + a.mimeType;
    return names;
}

} // namespace

class TestReading : public QObject {
    Q_OBJECT
private slots:
    void messages_data();
    void messages();
    void forwardedMessageFieldByField();
    void embeddedMessageSavesAsSent();
    void embeddedPicturesShowByContentId();
    void headerText_data();
    void headerText();
    void dates_data();
    void dates();
    void addresses_data();
    void addresses();
    void neverBlank_data();
    void neverBlank();
};

void TestReading::messages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("shown");     // each must appear in what the reader sees
    QTest::addColumn<int>("embedded");          // embedded messages, recursively
    QTest::addColumn<QStringList>("attachments");
    QTest::newRow("digest: five messages read as a list (RFC 2046 5.1.5: parts default to message/rfc822)")
        << QStringLiteral("digest.eml")
        << QStringList{QStringLiteral("Today's topics"), QStringLiteral("Mine are finally red."),
                       QStringLiteral("Mine too, after the rain."), QStringLiteral("Turn it every week — it works."),
                       QStringLiteral("Subject: Re: Tomatoes"), QStringLiteral("Gardening mailing list")}
        << 3
        << QStringList{QStringLiteral("Tomatoes.eml|message/rfc822"), QStringLiteral("Re_ Tomatoes.eml|message/rfc822"),
                       QStringLiteral("Compost.eml|message/rfc822")};
    QTest::newRow("forward as attachment")
        << QStringLiteral("forward-attached.eml")
        << QStringList{QStringLiteral("See the message below."), QStringLiteral("Revenue is up 4%."),
                       QStringLiteral("Subject: Quarterly numbers")}
        << 1 << QStringList{QStringLiteral("Quarterly numbers.eml|message/rfc822")};
    QTest::newRow("Outlook forward: an HTML message with its picture by Content-ID")
        << QStringLiteral("forward-outlook.eml")
        << QStringList{QStringLiteral("Forwarding the plan with its picture."), QStringLiteral("The plan is attached — see the sketch:"),
                       QStringLiteral("Subject: Site plan")}
        << 1 << QStringList{QStringLiteral("Site plan.eml|message/rfc822")};
    QTest::newRow("Postfix bounce keeps the returned message")
        << QStringLiteral("bounce-postfix.eml")
        << QStringList{QStringLiteral("could not\nbe delivered"), QStringLiteral("Hello? Is this address still used?"),
                       QStringLiteral("Subject: Are you there?")}
        << 1
        << QStringList{QStringLiteral("|message/delivery-status"), QStringLiteral("Are you there_.eml|message/rfc822")};
    QTest::newRow("Exim bounce with the returned headers as text")
        << QStringLiteral("bounce-exim-headers.eml")
        << QStringList{QStringLiteral("could not be delivered"), QStringLiteral("Subject: Lunch on Friday?")} << 0
        << QStringList{QStringLiteral("|message/delivery-status")};
    QTest::newRow("a second text part after an inline image")
        << QStringLiteral("several-text-parts.eml")
        << QStringList{QStringLiteral("Here is the photo."), QStringLiteral("Sent from the garden. Footer text.")} << 0
        << QStringList{QStringLiteral("|image/png")};
    QTest::newRow("boundary declared but never used: the raw text")
        << QStringLiteral("broken-boundary.eml")
        << QStringList{QStringLiteral("The text of a message whose boundary never appears.")} << 0 << QStringList();
    QTest::newRow("multipart without a boundary parameter")
        << QStringLiteral("missing-boundary.eml")
        << QStringList{QStringLiteral("Plain words after a multipart header without a boundary.")} << 0 << QStringList();
    QTest::newRow("no headers at all") << QStringLiteral("headerless.eml")
                                       << QStringList{QStringLiteral("Just a body without any headers at all."),
                                                      QStringLiteral("A second line.")}
                                       << 0 << QStringList();
    QTest::newRow("no empty line after the headers")
        << QStringLiteral("no-separator.eml")
        << QStringList{QStringLiteral("This body follows the headers without an empty line between them.")} << 0
        << QStringList();
}

void TestReading::messages()
{
    QFETCH(QString, file);
    QFETCH(QStringList, shown);
    QFETCH(int, embedded);
    QFETCH(QStringList, attachments);
    const QByteArray bytes = sample(file);
    QVERIFY(!bytes.isEmpty());
    const MessagePreview p = decodeMessage(bytes);
    const QString text = allText(p);
    for (const QString &expected : shown)
        QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("%1 not in:\n%2").arg(expected, text)));
    QCOMPARE(embeddedCount(p), embedded);
    QCOMPARE(attachmentNames(p), attachments);
    for (const Attachment &a : p.attachments)
        QVERIFY2(!attachmentContent(bytes, a.index).isEmpty(), qPrintable(a.fileName));
}

void TestReading::forwardedMessageFieldByField()
{
    const MessagePreview p = decodeMessage(sample(QStringLiteral("forward-attached.eml")));
    QCOMPARE(p.summary.subject, QStringLiteral("Fwd: Quarterly numbers"));
    QCOMPARE(p.body.size(), 2);
    QCOMPARE(p.body.at(0).kind, BodyPart::Kind::Text);
    QCOMPARE(p.body.at(0).text.trimmed(), QStringLiteral("See the message below."));
    QCOMPARE(p.body.at(1).kind, BodyPart::Kind::Message);
    const MessagePreview &inner = *p.body.at(1).message;
    QCOMPARE(inner.summary.subject, QStringLiteral("Quarterly numbers"));
    QCOMPARE(inner.summary.from, QStringLiteral("Finance <finance@example.com>"));
    QCOMPARE(inner.summary.date, QDateTime(QDate(2023, 11, 7), QTime(16, 30), Qt::UTC));
    QCOMPARE(header(inner, QStringLiteral("To")), QStringLiteral("Dana <dana@example.org>"));
    // multipart/alternative (RFC 2046 5.1.4): one part holding both, the HTML shown when complete.
    QCOMPARE(inner.body.size(), 1);
    QCOMPARE(inner.body.first().text.trimmed(), QStringLiteral("Revenue is up 4%."));
    QVERIFY(inner.body.first().html.contains(QLatin1String("<b>up 4%</b>")));
}

void TestReading::embeddedMessageSavesAsSent()
{
    const QByteArray bytes = sample(QStringLiteral("forward-attached.eml"));
    const QByteArray saved = attachmentContent(bytes, 0);
    QVERIFY2(saved.startsWith("From: Finance <finance@example.com>"), saved.left(80).constData());
    QVERIFY(saved.contains("Revenue is <b>up 4%</b>."));
    QCOMPARE(decodeMessage(saved).summary.subject, QStringLiteral("Quarterly numbers"));
    QCOMPARE(qint64(saved.size()), decodeMessage(bytes).attachments.first().size);
}

/// A picture of a forwarded message is one of the parts the whole message's HTML may show.
void TestReading::embeddedPicturesShowByContentId()
{
    const MessagePreview p = decodeMessage(sample(QStringLiteral("forward-outlook.eml")));
    QVERIFY(p.inlineParts.contains(QStringLiteral("sketch001@example.com")));
    QCOMPARE(p.inlineParts.value(QStringLiteral("sketch001@example.com")).mimeType, QStringLiteral("image/png"));
    QCOMPARE(p.body.at(1).message->attachments.size(), 1);
    QCOMPARE(p.body.at(1).message->attachments.first().fileName, QStringLiteral("sketch.png"));
}

void TestReading::headerText_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("base64 without padding (RFC 4648 3.2 lets a decoder accept it)")
        << QByteArray("pad:=?UTF-8?B?w6k?=") << QStringLiteral("pad:é");
    QTest::newRow("a character split across adjacent words (RFC 2047 6.2 joins them)")
        << QByteArray("=?UTF-8?Q?caf=C3?= =?UTF-8?Q?=A9_au_lait?=") << QStringLiteral("café au lait");
    QTest::newRow("split base64 character") << QByteArray("=?utf-8?b?5pel?= =?utf-8?b?5pys?=") << QStringLiteral("日本");
    QTest::newRow("x-sjis alias") << QByteArray("=?x-sjis?B?k/qWew==?=") << QStringLiteral("日本");
    QTest::newRow("space between words dropped, kept around text")
        << QByteArray("=?utf-8?q?a?= =?utf-8?q?b?= c") << QStringLiteral("ab c");
    QTest::newRow("different charsets adjacent")
        << QByteArray("=?iso-8859-1?q?caf=E9?= =?koi8-r?b?98HT0Q==?=") << QStringLiteral("caféВася");
    QTest::newRow("invalid UTF-8 becomes U+FFFD") << QByteArray("=?UTF-8?B?/w==?=x") << QStringLiteral("\uFFFDx");
    QTest::newRow("control in an encoded word") << QByteArray("=?UTF-8?Q?a=1Bb=07?=") << QStringLiteral("a\uFFFDb\uFFFD");
    QTest::newRow("C1 range of Latin-1 read as Windows-1252 (WHATWG)") << QByteArray("=?iso-8859-1?q?a=85b?=")
                                                                       << QStringLiteral("a…b");
    QTest::newRow("raw 8-bit UTF-8") << QByteArray("Gr\xc3\xbc\xc3\x9f" "e") << QStringLiteral("Grüße");
    QTest::newRow("raw 8-bit Windows-1252") << QByteArray("Gr\xfc\xdf" "e \x93quoted\x94") << QStringLiteral("Grüße “quoted”");
    QTest::newRow("unknown charset, UTF-8 bytes") << QByteArray("=?x-nonsense?q?=C3=A9?=") << QStringLiteral("é");
    QTest::newRow("RFC 2231 language in the charset") << QByteArray("=?utf-8*en?q?hello?=") << QStringLiteral("hello");
    QTest::newRow("not an encoded word") << QByteArray("a =?broken b") << QStringLiteral("a =?broken b");
    QTest::newRow("folded") << QByteArray("one\r\n two\t three") << QStringLiteral("one two three");
}

void TestReading::headerText()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, decoded);
    QCOMPARE(decodeHeaderText(raw), decoded);
}

void TestReading::dates_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QDateTime>("utc");
    const auto utc = [](int y, int mo, int d, int h, int mi, int s = 0) { return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC); };
    QTest::newRow("RFC 5322") << QByteArray("Tue, 07 Nov 2023 16:30:05 +0100") << utc(2023, 11, 7, 15, 30, 5);
    QTest::newRow("no seconds, zone attached") << QByteArray("01 Jan 2001 00:01+0000") << utc(2001, 1, 1, 0, 1);
    QTest::newRow("three-digit year (4.3: + 1900)") << QByteArray("Mon, 1 Jan 101 10:00:00 +0000") << utc(2001, 1, 1, 10, 0);
    QTest::newRow("two-digit year before 50 (4.3: + 2000)") << QByteArray("1 Jan 49 10:00 GMT") << utc(2049, 1, 1, 10, 0);
    QTest::newRow("two-digit year from 50 (4.3: + 1900)") << QByteArray("1 Jan 99 10:00 GMT") << utc(1999, 1, 1, 10, 0);
    QTest::newRow("zone name (4.3)") << QByteArray("Fri, 3 Nov 2023 09:15:00 EST") << utc(2023, 11, 3, 14, 15);
    QTest::newRow("comment and no day name") << QByteArray("3 Nov 2023 09:15:00 -0700 (PDT)") << utc(2023, 11, 3, 16, 15);
    QTest::newRow("full month name") << QByteArray("Friday, 3 November 2023 09:15:00 +0000") << utc(2023, 11, 3, 9, 15);
    QTest::newRow("not a date") << QByteArray("yesterday") << QDateTime();
    QTest::newRow("no such day") << QByteArray("31 Feb 2023 10:00 +0000") << QDateTime();
}

void TestReading::dates()
{
    QFETCH(QByteArray, raw);
    QFETCH(QDateTime, utc);
    const QByteArray message = "Date: " + raw + "\r\nSubject: x\r\n\r\nbody\r\n";
    const MessagePreview p = decodeMessage(message);
    if (utc.isValid())
        QCOMPARE(p.summary.date, utc);
    QCOMPARE(parseMailDate(raw), utc);
}

void TestReading::addresses_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Name <> kept") << QByteArray("MAILER DAEMON <>") << QStringLiteral("MAILER DAEMON <>");
    QTest::newRow("IDN domain in Unicode") << QByteArray("=?UTF-8?Q?M=C3=BCller?= <info@xn--bcher-kva.example>")
                                           << QStringLiteral("Müller <info@bücher.example>");
    QTest::newRow("quoted name with a comma") << QByteArray("\"Doe, Jane\" <jane@example.com>")
                                              << QStringLiteral("\"Doe, Jane\" <jane@example.com>");
    QTest::newRow("bare address") << QByteArray("solo@example.org") << QStringLiteral("solo@example.org");
    QTest::newRow("group") << QByteArray("Team: a@example.org, b@example.org;") << QStringLiteral("Team: a@example.org, b@example.org;");
    QTest::newRow("nothing GMime can parse") << QByteArray("<<<>>>") << QStringLiteral("<<<>>>");
}

void TestReading::addresses()
{
    QFETCH(QByteArray, from);
    QFETCH(QString, shown);
    const MessagePreview p = decodeMessage("From: " + from + "\r\nSubject: x\r\n\r\nbody\r\n");
    QCOMPARE(p.summary.from, shown);
    QCOMPARE(header(p, QStringLiteral("From")), shown);
}

void TestReading::neverBlank_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"digest.eml", "forward-attached.eml", "forward-outlook.eml", "bounce-postfix.eml", "bounce-exim-headers.eml",
                             "broken-boundary.eml", "missing-boundary.eml", "headerless.eml", "no-separator.eml",
                             "mailer-daemon.eml", "idn.eml", "several-text-parts.eml"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

/// No message of the corpus opens blank, and no display text holds a control character.
void TestReading::neverBlank()
{
    QFETCH(QString, file);
    const MessagePreview p = decodeMessage(sample(file));
    QVERIFY(!allText(p).trimmed().isEmpty());
    for (const auto &[label, value] : p.headers) {
        for (const QChar c : value)
            QVERIFY2(c.unicode() >= 0x20 && !(c.unicode() >= 0x7F && c.unicode() < 0xA0), qPrintable(label));
    }
}

QTEST_GUILESS_MAIN(TestReading)
#include "tst_reading.moc"

#include "mime/HeaderDecoder.h"
#include "mime/HeaderSummary.h"
#include "mime/MessagePreview.h"

#include <QFile>
#include <QTest>

using namespace Poplar::Mime;

namespace {
QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(POPLAR_TEST_DATA "/preview/") + QLatin1String(name));
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
} // namespace

/// Header and body decoding against tricky real-world shaped messages (tests/data/preview).
class TestPreview : public QObject {
    Q_OBJECT
private slots:
    void encodedWordsInAnyCharset();
    void multipartWithRfc2231AttachmentName();
    void base64Body();
    void truncatedTopStillDecodes();
    void attachmentContentIsDecoded();
    void headerFieldUnfolds();
    void summaryOfBrokenInputIsEmptyNotCrash();
    void summaryFieldsAreCapped();
};

void TestPreview::encodedWordsInAnyCharset()
{
    const MessagePreview p = decodeMessage(sample("charsets.eml"));
    QCOMPARE(p.summary.subject, QStringLiteral("你好 café"));
    QVERIFY2(header(p, QStringLiteral("From")).contains(QStringLiteral("山田 太郎")), qPrintable(header(p, QStringLiteral("From"))));
    QVERIFY(header(p, QStringLiteral("To")).contains(QStringLiteral("Вася")));
    QCOMPARE(p.text.trimmed(), QStringLiteral("こんにちは"));
    QCOMPARE(p.summary.date.toUTC(), QDateTime(QDate(2023, 11, 3), QTime(0, 0), Qt::UTC));
}

void TestPreview::multipartWithRfc2231AttachmentName()
{
    const MessagePreview p = decodeMessage(sample("multipart.eml"));
    QCOMPARE(p.summary.subject, QStringLiteral("Café à Paris"));
    QCOMPARE(header(p, QStringLiteral("From")), QStringLiteral("\"Doe, Jane\" <jane@example.com>"));
    QCOMPARE(p.text.trimmed(), QStringLiteral("Prix: 5€ été"));
    QVERIFY(p.html.contains(QStringLiteral("5&euro;")));
    QCOMPARE(p.attachments.size(), 1);
    QCOMPARE(p.attachments.first().fileName, QStringLiteral("Résumé Grüße.pdf"));
    QCOMPARE(p.attachments.first().mimeType, QStringLiteral("application/pdf"));
    QVERIFY(p.summary.hasAttachment);
}

void TestPreview::base64Body()
{
    QCOMPARE(decodeMessage(sample("base64.eml")).text.trimmed(), QStringLiteral("Grüße aus München"));
}

void TestPreview::truncatedTopStillDecodes()
{
    const MessagePreview p = decodeMessage(sample("truncated-top.eml"));
    QVERIFY2(p.text.startsWith(QStringLiteral("first line ä")), qPrintable(p.text));
    QCOMPARE(p.summary.from, QStringLiteral("🌳 Poplar <p@example.org>"));
}

void TestPreview::attachmentContentIsDecoded()
{
    QCOMPARE(attachmentContent(sample("multipart.eml"), 0), QByteArray("%PDF-1.4\n%\xc7\xec\x8f\xa2\n"));
    QVERIFY(attachmentContent(sample("multipart.eml"), 5).isEmpty());
}

void TestPreview::headerFieldUnfolds()
{
    const QByteArray block = "Subject: first\r\n  second\r\nFrom: a@b\r\n\r\nSubject: body\r\n";
    QCOMPARE(headerField(block, "subject"), QByteArray("first second"));
    QCOMPARE(headerField(block, "X-Missing"), QByteArray());
    QCOMPARE(decodeHeaderText("=?utf-8?q?a_b?= c"), QStringLiteral("a b c"));
}

void TestPreview::summaryOfBrokenInputIsEmptyNotCrash()
{
    for (const QByteArray &junk : {QByteArray(), QByteArray("\r\n\r\n"), QByteArray("no colon here\r\n"),
                                   QByteArray("Subject: =?x-unknown?B?////?=\r\n\r\n"), QByteArray(100000, ':')}) {
        const HeaderSummary s = summarizeHeaders(junk);
        const MessagePreview p = decodeMessage(junk);
        QVERIFY(s.subject.size() < 200000);
        QVERIFY(p.attachments.size() < 2);
    }
}

/// From, To and Subject keep MaxFieldChars, the last of them an ellipsis; shorter ones are whole.
void TestPreview::summaryFieldsAreCapped()
{
    QByteArray to;
    for (int i = 0; i < 2000; ++i)
        to += (i ? ", " : "") + QByteArray("user") + QByteArray::number(i) + "@example.org";
    const QByteArray block = "From: \"" + QByteArray(10000, 'f') + "\" <f@example.org>\r\nTo: " + to
                             + "\r\nSubject: " + QByteArray(20000, 's') + "\r\n\r\n";
    const HeaderSummary s = summarizeHeaders(block);
    for (const QString &field : {s.from, s.to, s.subject}) {
        QCOMPARE(field.size(), MaxFieldChars);
        QVERIFY(field.endsWith(QChar(0x2026)));
    }
    QVERIFY(s.subject.startsWith(QStringLiteral("sss")));
    QVERIFY(s.to.startsWith(QStringLiteral("user0@example.org")));
    QCOMPARE(summarizeHeaders("Subject: short\r\n\r\n").subject, QStringLiteral("short"));
    // A character outside the BMP is kept whole or left out, never half.
    const QString astral = QString(4094, QLatin1Char('a')) + QStringLiteral("\U0001F600tail");
    QCOMPARE(capField(astral), QString(4094, QLatin1Char('a')) + QChar(0x2026));
    QCOMPARE(capField(QStringLiteral("abc"), 3), QStringLiteral("abc"));
    QCOMPARE(capField(QStringLiteral("abcd"), 3), QStringLiteral("ab\u2026"));
}

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"

// Outside text made safe for labels and terminals (core/display/OutsideText).

#include "display/OutsideText.h"

#include <QTest>

using namespace Poplar;

class TestOutsideText : public QObject {
    Q_OBJECT
private slots:
    void label_data();
    void label();
    void labelCut();
    void richText();
    void terminal_data();
    void terminal();
    void terminalBytes_data();
    void terminalBytes();
};

void TestOutsideText::label_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<bool>("singleLine");
    QTest::addColumn<QString>("out");
    const QString fffd(QChar(0xFFFD));
    QTest::newRow("plain") << QStringLiteral("Hello, world") << true << QStringLiteral("Hello, world");
    QTest::newRow("markup untouched") << QStringLiteral("<b>x</b>") << true << QStringLiteral("<b>x</b>");
    QTest::newRow("escape and bell") << QStringLiteral("a\x1b]0;pwn\x07z") << true
                                     << QStringLiteral("a%1]0;pwn%1z").arg(fffd);
    // Not QStringLiteral("a%12J").arg(fffd): "%12" is placeholder 12.
    QTest::newRow("C1 CSI") << QStringLiteral("a") + QChar(0x9B) + QStringLiteral("2J") << true
                            << QStringLiteral("a") + fffd + QStringLiteral("2J");
    QTest::newRow("RLO") << QStringLiteral("invoice") + QChar(0x202E) + QStringLiteral("fdp.exe") << true
                         << QStringLiteral("invoice%1fdp.exe").arg(fffd);
    QTest::newRow("isolate") << QChar(0x2066) + QStringLiteral("x") + QChar(0x2069) << true
                             << fffd + QStringLiteral("x") + fffd;
    QTest::newRow("NUL and DEL") << QStringLiteral("a") + QChar(0) + QChar(0x7F) << true << QStringLiteral("a") + fffd + fffd;
    QTest::newRow("lines joined") << QStringLiteral("one\r\ntwo\tthree") << true << QStringLiteral("one  two three");
    QTest::newRow("Unicode line separators") << QStringLiteral("a\u2028b\u2029c") << true << QStringLiteral("a b c");
    QTest::newRow("lines kept") << QStringLiteral("one\r\ntwo\rthree\n") << false << QStringLiteral("one\ntwo\nthree\n");
    QTest::newRow("RTL text kept") << QStringLiteral("\u05E9\u05DC\u05D5\u05DD") << true << QStringLiteral("\u05E9\u05DC\u05D5\u05DD");
    QTest::newRow("astral kept") << QStringLiteral("\U0001F600") << true << QStringLiteral("\U0001F600");
}

void TestOutsideText::label()
{
    QFETCH(QString, in);
    QFETCH(bool, singleLine);
    QFETCH(QString, out);
    QCOMPARE(Display::forLabel(in, singleLine), out);
}

void TestOutsideText::labelCut()
{
    const QString cut = Display::forLabel(QString(10000, QLatin1Char('x')));
    QCOMPARE(cut.size(), Display::MaxLabelChars + 1);
    QVERIFY(cut.endsWith(QChar(0x2026)));
    QCOMPARE(Display::forLabel(QStringLiteral("abcdef"), true, 3), QStringLiteral("abc\u2026"));
}

void TestOutsideText::richText()
{
    QCOMPARE(Display::forRichText(QStringLiteral("<img src=x> & \x1b")), QStringLiteral("&lt;img src=x&gt; &amp; \uFFFD"));
    QCOMPARE(Display::forRichText(QStringLiteral("a\nb"), false), QStringLiteral("a<br>b"));
    const QString tip = Display::toolTip(QStringLiteral("<a href=\"https://evil.example\">x</a>"));
    QVERIFY(tip.startsWith(QLatin1String("<p style=")));  // a tag first: Qt takes it as rich text
    QVERIFY(!tip.contains(QLatin1String("<a ")));
}

void TestOutsideText::terminal_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("Re: lunch") << QStringLiteral("Re: lunch");
    QTest::newRow("OSC title") << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("\\x1b]0;owned\\x07");
    QTest::newRow("clear screen") << QStringLiteral("\x1b[2J\x1b[H") << QStringLiteral("\\x1b[2J\\x1b[H");
    QTest::newRow("C1 CSI") << QString(QChar(0x9B)) + QStringLiteral("31m") << QStringLiteral("\\x9b31m");
    QTest::newRow("newline and CR") << QStringLiteral("a\r\nb") << QStringLiteral("a\\r\\nb");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
    QTest::newRow("backslash") << QStringLiteral("C:\\x1b") << QStringLiteral("C:\\\\x1b");
    QTest::newRow("RLO") << QString(QChar(0x202E)) << QStringLiteral("\\u{202e}");
    QTest::newRow("PDI") << QString(QChar(0x2069)) << QStringLiteral("\\u{2069}");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\\u{2028}b");
    QTest::newRow("umlaut") << QStringLiteral("M\u00FCller") << QStringLiteral("M\u00FCller");
}

void TestOutsideText::terminal()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Display::forTerminal(in), out);
}

void TestOutsideText::terminalBytes_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << QStringLiteral("caf\u00E9");
    QTest::newRow("latin-1 byte") << QByteArray("caf\xe9!") << QStringLiteral("caf\\xe9!");
    QTest::newRow("8-bit CSI") << QByteArray("\x9b" "2J") << QStringLiteral("\\x9b2J");
    QTest::newRow("UTF-8 C1 CSI") << QByteArray("\xc2\x9b" "2J") << QStringLiteral("\\x9b2J");
    QTest::newRow("overlong ESC") << QByteArray("\xc0\x9b") << QStringLiteral("\\xc0\\x9b");
    QTest::newRow("cut sequence") << QByteArray("\xe2\x80") << QStringLiteral("\\xe2\\x80");
    QTest::newRow("UTF-8 RLO") << QByteArray("\xe2\x80\xae") << QStringLiteral("\\u{202e}");
    QTest::newRow("ESC") << QByteArray("-ERR \x1b[2J") << QStringLiteral("-ERR \\x1b[2J");
}

void TestOutsideText::terminalBytes()
{
    QFETCH(QByteArray, in);
    QFETCH(QString, out);
    QCOMPARE(Display::forTerminal(in), out);
}

QTEST_GUILESS_MAIN(TestOutsideText)
#include "tst_outsidetext.moc"

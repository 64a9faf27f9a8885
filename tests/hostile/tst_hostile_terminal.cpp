// Terminal escape injection through poplar-sync: a MailboxServer whose messages carry ESC
// sequences, BEL, C1 controls, bidirectional overrides and line ends in Subject and From (raw
// and inside encoded words), and whose -ERR replies carry them too. Whatever `check`, `scan`
// and `list` print must hold none of them, byte for byte, and show them as visible escapes;
// `list` stays one line per message.

#include "MailboxServer.h"
#include "SyncProcess.h"

#include <QStringDecoder>
#include <QTemporaryDir>

using namespace Poplar;
using namespace Poplar::Test;

namespace {

const QString PoplarSync = QStringLiteral(POPLAR_SYNC_PATH);
/// The account's name carries an escape sequence too: names come from the profile.
const QString PasswordCommand = QStringLiteral("echo '%1'").arg(QString::fromLatin1(HostileSecret));
const QString AccountName = QStringLiteral("hostile\x1b]0;name\x07");

QByteArray encodedWord(const QByteArray &utf8)
{
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QByteArray message(int n, const QByteArray &from, const QByteArray &subject)
{
    return "Message-ID: <" + QByteArray::number(n) + "@terminal.test>\r\n"
           "Date: Tue, 07 Nov 2023 10:00:00 +0000\r\n"
           "From: " + from + "\r\n"
           "Subject: " + subject + "\r\n\r\n"
           "Body of message " + QByteArray::number(n) + ".\r\n";
}

QList<MailboxMessage> hostileMaildrop()
{
    const QByteArray rlo = "\xe2\x80\xae";   // U+202E RIGHT-TO-LEFT OVERRIDE
    const QByteArray lri = "\xe2\x81\xa6";   // U+2066 LEFT-TO-RIGHT ISOLATE
    const QByteArray csi = "\xc2\x9b";       // U+009B, the C1 control sequence introducer
    const QByteArray nel = "\xc2\x85";       // U+0085 NEXT LINE
    return {
        {message(1, "\"\x1b[31mMallory\x1b[0m\" <m@evil.test>", "\x1b]0;owned\x07\x1b[2J\x1b[Hfake output"), "uid-1"},
        {message(2, encodedWord("Bob\x1b[8m hidden") + " <b@evil.test>",
                 encodedWord("\x1b]2;retitled\x07\x1b[1;1H\x1b[2Jcleared")), "uid-2"},
        {message(3, "Carol " + rlo + "moc.live" + " <c@evil.test>", "Invoice " + rlo + "fdp.exe " + csi + "31m red" + nel),
         "uid-3"},
        {message(4, encodedWord("Dave" + lri + "x\xe2\x81\xa9") + " <d@evil.test>",
                 encodedWord("one\r\nuid-9\theaders\ton-server\ttwo\x07" + csi + "2J" + rlo)), "uid-4"},
        {message(5, "Erin <e@evil.test>", "bare\rcarriage\x7f del \\x1b already"), "uid-5"},
    };
}

/// `bytes` for a failure message: whatever could act on the terminal running the test, percent-encoded.
QByteArray shown(const QByteArray &bytes)
{
    return bytes.toPercentEncoding(" \n\\;[]{}()<>:,.-_'\"!?=/@*");
}

/// Empty when `bytes` is safe to send to a terminal: valid UTF-8 with no C0 control but LF (and
/// TAB when `tabSeparated`), no DEL, no C1 control and no bidirectional control. Otherwise what
/// was found, and where.
QString unsafeIn(const QByteArray &bytes, bool tabSeparated)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar b = uchar(bytes.at(i));
        if ((b < 0x20 && b != '\n' && !(tabSeparated && b == '\t')) || b == 0x7f)
            return QStringLiteral("byte 0x%1 at %2").arg(b, 2, 16, QLatin1Char('0')).arg(i);
        // C1 controls and bidi controls in their UTF-8 forms
        const uchar next = i + 1 < bytes.size() ? uchar(bytes.at(i + 1)) : 0;
        const uchar third = i + 2 < bytes.size() ? uchar(bytes.at(i + 2)) : 0;
        if (b == 0xc2 && next >= 0x80 && next <= 0x9f)
            return QStringLiteral("C1 control U+%1 at %2").arg(next, 4, 16, QLatin1Char('0')).arg(i);
        if (b == 0xe2 && ((next == 0x80 && third >= 0xaa && third <= 0xae) || (next == 0x81 && third >= 0xa6 && third <= 0xa9)))
            return QStringLiteral("bidi control at %1").arg(i);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return QStringLiteral("invalid UTF-8");
    for (const char32_t c : text.toUcs4()) {
        if ((c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            return QStringLiteral("code point U+%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return {};
}

/// Checks one run's output: nothing unsafe on either stream.
void verifySafe(const SyncProcessResult &run, bool tabSeparatedOut = false)
{
    const QString inOut = unsafeIn(run.out, tabSeparatedOut);
    QVERIFY2(inOut.isEmpty(), qPrintable(inOut + QStringLiteral(" in stdout: ") + QString::fromLatin1(shown(run.out))));
    const QString inErr = unsafeIn(run.err, false);
    QVERIFY2(inErr.isEmpty(), qPrintable(inErr + QStringLiteral(" in stderr: ") + QString::fromLatin1(shown(run.err))));
}

} // namespace

class TestHostileTerminal : public QObject {
    Q_OBJECT
private slots:
    void init();
    void checkAndList();
    void errorTextFromServer();
    void scan();
    void scanRefused_data();
    void scanRefused();

private:
    SyncProcessResult sync(const QStringList &arguments) const;
    SyncProcessResult scanServer() const;

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<MailboxServer> m_server;
};

void TestHostileTerminal::init()
{
    QVERIFY2(QFile::exists(PoplarSync), POPLAR_SYNC_PATH);
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
    m_server = std::make_unique<MailboxServer>();
    m_server->messages = hostileMaildrop();
    m_server->password = HostileSecret;
    QVERIFY(m_server->listenLocal());
    const SyncProcessResult add = sync({QStringLiteral("account"), QStringLiteral("add"), AccountName,
                                        QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                        QString::number(m_server->port()), QStringLiteral("--security"),
                                        QStringLiteral("plain"), QStringLiteral("--user"), QStringLiteral("alice"),
                                        QStringLiteral("--password-command"), PasswordCommand});
    QVERIFY2(add.finished && add.exitCode == 0, shown(add.err).constData());
}

SyncProcessResult TestHostileTerminal::sync(const QStringList &arguments) const
{
    return runPoplarSync(PoplarSync, QStringList{QStringLiteral("--profile"), m_profile->path()} + arguments);
}

SyncProcessResult TestHostileTerminal::scanServer() const
{
    return runPoplarSync(PoplarSync, {QStringLiteral("scan"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                      QStringLiteral("--port"), QString::number(m_server->port()),
                                      QStringLiteral("--security"), QStringLiteral("plain"), QStringLiteral("--user"),
                                      QStringLiteral("alice"), QStringLiteral("--password-command"),
                                      PasswordCommand});
}

/// `check` prints its summary with the account's name escaped; `list` prints one line of seven
/// tab-separated fields per message, headers escaped.
void TestHostileTerminal::checkAndList()
{
    const SyncProcessResult check = sync({QStringLiteral("check"), AccountName});
    QVERIFY2(check.finished && check.exitCode == 0, shown(check.err).constData());
    verifySafe(check);
    QVERIFY2(check.out.contains("hostile\\x1b]0;name\\x07: 5 new"), shown(check.out).constData());

    const SyncProcessResult list = sync({QStringLiteral("list"), AccountName});
    QVERIFY2(list.finished && list.exitCode == 0, shown(list.err).constData());
    verifySafe(list, true);
    QVERIFY(list.out.endsWith('\n'));
    const QByteArrayList lines = list.out.chopped(1).split('\n');
    QCOMPARE(lines.size(), 5);
    for (int i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).startsWith("uid-" + QByteArray::number(i + 1) + '\t'), shown(lines.at(i)).constData());
        QVERIFY2(lines.at(i).count('\t') == 6, shown(lines.at(i)).constData());
    }
    // The escapes are there to see, and a backslash in a header can't pass for one. Controls in
    // decoded headers are already U+FFFD (Mime::decodeHeaderText), shown as \u{fffd}.
    QVERIFY2(lines.at(0).contains("\\u{fffd}]0;owned\\u{fffd}\\u{fffd}[2J\\u{fffd}[Hfake output"), shown(lines.at(0)).constData());
    QVERIFY2(lines.at(0).contains("\\u{fffd}[31mMallory\\u{fffd}[0m"), shown(lines.at(0)).constData());
    QVERIFY2(lines.at(1).contains("\\u{fffd}]2;retitled\\u{fffd}"), shown(lines.at(1)).constData());
    QVERIFY2(lines.at(2).contains("Invoice \\u{202e}fdp.exe \\u{fffd}31m red"), shown(lines.at(2)).constData());
    QVERIFY2(lines.at(3).contains("Dave\\u{2066}x\\u{2069}"), shown(lines.at(3)).constData());
    QVERIFY2(lines.at(3).contains("\\u{fffd}\\u{fffd}2J\\u{202e}"), shown(lines.at(3)).constData());
    QVERIFY2(lines.at(4).contains("\\u{fffd} del \\\\x1b already"), shown(lines.at(4)).constData());
}

/// A server's -ERR text reaches stderr escaped, the bytes that are not UTF-8 as \xNN.
void TestHostileTerminal::errorTextFromServer()
{
    m_server->overrides.insert("LIST", "-ERR [SYS/TEMP] \x1b]0;pwned\x07\x1b[2J\x9b" "2Jfake\xe2\x80\xae line\r\n");
    const SyncProcessResult check = sync({QStringLiteral("check"), AccountName});
    QVERIFY(check.finished);
    QVERIFY(check.exitCode != 0);
    verifySafe(check);
    QVERIFY2(check.err.contains("(server: \\x1b]0;pwned\\x07\\x1b[2J\\x9b2Jfake\\u{202e} line)"), shown(check.err).constData());
    QVERIFY2(check.err.startsWith("poplar-sync: hostile\\x1b]0;name\\x07: "), shown(check.err).constData());
    QCOMPARE(check.err.count('\n'), 1);
}

/// `scan` shows sender and subject from TOP, decoded and escaped, one line per message.
void TestHostileTerminal::scan()
{
    const SyncProcessResult scan = scanServer();
    QVERIFY2(scan.finished && scan.exitCode == 0, shown(scan.err).constData());
    verifySafe(scan);
    const QByteArrayList lines = scan.out.chopped(1).split('\n');
    QCOMPARE(lines.size(), 6); // "5 message(s) on ..." and one line each
    QVERIFY2(lines.at(1).contains("\\u{fffd}]0;owned\\u{fffd}\\u{fffd}[2J\\u{fffd}[Hfake output"), shown(lines.at(1)).constData());
    QVERIFY2(lines.at(2).contains("\\u{fffd}]2;retitled\\u{fffd}"), shown(lines.at(2)).constData());
    QVERIFY2(lines.at(3).contains("Invoice \\u{202e}fdp.exe \\u{fffd}31m red"), shown(lines.at(3)).constData());
    QVERIFY2(lines.at(4).contains("\\u{fffd}\\u{fffd}2J\\u{202e}"), shown(lines.at(4)).constData());
}

void TestHostileTerminal::scanRefused_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("login refused") << QByteArray("PASS " + HostileSecret) << QByteArray("-ERR [AUTH] \x1b]0;pwned\x07\x1b[2J\x07 no\r\n");
    QTest::newRow("LIST refused") << QByteArray("LIST") << QByteArray("-ERR \x1b]0;pwned\x07\x1b[2J\x07 no\r\n");
}

/// A refusal's text, on the two paths scan reports failures by.
void TestHostileTerminal::scanRefused()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, reply);
    m_server->overrides.insert(command, reply);
    const SyncProcessResult scan = scanServer();
    QVERIFY(scan.finished);
    verifySafe(scan);
    QVERIFY2(scan.err.contains("\\x1b]0;pwned\\x07\\x1b[2J\\x07 no"), shown(scan.err).constData());
}

QTEST_GUILESS_MAIN(TestHostileTerminal)
#include "tst_hostile_terminal.moc"

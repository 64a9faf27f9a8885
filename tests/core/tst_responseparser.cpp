#include "pop3/ResponseParser.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace Poplar::Pop3;
using Type = ResponseParser::Event::Type;

namespace {

/// What a parser made of a whole reply: status line, concatenated body, whether it ended.
struct Parsed {
    std::optional<StatusLine> status;
    QByteArray body;
    bool ended = false;
    QString error;
    QByteArrayList continuations;
};

/// Feeds `bytes` in the given chunk sizes (cycled), draining events after each chunk.
Parsed parseInChunks(const QByteArray &bytes, ReplyShape shape, const QVector<int> &chunks)
{
    ResponseParser parser;
    Parsed result;
    qsizetype pos = 0;
    int i = 0;
    while (pos < bytes.size() && result.error.isEmpty() && !result.ended) {
        const int n = chunks.isEmpty() ? int(bytes.size()) : chunks.at(i++ % chunks.size());
        parser.feed(QByteArrayView(bytes).sliced(pos, qMin<qsizetype>(n, bytes.size() - pos)));
        pos += n;
        for (;;) {
            const auto event = parser.next(shape);
            if (event.type == Type::NeedMore)
                break;
            if (event.type == Type::Status) {
                result.status = event.status;
                if (!parser.inBody()) {
                    result.ended = true;
                    break;
                }
            } else if (event.type == Type::BodyData) {
                result.body += event.data;
            } else if (event.type == Type::BodyEnd) {
                result.ended = true;
                break;
            } else if (event.type == Type::Continuation) {
                result.continuations << event.data;
            } else if (event.type == Type::Error) {
                result.error = event.error;
                break;
            }
        }
    }
    return result;
}

QVector<QVector<int>> chunkings(int size)
{
    QVector<QVector<int>> all{{}, {1}, {2}, {3}, {1, 2, 5}, {7}, {size > 1 ? size - 1 : 1}};
    QRandomGenerator rng(42);
    for (int i = 0; i < 20; ++i) {
        QVector<int> c;
        for (int j = 0; j < 8; ++j)
            c << 1 + int(rng.bounded(16));
        all << c;
    }
    return all;
}

} // namespace

class TestResponseParser : public QObject {
    Q_OBJECT
private slots:
    void statusLine_data();
    void statusLine();
    void multiLineInAnyChunking_data();
    void multiLineInAnyChunking();
    void errorEndsMultiLine();
    void pipelinedRepliesInOrder();
    void saslContinuations();
    void overlongLineIsAnError();
    void overlongBodyLineIsStreamed();
    void nulInStatusLineIsAnError();
    void garbageIsAnError();
    void bodyStreamsBeforeTerminator();
    void readIntoFixedBufferInAnyPieces();
    void bodyWithoutDotLinesIsOneRun();
};

void TestResponseParser::statusLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("codeText");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("ok") << QByteArray("+OK 2 320") << true << true << int(ResponseCode::None) << QByteArray() << QByteArray("2 320");
    QTest::newRow("bare ok") << QByteArray("+OK") << true << true << int(ResponseCode::None) << QByteArray() << QByteArray();
    QTest::newRow("err") << QByteArray("-ERR no such message") << true << false << int(ResponseCode::None) << QByteArray() << QByteArray("no such message");
    QTest::newRow("in-use") << QByteArray("-ERR [IN-USE] Mailbox locked") << true << false << int(ResponseCode::InUse) << QByteArray("IN-USE") << QByteArray("Mailbox locked");
    QTest::newRow("login-delay") << QByteArray("-ERR [LOGIN-DELAY] wait") << true << false << int(ResponseCode::LoginDelay) << QByteArray("LOGIN-DELAY") << QByteArray("wait");
    QTest::newRow("sys/temp") << QByteArray("-ERR [SYS/TEMP] try later") << true << false << int(ResponseCode::SysTemp) << QByteArray("SYS/TEMP") << QByteArray("try later");
    QTest::newRow("sys/perm") << QByteArray("-ERR [SYS/PERM] gone") << true << false << int(ResponseCode::SysPerm) << QByteArray("SYS/PERM") << QByteArray("gone");
    QTest::newRow("auth") << QByteArray("-ERR [AUTH] Authentication failed.") << true << false << int(ResponseCode::Auth) << QByteArray("AUTH") << QByteArray("Authentication failed.");
    QTest::newRow("hierarchical") << QByteArray("-ERR [SYS/TEMP/DISK] full") << true << false << int(ResponseCode::SysTemp) << QByteArray("SYS/TEMP/DISK") << QByteArray("full");
    QTest::newRow("unknown code") << QByteArray("-ERR [X-FOO] hmm") << true << false << int(ResponseCode::Other) << QByteArray("X-FOO") << QByteArray("hmm");
    QTest::newRow("not a status") << QByteArray("+OKAY") << false << false << 0 << QByteArray() << QByteArray();
    QTest::newRow("lowercase") << QByteArray("+ok") << false << false << 0 << QByteArray() << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << false << 0 << QByteArray() << QByteArray();
}

void TestResponseParser::statusLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    const auto status = parseStatusLine(line);
    QCOMPARE(status.has_value(), valid);
    if (!valid)
        return;
    QFETCH(bool, ok);
    QFETCH(int, code);
    QFETCH(QByteArray, codeText);
    QFETCH(QByteArray, text);
    QCOMPARE(status->ok, ok);
    QCOMPARE(int(status->code), code);
    QCOMPARE(status->codeText, codeText);
    QCOMPARE(status->text, text);
}

void TestResponseParser::multiLineInAnyChunking_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty body") << QByteArray("+OK\r\n.\r\n") << QByteArray();
    QTest::newRow("plain") << QByteArray("+OK 2 messages\r\n1 120\r\n2 200\r\n.\r\n") << QByteArray("1 120\r\n2 200\r\n");
    QTest::newRow("stuffed dots") << QByteArray("+OK\r\n..\r\n...x\r\n.a\r\nb.\r\n.\r\n")
                                  << QByteArray(".\r\n..x\r\na\r\nb.\r\n");
    QTest::newRow("dot-cr-not-terminator") << QByteArray("+OK\r\n.\rX\r\n.\r\n") << QByteArray("\rX\r\n");
    QTest::newRow("bare LF") << QByteArray("+OK\nline one\n..two\n.\n") << QByteArray("line one\n.two\n");
    QTest::newRow("mixed line ends") << QByteArray("+OK\r\na\nb\r\n.\n") << QByteArray("a\nb\r\n");
    QTest::newRow("nul in body") << QByteArray("+OK\r\na\0b\r\n.\r\n", 14) << QByteArray("a\0b\r\n", 5);
    QTest::newRow("blank lines") << QByteArray("+OK\r\n\r\n\r\n.\r\n") << QByteArray("\r\n\r\n");
}

void TestResponseParser::multiLineInAnyChunking()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, body);
    for (const QVector<int> &chunks : chunkings(int(wire.size()))) {
        const Parsed parsed = parseInChunks(wire, ReplyShape::MultiLine, chunks);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QVERIFY(parsed.status && parsed.status->ok);
        QVERIFY(parsed.ended);
        QCOMPARE(parsed.body, body);
    }
}

void TestResponseParser::errorEndsMultiLine()
{
    const Parsed parsed = parseInChunks("-ERR no such message\r\n", ReplyShape::MultiLine, {});
    QVERIFY(parsed.ended);
    QVERIFY(!parsed.status->ok);
    QCOMPARE(parsed.body, QByteArray());
}

void TestResponseParser::pipelinedRepliesInOrder()
{
    const QByteArray wire = "+OK 1 2\r\n+OK\r\n.x\r\n.\r\n-ERR nope\r\n+OK\r\n.\r\n";
    const ReplyShape shapes[] = {ReplyShape::SingleLine, ReplyShape::MultiLine, ReplyShape::MultiLine,
                                 ReplyShape::MultiLine};
    for (const QVector<int> &chunks : chunkings(int(wire.size()))) {
        ResponseParser parser;
        QList<QByteArray> seen;
        int reply = 0;
        qsizetype pos = 0;
        int i = 0;
        while (pos < wire.size()) {
            const int n = chunks.isEmpty() ? int(wire.size()) : chunks.at(i++ % chunks.size());
            parser.feed(QByteArrayView(wire).sliced(pos, qMin<qsizetype>(n, wire.size() - pos)));
            pos += n;
            for (;;) {
                QVERIFY(reply < 4);
                const auto event = parser.next(shapes[reply]);
                if (event.type == Type::NeedMore)
                    break;
                QVERIFY(event.type != Type::Error);
                if (event.type == Type::Status) {
                    seen << (event.status.ok ? "+" : "-") + event.status.text;
                    if (!parser.inBody())
                        ++reply;
                } else if (event.type == Type::BodyData) {
                    seen << "body:" + event.data;
                } else if (event.type == Type::BodyEnd) {
                    ++reply;
                }
                if (reply == 4)
                    break;
            }
        }
        QCOMPARE(reply, 4);
        // Body data may arrive in several pieces; join adjacent ones before comparing.
        QList<QByteArray> joined;
        for (const QByteArray &s : seen) {
            if (s.startsWith("body:") && !joined.isEmpty() && joined.last().startsWith("body:"))
                joined.last() += s.mid(5);
            else
                joined << s;
        }
        QCOMPARE(joined, (QList<QByteArray>{"+1 2", "+", "body:x\r\n", "-nope", "+"}));
    }
}

void TestResponseParser::saslContinuations()
{
    const QByteArray wire = "+ PDEyMzQ+\r\n+\r\n+OK logged in\r\n";
    for (const QVector<int> &chunks : chunkings(int(wire.size()))) {
        const Parsed parsed = parseInChunks(wire, ReplyShape::Sasl, chunks);
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.continuations, (QByteArrayList{"PDEyMzQ+", ""}));
        QVERIFY(parsed.status && parsed.status->ok);
        QCOMPARE(parsed.status->text, QByteArray("logged in"));
    }
}

void TestResponseParser::overlongLineIsAnError()
{
    ResponseParser parser;
    const QByteArray junk(ResponseParser::MaxStatusLine + 10, 'x');
    parser.feed(junk);
    const auto event = parser.next(ReplyShape::SingleLine);
    QCOMPARE(event.type, Type::Error);
    // A megabyte without CRLF, fed in pieces, is refused as soon as the limit passes.
    ResponseParser streaming;
    int fed = 0;
    ResponseParser::Event last;
    while (fed < 1024 * 1024) {
        streaming.feed(QByteArray(4096, 'y'));
        fed += 4096;
        last = streaming.next(ReplyShape::SingleLine);
        if (last.type != Type::NeedMore)
            break;
    }
    QCOMPARE(last.type, Type::Error);
    QVERIFY(fed <= ResponseParser::MaxStatusLine + 4096);
}

void TestResponseParser::overlongBodyLineIsStreamed()
{
    ResponseParser parser;
    parser.feed("+OK\r\n");
    QCOMPARE(parser.next(ReplyShape::MultiLine).type, Type::Status);
    qsizetype total = 0;
    for (int i = 0; i < 256; ++i) {
        parser.feed(QByteArray(4096, 'z'));
        const auto event = parser.next(ReplyShape::MultiLine);
        QCOMPARE(event.type, Type::BodyData);
        total += event.data.size();
        QVERIFY(parser.bufferedBytes() < 8192); // nothing accumulates
    }
    parser.feed("\r\n.\r\n");
    auto event = parser.next(ReplyShape::MultiLine);
    QCOMPARE(event.type, Type::BodyData);
    total += event.data.size();
    QCOMPARE(total, qsizetype(256 * 4096 + 2));
    QCOMPARE(parser.next(ReplyShape::MultiLine).type, Type::BodyEnd);
}

void TestResponseParser::nulInStatusLineIsAnError()
{
    ResponseParser parser;
    parser.feed(QByteArray("+OK hi\0there\r\n", 14));
    QCOMPARE(parser.next(ReplyShape::SingleLine).type, Type::Error);
}

void TestResponseParser::garbageIsAnError()
{
    ResponseParser parser;
    parser.feed("HTTP/1.1 400 Bad Request\r\n");
    const auto event = parser.next(ReplyShape::SingleLine);
    QCOMPARE(event.type, Type::Error);
    QVERIFY(event.error.contains(QLatin1String("HTTP")));
}

void TestResponseParser::bodyStreamsBeforeTerminator()
{
    ResponseParser parser;
    parser.feed("+OK\r\nfirst line\r\nsecond ");
    QCOMPARE(parser.next(ReplyShape::MultiLine).type, Type::Status);
    auto event = parser.next(ReplyShape::MultiLine);
    QCOMPARE(event.type, Type::BodyData);
    QCOMPARE(event.data, QByteArray("first line\r\nsecond "));
    QCOMPARE(parser.next(ReplyShape::MultiLine).type, Type::NeedMore);
    parser.feed("half\r\n.");
    event = parser.next(ReplyShape::MultiLine);
    QCOMPARE(event.data, QByteArray("half\r\n"));
    QCOMPARE(parser.next(ReplyShape::MultiLine).type, Type::NeedMore); // "." alone: not yet known
    parser.feed("\r\n");
    QCOMPARE(parser.next(ReplyShape::MultiLine).type, Type::BodyEnd);
    QVERIFY(!parser.inBody());
}

QTEST_GUILESS_MAIN(TestResponseParser)
void TestResponseParser::readIntoFixedBufferInAnyPieces()
{
    // A 3 MiB body with stuffed dots, bare lines and CRLF, read through spaceToFill() in pieces
    // of every size: the body comes out unstuffed, and the buffer is never larger than BufferSize.
    QByteArray body;
    QByteArray wire = "+OK message follows\r\n";
    QRandomGenerator rng(7);
    while (body.size() < 3 * 1024 * 1024) {
        QByteArray line = QByteArray(int(rng.bounded(0, 120)), 'a' + char(rng.bounded(26)));
        if (rng.bounded(10) == 0)
            line.prepend('.');
        body += line + "\r\n";
        wire += (line.startsWith('.') ? "." + line : line) + "\r\n";
    }
    wire += ".\r\n+OK next\r\n";
    ResponseParser parser;
    QByteArray out;
    bool ended = false;
    std::optional<StatusLine> second;
    qsizetype pos = 0;
    while (pos < wire.size()) {
        qsizetype room = 0;
        char *space = parser.spaceToFill(&room);
        QVERIFY(room > 0);
        QVERIFY(room <= ResponseParser::BufferSize);
        const qsizetype n = std::min({room, wire.size() - pos, qsizetype(rng.bounded(1, 70000))});
        std::memcpy(space, wire.constData() + pos, size_t(n));
        parser.filled(n);
        pos += n;
        for (auto event = parser.next(ReplyShape::MultiLine); event.type != Type::NeedMore;
             event = parser.next(ReplyShape::MultiLine)) {
            QVERIFY(event.type != Type::Error);
            if (event.type == Type::BodyData)
                out += event.data;
            else if (event.type == Type::BodyEnd)
                ended = true;
            else if (event.type == Type::Status && ended)
                second = event.status;
        }
    }
    QVERIFY(ended);
    QCOMPARE(out.size(), body.size());
    QVERIFY(out == body);
    QVERIFY(second && second->text == "next");
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestResponseParser::bodyWithoutDotLinesIsOneRun()
{
    // Nothing but lines that begin with a dot is looked at: the rest goes out in one piece.
    QByteArray lines;
    for (int i = 0; i < 2000; ++i)
        lines += "line " + QByteArray::number(i) + " of a body without leading dots\r\n";
    ResponseParser parser;
    parser.feed("+OK\r\n" + lines + "..dot\r\nlast\r\n.\r\n");
    QCOMPARE(parser.next(ReplyShape::MultiLine).type, Type::Status);
    auto event = parser.next(ReplyShape::MultiLine);
    QCOMPARE(event.type, Type::BodyData);
    QCOMPARE(event.data, lines);
    event = parser.next(ReplyShape::MultiLine);
    QCOMPARE(event.type, Type::BodyData);
    QCOMPARE(event.data, QByteArray(".dot\r\nlast\r\n"));
    QCOMPARE(parser.next(ReplyShape::MultiLine).type, Type::BodyEnd);
}

#include "tst_responseparser.moc"

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Poplar::Pop3 {

/// Extended response codes (RFC 2449 section 8, RFC 3206) carried in brackets after +OK/-ERR.
enum class ResponseCode { None, InUse, LoginDelay, SysTemp, SysPerm, Auth, Other };

/// One "+OK ..." or "-ERR ..." line.
struct StatusLine {
    bool ok = false;
    ResponseCode code = ResponseCode::None;
    /// The bracketed code as sent, e.g. "SYS/TEMP"; empty if none.
    QByteArray codeText;
    /// The human-readable text after the status indicator and code.
    QByteArray text;
};

/// Parses one status line (without its line ending); nullopt if it is not +OK/-ERR.
std::optional<StatusLine> parseStatusLine(QByteArrayView line);

/// What the reply at the head of the pipeline is expected to look like.
enum class ReplyShape {
    /// One status line.
    SingleLine,
    /// A status line; after +OK, a dot-terminated body.
    MultiLine,
    /// Inside an AUTH exchange: "+ base64" continuations until a status line.
    Sasl,
};

/// Incremental POP3 response parser: no sockets, no QObject. Bytes go in, in any chunking,
/// either read straight into the parser's own buffer (spaceToFill() and filled(): no copy, and
/// the buffer never grows past BufferSize) or copied in with feed(); next() hands out one event
/// at a time for the reply shape the caller expects.
///
/// Bodies are scanned in place: only a line that begins with a dot is looked at (a stuffed dot
/// is dropped, the terminator ends the body), and everything between such lines is handed out
/// as one BodyData run that points into the buffer. Memory stays bounded however long a line
/// or a message is.
class ResponseParser {
public:
    struct Event {
        enum class Type {
            NeedMore,     ///< nothing complete buffered yet
            Status,       ///< a status line (`status`)
            Continuation, ///< a SASL "+ " line; `data` is the still-encoded payload
            BodyData,     ///< unstuffed body bytes (`data`), whole or partial lines; `data` points
                          ///< into the parser's buffer and is valid until the next call to the parser
            BodyEnd,      ///< the terminating "." line of a body
            Error,        ///< the server broke the protocol; `error` says how
        };
        Type type = Type::NeedMore;
        StatusLine status;
        QByteArray data;
        QString error;
    };

    /// Longest status line accepted (RFC 2449 allows 512 octets; servers exceed it).
    static constexpr int MaxStatusLine = 8192;
    /// Longest SASL continuation line accepted (GSSAPI tokens can be large).
    static constexpr int MaxContinuationLine = 65536;

    /// Size of the buffer spaceToFill() offers; larger than any line the parser accepts.
    static constexpr qsizetype BufferSize = 256 * 1024;

    /// Copies `bytes` in (the buffer grows if they do not fit: for tests and small inputs).
    void feed(QByteArrayView bytes);
    /// Free space at the end of the buffer for reading into, after moving the unparsed rest to
    /// its start; `*room` gets its size (0 when the unparsed rest fills the buffer). Invalidates
    /// the data of the last event.
    char *spaceToFill(qsizetype *room);
    /// Declares that `count` bytes were written at spaceToFill().
    void filled(qsizetype count);
    /// The next event, interpreting a fresh reply as `shape`; ignored while inside a body.
    Event next(ReplyShape shape);
    /// True while between a multi-line +OK and its terminator.
    bool inBody() const { return m_inBody; }
    /// Bytes received and not yet handed out.
    qsizetype bufferedBytes() const { return m_end - m_pos; }
    void reset();

private:
    Event nextLine(ReplyShape shape);
    Event nextBodyRun();
    /// Moves the unparsed bytes to the start of the buffer.
    void compact();

    QByteArray m_buffer; ///< its size is the capacity; the data is [m_pos, m_end)
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_inBody = false;
    bool m_atLineStart = true;
};

} // namespace Poplar::Pop3

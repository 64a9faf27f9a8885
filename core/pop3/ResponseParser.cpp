#include "pop3/ResponseParser.h"
#include <QCoreApplication>

#include <cstring>

namespace Poplar::Pop3 {

namespace {

ResponseCode codeFromText(const QByteArray &text)
{
    // Hierarchical codes (RFC 2449 8.1) are matched by their first components.
    const QByteArray upper = text.toUpper();
    if (upper == "IN-USE")
        return ResponseCode::InUse;
    if (upper == "LOGIN-DELAY")
        return ResponseCode::LoginDelay;
    if (upper.startsWith("SYS/TEMP"))
        return ResponseCode::SysTemp;
    if (upper.startsWith("SYS/PERM"))
        return ResponseCode::SysPerm;
    if (upper == "AUTH")
        return ResponseCode::Auth;
    return ResponseCode::Other;
}

} // namespace

std::optional<StatusLine> parseStatusLine(QByteArrayView line)
{
    StatusLine status;
    QByteArrayView rest;
    if (line.startsWith("+OK")) {
        status.ok = true;
        rest = line.sliced(3);
    } else if (line.startsWith("-ERR")) {
        rest = line.sliced(4);
    } else {
        return std::nullopt;
    }
    if (!rest.isEmpty() && rest.front() != ' ' && rest.front() != '\t')
        return std::nullopt; // "+OKAY" is not a status indicator
    rest = rest.trimmed();
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close > 1) {
            status.codeText = rest.sliced(1, close - 1).toByteArray();
            status.code = codeFromText(status.codeText);
            rest = rest.sliced(close + 1).trimmed();
        }
    }
    status.text = rest.toByteArray();
    return status;
}

void ResponseParser::feed(QByteArrayView bytes)
{
    compact();
    if (m_end + bytes.size() > m_buffer.size())
        m_buffer.resize(qMax(m_end + bytes.size(), qMin<qsizetype>(BufferSize, 2 * m_buffer.size())));
    std::memcpy(m_buffer.data() + m_end, bytes.data(), size_t(bytes.size()));
    m_end += bytes.size();
}

char *ResponseParser::spaceToFill(qsizetype *room)
{
    compact();
    if (m_buffer.size() < BufferSize)
        m_buffer.resize(BufferSize);
    *room = m_buffer.size() - m_end;
    return m_buffer.data() + m_end;
}

void ResponseParser::filled(qsizetype count)
{
    Q_ASSERT(count >= 0 && m_end + count <= m_buffer.size());
    m_end += count;
}

void ResponseParser::reset()
{
    m_pos = m_end = 0;
    m_inBody = false;
    m_atLineStart = true;
}

void ResponseParser::compact()
{
    // Inside a body at most two bytes (a dot at a line start and a CR) are left unparsed;
    // otherwise a part of one status line: the move is short.
    if (m_pos == 0)
        return;
    if (m_pos < m_end)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(m_end - m_pos));
    m_end -= m_pos;
    m_pos = 0;
}

ResponseParser::Event ResponseParser::next(ReplyShape shape)
{
    // The previous event's data points into the buffer: it stays where it is until the caller
    // asks for more, so nothing is moved here.
    return m_inBody ? nextBodyRun() : nextLine(shape);
}

ResponseParser::Event ResponseParser::nextLine(ReplyShape shape)
{
    Event event;
    const qsizetype limit = shape == ReplyShape::Sasl ? MaxContinuationLine : MaxStatusLine;
    const char *data = m_buffer.constData();
    const void *found = std::memchr(data + m_pos, '\n', size_t(m_end - m_pos));
    const qsizetype lf = found ? static_cast<const char *>(found) - data : -1;
    if (lf < 0) {
        if (m_end - m_pos > limit) {
            event.type = Event::Type::Error;
            event.error = QCoreApplication::translate("Poplar::Pop3::ResponseParser", "response line longer than %1 bytes").arg(limit);
        }
        return event;
    }
    if (lf - m_pos > limit) {
        event.type = Event::Type::Error;
        event.error = QCoreApplication::translate("Poplar::Pop3::ResponseParser", "response line longer than %1 bytes").arg(limit);
        return event;
    }
    QByteArrayView line(data + m_pos, lf - m_pos);
    m_pos = lf + 1;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.contains('\0')) {
        event.type = Event::Type::Error;
        event.error = QCoreApplication::translate("Poplar::Pop3::ResponseParser", "response line contains a NUL byte");
        return event;
    }
    if (shape == ReplyShape::Sasl && (line == "+" || line.startsWith("+ "))) {
        event.type = Event::Type::Continuation;
        event.data = line.sliced(1).trimmed().toByteArray();
        return event;
    }
    const std::optional<StatusLine> status = parseStatusLine(line);
    if (!status) {
        event.type = Event::Type::Error;
        event.error = QCoreApplication::translate("Poplar::Pop3::ResponseParser", "unexpected response: %1")
                          .arg(QString::fromLatin1(line.first(qMin<qsizetype>(80, line.size())).toByteArray().toPercentEncoding(" []()<>@.,:;/=+-_'\"!?")));
        return event;
    }
    event.type = Event::Type::Status;
    event.status = *status;
    if (shape == ReplyShape::MultiLine && status->ok) {
        m_inBody = true;
        m_atLineStart = true;
    }
    return event;
}

ResponseParser::Event ResponseParser::nextBodyRun()
{
    Event event;
    const char *data = m_buffer.constData();
    qsizetype pos = m_pos;
    if (pos == m_end)
        return event;
    if (m_atLineStart && data[pos] == '.') {
        if (pos + 1 >= m_end)
            return event; // what follows the dot decides
        const char after = data[pos + 1];
        if (after == '\n' || (after == '\r' && pos + 2 < m_end && data[pos + 2] == '\n')) {
            m_pos = pos + (after == '\n' ? 2 : 3);
            m_inBody = false;
            event.type = Event::Type::BodyEnd;
            return event;
        }
        if (after == '\r' && pos + 2 >= m_end)
            return event; // ".\r" and then perhaps "\n"
        ++pos; // byte-stuffed: drop the leading dot
    }
    // Everything up to the next line that starts with a dot is body, as it stands.
    static constexpr char LineWithDot[] = "\n.";
    const void *hit = memmem(data + pos, size_t(m_end - pos), LineWithDot, 2);
    const qsizetype runEnd = hit ? static_cast<const char *>(hit) - data + 1 : m_end;
    m_atLineStart = data[runEnd - 1] == '\n';
    m_pos = runEnd;
    event.type = Event::Type::BodyData;
    event.data = QByteArray::fromRawData(data + pos, runEnd - pos);
    return event;
}

} // namespace Poplar::Pop3

#include "pop3/ResponseParser.h"
#include <QCoreApplication>

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
    m_buffer.append(bytes);
}

void ResponseParser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_inBody = false;
    m_atLineStart = true;
    m_bodyEnded = false;
}

void ResponseParser::compact()
{
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > 65536 && m_pos * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

ResponseParser::Event ResponseParser::next(ReplyShape shape)
{
    Event event = m_inBody ? nextBodyChunk() : nextLine(shape);
    compact();
    return event;
}

ResponseParser::Event ResponseParser::nextLine(ReplyShape shape)
{
    Event event;
    const qsizetype limit = shape == ReplyShape::Sasl ? MaxContinuationLine : MaxStatusLine;
    const qsizetype lf = m_buffer.indexOf('\n', m_pos);
    if (lf < 0) {
        if (m_buffer.size() - m_pos > limit) {
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
    QByteArrayView line(m_buffer.constData() + m_pos, lf - m_pos);
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
        m_bodyEnded = false;
    }
    return event;
}

ResponseParser::Event ResponseParser::nextBodyChunk()
{
    Event event;
    if (m_bodyEnded) {
        m_inBody = false;
        m_bodyEnded = false;
        event.type = Event::Type::BodyEnd;
        return event;
    }
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    QByteArray out;
    qsizetype pos = m_pos;
    while (pos < size) {
        if (m_atLineStart && data[pos] == '.') {
            if (pos + 1 >= size)
                break; // need to see what follows the dot
            const char after = data[pos + 1];
            if (after == '\n' || after == '\r') {
                if (after == '\r' && pos + 2 >= size)
                    break;
                if (after == '\n' || data[pos + 2] == '\n') {
                    pos += after == '\n' ? 2 : 3;
                    m_bodyEnded = true;
                    break;
                }
            }
            ++pos; // byte-stuffed: drop the leading dot
        }
        m_atLineStart = false;
        const qsizetype lf = m_buffer.indexOf('\n', pos);
        const qsizetype end = lf < 0 ? size : lf + 1;
        out.append(data + pos, end - pos);
        pos = end;
        if (lf >= 0)
            m_atLineStart = true;
    }
    m_pos = pos;
    if (!out.isEmpty()) {
        event.type = Event::Type::BodyData;
        event.data = std::move(out);
    } else if (m_bodyEnded) {
        return nextBodyChunk();
    }
    return event;
}

} // namespace Poplar::Pop3

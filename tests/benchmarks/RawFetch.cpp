#include "RawFetch.h"

#include <QSslCertificate>
#include <QSslConfiguration>

#include <cstring>

namespace Poplar::Bench {

RawFetch::RawFetch(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    connect(&m_socket, &QSslSocket::readyRead, this, &RawFetch::onReadyRead);
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        fail(QStringLiteral("TLS: %1").arg(texts.join(QStringLiteral("; "))));
    });
    const auto closed = [this] {
        // The server's last reply and its TLS close can come in one read: Qt may report the
        // close before announcing the bytes decrypted with it, so those are taken first.
        onReadyRead();
        if (!m_done)
            fail(QStringLiteral("%1 (after %2 messages)").arg(m_socket.errorString()).arg(m_result.messages));
    };
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this, closed](QAbstractSocket::SocketError error) {
        // A close by the server is judged once Qt has delivered everything before it, on
        // disconnected(), as Poplar's own transport does.
        if (error != QAbstractSocket::RemoteHostClosedError)
            closed();
    });
    connect(&m_socket, &QAbstractSocket::disconnected, this, closed);
}

void RawFetch::start()
{
    m_clock.start();
    m_pending.push_back(Command::Greeting);
    if (!m_options.tls) {
        m_socket.connectToHost(m_options.host, m_options.port);
        return;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.caFile.isEmpty())
        config.addCaCertificates(QSslCertificate::fromPath(m_options.caFile, QSsl::Pem));
    m_socket.setSslConfiguration(config);
    m_socket.connectToHostEncrypted(m_options.host, m_options.port);
}

void RawFetch::send(Command command, const QByteArray &line)
{
    m_pending.push_back(command);
    m_socket.write(line);
}

void RawFetch::sendRetrieval(int count)
{
    // Everything at once: the socket buffers what the kernel does not take yet, and the event
    // loop keeps reading replies meanwhile, so neither side can block the other. QUIT follows
    // the last message (parse()): sent with them, the server's close can overtake the last replies.
    if (count <= 0) {
        send(Command::Quit, "QUIT\r\n");
        return;
    }
    QByteArray commands;
    commands.reserve(count * 12);
    for (int n = 1; n <= count; ++n) {
        commands += "RETR ";
        commands += QByteArray::number(n);
        commands += "\r\n";
        m_pending.push_back(Command::Retr);
    }
    m_socket.write(commands);
}

void RawFetch::onReadyRead()
{
    while (!m_done) {
        // Only an unfinished status line or the last bytes of a body (at most 3) are kept.
        if (m_cursor > 0) {
            std::memmove(m_buffer.get(), m_buffer.get() + m_cursor, size_t(m_length - m_cursor));
            m_length -= m_cursor;
            m_cursor = 0;
        }
        if (m_length == BufferSize) {
            fail(QStringLiteral("a status line longer than %1 bytes").arg(BufferSize));
            return;
        }
        const qint64 got = m_socket.read(m_buffer.get() + m_length, BufferSize - m_length);
        if (got <= 0)
            return;
        m_length += got;
        parse();
    }
}

void RawFetch::parse()
{
    static constexpr char Terminator[] = "\n.\r\n";
    const char *data = m_buffer.get();
    while (!m_done && m_cursor < m_length) {
        if (m_inBody) {
            // The cursor is at most 3 bytes before the next possible terminator; the body's
            // lines themselves are never looked at.
            const void *hit = memmem(data + m_cursor, size_t(m_length - m_cursor), Terminator, 4);
            if (!hit) {
                const qsizetype keep = qMin<qsizetype>(3, m_length - m_cursor);
                m_result.bytes += m_length - keep - m_cursor;
                m_cursor = m_length - keep;
                return;
            }
            const qsizetype at = static_cast<const char *>(hit) - data;
            m_result.bytes += at + 1 - m_cursor;
            m_cursor = at + 4;
            m_inBody = false;
            ++m_result.messages;
            m_pending.pop_front();
            if (m_pending.empty()) // the last message is in: QUIT, as every client sends it
                send(Command::Quit, "QUIT\r\n");
            continue;
        }
        const void *newline = std::memchr(data + m_cursor, '\n', size_t(m_length - m_cursor));
        if (!newline)
            return;
        const qsizetype lf = static_cast<const char *>(newline) - data;
        if (m_pending.empty()) {
            fail(QStringLiteral("the server sent data nobody asked for"));
            return;
        }
        const Command command = m_pending.front();
        if (command != Command::Retr)
            m_pending.pop_front();
        if (!onStatus(command, QByteArrayView(data + m_cursor, lf + 1 - m_cursor)))
            return;
        // A body's search starts at the status line's own LF, so an empty body (".\r\n" right
        // after it) is found like any other terminator; that LF is not counted as body.
        m_cursor = m_inBody ? lf : lf + 1;
        if (m_inBody)
            m_result.bytes -= 1;
    }
}

bool RawFetch::onStatus(Command command, QByteArrayView line)
{
    if (!line.startsWith("+OK")) {
        fail(QStringLiteral("the server refused: %1").arg(QString::fromUtf8(line.trimmed().toByteArray())));
        return false;
    }
    switch (command) {
    case Command::Greeting:
        send(Command::User, "USER " + m_options.user + "\r\n");
        break;
    case Command::User:
        send(Command::Pass, "PASS " + m_options.password + "\r\n");
        break;
    case Command::Pass:
        m_result.loginMs = m_clock.elapsed();
        if (m_options.loginOnly)
            send(Command::Quit, "QUIT\r\n");
        else if (m_options.count >= 0)
            sendRetrieval(m_options.count);
        else
            send(Command::Stat, "STAT\r\n");
        break;
    case Command::Stat: {
        const QList<QByteArray> fields = line.trimmed().toByteArray().split(' ');
        bool ok = false;
        const int count = fields.value(1).toInt(&ok);
        if (!ok) {
            fail(QStringLiteral("unreadable STAT reply"));
            return false;
        }
        sendRetrieval(count);
        break;
    }
    case Command::Retr:
        m_inBody = true;
        break;
    case Command::Quit:
        m_result.totalMs = m_clock.elapsed();
        m_result.ok = true;
        finish();
        return false;
    }
    return true;
}

void RawFetch::fail(const QString &message)
{
    if (m_done)
        return;
    m_result.error = message;
    finish();
}

void RawFetch::finish()
{
    m_done = true;
    m_socket.abort();
    emit finished();
}

} // namespace Poplar::Bench

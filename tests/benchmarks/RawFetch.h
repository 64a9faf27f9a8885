#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QObject>
#include <QSslSocket>
#include <QString>

#include <deque>
#include <memory>

namespace Poplar::Bench {

/// The lower bound of a POP3 download: logs in with USER/PASS over TLS (or plaintext), sends
/// RETR 1..N all at once and QUIT after the last message, and counts the replies while discarding the bytes. No
/// UIDL, no parsing beyond finding where each reply ends, no storage. Not a client for real
/// use: it trusts the server to answer +OK and reports anything else as a failure.
///
/// It is meant as a true lower bound, so it does the least work a client could: the socket is
/// read into one fixed buffer allocated once, a body is skipped by searching for its terminator
/// ("\n.\r\n", with memmem) instead of looking at every line, and nothing is copied or kept.
class RawFetch : public QObject {
    Q_OBJECT
public:
    /// What to fetch and from where.
    struct Options {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 0;
        bool tls = true;
        QString caFile;       ///< PEM trusted for the server (its self-signed certificate)
        QByteArray user;
        QByteArray password;
        int count = -1;       ///< messages to fetch; -1 asks STAT first
        bool loginOnly = false; ///< log in and QUIT: the cost of a connection and a login
    };

    /// What one run measured.
    struct Result {
        bool ok = false;
        QString error;
        int messages = 0;    ///< RETR replies completed
        qint64 bytes = 0;    ///< body bytes received (dot-stuffed, CRLF), status lines excluded
        qint64 loginMs = 0;  ///< from start() until PASS was answered +OK
        qint64 totalMs = 0;  ///< from start() until QUIT was answered
    };

    explicit RawFetch(Options options, QObject *parent = nullptr);

    /// Connects and runs; `finished` follows exactly once.
    void start();
    const Result &result() const { return m_result; }

signals:
    void finished();

private:
    enum class Command { Greeting, User, Pass, Stat, Retr, Quit };

    void send(Command command, const QByteArray &line);
    void onReadyRead();
    /// Consumes what the buffer holds: status lines, and bodies up to their terminator.
    void parse();
    bool onStatus(Command command, QByteArrayView line);
    void sendRetrieval(int count);
    void fail(const QString &message);
    void finish();

    Options m_options;
    Result m_result;
    QSslSocket m_socket;
    QElapsedTimer m_clock;
    std::deque<Command> m_pending; ///< sent, awaiting their replies, in order
    /// Bytes the buffer holds; reads never grow it.
    static constexpr qsizetype BufferSize = 256 * 1024;
    std::unique_ptr<char[]> m_buffer{new char[BufferSize]};
    qsizetype m_length = 0;        ///< bytes in m_buffer
    qsizetype m_cursor = 0;        ///< start of the unparsed part of m_buffer
    bool m_inBody = false;
    bool m_done = false;
};

} // namespace Poplar::Bench

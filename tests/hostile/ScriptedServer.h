#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <functional>
#include <vector>

namespace Poplar::Test {

/// A certificate and key for a scripted server, made with the openssl command line.
struct TlsIdentity {
    QSslCertificate certificate; ///< CN=localhost, SAN IP:127.0.0.1 and DNS:localhost
    QSslKey key;
    bool isValid() const { return !certificate.isNull() && !key.isNull(); }
    /// Generates a fresh self-signed identity in `directory`; invalid with `error` set on failure.
    static TlsIdentity generate(const QString &directory, QString *error);
};

/// A POP3 server on 127.0.0.1 (port 0, so tests run in parallel) that plays one script on the
/// first connection it accepts, in the style of KIMAP's fakeserver: expect a client line, send
/// bytes (whole, or in pieces with pauses), start TLS, flood, close, or just stay silent once
/// the script ends. Later connections are closed at once. It records every byte the client sent
/// (decrypted once TLS is up) so tests can assert what never went on the wire.
class ScriptedServer : public QTcpServer {
    Q_OBJECT
public:
    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    /// The identity used by startTls() and implicit TLS.
    void setTlsIdentity(const TlsIdentity &identity) { m_identity = identity; }
    /// With true, the TLS handshake starts as soon as the connection is accepted (POP3S).
    void setImplicitTls(bool implicit) { m_implicitTls = implicit; }

    // The script, step by step; each returns the server for chaining.
    /// Waits for one client line and checks it equals `line` (CRLF stripped).
    ScriptedServer &expect(const QByteArray &line);
    /// Waits for one client line and checks it starts with `prefix`.
    ScriptedServer &expectPrefix(const QByteArray &prefix);
    /// Waits for one client line starting with `prefix` and writes what `reply` makes of it
    /// (for answers that depend on the client's bytes, like a SCRAM nonce).
    ScriptedServer &respond(const QByteArray &prefix, std::function<QByteArray(const QByteArray &line)> reply);
    /// Writes `bytes` in one write and flushes it to the socket.
    ScriptedServer &send(const QByteArray &bytes);
    /// Writes each piece separately, flushed, with `delayMs` between them.
    ScriptedServer &sendPieces(const QByteArrayList &pieces, int delayMs);
    /// Does nothing for `ms` milliseconds (client bytes are still recorded).
    ScriptedServer &pause(int ms);
    /// Starts the server side of a TLS handshake and waits until it completes.
    ScriptedServer &startTls();
    /// Writes `pattern` over and over, `total` bytes in all, only as fast as the client reads,
    /// so the server itself never holds more than a few kilobytes; stops when the client goes.
    ScriptedServer &flood(const QByteArray &pattern, qint64 total);
    /// Closes the connection gracefully (pending bytes are sent first).
    ScriptedServer &close();
    /// Resets the connection.
    ScriptedServer &abortConnection();

    /// Listens on 127.0.0.1 with a port of the kernel's choice.
    bool listenLocal();
    quint16 port() const { return serverPort(); }

    /// Connections accepted so far, the scripted one included.
    int connections() const { return m_connections; }
    /// Every byte the client sent on the scripted connection.
    QByteArray received() const { return m_received; }
    /// Client lines received (CRLF stripped), whether or not a step consumed them.
    QByteArrayList receivedLines() const;
    /// What went wrong with the script: a line that did not match, an unexpected disconnect...
    QByteArrayList failures() const { return m_failures; }
    /// True once every step ran.
    bool scriptDone() const { return m_connection && m_next >= m_steps.size(); }
    /// True once the client closed or reset the scripted connection.
    bool clientGone() const { return m_clientGone; }
    /// Bytes written by flood steps so far.
    qint64 flooded() const { return m_flooded; }
    /// True while the server's side of the TLS handshake is done.
    bool isEncrypted() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Step {
        enum class Type { Expect, ExpectPrefix, Respond, Send, Pause, StartTls, Flood, Close, Abort };
        Type type;
        QByteArray bytes;
        qint64 amount = 0;
        std::function<QByteArray(const QByteArray &)> reply;
    };
    ScriptedServer &add(Step step);
    void run();
    void onReadyRead();
    void continueFlood();
    bool takeLine(QByteArray *line);

    std::vector<Step> m_steps;
    size_t m_next = 0;
    TlsIdentity m_identity;
    bool m_implicitTls = false;
    QPointer<QSslSocket> m_connection;
    int m_connections = 0;
    QByteArray m_received;
    QByteArray m_input;
    QByteArrayList m_failures;
    bool m_busy = false;       ///< a pause, handshake or flood is under way
    bool m_clientGone = false;
    qint64 m_flooded = 0;
    qint64 m_floodTarget = 0;
};

} // namespace Poplar::Test

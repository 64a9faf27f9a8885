#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

namespace Poplar::Test {

/// A TCP proxy on 127.0.0.1 (port 0) in front of a local server port, that can cut the
/// connection at a chosen moment of a line-based conversation such as POP3. Everything is
/// asynchronous: it needs a running event loop and never blocks. A cut aborts both sockets.
/// Since TLS is end to end, the rules only make sense over plaintext.
///
/// One rule per proxy. It fires once, on the first connection that meets it; every other
/// connection (and the rest of a connection with a rule that has not fired yet) passes through.
class CuttingProxy : public QObject {
    Q_OBJECT
public:
    /// What the proxy does to the first connection that meets its rule.
    enum class Rule {
        PassThrough,         ///< nothing: bytes flow both ways untouched
        CutAfterServerBytes, ///< once the client sent `command`, deliver `bytes` more server bytes, then cut
        CutBeforeCommand,    ///< when the client sends `command`, cut without forwarding that line
        DropReplyToCommand,  ///< forward `command`, drop everything the server says after it, and
                             ///< abort the client side once the server closes
    };
    Q_ENUM(Rule)

    /// Forwards to 127.0.0.1:`targetPort`; call listen() before use.
    explicit CuttingProxy(quint16 targetPort, QObject *parent = nullptr);
    ~CuttingProxy() override;

    /// Starts listening on 127.0.0.1 with a port of the kernel's choice; false on failure.
    bool listen();
    /// The proxy's own port, 0 before listen().
    quint16 port() const { return m_server.serverPort(); }

    /// Passes everything through (the default).
    void setPassThrough();
    /// Cuts after `bytes` bytes from the server, counted from the moment the client sends a line
    /// starting with `command` (e.g. "RETR"); bytes up to that count are delivered.
    void setCutAfterServerBytes(const QByteArray &command, qint64 bytes);
    /// Cuts as soon as the client sends a line starting with `command`; earlier lines go through.
    void setCutBeforeCommand(const QByteArray &command);
    /// Forwards the line starting with `command`, then never delivers another server byte: for
    /// "QUIT was answered +OK, but the client never read it".
    void setDropReplyToCommand(const QByteArray &command);

    /// Latency for every connection from now on: server bytes reach the client at most `bytes` at a
    /// time, one piece every `intervalMs` (0 turns it off). Order and the final close are kept.
    void setThrottle(int intervalMs, qint64 bytes);

    Rule rule() const { return m_rule; }
    /// Connections accepted so far.
    int connectionsHandled() const { return m_connections; }
    /// True once the rule fired (the cut happened, or the reply is being dropped).
    bool hasFired() const { return m_fired; }
    /// Client lines seen on all connections so far (CRLF stripped), for failure messages.
    QByteArrayList clientLines() const { return m_clientLines; }

signals:
    /// The rule fired on a connection (before the sockets are aborted).
    void fired();

private:
    friend class ProxiedConnection;
    void onNewConnection();
    /// True when `line` starts with the rule's command as a whole word.
    bool matches(const QByteArray &line) const;
    void setRule(Rule rule, const QByteArray &command, qint64 bytes);

    QTcpServer m_server;
    quint16 m_targetPort;
    Rule m_rule = Rule::PassThrough;
    QByteArray m_command;
    qint64 m_bytes = 0;
    bool m_fired = false;
    bool m_armedConnection = false; ///< a connection has started counting toward the rule
    int m_connections = 0;
    QByteArrayList m_clientLines;
    int m_throttleMs = 0;
    qint64 m_throttleBytes = 0;
};

} // namespace Poplar::Test

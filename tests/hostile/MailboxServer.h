#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QTcpServer>

#include <functional>

namespace Poplar::Test {

/// One message in a MailboxServer's maildrop, and how the server describes it.
struct MailboxMessage {
    QByteArray content;      ///< exactly as RETR sends it, CRLF line ends, before dot-stuffing
    QByteArray uid;          ///< its UIDL; empty: the UIDL listing leaves it out
    qint64 listedSize = -1;  ///< the size LIST claims; -1: the true size
};

/// A plaintext POP3 server on 127.0.0.1 (port 0) with a maildrop that outlives connections, for
/// sync-level tests: it answers CAPA, USER/PASS, STAT, LIST, UIDL, TOP, RETR, DELE, NOOP, RSET and
/// QUIT like a real server, pipelined commands included, and can be told to lie: replace any
/// reply, replace the UIDL or LIST listing, or misbehave around QUIT. Deletions take effect only
/// when QUIT is processed (RFC 1939's UPDATE state), so "on the server" is always well defined.
class MailboxServer : public QTcpServer {
    Q_OBJECT
public:
    /// What happens when a client sends QUIT.
    enum class QuitMode {
        Normal,                 ///< expunge, answer "+OK", close
        CloseWithoutUpdate,     ///< close at once: the deletions never take effect
        UpdateThenClose,        ///< expunge, then close before answering
        UpdateThenPartialReply, ///< expunge, send "+OK bye" without its CRLF, close
    };

    explicit MailboxServer(QObject *parent = nullptr);

    /// Listens on 127.0.0.1 with a port of the kernel's choice.
    bool listenLocal();
    quint16 port() const { return serverPort(); }

    /// The maildrop; message numbers of a session are positions in it at login, from 1.
    QList<MailboxMessage> messages;
    /// The CAPA body (without the terminating ".").
    QByteArray capabilities = "USER\r\nTOP\r\nUIDL\r\nPIPELINING\r\n";
    /// The one account the server accepts with USER/PASS.
    QByteArray user = "alice";
    QByteArray password = "pw";
    /// When set, the body of a UIDL (or LIST) reply as sent, instead of one made from `messages`.
    QByteArray uidlBody;
    QByteArray listBody;
    /// Whole replies (CRLF included) that replace the normal answer to one exact command line.
    QHash<QByteArray, QByteArray> overrides;
    QuitMode quitMode = QuitMode::Normal;
    /// Deletions marked when the client drops the connection without QUIT take effect anyway,
    /// like servers that commit on disconnect.
    bool commitOnDisconnect = false;
    /// Verbs answered "-ERR unknown command", as by a server without TOP or UIDL.
    QByteArrayList unknownVerbs;
    /// Verbs after whose answer the server hangs up, as some do after a refused login.
    QByteArrayList closeAfter;
    /// Called with each command line as it arrives, before it is answered.
    std::function<void(const QByteArray &line)> onCommand;

    /// Every command line received, over all connections.
    QByteArrayList commands;
    /// Connections accepted so far.
    int connections() const { return m_connections; }
    /// True when some message still on the server has exactly these bytes.
    bool holds(const QByteArray &content) const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    class Connection;
    int m_connections = 0;
};

} // namespace Poplar::Test

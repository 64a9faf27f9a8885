#pragma once

#include "net/Transport.h"
#include "pop3/Capabilities.h"
#include "pop3/Error.h"
#include "pop3/Reply.h"
#include "pop3/ResponseParser.h"
#include "pop3/SaslMechanism.h"
#include "pop3/SessionSettings.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace Poplar::Pop3 {

/// One POP3 conversation: connects, secures, logs in, then runs the caller's commands,
/// pipelined when the server allows it. Driven purely by signals; it never blocks and never
/// asks the user anything. Every failure ends in exactly one `failed` signal. Every reply is
/// bounded twice: by silence (replyTimeoutMs) and by its total time (the deadlines of
/// SessionSettings, RETR and TOP scaled by the size LIST announced).
class Session : public QObject {
    Q_OBJECT
public:
    /// Negotiating covers CAPA (and STLS); StartingTls is the TLS handshake after STLS's +OK, when
    /// nothing may be read from the connection until it is encrypted.
    enum class State { Idle, Connecting, Greeting, Negotiating, StartingTls, Authenticating, Transaction, Quitting, Closed, Failed };
    Q_ENUM(State)

    /// Traffic direction in protocolTrace.
    enum class Direction { Client, Server };
    Q_ENUM(Direction)

    /// `factory` makes the transport; nullptr means the real QSslSocket one.
    explicit Session(Net::TransportFactory *factory = nullptr, QObject *parent = nullptr);
    ~Session() override;

    /// Starts connecting and logging in; `ready` or `failed` follows. `secret` is the password,
    /// or the access token for XOAUTH2/OAUTHBEARER; it is only kept until the login ends.
    void open(const SessionSettings &settings, const QByteArray &secret);
    /// Drops the connection at once; `failed` reports Error::Kind::Aborted. DELEs are not committed.
    void abort();
    /// Stops as politely as the connection allows: once logged in, sends RSET and QUIT (after any
    /// reply still under way) and drops the connection when QUIT is answered or after
    /// SessionSettings::stopGraceMs; otherwise, or when called again, like abort(). No reply or
    /// body chunk reaches the caller meanwhile; `failed` reports Error::Kind::Aborted.
    void stop();
    /// True between stop() and the end of the session.
    bool isStopping() const { return m_stopping; }

    State state() const { return m_state; }
    const SessionSettings &settings() const { return m_settings; }
    /// What the server announced; after TLS and after login this is the fresh CAPA, nothing older.
    const Capabilities &capabilities() const { return m_capabilities; }
    /// Text of the server's +OK greeting.
    QByteArray greeting() const { return m_greeting; }
    /// The mechanism that logged in: "USER", "APOP", "RPOP" or a SASL name.
    QByteArray mechanismUsed() const { return m_mechanismUsed; }
    /// Login methods the server refused on this connection, in order (automatic login goes on
    /// with the next after each).
    QByteArrayList loginMethodsRefused() const { return m_loginTried; }
    /// True once the server accepted the UTF8 command (RFC 6856): user name, password and its
    /// replies are UTF-8, and messages may carry UTF-8 headers.
    bool isUtf8() const { return m_utf8; }
    /// The language the server accepted with LANG (RFC 6856) for its replies; empty if none.
    QByteArray language() const { return m_language; }
    bool isEncrypted() const;
    QList<QSslCertificate> peerCertificateChain() const;
    /// Commands queued or awaiting their reply.
    int commandsPending() const { return int(m_queue.size() + m_inFlight.size()); }
    /// True when commands are sent without waiting for earlier replies.
    bool isPipelining() const;
    /// Commands and bytes of commands that may be in flight at once when pipelining. Unless the
    /// settings fix them, a bandwidth-delay product: what a link of AssumedBytesPerSecond carries
    /// in one measured round trip (the CAPA exchanges), in replies of the average size LIST
    /// announced, between MinWindowCommands and MaxWindowCommands.
    struct PipelineWindow {
        int commands = 0;
        qint64 bytes = 0;
    };
    PipelineWindow pipelineWindow() const;
    static constexpr qint64 AssumedBytesPerSecond = 125 * 1000 * 1000; // 1 Gbit/s
    static constexpr int MinWindowCommands = 256;
    static constexpr int MaxWindowCommands = 16384;
    /// The shortest CAPA round trip seen so far, in microseconds; -1 before the first.
    qint64 roundTripMicroseconds() const { return m_roundTripUs; }

    // Transaction-state commands. Each returns the id that replyReceived carries back; commands
    // issued before `ready` wait until then. Replies arrive in the order commands were issued.
    CommandId stat();
    CommandId list();
    CommandId list(int message);
    CommandId uidl();
    CommandId uidl(int message);
    CommandId top(int message, int bodyLines);
    /// The message streams through bodyChunk; the reply's body stays empty.
    CommandId retr(int message);
    CommandId dele(int message);
    CommandId noop();
    CommandId rset();
    /// Legacy RFC 1725 LAST: the highest message number accessed.
    CommandId last();
    /// Ends the session; DELEs become final only if this is answered +OK (then `closed`).
    CommandId quit();

signals:
    void stateChanged(Poplar::Pop3::Session::State state);
    /// Logged in; capabilities() holds the post-login CAPA.
    void ready();
    void replyReceived(const Poplar::Pop3::Reply &reply);
    /// Part of a RETR body, dot-unstuffed, in order. Bytes are exactly as the server stores them.
    /// `data` points into the session's read buffer (no copy is made): it is valid only during
    /// the emission, so connect directly (same thread) and copy whatever must be kept.
    void bodyChunk(Poplar::Pop3::CommandId id, const QByteArray &data);
    /// QUIT was answered +OK and the connection is closed.
    void closed();
    void failed(const Poplar::Pop3::Error &error);
    /// One protocol line for a log, with passwords, tokens and SASL responses redacted.
    void protocolTrace(Poplar::Pop3::Session::Direction direction, const QByteArray &line);

private:
    struct Pending;
    using Handler = void (Session::*)(Pending &);
    /// How much of a multi-line reply's body is read: `keep` bytes are kept; past that the reply
    /// fails, or, with a `ceiling`, is cut at `keep` and read on (the rest dropped) up to
    /// `ceiling` bytes in all, past which it fails.
    struct ReplyLimit {
        qint64 keep = 0;
        qint64 ceiling = 0; ///< 0: not cut, a longer reply fails
    };
    /// Capability and mechanism lists are kept up to this ...
    static constexpr qint64 MaxCapaBytes = 64 * 1024;
    /// ... and read no further than this.
    static constexpr qint64 MaxCapaCeiling = 1024 * 1024;
    /// How far past its limit a cut preview (TOP) may go on before it counts as an attack, as a
    /// multiple of SessionSettings::maxListingBytes.
    static constexpr qint64 TruncatedReplyFactor = 4;
    /// A command sent or waiting to be sent, and what to do with its reply.
    struct Pending {
        CommandId id = 0;
        CommandKind kind = CommandKind::Noop;
        int message = 0;
        QByteArray wire;  ///< bytes to write, CRLF included; empty for the greeting
        QByteArray trace; ///< what the protocol log shows instead, secrets redacted
        ReplyShape shape = ReplyShape::SingleLine;
        ReplyLimit limit; ///< for a multi-line reply (a RETR to the caller streams instead)
        Handler handler = nullptr; ///< internal commands; nullptr means deliver to the caller
        StatusLine status;
        QByteArray body;
        qint64 received = 0; ///< body bytes seen, kept or not
        bool truncated = false;
        quint64 serial = 0;  ///< tells one awaited reply from the next, for its deadline
    };

    // connection and negotiation
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void onTransportError(const Net::TransportError &error);
    void onGreeting(Pending &pending);
    void sendCapa();
    void onCapa(Pending &pending);
    void onStls(Pending &pending);
    // authentication
    /// Before login: UTF8 when the server offers it, then LANG with SessionSettings::language when
    /// it offers that; each refusal is no failure. Then startAuthentication().
    void negotiateInternational();
    void onUtf8(Pending &pending);
    void onLang(Pending &pending);
    void startAuthentication();
    void onAuthListing(Pending &pending);
    void chooseAndLogin(const QByteArrayList &mechanisms);
    /// Sends the next method of m_loginPlan; fails naming what was tried when none is left.
    void tryNextLogin();
    /// A -ERR to the login: the next method of the plan when the refusal allows it, else the error.
    void onLoginRefused(const StatusLine &status);
    void startSasl(const QByteArray &mechanism);
    void onSaslChallenge(const QByteArray &encoded);
    /// Runs a costly step on a worker thread; answerSasl follows unless the session ends first.
    void runSaslStepAside(const QByteArray &challenge);
    void answerSasl(const SaslMechanism::Step &step);
    void onUser(Pending &pending);
    void onLogin(Pending &pending);
    // transaction
    CommandId enqueue(CommandKind kind, const QByteArray &line, ReplyShape shape, int message,
                      Handler handler = nullptr);
    void deliverReply(Pending &pending);
    /// Keeps the message sizes a LIST reply announces, for the deadlines of RETR and TOP.
    void rememberSizes(const Reply &reply);
    void onQuit(Pending &pending);
    void onStopRset(Pending &pending);
    void onStopQuit(Pending &pending);
    /// Sends an internal command now; `limit` for a multi-line reply (a single-line one needs none).
    void sendInternal(const QByteArray &line, const QByteArray &trace, ReplyShape shape, Handler handler,
                      ReplyLimit limit);
    void sendInternal(const QByteArray &line, const QByteArray &trace, ReplyShape shape, Handler handler);
    void pump();
    /// Once logged in to a server that said before login it pipelines: the caller's commands
    /// queued before `ready` go right behind the post-login CAPA, saving a round trip.
    void pipelineBehindCapa();
    /// Moves the head of the queue into flight, its bytes appended to `batch` (written by the caller).
    void takeIntoFlight(QByteArray &batch);
    void write(Pending &pending);
    bool dispatch(const ResponseParser::Event &event);
    void updateTimers();
    /// Starts the total-time clock of the reply at the head of the queue anew.
    void restartReplyDeadline();
    void onReplyDeadline();
    /// Largest size a RETR or TOP deadline is scaled by, whatever the server announces.
    static constexpr qint64 MaxScaledBytes = qint64(1) << 30;
    /// How long the reply to `pending` may take in all, in milliseconds.
    qint64 replyAllowanceMs(const Pending &pending) const;
    void setState(State state);
    void fail(Error::Kind kind, const QString &message, const StatusLine &status = {});
    void fail(const Error &error);
    void failFromStatus(Error::Kind fallback, const QString &message, const StatusLine &status);
    /// `text` with the secret (and its base64) replaced, for logs and error values.
    QByteArray redacted(QByteArray text) const;

    Net::TransportFactory *m_factory;
    std::unique_ptr<Net::TransportFactory> m_ownedFactory;
    Net::Transport *m_transport = nullptr;
    SessionSettings m_settings;
    QByteArray m_secret;
    State m_state = State::Idle;
    ResponseParser m_parser;
    Capabilities m_capabilities;
    QByteArray m_greeting;
    QByteArray m_mechanismUsed;
    std::shared_ptr<SaslMechanism> m_sasl; ///< shared with a worker thread during a costly step
    std::unique_ptr<QFutureWatcher<SaslMechanism::Step>> m_saslStep; ///< that step, while it runs
    QByteArray m_saslInitialResponse; ///< held back when too long to go on the AUTH line
    bool m_saslCancelled = false;
    QString m_saslError;
    bool m_authenticated = false;
    bool m_utf8 = false;
    bool m_utf8Asked = false;
    bool m_languageAsked = false;
    QByteArray m_language;
    int m_saslRounds = 0;
    QByteArrayList m_loginPlan;  ///< methods still to try, in order (chooseLoginMethods)
    QByteArrayList m_loginTried; ///< methods refused so far in this session
    bool m_loginHeldBack = false; ///< methods sending the password were left out over plaintext
    bool m_quitAnswered = false;

    std::deque<Pending> m_queue;
    std::deque<Pending> m_inFlight;
    qint64 m_inFlightBytes = 0;
    CommandId m_nextId = 1;

    QTimer m_connectTimer;
    QTimer m_replyTimer;
    QTimer m_keepaliveTimer;
    QTimer m_deadlineTimer;
    QTimer m_stopTimer; ///< bounds the RSET/QUIT of stop()
    bool m_stopping = false;
    QElapsedTimer m_headClock;  ///< since the reply at the head of m_inFlight was first awaited
    quint64 m_headSerial = 0;   ///< which reply m_headClock is timing
    quint64 m_nextSerial = 1;
    QHash<int, qint64> m_announcedSizes; ///< message sizes from LIST replies, for RETR/TOP deadlines
    qint64 m_announcedTotal = 0;         ///< their sum, for the average reply of the pipeline window
    QElapsedTimer m_capaClock;           ///< since the last CAPA was sent
    qint64 m_roundTripUs = -1;
};

} // namespace Poplar::Pop3

#include "pop3/Session.h"

#include "log/Logging.h"

#include "net/SslTransport.h"
#include "pop3/Apop.h"
#include "pop3/SaslMechanism.h"

namespace Poplar::Pop3 {

namespace {

// RFC 5034 section 4: an AUTH command with its initial response must fit in 255 octets.
constexpr int MaxAuthLine = 255;
constexpr qint64 MaxCapaBytes = 64 * 1024;
// No mechanism Poplar speaks needs more round trips than this.
constexpr int MaxSaslRounds = 16;
// How far past its limit a truncated reply (TOP, CAPA) may go on before it counts as an attack.
constexpr qint64 TruncatedReplyFactor = 4;
// Capability and mechanism lists are kept up to MaxCapaBytes and read no further than this.
constexpr qint64 MaxCapaCeiling = 1024 * 1024;

Error::Kind kindForCode(ResponseCode code, Error::Kind fallback)
{
    switch (code) {
    case ResponseCode::InUse: return Error::Kind::MailboxLocked;
    case ResponseCode::LoginDelay: return Error::Kind::LoginDelay;
    case ResponseCode::SysTemp: return Error::Kind::TemporaryFailure;
    case ResponseCode::SysPerm: return Error::Kind::PermanentFailure;
    case ResponseCode::Auth: return Error::Kind::AuthenticationFailed;
    case ResponseCode::None:
    case ResponseCode::Other: break;
    }
    return fallback;
}

} // namespace

Session::Session(Net::TransportFactory *factory, QObject *parent)
    : QObject(parent), m_factory(factory)
{
    if (!m_factory) {
        m_ownedFactory = std::make_unique<Net::SslTransportFactory>();
        m_factory = m_ownedFactory.get();
    }
    for (QTimer *timer : {&m_connectTimer, &m_replyTimer, &m_keepaliveTimer})
        timer->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(Error::Kind::Timeout, m_state == State::Connecting ? tr("Connecting to the server timed out.")
                                                               : tr("The TLS handshake timed out."));
    });
    connect(&m_replyTimer, &QTimer::timeout, this,
            [this] { fail(Error::Kind::Timeout, tr("The server stopped answering.")); });
    connect(&m_keepaliveTimer, &QTimer::timeout, this, [this] {
        Pending keepalive;
        keepalive.kind = CommandKind::Noop;
        keepalive.wire = keepalive.trace = "NOOP\r\n";
        keepalive.handler = &Session::deliverReply; // reply is swallowed: id 0 is nobody's
        m_queue.push_back(std::move(keepalive));
        pump();
    });
}

Session::~Session()
{
    m_secret.fill('\0');
}

void Session::open(const SessionSettings &settings, const QByteArray &secret)
{
    Q_ASSERT(m_state == State::Idle);
    m_settings = settings;
    m_secret = secret;
    const QString problem = settings.validate();
    if (!problem.isEmpty() || secret.contains('\r') || secret.contains('\n') || secret.contains('\0')) {
        const QString message = problem.isEmpty() ? tr("The password contains a line break or NUL character.") : problem;
        // Reported from the event loop, like every other outcome.
        QMetaObject::invokeMethod(this, [this, message] { fail(Error::Kind::InvalidSettings, message); },
                                  Qt::QueuedConnection);
        m_state = State::Connecting;
        return;
    }
    m_transport = m_factory->create(this);
    connect(m_transport, &Net::Transport::connected, this, &Session::onConnected);
    connect(m_transport, &Net::Transport::encrypted, this, &Session::onEncrypted);
    connect(m_transport, &Net::Transport::readyRead, this, &Session::onReadyRead);
    connect(m_transport, &Net::Transport::disconnected, this, &Session::onDisconnected);
    connect(m_transport, &Net::Transport::errorOccurred, this, &Session::onTransportError);
    setState(State::Connecting);
    m_connectTimer.start(settings.connectTimeoutMs);
    // RPOP trusts the client host only from a privileged source port (RFC 1081).
    const quint16 localPort = settings.auth == AuthMethod::Rpop ? quint16(512 + (quintptr(this) >> 4) % 512) : 0;
    m_transport->connectToHost(settings.host, settings.port, settings.security == Security::ImplicitTls,
                               settings.tls, localPort);
}

void Session::abort()
{
    if (m_state == State::Closed || m_state == State::Failed || m_state == State::Idle)
        return;
    fail(Error::Kind::Aborted, tr("Stopped."));
}

bool Session::isEncrypted() const
{
    return m_transport && m_transport->isEncrypted();
}

QList<QSslCertificate> Session::peerCertificateChain() const
{
    return m_transport ? m_transport->peerCertificateChain() : QList<QSslCertificate>();
}

bool Session::isPipelining() const
{
    return m_state == State::Transaction && m_capabilities.pipelining();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(Log::pop3) << "state" << state;
    emit stateChanged(state);
}

// ---- connection and negotiation ----

void Session::onConnected()
{
    if (m_settings.security == Security::ImplicitTls)
        return; // the handshake continues; onEncrypted picks up
    m_connectTimer.stop();
    setState(State::Greeting);
    Pending greeting;
    greeting.trace = {};
    greeting.handler = &Session::onGreeting;
    m_inFlight.push_back(std::move(greeting));
    updateTimers();
    onReadyRead(); // a fast server's greeting may already be buffered
}

void Session::onEncrypted()
{
    m_connectTimer.stop();
    if (m_settings.security == Security::ImplicitTls && m_state == State::Connecting) {
        setState(State::Greeting);
        Pending greeting;
        greeting.handler = &Session::onGreeting;
        m_inFlight.push_back(std::move(greeting));
        updateTimers();
        onReadyRead();
        return;
    }
    // STLS done: everything learned before TLS could have been forged (RFC 2595 section 4).
    m_capabilities = Capabilities();
    sendCapa();
}

void Session::onGreeting(Pending &pending)
{
    if (!pending.status.ok) {
        failFromStatus(Error::Kind::TemporaryFailure, tr("The server refused the connection."), pending.status);
        return;
    }
    m_greeting = pending.status.text;
    setState(State::Negotiating);
    sendCapa();
}

void Session::sendCapa()
{
    sendInternal("CAPA\r\n", "CAPA", ReplyShape::MultiLine, &Session::onCapa);
}

void Session::onCapa(Pending &pending)
{
    m_capabilities = pending.status.ok ? Capabilities::parse(pending.body) : Capabilities();
    qCDebug(Log::pop3) << "capabilities known:" << m_capabilities.isKnown()
                       << "pipelining:" << m_capabilities.pipelining() << "SASL:" << m_capabilities.saslMechanisms()
                       << "after login:" << m_authenticated;
    if (m_authenticated) {
        setState(State::Transaction);
        m_secret.fill('\0');
        m_secret.clear();
        emit ready();
        pump();
        return;
    }
    const bool needsStls = m_settings.security == Security::StartTls && !m_transport->isEncrypted();
    if (!needsStls) {
        startAuthentication();
        return;
    }
    if (!m_capabilities.stls()) {
        fail(Error::Kind::TlsUnavailable,
             m_capabilities.isKnown() ? tr("The server does not offer STLS, and this account requires TLS.")
                                      : tr("The server does not list its capabilities, so it cannot be asked for TLS, "
                                           "which this account requires."));
        return;
    }
    sendInternal("STLS\r\n", "STLS", ReplyShape::SingleLine, &Session::onStls);
}

void Session::onStls(Pending &pending)
{
    if (!pending.status.ok) {
        failFromStatus(Error::Kind::TlsUnavailable, tr("The server refused to start TLS."), pending.status);
        return;
    }
    // Anything already received now would be handed back as if it had come over TLS:
    // a server (or an attacker) that sends it is not to be trusted.
    if (m_parser.bufferedBytes() > 0 || m_transport->bytesAvailable() > 0) {
        fail(Error::Kind::ProtocolViolation, tr("The server sent data after agreeing to start TLS."));
        return;
    }
    m_capabilities = Capabilities();
    m_connectTimer.start(m_settings.connectTimeoutMs);
    m_transport->startTls();
}

void Session::onDisconnected()
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    // Replies that arrived just before the close (QUIT's +OK above all) still count.
    if (m_transport->bytesAvailable() > 0 && !m_quitAnswered)
        onReadyRead();
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    if (m_quitAnswered) {
        m_replyTimer.stop();
        m_keepaliveTimer.stop();
        setState(State::Closed);
        emit closed();
        return;
    }
    fail(Error::Kind::ConnectionClosed, m_state == State::Quitting
                                            ? tr("The server closed the connection before confirming QUIT; "
                                                 "deletions may not have taken effect.")
                                            : tr("The server closed the connection unexpectedly."));
}

void Session::onTransportError(const Net::TransportError &error)
{
    using K = Net::TransportError::Kind;
    Error::Kind kind = Error::Kind::Network;
    switch (error.kind) {
    case K::HostNotFound: kind = Error::Kind::HostNotFound; break;
    case K::ConnectionRefused: kind = Error::Kind::ConnectionRefused; break;
    case K::Network: kind = Error::Kind::Network; break;
    case K::TlsHandshake: kind = Error::Kind::TlsHandshake; break;
    case K::CertificateUntrusted: kind = Error::Kind::CertificateUntrusted; break;
    case K::LocalPortUnavailable: kind = Error::Kind::Network; break;
    }
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    Error e;
    e.kind = kind;
    e.message = error.message;
    e.sslErrors = error.sslErrors;
    e.peerChain = error.peerChain;
    fail(e);
}

// ---- authentication ----

void Session::startAuthentication()
{
    setState(State::Authenticating);
    if (m_state != State::Authenticating)
        return; // a stateChanged listener stopped the session
    const AuthMethod method = m_settings.auth;
    if (method == AuthMethod::User || method == AuthMethod::Rpop) {
        sendInternal("USER " + m_settings.user + "\r\n", "USER " + m_settings.user, ReplyShape::SingleLine,
                     &Session::onUser);
        return;
    }
    if (method == AuthMethod::Apop) {
        chooseAndLogin({});
        return;
    }
    if (method != AuthMethod::Automatic) {
        const QByteArray mechanism = saslName(method);
        const QByteArrayList offered = m_capabilities.saslMechanisms();
        if (m_capabilities.has("SASL") && !offered.contains(mechanism)) {
            fail(Error::Kind::MechanismUnavailable,
                 tr("The server does not offer %1 authentication.").arg(QString::fromLatin1(mechanism)));
            return;
        }
        startSasl(mechanism);
        return;
    }
    if (m_capabilities.has("SASL") || m_capabilities.isKnown()) {
        chooseAndLogin(m_capabilities.saslMechanisms());
        return;
    }
    // No CAPA at all: the bare AUTH command of RFC 5034 may still list mechanisms.
    sendInternal("AUTH\r\n", "AUTH", ReplyShape::MultiLine, &Session::onAuthListing);
}

void Session::onAuthListing(Pending &pending)
{
    QByteArrayList mechanisms;
    if (pending.status.ok) {
        for (const QByteArray &line : pending.body.split('\n')) {
            const QByteArray name = line.trimmed().toUpper();
            if (!name.isEmpty() && mechanisms.size() < Capabilities::MaxLines)
                mechanisms << name;
        }
    }
    chooseAndLogin(mechanisms);
}

void Session::chooseAndLogin(const QByteArrayList &mechanisms)
{
    const std::optional<QByteArray> timestamp = apopTimestamp(m_greeting);
    if (m_settings.auth == AuthMethod::Apop) {
        if (!timestamp) {
            fail(Error::Kind::MechanismUnavailable,
                 tr("The server's greeting carries no valid APOP timestamp, so APOP cannot be used."));
            return;
        }
    } else {
        // Strongest first. Mechanisms that keep the password off the wire come before those that
        // send it; without TLS, APOP (which does not send it) also goes ahead of PLAIN and LOGIN.
        QByteArrayList preference{"SCRAM-SHA-256", "SCRAM-SHA-1", "DIGEST-MD5", "CRAM-MD5"};
        if (!m_transport->isEncrypted())
            preference << "APOP";
        preference << "PLAIN" << "LOGIN";
        for (const QByteArray &name : preference) {
            if (name == "APOP") {
                if (timestamp)
                    break;
                continue;
            }
            if (mechanisms.contains(name) && isSaslMechanismSupported(name)) {
                startSasl(name);
                return;
            }
        }
        if (!timestamp) {
            sendInternal("USER " + m_settings.user + "\r\n", "USER " + m_settings.user, ReplyShape::SingleLine,
                         &Session::onUser);
            return;
        }
    }
    m_mechanismUsed = "APOP";
    qCDebug(Log::pop3) << "authenticating with APOP";
    sendInternal("APOP " + m_settings.user + ' ' + apopDigest(*timestamp, m_secret) + "\r\n",
                 "APOP " + m_settings.user + " <redacted>", ReplyShape::SingleLine, &Session::onLogin);
}

void Session::onUser(Pending &pending)
{
    if (!pending.status.ok) {
        failFromStatus(Error::Kind::AuthenticationFailed, tr("The server rejected the user name."), pending.status);
        return;
    }
    const QByteArray verb = m_settings.auth == AuthMethod::Rpop ? "RPOP" : "PASS";
    m_mechanismUsed = m_settings.auth == AuthMethod::Rpop ? "RPOP" : "USER";
    qCDebug(Log::pop3) << "authenticating with" << m_mechanismUsed;
    sendInternal(verb + ' ' + m_secret + "\r\n", verb + " <redacted>", ReplyShape::SingleLine, &Session::onLogin);
}

void Session::startSasl(const QByteArray &mechanism)
{
    QString error;
    SaslCredentials credentials{m_settings.user, m_secret, m_settings.host.toUtf8(), m_settings.port, "pop"};
    m_sasl = createSaslMechanism(mechanism, credentials, &error);
    if (!m_sasl) {
        fail(Error::Kind::MechanismUnavailable,
             tr("%1 authentication is not available: %2").arg(QString::fromLatin1(mechanism), error));
        return;
    }
    m_mechanismUsed = mechanism;
    qCDebug(Log::pop3) << "authenticating with SASL" << mechanism;
    QByteArray line = "AUTH " + mechanism;
    QByteArray trace = line;
    if (m_sasl->clientFirst()) {
        const SaslMechanism::Step first = m_sasl->step({});
        if (first.status == SaslMechanism::Step::Status::Failed) {
            fail(Error::Kind::MechanismUnavailable,
                 tr("%1 authentication could not start: %2").arg(QString::fromLatin1(mechanism), first.error));
            return;
        }
        const QByteArray encoded = first.response.isEmpty() ? QByteArray("=") : first.response.toBase64();
        if (line.size() + 1 + encoded.size() + 2 <= MaxAuthLine) {
            line += ' ' + encoded;
            trace += " <redacted>";
        } else {
            m_saslInitialResponse = first.response.isEmpty() ? QByteArray("=") : encoded;
        }
    }
    sendInternal(line + "\r\n", trace, ReplyShape::Sasl, &Session::onLogin);
}

void Session::onSaslChallenge(const QByteArray &encoded)
{
    QByteArray response;
    if (!m_saslInitialResponse.isEmpty()) {
        response = m_saslInitialResponse == "=" ? QByteArray() : m_saslInitialResponse;
        m_saslInitialResponse.clear();
    } else {
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        SaslMechanism::Step step;
        if (m_saslCancelled || ++m_saslRounds > MaxSaslRounds) {
            fail(Error::Kind::ProtocolViolation, tr("The server kept the authentication exchange going."));
            return;
        }
        if (!decoded)
            step.error = tr("the server's challenge is not valid base64");
        else
            step = m_sasl->step(decoded.decoded);
        if (step.status == SaslMechanism::Step::Status::Failed) {
            // RFC 5034: "*" cancels; the server then answers -ERR, which ends the login.
            m_saslError = step.error;
            m_saslCancelled = true;
            emit protocolTrace(Direction::Client, "*");
            m_transport->write("*\r\n");
            return;
        }
        response = step.response.toBase64();
    }
    emit protocolTrace(Direction::Client, "<redacted SASL response>");
    m_transport->write(response + "\r\n");
}

void Session::onLogin(Pending &pending)
{
    if (!pending.status.ok) {
        QString message = tr("The server rejected the login.");
        if (m_saslCancelled && !m_saslError.isEmpty())
            message = tr("Authentication was cancelled: %1").arg(m_saslError);
        failFromStatus(Error::Kind::AuthenticationFailed, message, pending.status);
        return;
    }
    if (m_sasl && m_sasl->mutual() && !m_sasl->finished()) {
        fail(Error::Kind::AuthenticationFailed,
             tr("The server accepted the login without proving it knows the password; it may be an impostor."));
        return;
    }
    m_sasl.reset();
    m_authenticated = true;
    qCDebug(Log::pop3) << "logged in with" << m_mechanismUsed;
    sendCapa(); // capabilities may change after login (RFC 2449 section 5)
}

// ---- commands ----

CommandId Session::enqueue(CommandKind kind, const QByteArray &line, ReplyShape shape, int message, Handler handler)
{
    Pending pending;
    pending.handler = handler;
    pending.id = m_nextId++;
    pending.kind = kind;
    pending.message = message;
    pending.wire = line + "\r\n";
    pending.trace = line;
    pending.shape = shape;
    const CommandId id = pending.id;
    m_queue.push_back(std::move(pending));
    if (m_state == State::Transaction)
        pump();
    return id;
}

CommandId Session::stat() { return enqueue(CommandKind::Stat, "STAT", ReplyShape::SingleLine, 0); }
CommandId Session::list() { return enqueue(CommandKind::List, "LIST", ReplyShape::MultiLine, 0); }
CommandId Session::list(int message)
{
    return enqueue(CommandKind::List, "LIST " + QByteArray::number(message), ReplyShape::SingleLine, message);
}
CommandId Session::uidl() { return enqueue(CommandKind::Uidl, "UIDL", ReplyShape::MultiLine, 0); }
CommandId Session::uidl(int message)
{
    return enqueue(CommandKind::Uidl, "UIDL " + QByteArray::number(message), ReplyShape::SingleLine, message);
}
CommandId Session::top(int message, int bodyLines)
{
    return enqueue(CommandKind::Top, "TOP " + QByteArray::number(message) + ' ' + QByteArray::number(qMax(0, bodyLines)),
                   ReplyShape::MultiLine, message);
}
CommandId Session::retr(int message)
{
    return enqueue(CommandKind::Retr, "RETR " + QByteArray::number(message), ReplyShape::MultiLine, message);
}
CommandId Session::dele(int message)
{
    return enqueue(CommandKind::Dele, "DELE " + QByteArray::number(message), ReplyShape::SingleLine, message);
}
CommandId Session::noop() { return enqueue(CommandKind::Noop, "NOOP", ReplyShape::SingleLine, 0); }
CommandId Session::rset() { return enqueue(CommandKind::Rset, "RSET", ReplyShape::SingleLine, 0); }
CommandId Session::last() { return enqueue(CommandKind::Last, "LAST", ReplyShape::SingleLine, 0); }
CommandId Session::quit()
{
    return enqueue(CommandKind::Quit, "QUIT", ReplyShape::SingleLine, 0, &Session::onQuit);
}

void Session::deliverReply(Pending &pending)
{
    if (pending.id == 0)
        return; // an internal keepalive
    Reply reply;
    reply.id = pending.id;
    reply.kind = pending.kind;
    reply.message = pending.message;
    reply.ok = pending.status.ok;
    reply.status = pending.status;
    reply.body = std::move(pending.body);
    reply.truncated = pending.truncated;
    emit replyReceived(reply);
}

void Session::onQuit(Pending &pending)
{
    // Even -ERR ends the session (RFC 1939 section 6); the caller sees which it was in the reply.
    m_quitAnswered = true;
    deliverReply(pending);
    if (m_state == State::Quitting)
        m_transport->close();
}

void Session::sendInternal(const QByteArray &line, const QByteArray &trace, ReplyShape shape, Handler handler)
{
    Pending pending;
    pending.wire = line;
    pending.trace = trace;
    pending.shape = shape;
    pending.handler = handler;
    write(pending);
    m_inFlight.push_back(std::move(pending));
    updateTimers();
}

void Session::write(Pending &pending)
{
    emit protocolTrace(Direction::Client, pending.trace);
    m_transport->write(pending.wire);
    m_inFlightBytes += pending.wire.size();
}

void Session::pump()
{
    if (m_state != State::Transaction)
        return;
    const bool pipelining = m_capabilities.pipelining();
    while (!m_queue.empty()) {
        Pending &next = m_queue.front();
        if (!m_inFlight.empty()) {
            if (!pipelining)
                break;
            if (int(m_inFlight.size()) >= m_settings.pipelineMaxCommands
                || m_inFlightBytes + next.wire.size() > m_settings.pipelineMaxBytes)
                break;
        }
        if (next.handler == &Session::onQuit)
            setState(State::Quitting);
        write(next);
        m_inFlight.push_back(std::move(next));
        m_queue.pop_front();
        if (m_state == State::Quitting)
            break;
    }
    updateTimers();
}

void Session::updateTimers()
{
    if (m_inFlight.empty()) {
        m_replyTimer.stop();
        if (m_state == State::Transaction && m_queue.empty() && m_settings.keepaliveIntervalMs > 0)
            m_keepaliveTimer.start(m_settings.keepaliveIntervalMs);
    } else {
        m_keepaliveTimer.stop();
        if (!m_replyTimer.isActive())
            m_replyTimer.start(m_settings.replyTimeoutMs);
    }
}

// ---- replies ----

void Session::onReadyRead()
{
    if (!m_transport || m_state == State::Failed || m_state == State::Closed)
        return;
    const QByteArray data = m_transport->readAll();
    if (!data.isEmpty()) {
        m_parser.feed(data);
        if (!m_inFlight.empty())
            m_replyTimer.start(m_settings.replyTimeoutMs); // any progress restarts the clock
    }
    while (!m_inFlight.empty()) {
        const ResponseParser::Event event = m_parser.next(m_inFlight.front().shape);
        if (event.type == ResponseParser::Event::Type::NeedMore)
            break;
        if (!dispatch(event))
            return; // failed, closed, or waiting for TLS
    }
    if (m_inFlight.empty() && m_parser.bufferedBytes() > 0 && m_state != State::Closed && m_state != State::Failed
        && m_state != State::Connecting) {
        fail(Error::Kind::ProtocolViolation, tr("The server sent data nobody asked for."));
        return;
    }
    pump();
}

bool Session::dispatch(const ResponseParser::Event &event)
{
    using T = ResponseParser::Event::Type;
    Pending &head = m_inFlight.front();
    switch (event.type) {
    case T::NeedMore:
        return true;
    case T::Error:
        fail(Error::Kind::ProtocolViolation, tr("The server broke the protocol: %1.").arg(event.error));
        return false;
    case T::Continuation:
        if (head.shape != ReplyShape::Sasl)
            return true;
        emit protocolTrace(Direction::Server, "+ <challenge>");
        onSaslChallenge(event.data);
        return true;
    case T::Status:
        head.status = event.status;
        emit protocolTrace(Direction::Server,
                           (event.status.ok ? "+OK " : "-ERR ")
                               + (event.status.codeText.isEmpty() ? QByteArray() : '[' + event.status.codeText + "] ")
                               + redacted(event.status.text).left(200));
        if (m_state == State::Failed)
            return false; // a trace listener stopped the session
        if (m_parser.inBody())
            return true; // the body follows
        break;
    case T::BodyData: {
        if (head.kind == CommandKind::Retr && !head.handler) {
            emit bodyChunk(head.id, event.data);
            return m_state != State::Failed;
        }
        const bool top = head.kind == CommandKind::Top;
        const qint64 limit = head.handler == &Session::onCapa ? MaxCapaBytes
                             : top ? qMin(m_settings.maxTopBytes, m_settings.maxListingBytes)
                                   : m_settings.maxListingBytes;
        const bool truncatable = top || head.handler == &Session::onCapa || head.handler == &Session::onAuthListing;
        head.received += event.data.size();
        // Previews and capability lists are cut at the limit (a preview's rest is read and dropped,
        // so a huge header costs no memory), but a reply that goes on far past any listing is an
        // attack on the client's time, not a long message.
        const qint64 ceiling = top ? TruncatedReplyFactor * m_settings.maxListingBytes : MaxCapaCeiling;
        if (head.received > (truncatable ? ceiling : limit)) {
            fail(Error::Kind::ProtocolViolation,
                 tr("The server's reply is larger than %1 bytes.").arg(truncatable ? ceiling : limit));
            return false;
        }
        if (head.body.size() + event.data.size() > limit) {
            head.truncated = true;
            head.body.append(event.data.left(limit - head.body.size()));
        } else if (!head.truncated) {
            head.body.append(event.data);
        }
        return true;
    }
    case T::BodyEnd:
        break;
    }
    // The reply at the head is complete.
    Pending done = std::move(m_inFlight.front());
    m_inFlight.pop_front();
    m_inFlightBytes -= done.wire.size();
    updateTimers();
    if (done.handler)
        (this->*done.handler)(done);
    else
        deliverReply(done);
    pump(); // refill the pipeline before reading further replies
    return m_state != State::Failed && m_state != State::Closed
           && !(m_connectTimer.isActive() && m_state == State::Negotiating);
}

void Session::failFromStatus(Error::Kind fallback, const QString &message, const StatusLine &status)
{
    fail(kindForCode(status.code, fallback), message, status);
}

QByteArray Session::redacted(QByteArray text) const
{
    // A careless server may echo what it was sent; the secret must not travel on from here.
    if (m_secret.size() >= 1) {
        text.replace(m_secret, "<redacted>");
        text.replace(m_secret.toBase64(), "<redacted>");
    }
    return text;
}

void Session::fail(Error::Kind kind, const QString &message, const StatusLine &status)
{
    Error error;
    error.kind = kind;
    error.message = message;
    error.serverText = redacted(status.text);
    error.code = status.code;
    fail(error);
}

void Session::fail(const Error &error)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    m_connectTimer.stop();
    m_replyTimer.stop();
    m_keepaliveTimer.stop();
    m_queue.clear();
    m_inFlight.clear();
    m_inFlightBytes = 0;
    m_secret.fill('\0');
    qCDebug(Log::pop3) << "session failed:" << Error::kindName(error.kind) << error.message;
    // Failed first: aborting the socket reports a disconnection, which must not count as a second failure.
    setState(State::Failed);
    if (m_transport)
        m_transport->abort();
    emit failed(error);
}

} // namespace Poplar::Pop3

#include "pop3/Session.h"

#include "net/HostName.h"

#include "log/Logging.h"

#include "net/SslTransport.h"
#include "pop3/Listing.h"

namespace Poplar::Pop3 {

namespace {

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
    for (QTimer *timer : {&m_connectTimer, &m_replyTimer, &m_keepaliveTimer, &m_deadlineTimer, &m_stopTimer})
        timer->setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &Session::onReplyDeadline);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(Error::Kind::Timeout, m_state == State::Connecting ? tr("Connecting to the server timed out.")
                                                               : tr("The TLS handshake timed out."));
    });
    connect(&m_stopTimer, &QTimer::timeout, this, [this] { fail(Error::Kind::Aborted, tr("Stopped.")); });
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
    m_transport->setProxy(settings.proxy);
    m_transport->connectToHost(Net::asciiHostName(settings.host), settings.port, settings.security == Security::ImplicitTls,
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
    greeting.serial = m_nextSerial++;
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
        greeting.serial = m_nextSerial++;
        m_inFlight.push_back(std::move(greeting));
        updateTimers();
        onReadyRead();
        return;
    }
    // STLS done: everything learned before TLS could have been forged (RFC 2595 section 4).
    m_capabilities = Capabilities();
    setState(State::Negotiating);
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
    m_capaClock.start();
    sendInternal("CAPA\r\n", "CAPA", ReplyShape::MultiLine, &Session::onCapa, {MaxCapaBytes, MaxCapaCeiling});
}

void Session::onCapa(Pending &pending)
{
    // The reply is short and asks nothing of the disk: its time is about one round trip.
    const qint64 roundTrip = m_capaClock.nsecsElapsed() / 1000;
    m_roundTripUs = m_roundTripUs < 0 ? roundTrip : qMin(m_roundTripUs, roundTrip);
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
        negotiateInternational();
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
    setState(State::StartingTls);
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
    // QUIT may have gone out behind commands still unanswered: only when it is all that is left
    // did the server close instead of confirming it.
    const bool quitNext = m_state == State::Quitting && !m_inFlight.empty() && m_inFlight.front().handler == &Session::onQuit;
    fail(Error::Kind::ConnectionClosed, quitNext ? tr("The server closed the connection before confirming QUIT; "
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
    // A preview is cut at its limit and its rest dropped; a listing must fit.
    pending.limit = kind == CommandKind::Top
                        ? ReplyLimit{qMin(m_settings.maxTopBytes, m_settings.maxListingBytes),
                                     TruncatedReplyFactor * m_settings.maxListingBytes}
                        : ReplyLimit{m_settings.maxListingBytes, 0};
    const CommandId id = pending.id;
    if (m_stopping && !handler)
        return id; // never sent: the session is ending
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
    if (pending.id == 0 || m_stopping)
        return; // an internal keepalive, or the caller has stopped listening
    Reply reply;
    reply.id = pending.id;
    reply.kind = pending.kind;
    reply.message = pending.message;
    reply.ok = pending.status.ok;
    reply.status = pending.status;
    reply.body = std::move(pending.body);
    reply.truncated = pending.truncated;
    if (reply.kind == CommandKind::List && reply.ok)
        rememberSizes(reply);
    emit replyReceived(reply);
}

void Session::rememberSizes(const Reply &reply)
{
    if (reply.message != 0) {
        if (const auto entry = parseScanLine(reply.status.text))
            m_announcedSizes.insert(entry->message, entry->octets);
        return;
    }
    for (const ScanEntry &entry : parseScanListing(reply.body).entries) {
        m_announcedTotal += qBound<qint64>(0, entry.octets, MaxScaledBytes) - m_announcedSizes.value(entry.message, 0);
        m_announcedSizes.insert(entry.message, qBound<qint64>(0, entry.octets, MaxScaledBytes));
    }
}

Session::PipelineWindow Session::pipelineWindow() const
{
    PipelineWindow window;
    if (m_settings.pipelineMaxCommands > 0) {
        window.commands = m_settings.pipelineMaxCommands;
    } else {
        constexpr qint64 UnknownReplyBytes = 8192;
        const qint64 average = m_announcedSizes.isEmpty() ? UnknownReplyBytes
                                                          : qMax<qint64>(1, m_announcedTotal / m_announcedSizes.size());
        const qint64 delayProduct = AssumedBytesPerSecond * qMax<qint64>(0, m_roundTripUs) / 1000000;
        window.commands = int(qBound(qint64(MinWindowCommands), delayProduct / average + 1, qint64(MaxWindowCommands)));
    }
    // A transaction command is at most "TOP 2147483647 2147483647\r\n", 27 bytes.
    window.bytes = m_settings.pipelineMaxBytes > 0 ? m_settings.pipelineMaxBytes : qint64(window.commands) * 32;
    return window;
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
    sendInternal(line, trace, shape, handler, ReplyLimit{});
}

void Session::sendInternal(const QByteArray &line, const QByteArray &trace, ReplyShape shape, Handler handler,
                           ReplyLimit limit)
{
    Pending pending;
    pending.wire = line;
    pending.trace = trace;
    pending.shape = shape;
    pending.limit = limit;
    pending.handler = handler;
    write(pending);
    m_inFlight.push_back(std::move(pending));
    updateTimers();
}

void Session::write(Pending &pending)
{
    emit protocolTrace(Direction::Client, pending.trace);
    pending.serial = m_nextSerial++;
    m_transport->write(pending.wire);
    m_inFlightBytes += pending.wire.size();
}

void Session::pump()
{
    if (m_state != State::Transaction)
        return;
    const bool pipelining = m_capabilities.pipelining();
    const PipelineWindow window = pipelineWindow();
    // Everything that may go now goes in one write: one TLS record and one system call for a
    // refill of many commands, not one each.
    QByteArray batch;
    while (!m_queue.empty()) {
        Pending &next = m_queue.front();
        if (!m_inFlight.empty()) {
            if (!pipelining)
                break;
            if (int(m_inFlight.size()) >= window.commands || m_inFlightBytes + next.wire.size() > window.bytes)
                break;
        }
        if (next.handler == &Session::onQuit)
            setState(State::Quitting);
        takeIntoFlight(batch);
        if (m_state == State::Quitting)
            break;
    }
    if (!batch.isEmpty() && m_state != State::Failed)
        m_transport->write(batch);
    updateTimers();
}

void Session::takeIntoFlight(QByteArray &batch)
{
    Pending &next = m_queue.front();
    emit protocolTrace(Direction::Client, next.trace);
    next.serial = m_nextSerial++;
    batch += next.wire;
    m_inFlightBytes += next.wire.size();
    m_inFlight.push_back(std::move(next));
    m_queue.pop_front();
}

void Session::pipelineBehindCapa()
{
    // What the server said before login; the CAPA now in flight replaces it when answered.
    if (!m_capabilities.pipelining() || m_stopping)
        return;
    const PipelineWindow window = pipelineWindow();
    QByteArray batch;
    while (!m_queue.empty() && m_queue.front().handler != &Session::onQuit && m_queue.front().id != 0
           && int(m_inFlight.size()) < window.commands
           && m_inFlightBytes + m_queue.front().wire.size() <= window.bytes)
        takeIntoFlight(batch);
    if (!batch.isEmpty())
        m_transport->write(batch);
    updateTimers();
}

void Session::updateTimers()
{
    if (m_inFlight.empty()) {
        m_replyTimer.stop();
        m_deadlineTimer.stop();
        m_headSerial = 0;
        if (m_state == State::Transaction && m_queue.empty() && m_settings.keepaliveIntervalMs > 0)
            m_keepaliveTimer.start(m_settings.keepaliveIntervalMs);
    } else {
        m_keepaliveTimer.stop();
        if (!m_replyTimer.isActive())
            m_replyTimer.start(m_settings.replyTimeoutMs);
        if (m_inFlight.front().serial != m_headSerial)
            restartReplyDeadline();
    }
}

void Session::restartReplyDeadline()
{
    if (m_inFlight.empty())
        return;
    m_headSerial = m_inFlight.front().serial;
    m_headClock.start();
    m_deadlineTimer.start(int(qMin<qint64>(replyAllowanceMs(m_inFlight.front()), INT_MAX)));
}

qint64 Session::replyAllowanceMs(const Pending &pending) const
{
    if (pending.kind != CommandKind::Retr && pending.kind != CommandKind::Top)
        return m_settings.replyDeadlineMs;
    // A size-scaled allowance: a big message may take long, but never at less than the minimum
    // rate. The size is the server's word, so it is bounded: what arrives counts only up to
    // twice the announced size (a reply that never ends still meets its deadline), TOP only up
    // to what a preview keeps, anything only up to MaxScaledBytes.
    const qint64 announced = qBound<qint64>(0, m_announcedSizes.value(pending.message, 0), MaxScaledBytes);
    qint64 size = qMax(announced, qMin(pending.received, 2 * announced + 1024 * 1024));
    if (pending.kind == CommandKind::Top)
        size = qMin(size, m_settings.maxTopBytes);
    size = qMin(size, MaxScaledBytes);
    return m_settings.transferDeadlineMs + size / qMax(1, m_settings.minTransferBytesPerSecond) * 1000;
}

void Session::onReplyDeadline()
{
    if (m_inFlight.empty() || m_state == State::Failed || m_state == State::Closed)
        return;
    // The allowance of RETR and TOP grows with what has arrived; the clock never restarts.
    const qint64 allowance = replyAllowanceMs(m_inFlight.front());
    const qint64 left = allowance - m_headClock.elapsed();
    if (left > 0) {
        m_deadlineTimer.start(int(qMin<qint64>(left, INT_MAX)));
        return;
    }
    fail(Error::Kind::Timeout, tr("The server took more than %1 seconds over one reply.").arg((allowance + 999) / 1000));
}

// ---- replies ----

void Session::onReadyRead()
{
    if (!m_transport || m_state == State::Failed || m_state == State::Closed)
        return;
    // The transport's bytes are read straight into the parser's fixed buffer, a buffer at a time,
    // and handed on as they are parsed: the buffer is reused, never grown.
    for (;;) {
        qsizetype room = 0;
        char *space = m_parser.spaceToFill(&room);
        const qint64 got = room > 0 ? m_transport->read(space, room) : 0;
        if (got > 0) {
            m_parser.filled(got);
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
        pump(); // refill the pipeline once per buffer of replies, not once per reply
        if (got <= 0)
            break; // all read (bytes nobody asked for stay buffered, and are refused below)
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
            head.received += event.data.size();
            if (!m_stopping)
                emit bodyChunk(head.id, event.data);
            return m_state != State::Failed;
        }
        // Each command carries its limit. Previews and capability lists are cut at it (a preview's
        // rest is read and dropped, so a huge header costs no memory), but a reply that goes on
        // far past any listing is an attack on the client's time, not a long message.
        const qint64 limit = head.limit.keep;
        const bool truncatable = head.limit.ceiling > 0;
        const qint64 ceiling = head.limit.ceiling;
        head.received += event.data.size();
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
    return m_state != State::Failed && m_state != State::Closed && m_state != State::StartingTls;
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
    if (m_stopping && error.kind != Error::Kind::Aborted) {
        // Whatever went wrong while saying goodbye, the user asked to stop.
        Error stopped;
        stopped.kind = Error::Kind::Aborted;
        stopped.message = tr("Stopped.");
        fail(stopped);
        return;
    }
    m_connectTimer.stop();
    m_replyTimer.stop();
    m_keepaliveTimer.stop();
    m_deadlineTimer.stop();
    m_stopTimer.stop();
    m_saslStep.reset(); // a step still computing is abandoned; its thread holds its own m_sasl
    m_sasl.reset();
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

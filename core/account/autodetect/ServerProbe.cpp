#include "account/autodetect/ServerProbe.h"

#include "net/SslTransport.h"
#include "pop3/Session.h"

#include <QPointer>
#include <QTimer>

namespace Poplar::Autodetect {

namespace {

/// Passes everything through to the real transport except writes: only the probe's own
/// commands reach the network. Should the session ever go on to log in, the login is dropped
/// and the connection cut instead.
class GuardTransport final : public Net::Transport {
public:
    GuardTransport(Net::Transport *inner, QObject *parent) : Net::Transport(parent), m_inner(inner)
    {
        m_inner->setParent(this);
        connect(m_inner, &Net::Transport::connected, this, &Net::Transport::connected);
        connect(m_inner, &Net::Transport::encrypted, this, &Net::Transport::encrypted);
        connect(m_inner, &Net::Transport::readyRead, this, &Net::Transport::readyRead);
        connect(m_inner, &Net::Transport::disconnected, this, &Net::Transport::disconnected);
        connect(m_inner, &Net::Transport::errorOccurred, this, &Net::Transport::errorOccurred);
    }
    void connectToHost(const QString &host, quint16 port, bool implicitTls, const Net::TlsOptions &tls,
                       quint16 localPort) override
    {
        m_inner->connectToHost(host, port, implicitTls, tls, localPort);
    }
    void setProxy(const Net::ProxySettings &proxy) override { m_inner->setProxy(proxy); }
    void startTls() override { m_inner->startTls(); }
    qint64 bytesAvailable() const override { return m_inner->bytesAvailable(); }
    QByteArray readAll() override { return m_inner->readAll(); }
    qint64 read(char *data, qint64 maxSize) override { return m_inner->read(data, maxSize); }
    void write(const QByteArray &bytes) override
    {
        if (ServerProbe::isAllowedProbeCommand(bytes))
            m_inner->write(bytes);
        else
            m_inner->abort();
    }
    void close() override { m_inner->close(); }
    void abort() override { m_inner->abort(); }
    bool isEncrypted() const override { return m_inner->isEncrypted(); }
    QList<QSslCertificate> peerCertificateChain() const override { return m_inner->peerCertificateChain(); }

private:
    Net::Transport *m_inner;
};

class GuardFactory final : public Net::TransportFactory {
public:
    explicit GuardFactory(Net::TransportFactory *inner) : m_inner(inner)
    {
        if (!m_inner) {
            m_owned = std::make_unique<Net::SslTransportFactory>();
            m_inner = m_owned.get();
        }
    }
    Net::Transport *create(QObject *parent) override { return new GuardTransport(m_inner->create(nullptr), parent); }

private:
    Net::TransportFactory *m_inner;
    std::unique_ptr<Net::TransportFactory> m_owned;
};

} // namespace

ServerProbe::ServerProbe(const ProbeTarget &target, const Net::TlsOptions &tls, Net::TransportFactory *factory,
                         QObject *parent)
    : QObject(parent), m_target(target), m_tls(tls), m_guard(std::make_unique<GuardFactory>(factory))
{
}

ServerProbe::~ServerProbe()
{
    m_done = true;
    delete m_session; // before the factory its transport came from
}

bool ServerProbe::isAllowedProbeCommand(const QByteArray &bytes)
{
    return bytes == "CAPA\r\n" || bytes == "STLS\r\n";
}

void ServerProbe::start(int timeoutMs)
{
    Pop3::SessionSettings settings;
    settings.host = m_target.host;
    settings.port = m_target.port;
    settings.security = m_target.security == Pop3::Security::Plain ? Pop3::Security::StartTls : m_target.security;
    settings.auth = Pop3::AuthMethod::Automatic;
    settings.user = "probe"; // required by the settings check; never sent
    settings.tls = m_tls;
    settings.connectTimeoutMs = timeoutMs;
    settings.replyTimeoutMs = timeoutMs;
    settings.keepaliveIntervalMs = 0;

    m_session = new Pop3::Session(m_guard.get(), this);
    connect(m_session, &Pop3::Session::stateChanged, this, &ServerProbe::onStateChanged);
    connect(m_session, &Pop3::Session::failed, this, &ServerProbe::onFailed);
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, timeoutMs] {
        if (m_done)
            return;
        ProbeResult result;
        result.error.kind = Pop3::Error::Kind::Timeout;
        result.error.message = tr("No answer within %1 seconds.").arg(3 * timeoutMs / 1000);
        finish(result);
    });
    deadline->start(3 * timeoutMs);
    m_session->open(settings, QByteArray());
}

void ServerProbe::abort()
{
    m_cancelled = true;
    if (m_done)
        return;
    m_done = true;
    if (m_session)
        m_session->abort();
}

void ServerProbe::onStateChanged()
{
    // The session is done greeting and negotiating (TLS and the CAPA over it) and is about to
    // log in: everything a probe wants to know is known, so it stops right here.
    if (m_done || m_session->state() != Pop3::Session::State::Authenticating)
        return;
    ProbeResult result;
    result.outcome = m_session->isEncrypted() ? ProbeResult::Outcome::Secure : ProbeResult::Outcome::NoTls;
    finish(result);
}

void ServerProbe::onFailed(const Pop3::Error &error)
{
    if (m_done)
        return;
    ProbeResult result;
    result.error = error;
    if (error.kind == Pop3::Error::Kind::CertificateUntrusted)
        result.outcome = ProbeResult::Outcome::CertificateUntrusted;
    else if (error.kind == Pop3::Error::Kind::TlsUnavailable) // only ever after a POP3 greeting
        result.outcome = ProbeResult::Outcome::NoTls;
    finish(result);
}

void ServerProbe::finish(ProbeResult result)
{
    m_done = true;
    result.target = m_target;
    result.capabilities = m_session->capabilities();
    result.greeting = m_session->greeting();
    m_session->abort();
    // Reported from the event loop: the receiver may delete this probe, and the session is
    // still inside its own signal.
    QMetaObject::invokeMethod(this, [this, result] {
        if (!m_cancelled)
            emit finished(result);
    }, Qt::QueuedConnection);
}

} // namespace Poplar::Autodetect

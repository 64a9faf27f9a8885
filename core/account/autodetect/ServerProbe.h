#pragma once

#include "net/Transport.h"
#include "pop3/Capabilities.h"
#include "pop3/Error.h"
#include "pop3/SessionSettings.h"

#include <QObject>

#include <memory>

namespace Poplar::Pop3 { class Session; }

namespace Poplar::Autodetect {

/// Where a probe connects, and how it secures the connection.
struct ProbeTarget {
    QString host;
    quint16 port = 0;
    /// ImplicitTls or StartTls; a probe never settles for less than asking for TLS.
    Pop3::Security security = Pop3::Security::ImplicitTls;
};

/// What one probe learned.
struct ProbeResult {
    enum class Outcome {
        Secure,               ///< TLS up with a trusted (or pinned) certificate, CAPA read over it
        CertificateUntrusted, ///< TLS works but the certificate is not trusted; see error.peerChain
        NoTls,                ///< a POP3 server that offers no STLS (or refuses it): plaintext only
        Failed,               ///< nothing usable: not reachable, not POP3, TLS broken, timed out
    };
    Outcome outcome = Outcome::Failed;
    ProbeTarget target;
    /// The last CAPA the server sent (after TLS when TLS came up).
    Pop3::Capabilities capabilities;
    QByteArray greeting;
    /// The session's error for anything but Secure (with sslErrors and peerChain for certificates).
    Pop3::Error error;
};

/// Greets one server and reads its CAPA (upgrading with STLS where asked) with a Pop3::Session,
/// then hangs up before any login: no user name or password is ever sent. The transport it uses
/// passes only CAPA and STLS to the network, so this holds by construction.
class ServerProbe : public QObject {
    Q_OBJECT
public:
    /// `factory` (optional, for tests) makes the underlying transports; it must outlive the probe.
    ServerProbe(const ProbeTarget &target, const Net::TlsOptions &tls, Net::TransportFactory *factory = nullptr,
                QObject *parent = nullptr);
    /// Drops the connection if it is still open; nothing is reported.
    ~ServerProbe() override;

    /// Connects; `finished` follows exactly once, within about three times `timeoutMs`.
    void start(int timeoutMs);
    /// Stops at once; `finished` is not emitted.
    void abort();
    /// Where this probe connects.
    const ProbeTarget &target() const { return m_target; }

    /// Commands a probe may send; everything else is dropped and the connection cut.
    static bool isAllowedProbeCommand(const QByteArray &bytes);

signals:
    void finished(const Poplar::Autodetect::ProbeResult &result);

private:
    void finish(ProbeResult result);
    void onStateChanged();
    void onFailed(const Pop3::Error &error);

    ProbeTarget m_target;
    Net::TlsOptions m_tls;
    std::unique_ptr<Net::TransportFactory> m_guard;
    Pop3::Session *m_session = nullptr;
    bool m_done = false;      ///< the outcome is known (or the probe was stopped)
    bool m_cancelled = false; ///< abort() was called: nothing is reported any more
};

} // namespace Poplar::Autodetect

Q_DECLARE_METATYPE(Poplar::Autodetect::ProbeResult)

#pragma once

#include "account/autodetect/Autoconfig.h"
#include "account/autodetect/Candidate.h"
#include "net/Transport.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVector>

#include <memory>
#include <optional>

namespace Poplar::Autodetect {

class AutoconfigFetcher;
class ServerProbe;
class SrvResolver;
struct ProbeResult;

/// Finds the POP3 server for an e-mail address: DNS SRV records (_pop3s._tcp, _pop3._tcp),
/// the provider's autoconfig file and the usual host names, all at once with short timeouts.
/// Every server found is probed (greeting and CAPA, never a login) and the results are ranked:
/// TLS from the first byte over STLS over no TLS, the stronger login first. Plaintext is never
/// picked silently: such a candidate says it needs the user's consent.
class Autodetector : public QObject {
    Q_OBJECT
public:
    /// A port to try on each likely host, and how.
    struct ProbePort {
        quint16 port;
        Pop3::Security security;
    };

    /// Uses real DNS, the provider's web servers and the usual host names until told otherwise.
    explicit Autodetector(QObject *parent = nullptr);
    /// Stops every probe without a report.
    ~Autodetector() override;

    // Configuration, before start(); the defaults are the real thing.
    /// SRV lookups go here; nullptr (the default) means real DNS. Not owned.
    void setSrvResolver(SrvResolver *resolver) { m_resolver = resolver; }
    /// Autoconfig URLs with %EMAILDOMAIN% / %EMAILADDRESS%; see AutoconfigFetcher::defaultUrlTemplates().
    void setAutoconfigUrls(const QStringList &templates) { m_urlTemplates = templates; }
    /// Likely host names with %EMAILDOMAIN%; default pop.%EMAILDOMAIN%, mail.%EMAILDOMAIN%, %EMAILDOMAIN%.
    void setProbeHosts(const QStringList &templates) { m_hostTemplates = templates; }
    /// Ports tried on each likely host; default 995 (TLS) and 110 (STLS).
    void setProbePorts(const QVector<ProbePort> &ports) { m_ports = ports; }
    /// Transports for the probes (tests); not owned, nullptr for the real one.
    void setTransportFactory(Net::TransportFactory *factory) { m_factory = factory; }
    /// Extra CAs or a pinned certificate the probes accept.
    void setTlsOptions(const Net::TlsOptions &tls) { m_tls = tls; }
    /// Per step (connect, reply, DNS, HTTP) and for the whole search.
    void setTimeouts(int stepMs, int overallMs);

    /// Starts searching for `emailAddress`; progress, candidatesChanged and finally `finished` follow.
    void start(const QString &emailAddress);
    /// Stops every lookup and probe; `finished` follows with what is known.
    void cancel();
    /// True between start() and `finished`.
    bool isRunning() const { return m_running; }

    /// Every server seen so far, best first (ranked once finished).
    QVector<Candidate> candidates() const { return m_candidates; }
    /// The chosen candidate, if any is usable.
    std::optional<Candidate> best() const;
    /// The first POP3 entry of an autoconfig file, for its policy hints and display name.
    std::optional<AutoconfigServer> providerHints() const { return m_hints; }
    /// The provider's display name from its autoconfig file, if one was found.
    QString providerName() const { return m_providerName; }
    /// Every progress line so far.
    QStringList log() const { return m_log; }

signals:
    /// One line for the user about what is being tried or was found.
    void progress(const QString &line);
    void candidatesChanged();
    void finished();

private:
    void startSrv(const QString &service, Pop3::Security security, int question);
    /// `order` is the place in the search's fixed order (Candidate::order).
    void addCandidate(const QString &host, quint16 port, Pop3::Security security, Source source,
                      const QString &detail, const QString &user, Pop3::AuthMethod auth, qint64 order);
    void onProbeFinished(ServerProbe *probe, const ProbeResult &result);
    void taskDone();
    void finish();
    void say(const QString &line);

    SrvResolver *m_resolver = nullptr;
    std::unique_ptr<SrvResolver> m_dns;
    Net::TransportFactory *m_factory = nullptr;
    Net::TlsOptions m_tls;
    QStringList m_urlTemplates;
    QStringList m_hostTemplates;
    QVector<ProbePort> m_ports;
    int m_stepMs = 6000;
    int m_overallMs = 20000;

    QString m_email;
    bool m_running = false;
    int m_pending = 0;
    quint64 m_generation = 0; ///< answers from an earlier start() are ignored
    QTimer m_deadline;
    AutoconfigFetcher *m_fetcher;
    QList<ServerProbe *> m_probes;
    QObject *m_lookupContext = nullptr; ///< parent of this run's DNS lookups
    QVector<Candidate> m_candidates;
    std::optional<AutoconfigServer> m_hints;
    qint64 m_hintsRank = 0; ///< providerRank() of the file m_hints came from
    QHash<QString, qint64> m_userRanks; ///< "host:port" -> providerRank() of the file that set its user
    QString m_providerName;
    QStringList m_log;
};

} // namespace Poplar::Autodetect

#include "account/autodetect/Autodetector.h"

#include "account/autodetect/AutoconfigFetcher.h"
#include "account/autodetect/ServerProbe.h"
#include "account/autodetect/SrvResolver.h"

namespace Poplar::Autodetect {

namespace {

// The search's fixed order: the two SRV lookups, then each autoconfig URL, then the usual host
// names. A candidate's order is its question's number and its place in that question's answer.
constexpr int SrvTlsQuestion = 0;
constexpr int SrvStlsQuestion = 1;
constexpr int FirstAutoconfigQuestion = 2;

qint64 searchOrder(int question, int position)
{
    return (qint64(question) << 20) + qMin(position, (1 << 20) - 1);
}

/// Which provider file speaks for a server: https before plain http, then the earlier URL
/// (lower wins). Answers may arrive in any order; this never depends on it.
qint64 providerRank(bool https, int question)
{
    return (https ? 0 : qint64(1) << 32) + question;
}

} // namespace

Autodetector::Autodetector(QObject *parent)
    : QObject(parent), m_urlTemplates(AutoconfigFetcher::defaultUrlTemplates()),
      m_hostTemplates({QStringLiteral("pop.%EMAILDOMAIN%"), QStringLiteral("mail.%EMAILDOMAIN%"),
                       QStringLiteral("%EMAILDOMAIN%")}),
      m_ports({{Pop3::Pop3TlsPort, Pop3::Security::ImplicitTls}, {Pop3::Pop3Port, Pop3::Security::StartTls}}),
      m_fetcher(new AutoconfigFetcher(this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        say(tr("The search took too long; stopping with what was found."));
        finish();
    });
    connect(m_fetcher, &AutoconfigFetcher::requested, this,
            [this](const QUrl &url) { say(tr("Fetching the provider's settings from %1\u2026").arg(url.toDisplayString())); });
    connect(m_fetcher, &AutoconfigFetcher::fetched, this,
            [this](const QUrl &url, const AutoconfigResult &result, const QString &error) {
                const QString where = url.toDisplayString(QUrl::RemoveQuery);
                if (!error.isEmpty()) {
                    say(tr("%1: %2").arg(where, error));
                    return;
                }
                const bool https = url.scheme() == QLatin1String("https");
                const int question = FirstAutoconfigQuestion
                    + qMax(0, int(AutoconfigFetcher::urlsFor(m_urlTemplates, m_email).indexOf(url)));
                const qint64 rank = providerRank(https, question);
                say(tr("%1: %2 lists %n POP3 server(s).", nullptr, int(result.servers.size()))
                        .arg(where, result.displayName.isEmpty() ? tr("the provider") : result.displayName));
                for (const QString &w : result.warnings)
                    say(tr("%1: %2").arg(where, w));
                if (!result.servers.isEmpty() && (!m_hints || rank < m_hintsRank)) {
                    m_hints = result.servers.first();
                    m_hintsRank = rank;
                    m_providerName = result.displayName;
                }
                for (int i = 0; i < result.servers.size(); ++i) {
                    const AutoconfigServer &s = result.servers.at(i);
                    addCandidate(s.host, s.port, s.security, https ? Source::AutoconfigHttps : Source::AutoconfigHttp,
                                 where, s.user, s.auth, searchOrder(question, i));
                }
            });
    connect(m_fetcher, &AutoconfigFetcher::finished, this, &Autodetector::taskDone);
}

Autodetector::~Autodetector()
{
    m_running = false;
    qDeleteAll(m_probes);
}

void Autodetector::setTimeouts(int stepMs, int overallMs)
{
    m_stepMs = stepMs;
    m_overallMs = overallMs;
}

std::optional<Candidate> Autodetector::best() const
{
    for (const Candidate &c : m_candidates) {
        if (c.chosen)
            return c;
    }
    return std::nullopt;
}

void Autodetector::say(const QString &line)
{
    m_log << line;
    emit progress(line);
}

void Autodetector::start(const QString &emailAddress)
{
    if (m_running) {
        m_running = false; // the old run ends without a report
        m_fetcher->abort();
        qDeleteAll(std::exchange(m_probes, {}));
        m_deadline.stop();
    }
    delete m_lookupContext;
    m_lookupContext = new QObject(this);
    ++m_generation;
    m_email = emailAddress.trimmed();
    m_candidates.clear();
    m_hints.reset();
    m_hintsRank = 0;
    m_userRanks.clear();
    m_providerName.clear();
    m_log.clear();
    m_running = true;
    m_pending = 1; // this function's own share, released below once everything is launched
    emit candidatesChanged();

    const QString domain = emailDomain(m_email);
    if (!m_email.contains(QLatin1Char('@')) || !isPlausibleHostName(domain)) {
        say(tr("\u201c%1\u201d is not an e-mail address, so there is nothing to look up.").arg(m_email));
    } else {
        m_deadline.start(m_overallMs);
        say(tr("Looking for the POP3 server of %1\u2026").arg(domain));
        if (!m_resolver)
            m_dns = std::make_unique<DnsSrvResolver>(m_stepMs);
        startSrv(QStringLiteral("_pop3s._tcp.") + domain, Pop3::Security::ImplicitTls, SrvTlsQuestion);
        startSrv(QStringLiteral("_pop3._tcp.") + domain, Pop3::Security::StartTls, SrvStlsQuestion);
        const int urls = int(AutoconfigFetcher::urlsFor(m_urlTemplates, m_email).size());
        if (urls > 0) {
            ++m_pending;
            m_fetcher->start(m_urlTemplates, m_email, m_stepMs);
        }
        const int guessQuestion = FirstAutoconfigQuestion + urls;
        int position = 0;
        for (const QString &t : std::as_const(m_hostTemplates)) {
            const QString host = substituteEmailPlaceholders(t, m_email);
            for (const ProbePort &p : std::as_const(m_ports))
                addCandidate(host, p.port, p.security, Source::Guess, QString(), m_email, Pop3::AuthMethod::Automatic,
                             searchOrder(guessQuestion, position++));
        }
    }
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation] {
        if (generation == m_generation)
            taskDone();
    }, Qt::QueuedConnection);
}

void Autodetector::cancel()
{
    if (!m_running)
        return;
    say(tr("Stopped."));
    finish();
}

void Autodetector::startSrv(const QString &service, Pop3::Security security, int question)
{
    ++m_pending;
    say(tr("Looking up the DNS SRV record %1\u2026").arg(service));
    SrvResolver *resolver = m_resolver ? m_resolver : m_dns.get();
    const quint64 generation = m_generation;
    resolver->lookupSrv(service, m_lookupContext,
                        [this, service, security, question, generation](const QList<SrvRecord> &records,
                                                                        const QString &error) {
                            if (generation != m_generation || !m_running)
                                return;
                            const QList<SrvRecord> usable = sortedSrvRecords(records);
                            if (!error.isEmpty())
                                say(tr("%1: the lookup failed: %2").arg(service, error));
                            else if (usable.isEmpty())
                                say(tr("%1: no such record.").arg(service));
                            for (int i = 0; i < usable.size(); ++i) {
                                const SrvRecord &r = usable.at(i);
                                say(tr("%1 points to %2 port %3.").arg(service, r.target).arg(r.port));
                                addCandidate(r.target, r.port, security, Source::Srv, service, m_email,
                                             Pop3::AuthMethod::Automatic, searchOrder(question, i));
                            }
                            taskDone();
                        });
}

void Autodetector::addCandidate(const QString &rawHost, quint16 port, Pop3::Security security, Source source,
                                const QString &detail, const QString &user, Pop3::AuthMethod auth, qint64 order)
{
    if (!m_running)
        return;
    QString host = rawHost.trimmed().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1); // the fully qualified spelling of the same name
    if (!isPlausibleHostName(host) || port == 0)
        return;
    // The provider knows its user names better than a guess; of several provider files, the
    // best ranked one speaks, whichever answered first.
    const bool fromProvider = source == Source::AutoconfigHttps || source == Source::AutoconfigHttp;
    const QString key = host + QLatin1Char(':') + QString::number(port);
    const qint64 rank = providerRank(source == Source::AutoconfigHttps, int(order >> 20));
    const bool providerUser = fromProvider && (!m_userRanks.contains(key) || rank < m_userRanks.value(key));
    if (providerUser)
        m_userRanks.insert(key, rank);
    for (Candidate &c : m_candidates) {
        if (c.host != host || c.port != port)
            continue;
        if (!c.sources.contains(source)) {
            c.sources << source;
            c.sourceDetails << detail;
        }
        c.order = qMin(c.order, order);
        if (providerUser) {
            c.user = user;
            c.auth = auth;
        }
        emit candidatesChanged();
        return;
    }
    Candidate c;
    c.host = host;
    c.port = port;
    c.security = security;
    c.user = user;
    c.auth = auth;
    c.order = order;
    c.sources << source;
    c.sourceDetails << detail;
    m_candidates << c;

    ProbeTarget target{host, port, security == Pop3::Security::Plain ? Pop3::Security::StartTls : security};
    auto *probe = new ServerProbe(target, m_tls, m_factory, this);
    m_probes << probe;
    ++m_pending;
    connect(probe, &ServerProbe::finished, this,
            [this, probe](const ProbeResult &result) { onProbeFinished(probe, result); });
    say(tr("Trying %1\u2026").arg(c.label()));
    probe->start(m_stepMs);
    emit candidatesChanged();
}

void Autodetector::onProbeFinished(ServerProbe *probe, const ProbeResult &result)
{
    m_probes.removeOne(probe);
    probe->deleteLater();
    if (!m_running)
        return;
    for (Candidate &c : m_candidates) {
        if (c.host != result.target.host || c.port != result.target.port)
            continue;
        c.capabilities = result.capabilities;
        c.greeting = result.greeting;
        c.problem = result.error.message;
        switch (result.outcome) {
        case ProbeResult::Outcome::Secure: {
            c.status = Candidate::Status::Secure;
            c.security = result.target.security;
            const QByteArrayList sasl = c.capabilities.saslMechanisms();
            say(tr("%1 answers, encrypted, with a trusted certificate; login methods: %2.")
                    .arg(c.label(), sasl.isEmpty() ? tr("not announced") : QString::fromLatin1(sasl.join(' '))));
            break;
        }
        case ProbeResult::Outcome::CertificateUntrusted:
            c.status = Candidate::Status::CertificateUntrusted;
            c.security = result.target.security;
            c.sslErrors = result.error.sslErrors;
            c.peerChain = result.error.peerChain;
            say(tr("%1 answers, but its certificate is not trusted.").arg(c.label()));
            break;
        case ProbeResult::Outcome::NoTls:
            c.status = Candidate::Status::NoTls;
            c.security = Pop3::Security::Plain;
            say(tr("%1:%2 answers, but offers no encryption (%3).").arg(c.host).arg(c.port).arg(c.problem));
            break;
        case ProbeResult::Outcome::Failed:
            c.status = Candidate::Status::Unreachable;
            say(tr("%1: %2").arg(c.label(), c.problem));
            break;
        }
        break;
    }
    emit candidatesChanged();
    taskDone();
}

void Autodetector::taskDone()
{
    if (m_running && --m_pending <= 0)
        finish();
}

void Autodetector::finish()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_deadline.stop();
    m_fetcher->abort();
    for (ServerProbe *probe : std::exchange(m_probes, {})) {
        probe->abort();
        probe->deleteLater();
    }
    delete m_lookupContext; // cancels outstanding DNS lookups
    m_lookupContext = nullptr;
    rankCandidates(m_candidates);
    if (const auto chosen = best())
        say(tr("Best choice: %1.").arg(chosen->label()));
    else
        say(tr("No POP3 server was found. Enter the server settings by hand."));
    emit candidatesChanged();
    emit finished();
}

} // namespace Poplar::Autodetect

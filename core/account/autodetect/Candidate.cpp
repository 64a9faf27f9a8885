#include "account/autodetect/Candidate.h"

#include "pop3/Apop.h"
#include "pop3/SaslMechanism.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace Poplar::Autodetect {

/// Translation context of this file's texts (free functions and members alike).
struct CandidateText
{
    Q_DECLARE_TR_FUNCTIONS(Poplar::Autodetect::Candidate)
};

namespace {

struct Strength {
    const char *name;
    int value;
};
// The session's own order of preference (Session::chooseAndLogin), strongest first.
constexpr Strength strengths[] = {
    {"SCRAM-SHA-256", 7}, {"SCRAM-SHA-1", 6}, {"DIGEST-MD5", 5}, {"CRAM-MD5", 4},
    {"APOP", 3}, {"PLAIN", 2}, {"LOGIN", 2}, {"USER", 1},
};

int statusRank(Candidate::Status status)
{
    switch (status) {
    case Candidate::Status::Secure: return 4;
    case Candidate::Status::CertificateUntrusted: return 3;
    case Candidate::Status::NoTls: return 2;
    case Candidate::Status::Pending: return 1;
    case Candidate::Status::Unreachable: return 0;
    }
    return 0;
}

int securityRank(Pop3::Security security)
{
    switch (security) {
    case Pop3::Security::ImplicitTls: return 2;
    case Pop3::Security::StartTls: return 1;
    case Pop3::Security::Plain: return 0;
    }
    return 0;
}

int trustedSources(const Candidate &c)
{
    return int(std::count_if(c.sources.begin(), c.sources.end(), [](Source s) { return s != Source::AutoconfigHttp; }));
}

auto key(const Candidate &c)
{
    // The last element settles ties by the search's fixed order, never by which answer came first.
    return std::make_tuple(statusRank(c.status), securityRank(c.security), loginStrength(c.capabilities, c.greeting),
                           trustedSources(c), -c.order);
}

QString sourcesText(const Candidate &c)
{
    QStringList parts;
    for (int i = 0; i < c.sources.size(); ++i) {
        const QString detail = c.sourceDetails.value(i);
        parts << (detail.isEmpty() ? sourceLabel(c.sources.at(i)) : CandidateText::tr("%1 %2").arg(sourceLabel(c.sources.at(i)), detail));
    }
    return parts.join(QStringLiteral(", "));
}

QString statusText(const Candidate &c)
{
    switch (c.status) {
    case Candidate::Status::Secure:
        return c.security == Pop3::Security::ImplicitTls ? CandidateText::tr("encrypted from the first byte, certificate trusted")
                                                         : CandidateText::tr("encrypted after STLS, certificate trusted");
    case Candidate::Status::CertificateUntrusted: {
        QStringList errors;
        for (const QSslError &e : c.sslErrors)
            errors << e.errorString();
        return CandidateText::tr("encrypted, but its certificate is not trusted (%1): you will be asked whether to trust it")
            .arg(errors.isEmpty() ? c.problem : errors.join(QStringLiteral("; ")));
    }
    case Candidate::Status::NoTls:
        return CandidateText::tr("this server offers no encryption: the password and every message would cross the network "
                  "readable by anyone on the way. It is used only if you explicitly agree");
    case Candidate::Status::Pending:
        return CandidateText::tr("not checked: the search ended before it answered");
    case Candidate::Status::Unreachable:
        return c.problem;
    }
    return {};
}

/// Why `winner` beats `other`, in words.
QString whyBetter(const Candidate &winner, const Candidate &other)
{
    if (statusRank(winner.status) != statusRank(other.status)) {
        if (winner.status == Candidate::Status::Secure && other.status == Candidate::Status::CertificateUntrusted)
            return CandidateText::tr("its certificate is trusted");
        return CandidateText::tr("it offers encryption");
    }
    if (securityRank(winner.security) != securityRank(other.security))
        return CandidateText::tr("TLS from the first byte is preferred over STLS");
    const int a = loginStrength(winner.capabilities, winner.greeting);
    const int b = loginStrength(other.capabilities, other.greeting);
    if (a != b)
        return CandidateText::tr("it offers a stronger login (%1 rather than %2)")
            .arg(QString::fromLatin1(strongestLogin(winner.capabilities, winner.greeting)),
                 b == 0 ? CandidateText::tr("unknown") : QString::fromLatin1(strongestLogin(other.capabilities, other.greeting)));
    if (trustedSources(winner) != trustedSources(other))
        return CandidateText::tr("more sources name it");
    return CandidateText::tr("it comes earlier in the search order (DNS SRV records, the provider's settings, then the usual host names)");
}

} // namespace

bool Candidate::isUsable() const
{
    return status == Status::Secure || status == Status::CertificateUntrusted || status == Status::NoTls;
}

QString Candidate::label() const
{
    return CandidateText::tr("%1:%2 (%3)").arg(host).arg(port).arg(securityLabel(security));
}

QString securityLabel(Pop3::Security security)
{
    switch (security) {
    case Pop3::Security::ImplicitTls: return CandidateText::tr("TLS");
    case Pop3::Security::StartTls: return CandidateText::tr("STLS");
    case Pop3::Security::Plain: return CandidateText::tr("no encryption");
    }
    return {};
}

QString sourceLabel(Source source)
{
    switch (source) {
    case Source::Srv: return CandidateText::tr("DNS SRV record");
    case Source::AutoconfigHttps: return CandidateText::tr("provider's autoconfig (https)");
    case Source::AutoconfigHttp: return CandidateText::tr("provider's autoconfig (plain http, unauthenticated)");
    case Source::Guess: return CandidateText::tr("usual host name");
    }
    return {};
}

QByteArray strongestLogin(const Pop3::Capabilities &capabilities, const QByteArray &greeting)
{
    const QByteArrayList sasl = capabilities.saslMechanisms();
    for (const Strength &s : strengths) {
        const QByteArray name(s.name);
        bool offered = false;
        if (name == "APOP")
            offered = Pop3::apopTimestamp(greeting).has_value();
        else if (name == "USER")
            offered = capabilities.user();
        else
            offered = sasl.contains(name) && Pop3::isSaslMechanismSupported(name);
        if (offered)
            return name;
    }
    return {};
}

int loginStrength(const Pop3::Capabilities &capabilities, const QByteArray &greeting)
{
    const QByteArray best = strongestLogin(capabilities, greeting);
    for (const Strength &s : strengths) {
        if (best == s.name)
            return s.value;
    }
    return 0;
}

void rankCandidates(QVector<Candidate> &candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return key(a) > key(b); });
    const Candidate *winner = nullptr;
    for (Candidate &c : candidates) {
        c.chosen = false;
        const QString found = CandidateText::tr("Found by: %1.").arg(sourcesText(c));
        if (!c.isUsable()) {
            c.reason = CandidateText::tr("Rejected: %1. %2").arg(statusText(c), found);
            continue;
        }
        if (!winner) {
            c.chosen = true;
            winner = &c;
            const QByteArray login = strongestLogin(c.capabilities, c.greeting);
            const QString unknown = c.status == Candidate::Status::CertificateUntrusted
                                        ? CandidateText::tr("known once the certificate is trusted")
                                        : CandidateText::tr("not announced");
            c.reason = CandidateText::tr("Chosen: %1; best login it offers: %2. %3")
                           .arg(statusText(c), login.isEmpty() ? unknown : QString::fromLatin1(login), found);
            continue;
        }
        c.reason = CandidateText::tr("Not chosen: %1 is preferred because %2. This one is %3. %4")
                       .arg(winner->label(), whyBetter(*winner, c), statusText(c), found);
    }
}

} // namespace Poplar::Autodetect

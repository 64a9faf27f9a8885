#pragma once

#include "pop3/Capabilities.h"
#include "pop3/SessionSettings.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Poplar::Autodetect {

/// Where a candidate server came from; several sources may name the same one.
enum class Source {
    Srv,              ///< a DNS SRV record (RFC 6186 / RFC 8314)
    AutoconfigHttps,  ///< the provider's autoconfig file, fetched over https
    AutoconfigHttp,   ///< the provider's autoconfig file, fetched over plain http (unauthenticated)
    Guess,            ///< a likely host name, probed
};

/// One server the autodetection found or tried, with what the probe learned about it.
struct Candidate {
    enum class Status {
        Pending,              ///< not probed yet
        Secure,               ///< TLS with a trusted (or pinned) certificate
        CertificateUntrusted, ///< TLS, but the certificate needs the user's decision
        NoTls,                ///< answers POP3 but offers no TLS: usable only with explicit consent
        Unreachable,          ///< did not answer usefully; `problem` says why
    };

    QString host;
    quint16 port = 0;
    Pop3::Security security = Pop3::Security::ImplicitTls;
    Pop3::AuthMethod auth = Pop3::AuthMethod::Automatic;
    QString user;
    QList<Source> sources;
    QStringList sourceDetails; ///< e.g. the SRV name or the autoconfig URL, one per source
    /// Its place in the search's fixed order, lowest over its sources: SRV (_pop3s, then _pop3, in
    /// record order), then each autoconfig URL in turn (servers in file order), then the usual host
    /// names; settles ties in rankCandidates, so the order answers arrive in never matters.
    qint64 order = 0;

    Status status = Status::Pending;
    Pop3::Capabilities capabilities;
    QByteArray greeting;
    QString problem;              ///< the probe's error in words, for anything but Secure
    QList<QSslError> sslErrors;   ///< for CertificateUntrusted
    QList<QSslCertificate> peerChain;

    bool chosen = false;
    QString reason; ///< why it was chosen or not, in plain words (set by rankCandidates)

    /// True when it can be used at all (possibly after a certificate or plaintext decision).
    bool isUsable() const;
    /// True when using it sends the password without TLS, which needs the user's explicit consent.
    bool needsPlaintextConsent() const { return status == Status::NoTls; }
    /// "pop.example.org:995 (TLS)".
    QString label() const;
};

/// Words for a security mode: "TLS", "STLS" or "no encryption".
QString securityLabel(Pop3::Security security);
/// Words for a source: "DNS SRV record", "autoconfig (https)" ...
QString sourceLabel(Source source);

/// How strong the best login method is that Poplar can use with these capabilities (and an
/// APOP greeting): 0 nothing known, 1 USER/PASS, 2 PLAIN/LOGIN, 3 APOP, 4 CRAM-MD5,
/// 5 DIGEST-MD5, 6 SCRAM-SHA-1, 7 SCRAM-SHA-256.
int loginStrength(const Pop3::Capabilities &capabilities, const QByteArray &greeting);
/// The name of that method, e.g. "SCRAM-SHA-256"; empty when nothing is known.
QByteArray strongestLogin(const Pop3::Capabilities &capabilities, const QByteArray &greeting);

/// Sorts best first: usable before unusable; a verified certificate before one needing a
/// decision before no TLS; implicit TLS before STLS; the stronger login; more sources; then the
/// lower `order`. Marks the first usable one `chosen` and writes every candidate's `reason`.
void rankCandidates(QVector<Candidate> &candidates);

} // namespace Poplar::Autodetect

#pragma once

#include "net/Transport.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <optional>

namespace Poplar::Pop3 {

/// How the connection is protected.
enum class Security {
    ImplicitTls, ///< TLS from the first byte (port 995)
    StartTls,    ///< plaintext greeting, then STLS is required (port 110); the default
    Plain,       ///< no TLS at all; only when the account explicitly allows it
};

/// How the session logs in.
enum class AuthMethod {
    Automatic,   ///< the strongest mechanism the server offers
    User,        ///< USER / PASS
    Apop,        ///< APOP (only with a valid greeting timestamp)
    Rpop,        ///< USER / RPOP from a reserved source port; opt-in legacy
    Plain, Login, CramMd5, DigestMd5, ScramSha1, ScramSha256, Gssapi,
    XOAuth2,     ///< the secret is an OAuth 2 access token
    OAuthBearer, ///< the secret is an OAuth 2 access token (RFC 7628)
};

/// The SASL name of a SASL method, empty for User, Apop, Rpop and Automatic.
QByteArray saslName(AuthMethod method);

/// Stable lower-case names, as poplar-sync and the store spell them: "auto", "user", "apop",
/// "rpop", "plain", "login", "cram-md5", "digest-md5", "scram-sha-1", "scram-sha-256",
/// "gssapi", "xoauth2", "oauthbearer".
QString authMethodName(AuthMethod method);
std::optional<AuthMethod> authMethodFromName(const QString &name);
/// "tls", "starttls" or "plain".
QString securityName(Security security);
std::optional<Security> securityFromName(const QString &name);

/// SCRAM iterations (PBKDF2 rounds) a server may ask for unless the account allows more: the
/// client computes them on the spot, and 2^31 of them take a core the better part of an hour.
constexpr qint64 DefaultMaxScramIterations = 100000;

/// The LANG tag for a user interface in `uiLanguage` (a BCP 47 name such as "de-DE" or "pt-BR"):
/// its primary language subtag ("de"); empty for English and anything not a plain tag, where the
/// servers' usual English needs no asking.
QByteArray serverLanguageFor(const QString &uiLanguage);
/// The POP3 ports: 110 for plaintext and STLS (RFC 1939, RFC 2595), 995 for TLS from the
/// start (RFC 8314). The one place they are written.
constexpr quint16 Pop3Port = 110;
constexpr quint16 Pop3TlsPort = 995;

/// The usual port for `security`.
constexpr quint16 defaultPort(Security security)
{
    return security == Security::ImplicitTls ? Pop3TlsPort : Pop3Port;
}

/// Everything a session needs to reach and log in to one maildrop.
struct SessionSettings {
    QString host;
    quint16 port = Pop3Port;
    Security security = Security::StartTls;
    AuthMethod auth = AuthMethod::Automatic;
    QByteArray user;
    Net::TlsOptions tls;
    Net::ProxySettings proxy; ///< how the server is reached; the system's proxy settings by default
    /// Automatic login over plaintext: after APOP or a SASL mechanism that hides the password was
    /// refused, also try those that send it (see chooseLoginMethods).
    bool allowPlaintextFallback = false;
    /// Automatic login: a method (as chooseLoginMethods names it) that worked last time, tried first
    /// when it is among those chosen for this connection; never adds a method that is not.
    QByteArray preferredLoginMethod;
    /// Automatic login: methods the server refused on an earlier connection of the same run (it
    /// hung up after refusing), left out this time unless nothing else would be left.
    QByteArrayList skipLoginMethods;
    /// A language tag (RFC 5646, e.g. "de") asked for with LANG when the server offers it, so its
    /// messages come in the user's language; empty: never asked. See serverLanguageFor().
    QByteArray language;

    int connectTimeoutMs = 30000;    ///< TCP connect, and each TLS handshake
    int replyTimeoutMs = 60000;      ///< silence allowed while a reply is awaited
    int keepaliveIntervalMs = 60000; ///< NOOP after this long idle in the transaction state; 0 = never
    /// Longest Stop waits for RSET and QUIT (and any reply under way) before dropping the connection.
    int stopGraceMs = 2000;
    /// Commands in flight at once when the server pipelines; 0 sizes the window from the round
    /// trip the session measures (Session::pipelineWindow()).
    int pipelineMaxCommands = 0;
    /// Bytes of commands in flight at once when it pipelines; 0 follows the window's commands.
    int pipelineMaxBytes = 0;
    qint64 maxListingBytes = 64 * 1024 * 1024; ///< largest buffered multi-line reply (UIDL, LIST, TOP)
    /// Longest any one reply (greeting, status line, CAPA, listing, SASL challenge) may take
    /// from the moment it is awaited, however steadily it trickles in; the idle timer above
    /// only catches silence.
    int replyDeadlineMs = 5 * 60 * 1000;
    /// RETR and TOP get this long plus their size (as LIST announced it, or as received if
    /// larger) at minTransferBytesPerSecond.
    int transferDeadlineMs = 5 * 60 * 1000;
    int minTransferBytesPerSecond = 1024;
    /// Largest SCRAM iteration count accepted from the server (see DefaultMaxScramIterations).
    qint64 maxScramIterations = DefaultMaxScramIterations;
    /// A TOP reply (a preview) keeps this much; the rest is read and dropped (Reply::truncated), up
    /// to 4 x maxListingBytes in all, past which the reply counts as an attack and ends the session.
    qint64 maxTopBytes = 256 * 1024;

    /// Why these settings cannot be used (CR/LF/NUL in typed fields, no host ...); empty if fine.
    QString validate() const;
};

} // namespace Poplar::Pop3

#pragma once

#include "pop3/ResponseParser.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Poplar::Pop3 {

/// Why a session failed: a value that carries the server's own words where there are any.
struct Error {
    enum class Kind {
        None,
        InvalidSettings,      ///< something the user typed cannot be sent (CR, LF, NUL, empty host ...)
        HostNotFound,
        ConnectionRefused,
        Network,              ///< any other socket failure
        Timeout,              ///< connect, TLS handshake or a reply took too long
        TlsHandshake,         ///< TLS could not be negotiated
        CertificateUntrusted, ///< TLS up to the certificate, which is not trusted (see sslErrors)
        TlsUnavailable,       ///< TLS required but the server does not offer STLS
        MechanismUnavailable, ///< the chosen authentication cannot be used with this server
        AuthenticationFailed, ///< the server rejected the credentials
        MailboxLocked,        ///< [IN-USE]: another session holds the maildrop
        LoginDelay,           ///< [LOGIN-DELAY]: logged in too recently
        TemporaryFailure,     ///< [SYS/TEMP]
        PermanentFailure,     ///< [SYS/PERM]
        ProtocolViolation,    ///< the server's bytes broke RFC 1939
        ConnectionClosed,     ///< the server hung up unexpectedly
        Aborted,              ///< the caller stopped the session
        AccountBusy,          ///< another program on this computer is writing the account (its lock)
    };

    Kind kind = Kind::None;
    /// A sentence for the user, already translated.
    QString message;
    /// The server's text that came with it, if any (never includes anything the client sent).
    QByteArray serverText;
    ResponseCode code = ResponseCode::None;
    QList<QSslError> sslErrors;
    /// For certificate problems: the chain the server presented.
    QList<QSslCertificate> peerChain;

    bool isError() const { return kind != Kind::None; }
    /// Stable machine-readable name of the kind, e.g. "auth-failed".
    static const char *kindName(Kind kind);
};

} // namespace Poplar::Pop3

Q_DECLARE_METATYPE(Poplar::Pop3::Error)

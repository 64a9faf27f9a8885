#include "pop3/Error.h"

namespace Poplar::Pop3 {

const char *Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return "none";
    case Kind::InvalidSettings: return "invalid-settings";
    case Kind::HostNotFound: return "host-not-found";
    case Kind::ConnectionRefused: return "connection-refused";
    case Kind::Network: return "network";
    case Kind::Timeout: return "timeout";
    case Kind::TlsHandshake: return "tls-handshake";
    case Kind::CertificateUntrusted: return "certificate-untrusted";
    case Kind::TlsUnavailable: return "tls-unavailable";
    case Kind::MechanismUnavailable: return "mechanism-unavailable";
    case Kind::AuthenticationFailed: return "auth-failed";
    case Kind::MailboxLocked: return "mailbox-locked";
    case Kind::LoginDelay: return "login-delay";
    case Kind::TemporaryFailure: return "temporary-failure";
    case Kind::PermanentFailure: return "permanent-failure";
    case Kind::ProtocolViolation: return "protocol-violation";
    case Kind::ConnectionClosed: return "connection-closed";
    case Kind::Aborted: return "aborted";
    case Kind::AccountBusy: return "account-busy";
    }
    return "unknown";
}

} // namespace Poplar::Pop3

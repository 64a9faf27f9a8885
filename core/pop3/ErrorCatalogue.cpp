#include "pop3/ErrorCatalogue.h"

#include <QCoreApplication>

namespace Poplar::Pop3 {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Poplar::Pop3::ErrorCatalogue)
};

QString securityWords(Security security)
{
    switch (security) {
    case Security::ImplicitTls: return Text::tr("TLS");
    case Security::StartTls: return Text::tr("STLS");
    case Security::Plain: return Text::tr("unencrypted");
    }
    return {};
}
} // namespace

QString describeConnection(const ErrorContext &context)
{
    QString text = Text::tr("port %1, %2").arg(context.port).arg(securityWords(context.security));
    if (!context.loginMethod.isEmpty())
        text = Text::tr("%1, login method %2").arg(text, context.loginMethod);
    return text;
}

ErrorExplanation explainError(const Error &error, const ErrorContext &context)
{
    using Kind = Error::Kind;
    const QString &host = context.host;
    const quint16 port = context.port;
    switch (error.kind) {
    case Kind::AuthenticationFailed:
        return {Text::tr("Password refused"),
                Text::tr("The server did not accept the user name or the password. Check both; some providers want a "
                         "separate \u201c" "app password\u201d for POP3."),
                ErrorRemedy::EnterPassword};
    case Kind::CertificateUntrusted:
        return {Text::tr("Certificate not trusted"),
                Text::tr("The server's certificate is not trusted, so Poplar did not send your password. You can look at "
                         "the certificate and decide whether to trust it."),
                error.peerChain.isEmpty() ? ErrorRemedy::EditAccount : ErrorRemedy::TrustCertificate};
    case Kind::TlsUnavailable:
        return {Text::tr("No TLS offered"),
                Text::tr("The server offers no TLS, so your password could only be sent unencrypted. Ask your provider "
                         "for secure settings, or choose \u201cNone\u201d as security only if you accept that risk."),
                ErrorRemedy::EditAccount};
    case Kind::TlsHandshake:
        return {Text::tr("TLS failed"),
                Text::tr("No TLS connection could be set up with %1 port %2. The port and the security setting may not "
                         "match (995 usually means TLS from the start, 110 means STLS).").arg(host).arg(port),
                ErrorRemedy::EditAccount};
    case Kind::HostNotFound:
        return {Text::tr("Server not found"),
                Text::tr("The server name %1 could not be found. Check its spelling and your network connection.").arg(host),
                ErrorRemedy::EditAccount};
    case Kind::ConnectionRefused:
        return {Text::tr("Connection refused"),
                Text::tr("%1 refused connections on port %2. Check the port and the security setting.").arg(host).arg(port),
                ErrorRemedy::EditAccount};
    case Kind::Timeout:
        return {Text::tr("No answer"),
                Text::tr("%1 did not answer in time. Check the server name, the port and your network.").arg(host),
                ErrorRemedy::Retry};
    case Kind::MechanismUnavailable:
        return {Text::tr("Login method unavailable"),
                Text::tr("The chosen login method cannot be used with this server: %1").arg(error.message),
                ErrorRemedy::EditAccount};
    case Kind::MailboxLocked:
        return {Text::tr("Mailbox in use"),
                Text::tr("The mailbox is in use by another program. Try again in a few minutes."), ErrorRemedy::Retry};
    case Kind::LoginDelay:
        return {Text::tr("Too soon"), Text::tr("The server allows logging in only every few minutes. Try again later."),
                ErrorRemedy::Retry};
    case Kind::TemporaryFailure:
        return {Text::tr("Temporary server trouble"),
                Text::tr("The server %1 (port %2) is temporarily unable to let you in or to serve the mailbox. This is "
                         "not about your password; try again later.").arg(host).arg(port),
                ErrorRemedy::Retry};
    case Kind::PermanentFailure:
        return {Text::tr("Mailbox problem"),
                Text::tr("The server %1 (port %2) reports a lasting problem with this mailbox. Ask your provider.")
                    .arg(host).arg(port),
                ErrorRemedy::None};
    case Kind::Network:
    case Kind::ConnectionClosed:
        return {Text::tr("Connection lost"),
                Text::tr("%1 (port %2): %3 Check your network connection, then try again.").arg(host).arg(port)
                    .arg(error.message),
                ErrorRemedy::Retry};
    case Kind::InvalidSettings:
        return {Text::tr("Settings incomplete"), error.message, ErrorRemedy::EditAccount};
    case Kind::AccountBusy:
        return {Text::tr("Busy in another program"), error.message, ErrorRemedy::Retry};
    case Kind::Aborted:
        return {Text::tr("Stopped"), error.message, ErrorRemedy::None};
    case Kind::ProtocolViolation:
        return {Text::tr("Server error"), error.message, ErrorRemedy::Retry};
    case Kind::None:
        break;
    }
    return {QString(), error.message, ErrorRemedy::None};
}

} // namespace Poplar::Pop3

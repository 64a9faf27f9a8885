#include "pop3/LoginChoice.h"

#include "pop3/SaslMechanism.h"

namespace Poplar::Pop3 {

bool loginSendsPassword(const QByteArray &method)
{
    return method == "USER" || method == "RPOP" || method == "PLAIN" || method == "LOGIN";
}

bool refusalAllowsNextMethod(ResponseCode code)
{
    return code == ResponseCode::None || code == ResponseCode::Auth || code == ResponseCode::Other;
}

QString loginMethodOption(const QByteArray &method)
{
    return QString::fromLatin1(method).toLower();
}

QByteArrayList chooseLoginMethods(const LoginOffer &offer, const std::function<bool(const QByteArray &)> &supported)
{
    switch (offer.requested) {
    case AuthMethod::Automatic:
        break;
    case AuthMethod::User:
        return {"USER"};
    case AuthMethod::Rpop:
        return {"RPOP"};
    case AuthMethod::Apop:
        return {"APOP"};
    default:
        return {saslName(offer.requested)};
    }
    const auto canSpeak = [&](const QByteArray &name) {
        return offer.saslMechanisms.contains(name) && (supported ? supported(name) : isSaslMechanismSupported(name));
    };
    // Strongest first: mechanisms that keep the password off the wire before those that send it.
    QByteArrayList methods;
    for (const QByteArray name : {"SCRAM-SHA-256", "SCRAM-SHA-1", "DIGEST-MD5", "CRAM-MD5"}) {
        if (canSpeak(name))
            methods << name;
    }
    // APOP's MD5 over a server-chosen timestamp is the weakest of the hiding methods; under TLS it
    // adds nothing over USER/PASS and fails on servers that announce it without an APOP secret.
    if (!offer.encrypted && offer.apopTimestamp)
        methods << "APOP";
    QByteArrayList sending;
    for (const QByteArray name : {"PLAIN", "LOGIN"}) {
        if (canSpeak(name))
            sending << name;
    }
    sending << "USER";
    // Over plaintext, a refused hiding method never leads to sending the password in the clear
    // unless the account allows it; with nothing better on offer, the password goes as before.
    if (offer.encrypted || methods.isEmpty() || offer.allowPlaintextFallback)
        methods << sending;
    return methods;
}

} // namespace Poplar::Pop3

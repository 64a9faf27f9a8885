#pragma once

#include "pop3/ResponseParser.h"
#include "pop3/SessionSettings.h"

#include <QByteArray>
#include <QByteArrayList>

#include <functional>

namespace Poplar::Pop3 {

/// What the choice of login methods depends on; all of it is known before the first login command.
struct LoginOffer {
    AuthMethod requested = AuthMethod::Automatic;
    bool encrypted = false;          ///< the connection is under TLS (implicit or STLS)
    QByteArrayList saslMechanisms;   ///< what the server offers (CAPA SASL or bare AUTH), upper case
    bool apopTimestamp = false;      ///< the greeting carries a valid APOP timestamp
    /// Over plaintext, after a method that hides the password was refused, also try those that
    /// send it (PLAIN, LOGIN, USER/PASS). Off unless the account allows it.
    bool allowPlaintextFallback = false;
};

/// The login methods to try, in order, each after the one before was refused: SASL names,
/// "APOP", "USER" (USER/PASS) or "RPOP". An explicit method gives itself alone. Automatic: over
/// TLS the SASL mechanisms the client supports (SCRAM-SHA-256, SCRAM-SHA-1, DIGEST-MD5, CRAM-MD5,
/// PLAIN, LOGIN), then USER, never APOP; over plaintext APOP goes before PLAIN and LOGIN, and once
/// a method that hides the password is in the list, those that send it follow only with
/// allowPlaintextFallback. `supported` says which SASL mechanisms this client can speak.
QByteArrayList chooseLoginMethods(const LoginOffer &offer,
                                  const std::function<bool(const QByteArray &)> &supported = {});

/// True when `method` (as chooseLoginMethods names it) puts the password itself on the wire.
bool loginSendsPassword(const QByteArray &method);

/// True when a login refused with `code` may go on with the next method: a plain -ERR or [AUTH].
/// A locked mailbox, a login delay or a [SYS/...] failure is not about the method.
bool refusalAllowsNextMethod(ResponseCode code);

/// The poplar-sync spelling of a login method name ("USER" -> "user", "SCRAM-SHA-1" -> "scram-sha-1").
QString loginMethodOption(const QByteArray &method);

} // namespace Poplar::Pop3

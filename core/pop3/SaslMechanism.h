#pragma once

#include "pop3/SessionSettings.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <memory>

namespace Poplar::Pop3 {

/// What a SASL mechanism needs to know about the login.
struct SaslCredentials {
    QByteArray user;
    /// The password, or for XOAUTH2/OAUTHBEARER the access token.
    QByteArray secret;
    QByteArray host;
    quint16 port = 0;
    QByteArray service = "pop";
    /// Largest SCRAM iteration count accepted; a server-first message asking for more is refused.
    qint64 maxScramIterations = DefaultMaxScramIterations;
};

/// The client side of one SASL exchange. Challenges and responses are raw bytes; the
/// session does the base64 of RFC 5034.
class SaslMechanism {
public:
    struct Step {
        enum class Status { Continue, Done, Failed };
        Status status = Status::Failed;
        QByteArray response;
        QString error;
        /// With Failed: the client refuses to go on (a limit was hit), so the login ends at
        /// once with `error` rather than waiting for the server to answer the cancellation.
        bool refused = false;
    };

    virtual ~SaslMechanism() = default;
    virtual QByteArray name() const = 0;
    /// True when the client speaks first, so AUTH can carry an initial response.
    virtual bool clientFirst() const = 0;
    /// True when success requires the server to have proven it knows the secret (SCRAM,
    /// DIGEST-MD5); an +OK before that proof is then an attack, not a login.
    virtual bool mutual() const { return false; }
    /// True when a step may compute for long (SCRAM's PBKDF2): the session then runs step()
    /// on a worker thread, keeping the mechanism alive until that step returns.
    virtual bool costly() const { return false; }
    /// Feeds one decoded server challenge (empty for the initial response).
    virtual Step step(const QByteArray &challenge) = 0;
    /// True once the mechanism itself considers the exchange complete.
    virtual bool finished() const = 0;
};

/// Creates a client for `name` (upper case), or nullptr if neither GNU SASL nor Poplar's own
/// XOAUTH2/OAUTHBEARER provide it. `error` says why on failure.
std::unique_ptr<SaslMechanism> createSaslMechanism(const QByteArray &name, const SaslCredentials &credentials,
                                                   QString *error = nullptr);

/// True when createSaslMechanism() can make `name`.
bool isSaslMechanismSupported(const QByteArray &name);

} // namespace Poplar::Pop3

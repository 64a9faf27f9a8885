#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace Poplar::OAuth {

/// Why getting or renewing a token failed: a value with a sentence for the user.
struct Error {
    enum class Kind {
        None,
        NotConfigured, ///< no client id, or an endpoint that is not https
        Network,       ///< the token endpoint could not be reached, or timed out
        Server,        ///< the endpoint answered with an error other than the ones below
        Malformed,     ///< an answer too large, not JSON, or without the fields it must have
        InvalidGrant,  ///< the refresh token or code was refused: revoked or expired; sign in again
        AccessDenied,  ///< the user said no in the browser
        StateMismatch, ///< the redirect's state is not the one sent (the flow now ignores such requests)
        Keychain,      ///< the keychain has no entry or refused access
        Cancelled,     ///< the caller stopped, or the browser never came back in time
    };
    Kind kind = Kind::None;
    /// A sentence for the user, already translated.
    QString message;
    /// The server's error code ("invalid_grant" ...), if it gave one; never a token.
    QString serverError;

    bool isError() const { return kind != Kind::None; }
    /// True when only signing in again in the browser can help.
    bool needsSignIn() const { return kind == Kind::InvalidGrant; }
    static Error make(Kind kind, const QString &message, const QString &serverError = {});
};

/// What Poplar keeps of one sign-in, as one keychain entry (JSON) under the account's name,
/// in place of a password: the tokens, when the access token expires, and the token endpoint
/// and client the refresh token belongs to (a refresh token only works for its client).
struct Grant {
    QString provider;
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret;
    QByteArray accessToken;
    QByteArray refreshToken;
    QDateTime expiresAt; ///< UTC; invalid when the server did not say

    /// True when the access token expires within `marginSeconds` of `now` (or is missing).
    bool expiresWithin(const QDateTime &now, int marginSeconds) const;
    /// The keychain form: compact JSON with a version marker.
    QByteArray toJson() const;
    /// The grant in a keychain entry; nullopt for anything else (a password, a bare token).
    static std::optional<Grant> fromJson(const QByteArray &json);
};

/// The meaningful part of a token endpoint's answer (RFC 6749 5.1 and 5.2).
struct TokenReply {
    Error error;
    QByteArray accessToken;
    QByteArray refreshToken; ///< empty when the server keeps the old one
    qint64 expiresIn = -1;   ///< seconds; -1 when not given
};

/// Largest token endpoint answer read; anything longer is Malformed.
constexpr qint64 MaxTokenReplyBytes = 64 * 1024;

/// Parses a token endpoint answer. `httpStatus` 0 means no HTTP answer at all. Never throws,
/// never trusts: size, JSON shape, token characters (no controls, no spaces) are checked.
TokenReply parseTokenReply(int httpStatus, const QByteArray &body);

/// Applies a successful reply to `grant`: new access token and expiry, and the refresh token
/// when a new one came. `now` is when the request was sent.
void applyTokenReply(Grant &grant, const TokenReply &reply, const QDateTime &now);

} // namespace Poplar::OAuth

Q_DECLARE_METATYPE(Poplar::OAuth::Error)

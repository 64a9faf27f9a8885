#pragma once

#include <QByteArray>

namespace Poplar::OAuth {

/// Proof Key for Code Exchange (RFC 7636) with S256, and the state parameter.
namespace Pkce {

/// A fresh code verifier: 43 characters of base64url from 32 random bytes.
QByteArray makeVerifier();
/// BASE64URL(SHA256(verifier)) without padding, the S256 code_challenge.
QByteArray challengeS256(const QByteArray &verifier);
/// A fresh unguessable state value (base64url of 24 random bytes).
QByteArray makeState();

} // namespace Pkce

} // namespace Poplar::OAuth

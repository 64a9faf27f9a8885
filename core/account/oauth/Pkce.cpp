#include "account/oauth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Poplar::OAuth::Pkce {

namespace {

QByteArray randomBase64Url(int bytes)
{
    QByteArray raw(bytes, '\0');
    // The system generator: seeded by the OS, suitable for secrets.
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray makeVerifier()
{
    return randomBase64Url(32);
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeState()
{
    return randomBase64Url(24);
}

} // namespace Poplar::OAuth::Pkce

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Poplar::Pop3 {

/// The APOP timestamp of a greeting, "<...>", only if it is a valid RFC 5322 msg-id
/// (RFC 1939 section 7 requires one); nullopt otherwise, and then APOP must not be used.
std::optional<QByteArray> apopTimestamp(QByteArrayView greetingText);

/// The APOP digest: lower-case hex MD5 of timestamp followed by the secret.
QByteArray apopDigest(const QByteArray &timestamp, const QByteArray &secret);

} // namespace Poplar::Pop3

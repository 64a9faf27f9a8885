#pragma once

#include <QString>

namespace Poplar::Net {

/// The form of `host` that is looked up in DNS and checked against the server's certificate:
/// internationalized names converted with IDNA (QUrl::toAce, e.g. "bücher.de" ->
/// "xn--bcher-kva.de"), lower-cased; IPv4 and IPv6 addresses unchanged. Empty when `host` is not
/// a valid host name (spaces, empty labels, a leading hyphen, labels or names too long ...).
QString asciiHostName(const QString &host);

/// `host` for people to read: IDNA labels shown in Unicode (QUrl::fromAce) where Qt's IDN
/// whitelist trusts the top-level domain (a guard against look-alike names), else in ASCII.
/// An invalid name is returned as it is.
QString displayHostName(const QString &host);

} // namespace Poplar::Net

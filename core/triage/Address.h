#pragma once

#include <QString>

namespace Poplar::Triage {

/// One mailbox of an address header: the display name and the address itself.
struct Mailbox {
    QString name;    ///< display name, unquoted; empty when there is none
    QString address; ///< lower case; empty when the text holds no address
};

/// The first mailbox of a decoded address header ("Name <a@b>", "a@b (Name)", "a@b").
Mailbox parseMailbox(const QString &decoded);
/// The domain of an address, lower case, without a trailing dot; empty without '@'.
QString domainOf(const QString &address);
/// The part of a domain an organisation registers: its last two labels, or three under common
/// second-level registries such as co.uk or com.au. An approximation without the public suffix
/// list, good enough to tell "mail.example.com" and "example.com" apart from "example.net".
QString organizationDomain(const QString &domain);
/// True when both domains belong to the same organisation (organizationDomain() equal).
bool sameOrganization(const QString &a, const QString &b);
/// True when `domain` is `parent` or one of its subdomains.
bool isWithinDomain(const QString &domain, const QString &parent);
/// The first thing in `text` that looks like an address (x@y.z), lower case; empty when none.
QString addressIn(const QString &text);

} // namespace Poplar::Triage

#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Poplar::Triage {

/// Which list an entry belongs to.
enum class ListKind { Friends, Blocklist };

/// Friends and blocklist in memory, for judging many messages at once. An entry is an address
/// ("bob@example.com") or a domain ("example.com", which covers its subdomains too).
class SenderLists {
public:
    void add(ListKind kind, const QString &entry);
    /// True when `address` or its domain (or a parent domain) is on the list.
    bool contains(ListKind kind, const QString &address) const;
    bool isFriend(const QString &address) const { return contains(ListKind::Friends, address); }
    bool isBlocked(const QString &address) const { return contains(ListKind::Blocklist, address); }

private:
    QSet<QString> m_addresses[2];
    QSet<QString> m_domains[2];
};

/// An entry as lists store it: trimmed, lower case, "<>" and "mailto:" removed. Empty when it is
/// neither an address nor a domain.
QString normalizeEntry(const QString &entry);

/// The e-mail addresses of a vCard file (versions 2.1, 3.0 and 4.0; folded lines; several cards),
/// lower case, each once, in order.
QStringList vCardAddresses(const QByteArray &vcard);

} // namespace Poplar::Triage

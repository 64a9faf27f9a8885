#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QMap>

#include <optional>

namespace Poplar::Pop3 {

/// What a server said it can do in its CAPA reply (RFC 2449). Values, no behaviour.
class Capabilities {
public:
    /// Most capability lines kept; the rest of an overlong reply is ignored.
    static constexpr int MaxLines = 256;

    /// Parses a CAPA body (lines separated by CRLF or LF).
    static Capabilities parse(const QByteArray &body);

    bool isKnown() const { return m_known; }
    bool has(const QByteArray &name) const { return m_entries.contains(name.toUpper()); }
    /// Arguments of a capability line, e.g. the mechanisms of "SASL".
    QByteArrayList arguments(const QByteArray &name) const { return m_entries.value(name.toUpper()); }

    bool pipelining() const { return has("PIPELINING"); }
    bool stls() const { return has("STLS"); }
    bool uidl() const { return has("UIDL"); }
    bool top() const { return has("TOP"); }
    bool user() const { return has("USER"); }
    /// SASL mechanisms, upper-cased, in the order the server listed them.
    QByteArrayList saslMechanisms() const;
    /// Minimum seconds between logins the server enforces (LOGIN-DELAY), if announced.
    std::optional<int> loginDelaySeconds() const;
    /// Days the server keeps retrieved mail (EXPIRE n); -1 for NEVER; nullopt if not announced.
    std::optional<int> expireDays() const;
    QByteArray implementation() const;

private:
    bool m_known = false;
    QMap<QByteArray, QByteArrayList> m_entries;
};

} // namespace Poplar::Pop3

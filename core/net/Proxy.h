#pragma once

#include <QNetworkProxy>
#include <QString>

#include <optional>

namespace Poplar::Net {

/// How a connection reaches the server. Only host and port: a proxy that wants a user name
/// and password is not supported yet.
struct ProxySettings {
    enum class Kind {
        System, ///< the system's proxy settings (all_proxy / http_proxy / no_proxy); the default
        None,   ///< straight to the server, whatever the system says
        Socks5, ///< SOCKS5 (RFC 1928), which also resolves the server's name (DNS through the proxy)
        Http,   ///< an HTTP proxy, tunnelling with CONNECT
    };
    Kind kind = Kind::System;
    QString host; ///< Socks5 and Http only
    quint16 port = 0;

    bool operator==(const ProxySettings &other) const
    {
        return kind == other.kind && host == other.host && port == other.port;
    }
};

/// "system", "none", "socks5://HOST:PORT" or "http://HOST:PORT", as poplar-sync's --proxy and the
/// store spell it (an IPv6 address in brackets).
QString proxyName(const ProxySettings &proxy);
/// Parses proxyName()'s spelling; nullopt with `error` set when it is not one of them, or the
/// proxy's host or port is not valid.
std::optional<ProxySettings> proxyFromName(const QString &name, QString *error = nullptr);

/// The QNetworkProxy a socket uses for `proxy`: DefaultProxy (the application proxy, which follows
/// the system configuration, see useSystemProxyConfiguration) for System, NoProxy for None;
/// SOCKS5 with host name lookup through the proxy.
QNetworkProxy toNetworkProxy(const ProxySettings &proxy);

/// Makes QNetworkProxy::DefaultProxy follow the system's proxy settings (once per process; called
/// by the transport before its first connection through ProxySettings::Kind::System).
void useSystemProxyConfiguration();

} // namespace Poplar::Net

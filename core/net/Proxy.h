#pragma once

#include <QNetworkProxy>
#include <QString>

#include <optional>

namespace Poplar::Net {

/// How a connection reaches the server, with an optional user name and password for the proxy
/// (SOCKS5 RFC 1929, HTTP Basic). The password lives in the keychain and is set here only for a
/// connection: proxyName() never spells it, so it never reaches the store or a log.
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
    QString user;     ///< empty when the proxy asks for no credentials
    QString password; ///< from the keychain, for one connection; never stored, never compared

    /// Same proxy and user; the password is not part of the setting.
    bool operator==(const ProxySettings &other) const
    {
        return kind == other.kind && host == other.host && port == other.port && user == other.user;
    }
    /// True for a SOCKS5 or HTTP proxy with a user name: its password comes from the keychain.
    bool needsPassword() const { return (kind == Kind::Socks5 || kind == Kind::Http) && !user.isEmpty(); }
};

/// "system", "none", "socks5://[USER@]HOST:PORT" or "http://[USER@]HOST:PORT", as poplar-sync's
/// --proxy and the store spell it (an IPv6 address in brackets, the user percent-encoded). Never
/// the password.
QString proxyName(const ProxySettings &proxy);
/// Parses proxyName()'s spelling; nullopt with `error` set when it is not one of them, the proxy's
/// host or port is not valid, or it holds a password (that belongs in the keychain).
std::optional<ProxySettings> proxyFromName(const QString &name, QString *error = nullptr);

/// The QNetworkProxy a socket uses for `proxy`: DefaultProxy (the application proxy, which follows
/// the system configuration, see useSystemProxyConfiguration) for System, NoProxy for None;
/// SOCKS5 with host name lookup through the proxy; with the user and password when there is a user.
QNetworkProxy toNetworkProxy(const ProxySettings &proxy);

/// Makes QNetworkProxy::DefaultProxy follow the system's proxy settings (once per process; called
/// by the transport before its first connection through ProxySettings::Kind::System).
void useSystemProxyConfiguration();

} // namespace Poplar::Net

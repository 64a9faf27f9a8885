#include "net/Proxy.h"

#include "net/HostName.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QUrl>

namespace Poplar::Net {

QString proxyName(const ProxySettings &proxy)
{
    switch (proxy.kind) {
    case ProxySettings::Kind::System: return QStringLiteral("system");
    case ProxySettings::Kind::None: return QStringLiteral("none");
    case ProxySettings::Kind::Socks5:
    case ProxySettings::Kind::Http: {
        QUrl url;
        url.setScheme(proxy.kind == ProxySettings::Kind::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http"));
        url.setHost(proxy.host);
        if (!proxy.user.isEmpty())
            url.setUserName(proxy.user);
        url.setPort(proxy.port);
        return url.toString();
    }
    }
    return QStringLiteral("system");
}

std::optional<ProxySettings> proxyFromName(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    ProxySettings proxy;
    if (trimmed.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return proxy;
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        proxy.kind = ProxySettings::Kind::None;
        return proxy;
    }
    const auto fail = [&](const QString &message) -> std::optional<ProxySettings> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("socks5") && scheme != QLatin1String("http")))
        return fail(QCoreApplication::translate("Poplar::Net::ProxySettings", "The proxy must be system, none, socks5://HOST:PORT or http://HOST:PORT, not \"%1\".").arg(trimmed));
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':')))
        return fail(QCoreApplication::translate("Poplar::Net::ProxySettings", "A proxy password is never part of the proxy's address: give socks5://USER@HOST:PORT and keep the password in the keychain (poplar-sync account set-proxy-password NAME)."));
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return fail(QCoreApplication::translate("Poplar::Net::ProxySettings", "The proxy must be socks5://HOST:PORT or http://HOST:PORT, without a path."));
    if (url.port() <= 0)
        return fail(QCoreApplication::translate("Poplar::Net::ProxySettings", "The proxy \"%1\" has no port.").arg(trimmed));
    const QString host = url.host(QUrl::FullyDecoded);
    if (asciiHostName(host).isEmpty())
        return fail(QCoreApplication::translate("Poplar::Net::ProxySettings", "\"%1\" is not a valid proxy host name.").arg(host));
    proxy.kind = scheme == QLatin1String("socks5") ? ProxySettings::Kind::Socks5 : ProxySettings::Kind::Http;
    proxy.host = host;
    proxy.port = quint16(url.port());
    proxy.user = url.userName(QUrl::FullyDecoded);
    if (proxy.user.contains(QLatin1Char('\r')) || proxy.user.contains(QLatin1Char('\n')) || proxy.user.contains(QChar(0)))
        return fail(QCoreApplication::translate("Poplar::Net::ProxySettings", "The proxy user name must not contain line breaks."));
    return proxy;
}

QNetworkProxy toNetworkProxy(const ProxySettings &proxy)
{
    switch (proxy.kind) {
    case ProxySettings::Kind::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case ProxySettings::Kind::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxySettings::Kind::Socks5: {
        QNetworkProxy socks(QNetworkProxy::Socks5Proxy, asciiHostName(proxy.host), proxy.port, proxy.user,
                            proxy.password);
        // The server's name goes to the proxy, which resolves it: no DNS query leaves this machine.
        socks.setCapabilities(socks.capabilities() | QNetworkProxy::HostNameLookupCapability
                              | QNetworkProxy::TunnelingCapability);
        return socks;
    }
    case ProxySettings::Kind::Http:
        // Qt answers the proxy's 407 with these (Basic), and never sends them unasked.
        return QNetworkProxy(QNetworkProxy::HttpProxy, asciiHostName(proxy.host), proxy.port, proxy.user,
                             proxy.password);
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

void useSystemProxyConfiguration()
{
    static const bool once = [] {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return true;
    }();
    Q_UNUSED(once);
}

} // namespace Poplar::Net

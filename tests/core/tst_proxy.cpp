// Proxy settings: the --proxy spelling, the QNetworkProxy a socket gets, and the session passing
// the account's proxy to its transport.
#include "SessionHarness.h"
#include "net/Proxy.h"

#include <QTest>

using namespace Poplar;
using Net::ProxySettings;

class TestProxy : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("spelled");
        QTest::newRow("system") << "system" << int(ProxySettings::Kind::System) << QString() << 0 << "system";
        QTest::newRow("none") << "NONE" << int(ProxySettings::Kind::None) << QString() << 0 << "none";
        QTest::newRow("socks5") << "socks5://proxy.example.org:1080" << int(ProxySettings::Kind::Socks5)
                                << "proxy.example.org" << 1080 << "socks5://proxy.example.org:1080";
        QTest::newRow("http") << "http://10.0.0.1:3128" << int(ProxySettings::Kind::Http) << "10.0.0.1" << 3128
                              << "http://10.0.0.1:3128";
        QTest::newRow("ipv6") << "socks5://[::1]:9050" << int(ProxySettings::Kind::Socks5) << "::1" << 9050
                              << "socks5://[::1]:9050";
        QTest::newRow("no port") << "socks5://proxy.example.org" << -1 << QString() << 0 << QString();
        QTest::newRow("other scheme") << "https://proxy.example.org:443" << -1 << QString() << 0 << QString();
        QTest::newRow("password") << "socks5://u:p@proxy.example.org:1080" << -1 << QString() << 0 << QString();
        QTest::newRow("empty password") << "socks5://u:@proxy.example.org:1080" << -1 << QString() << 0 << QString();
        QTest::newRow("user") << "socks5://ann%40home@proxy.example.org:1080" << int(ProxySettings::Kind::Socks5)
                              << "proxy.example.org" << 1080 << "socks5://ann%40home@proxy.example.org:1080";
        QTest::newRow("http user") << "http://bob@10.0.0.1:3128" << int(ProxySettings::Kind::Http) << "10.0.0.1"
                                   << 3128 << "http://bob@10.0.0.1:3128";
        QTest::newRow("path") << "http://proxy.example.org:3128/x" << -1 << QString() << 0 << QString();
        QTest::newRow("word") << "socks" << -1 << QString() << 0 << QString();
    }
    void parse()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, spelled);
        QString error;
        const auto proxy = Net::proxyFromName(name, &error);
        if (kind < 0) {
            QVERIFY(!proxy);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(proxy, qPrintable(error));
        QCOMPARE(int(proxy->kind), kind);
        QCOMPARE(proxy->host, host);
        QCOMPARE(int(proxy->port), port);
        QCOMPARE(Net::proxyName(*proxy), spelled);
        QCOMPARE(proxy->needsPassword(), spelled.contains(QLatin1Char('@')));
    }

    void passwordIsNeverSpelled()
    {
        auto proxy = *Net::proxyFromName(QStringLiteral("socks5://ann@proxy.example.org:1080"));
        QCOMPARE(proxy.user, QStringLiteral("ann"));
        proxy.password = QStringLiteral("s3cret-proxy");
        QVERIFY(!Net::proxyName(proxy).contains(QLatin1String("s3cret")));
        const QNetworkProxy socks = Net::toNetworkProxy(proxy);
        QCOMPARE(socks.user(), QStringLiteral("ann"));
        QCOMPARE(socks.password(), QStringLiteral("s3cret-proxy"));
        proxy.kind = ProxySettings::Kind::Http;
        QCOMPARE(Net::toNetworkProxy(proxy).password(), QStringLiteral("s3cret-proxy"));
    }

    void networkProxy()
    {
        QCOMPARE(Net::toNetworkProxy({}).type(), QNetworkProxy::DefaultProxy);
        QCOMPARE(Net::toNetworkProxy(*Net::proxyFromName(QStringLiteral("none"))).type(), QNetworkProxy::NoProxy);
        const QNetworkProxy socks = Net::toNetworkProxy(*Net::proxyFromName(QStringLiteral("socks5://proxy.example.org:1080")));
        QCOMPARE(socks.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(socks.hostName(), QStringLiteral("proxy.example.org"));
        QCOMPARE(socks.port(), quint16(1080));
        QVERIFY(socks.capabilities() & QNetworkProxy::HostNameLookupCapability); // DNS through the proxy
        const QNetworkProxy http = Net::toNetworkProxy(*Net::proxyFromName(QStringLiteral("http://proxy.example.org:3128")));
        QCOMPARE(http.type(), QNetworkProxy::HttpProxy);
        QVERIFY(http.capabilities() & QNetworkProxy::TunnelingCapability);
    }

    void sessionUsesTheAccountsProxy()
    {
        Test::SessionHarness h;
        auto settings = Test::SessionHarness::plainSettings();
        settings.proxy = *Net::proxyFromName(QStringLiteral("socks5://127.0.0.1:1080"));
        h.open(settings);
        QVERIFY(h.transport());
        QVERIFY(h.transport()->proxy == settings.proxy);
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"

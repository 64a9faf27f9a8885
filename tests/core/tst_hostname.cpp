// Internationalized server names: the IDNA (ASCII) form goes to DNS and to the certificate
// check, people see Unicode, and names that cannot be a host are refused before connecting.
#include "SessionHarness.h"
#include "account/Account.h"
#include "net/HostName.h"
#include "net/SslTransport.h"

#include <QSslSocket>
#include <QTest>

using namespace Poplar;

class TestHostName : public QObject {
    Q_OBJECT
private slots:
    void ascii_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("ascii");
        QTest::newRow("plain") << QStringLiteral("pop.example.org") << QStringLiteral("pop.example.org");
        QTest::newRow("upper case") << QStringLiteral("POP.Example.ORG") << QStringLiteral("pop.example.org");
        QTest::newRow("umlaut") << QStringLiteral("pop.bücher.de") << QStringLiteral("pop.xn--bcher-kva.de");
        QTest::newRow("japanese") << QStringLiteral("mail.例え.jp") << QStringLiteral("mail.xn--r8jz45g.jp");
        QTest::newRow("already ace") << QStringLiteral("xn--bcher-kva.example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("ipv4") << QStringLiteral("192.0.2.7") << QStringLiteral("192.0.2.7");
        QTest::newRow("ipv6") << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::1");
        QTest::newRow("space") << QStringLiteral("pop example.org") << QString();
        QTest::newRow("empty label") << QStringLiteral("pop..example.org") << QString();
        QTest::newRow("slash") << QStringLiteral("pop.example.org/x") << QString();
        QTest::newRow("leading hyphen") << QStringLiteral("-pop.example.org") << QString();
        QTest::newRow("too long") << QString(300, QLatin1Char('a')) << QString();
    }
    void ascii()
    {
        QFETCH(QString, host);
        QFETCH(QString, ascii);
        QCOMPARE(Net::asciiHostName(host), ascii);
    }

    void display()
    {
        QCOMPARE(Net::displayHostName(QStringLiteral("pop.xn--bcher-kva.de")), QStringLiteral("pop.bücher.de"));
        QCOMPARE(Net::displayHostName(QStringLiteral("pop.bücher.de")), QStringLiteral("pop.bücher.de"));
        QCOMPARE(Net::displayHostName(QStringLiteral("mail.xn--r8jz45g.jp")), QStringLiteral("mail.例え.jp"));
        QCOMPARE(Net::displayHostName(QStringLiteral("pop.example.org")), QStringLiteral("pop.example.org"));
        QCOMPARE(Net::displayHostName(QStringLiteral("pop example")), QStringLiteral("pop example"));
    }

    void invalidNameIsRefused()
    {
        Account::AccountSettings account;
        account.host = QStringLiteral("pop..bücher.de");
        account.user = QStringLiteral("alice");
        QString error;
        QVERIFY(!account.sessionSettings(&error));
        QVERIFY2(error.contains(QStringLiteral("pop..bücher.de")) && error.contains(QStringLiteral("not a valid server name")),
                 qPrintable(error));
        account.host = QStringLiteral("pop.bücher.de");
        error.clear();
        QVERIFY2(account.sessionSettings(&error), qPrintable(error));
    }

    void sessionConnectsToTheAsciiName()
    {
        Test::SessionHarness h;
        auto settings = Test::SessionHarness::plainSettings();
        settings.host = QStringLiteral("POP.Bücher.de");
        h.open(settings);
        QVERIFY(h.transport());
        QCOMPARE(h.transport()->host, QStringLiteral("pop.xn--bcher-kva.de"));
    }

    /// SASL names the server as DNS knows it (OAUTHBEARER's host=, the GSSAPI and DIGEST-MD5 service).
    void saslNamesTheAsciiHost()
    {
        Test::SessionHarness h;
        auto settings = Test::SessionHarness::plainSettings(Pop3::AuthMethod::OAuthBearer);
        settings.host = QStringLiteral("pop.bücher.de");
        h.open(settings, "tok");
        h.transport()->acceptConnection();
        h.server("+OK ready\r\n");
        QVERIFY(h.client("CAPA\r\n"));
        h.server("+OK\r\nSASL OAUTHBEARER\r\n.\r\n");
        const QByteArray initial = "n,a=alice,\x01" "host=pop.xn--bcher-kva.de\x01" "port=110\x01" "auth=Bearer tok\x01\x01";
        QVERIFY(h.client("AUTH OAUTHBEARER " + initial.toBase64() + "\r\n"));
    }

    void sslTransportChecksTheCertificateForTheAsciiName()
    {
        Net::SslTransport transport;
        auto *socket = transport.findChild<QSslSocket *>();
        QVERIFY(socket);
        // Resolving fails later (.invalid never exists); the name to verify is set at once.
        transport.connectToHost(QStringLiteral("pop.bücher.invalid"), 995, true, {});
        QCOMPARE(socket->peerVerifyName(), QStringLiteral("pop.xn--bcher-kva.invalid"));
        transport.abort();
    }
};

QTEST_GUILESS_MAIN(TestHostName)
#include "tst_hostname.moc"

// The Mozilla autoconfig parser on files shaped like real providers' ones, and on broken files.

#include "account/autodetect/Autoconfig.h"

#include <QFile>
#include <QTest>

using namespace Poplar;
using namespace Poplar::Autodetect;
using Pop3::AuthMethod;
using Pop3::Security;

namespace {

QByteArray data(const QString &name)
{
    QFile file(QStringLiteral(POPLAR_TEST_DATA "/autoconfig/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", qPrintable(name));
    return file.readAll();
}

/// "host:port:security:auth:user" for compact comparison.
QString describe(const AutoconfigServer &s)
{
    return QStringLiteral("%1:%2:%3:%4:%5")
        .arg(s.host)
        .arg(s.port)
        .arg(Pop3::securityName(s.security), Pop3::authMethodName(s.auth), s.user);
}

} // namespace

class TestAutoconfig : public QObject {
    Q_OBJECT
private slots:
    void providers_data();
    void providers();
    void policyHints();
    void skippedEntriesAreExplained();
    void brokenFiles_data();
    void brokenFiles();
    void entityExpansionIsBounded();
    void placeholders();
    void oversizedInput();
};

void TestAutoconfig::providers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QStringList>("servers");

    QTest::newRow("gmx: imap first, two pop3, smtp ignored")
        << "gmx.net.xml" << "Jane.Doe@GMX.net" << "GMX Freemail"
        << QStringList{"pop.gmx.net:995:tls:auto:Jane.Doe@GMX.net", "pop.gmx.net:110:starttls:auto:Jane.Doe@GMX.net"};
    QTest::newRow("google: OAuth2 listed first, password still possible")
        << "googlemail.com.xml" << "someone@gmail.com" << "Google Mail"
        << QStringList{"pop.gmail.com:995:tls:auto:someone@gmail.com"};
    QTest::newRow("microsoft: OAuth2 only, exchange ignored")
        << "outlook.com.xml" << "me@outlook.com" << "Microsoft"
        << QStringList{"outlook.office365.com:995:tls:xoauth2:me@outlook.com"};
    QTest::newRow("t-online: pop3 before imap, UTF-8 name")
        << "t-online.de.xml" << "a.b@t-online.de" << QString::fromUtf8("Telekom Deutschland GmbH – T-Online")
        << QStringList{"securepop.t-online.de:995:tls:auto:a.b@t-online.de"};
    QTest::newRow("small isp: Latin-1 file, local-part login, plain port kept")
        << "small-isp.xml" << "kim@example-isp.net" << QString::fromUtf8("Café Net Zürich")
        << QStringList{"pop3.example-isp.net:110:plain:auto:kim", "pop3.example-isp.net:995:tls:auto:kim"};
    QTest::newRow("hosting: BOM, placeholders in host name, NTLM-only entry skipped")
        << "hosting.xml" << "info@shop.example" << "Web Hosting Mail"
        << QStringList{"mail.shop.example:995:tls:auto:info@shop.example"};
}

void TestAutoconfig::providers()
{
    QFETCH(QString, file);
    QFETCH(QString, email);
    QFETCH(QString, displayName);
    QFETCH(QStringList, servers);
    const AutoconfigResult result = parseAutoconfig(data(file), email);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.displayName, displayName);
    QStringList got;
    for (const AutoconfigServer &s : result.servers)
        got << describe(s);
    QCOMPARE(got, servers);
}

void TestAutoconfig::policyHints()
{
    const AutoconfigResult tonline = parseAutoconfig(data(QStringLiteral("t-online.de.xml")), QStringLiteral("x@t-online.de"));
    QVERIFY(tonline.ok());
    const AutoconfigServer &s = tonline.servers.first();
    QCOMPARE(s.leaveMessagesOnServer, std::optional<bool>(false));
    QCOMPARE(s.daysToLeaveMessagesOnServer, std::optional<int>(14));
    QCOMPARE(s.checkIntervalMinutes, std::optional<int>(15));
    QCOMPARE(tonline.providerId, QStringLiteral("t-online.de"));
    QCOMPARE(tonline.domains, QStringList{QStringLiteral("t-online.de")});

    const AutoconfigResult google = parseAutoconfig(data(QStringLiteral("googlemail.com.xml")), QStringLiteral("x@gmail.com"));
    QCOMPARE(google.servers.first().leaveMessagesOnServer, std::optional<bool>(true));
    QVERIFY(!google.servers.first().checkIntervalMinutes);
    QCOMPARE(google.servers.first().authentication,
             (QStringList{QStringLiteral("OAuth2"), QStringLiteral("password-cleartext")}));
}

void TestAutoconfig::skippedEntriesAreExplained()
{
    const AutoconfigResult hosting = parseAutoconfig(data(QStringLiteral("hosting.xml")), QStringLiteral("a@b.example"));
    QVERIFY(hosting.ok());
    QCOMPARE(hosting.warnings.size(), 1);
    QVERIFY2(hosting.warnings.first().contains(QLatin1String("NTLM")), qPrintable(hosting.warnings.first()));
}

void TestAutoconfig::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // every one must appear in the error

    QTest::newRow("empty") << "broken-empty.xml" << QStringList{"empty"};
    QTest::newRow("truncated") << "broken-truncated.xml" << QStringList{"not valid XML", "line"};
    QTest::newRow("html error page") << "broken-html.xml" << QStringList{"not a Mozilla autoconfig file", "<html>"};
    QTest::newRow("exchange autodiscover") << "broken-root.xml" << QStringList{"<Autodiscover>", "<clientConfig>"};
    QTest::newRow("imap only") << "yahoo.com.xml" << QStringList{"no POP3 server", "imap"};
    QTest::newRow("every pop3 entry unusable")
        << "broken-values.xml"
        << QStringList{"No POP3 server", "\"pop3s\" is not a valid port", "unknown socket type \"TLS1.3\"",
                       "not a valid host name", "without a host name"};
}

void TestAutoconfig::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const AutoconfigResult result = parseAutoconfig(data(file), QStringLiteral("user@example.com"));
    QVERIFY(!result.ok());
    QVERIFY(result.servers.isEmpty());
    for (const QString &e : expected)
        QVERIFY2(result.error.contains(e), qPrintable(result.error));
}

void TestAutoconfig::entityExpansionIsBounded()
{
    // Unbounded expansion would not return at all (ctest's timeout) or run out of memory.
    const AutoconfigResult result = parseAutoconfig(data(QStringLiteral("broken-entities.xml")), QStringLiteral("a@b.c"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("not valid XML")), qPrintable(result.error));
}

void TestAutoconfig::placeholders()
{
    QCOMPARE(substituteEmailPlaceholders(QStringLiteral("%EMAILLOCALPART%+pop@%EMAILDOMAIN% (%EMAILADDRESS%)"),
                                         QStringLiteral("Ann@Mail.Example")),
             QStringLiteral("Ann+pop@mail.example (Ann@Mail.Example)"));
    QCOMPARE(emailDomain(QStringLiteral("\"a@b\"@c.example")), QStringLiteral("c.example"));
    QCOMPARE(emailDomain(QStringLiteral("nobody")), QString());
    QVERIFY(isPlausibleHostName(QStringLiteral("pop.example.org")));
    QVERIFY(isPlausibleHostName(QStringLiteral("127.0.0.1")));
    QVERIFY(isPlausibleHostName(QStringLiteral("[::1]")));
    QVERIFY(!isPlausibleHostName(QStringLiteral("pop.example.org\r\nUSER x")));
    QVERIFY(!isPlausibleHostName(QStringLiteral("a b")));
    QVERIFY(!isPlausibleHostName(QString()));

    // No <username>: the whole address, as Thunderbird does.
    const QByteArray xml = "<clientConfig><emailProvider id='x'><incomingServer type='pop3'><hostname>pop.x.example"
                           "</hostname><port>995</port><socketType>SSL</socketType></incomingServer>"
                           "</emailProvider></clientConfig>";
    const AutoconfigResult result = parseAutoconfig(xml, QStringLiteral("me@x.example"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.servers.first().user, QStringLiteral("me@x.example"));

    // A user name with a line break cannot come from the file.
    const QByteArray crlf = "<clientConfig><emailProvider id='x'><incomingServer type='pop3'><hostname>pop.x.example"
                            "</hostname><port>995</port><socketType>SSL</socketType><username>a&#13;&#10;PASS x"
                            "</username></incomingServer></emailProvider></clientConfig>";
    const AutoconfigResult injected = parseAutoconfig(crlf, QStringLiteral("me@x.example"));
    QVERIFY(!injected.ok());
    QVERIFY2(injected.error.contains(QLatin1String("control characters")), qPrintable(injected.error));
}

void TestAutoconfig::oversizedInput()
{
    QByteArray big = "<clientConfig><emailProvider id='x'><displayName>";
    big += QByteArray(MaxAutoconfigBytes, 'x');
    big += "</displayName></emailProvider></clientConfig>";
    const AutoconfigResult result = parseAutoconfig(big, QStringLiteral("a@b.c"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("too large")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestAutoconfig)
#include "tst_autoconfig.moc"

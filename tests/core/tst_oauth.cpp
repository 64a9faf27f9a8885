// OAuth 2 sign-in without the internet: PKCE, the token endpoint's answers (well-formed and
// hostile), provider detection, the whole browser flow against a fake authorization server on
// loopback, and real XOAUTH2 and OAUTHBEARER logins against Dovecot's oauth2 passdb.

#include "DovecotServer.h"
#include "FakeAuthServer.h"
#include "account/oauth/AuthorizationFlow.h"
#include "account/oauth/Pkce.h"
#include "account/oauth/Provider.h"
#include "account/oauth/ProviderDetector.h"
#include "account/oauth/TokenClient.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QRegularExpression>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace Poplar;
using OAuth::Error;

Q_DECLARE_METATYPE(Poplar::Pop3::AuthMethod)

namespace {

constexpr int WaitMs = 30000;

struct FlowOutcome {
    OAuth::Grant grant;
    Error error;
    QUrl opened;
};

/// Runs a sign-in; `browser` plays the user with the URL the flow asks to open.
FlowOutcome runFlow(const std::function<void(const QUrl &, const QString &redirect)> &browser)
{
    FlowOutcome outcome;
    OAuth::AuthorizationFlow flow(*OAuth::providerById(QStringLiteral("google")));
    flow.setLoginHint(QStringLiteral("oauth-user@gmail.com"));
    QSignalSpy finished(&flow, &OAuth::AuthorizationFlow::finished);
    QObject::connect(&flow, &OAuth::AuthorizationFlow::openUrl, &flow, [&](const QUrl &url) {
        outcome.opened = url;
        browser(url, flow.redirectUri());
    });
    flow.start();
    if (!finished.wait(WaitMs) && finished.isEmpty()) {
        outcome.error = Error::make(Error::Kind::Cancelled, QStringLiteral("no answer"));
        return outcome;
    }
    outcome.grant = finished.first().at(0).value<OAuth::Grant>();
    outcome.error = finished.first().at(1).value<Error>();
    return outcome;
}

OAuth::TokenReply refreshAgainst(const Test::FakeAuthServer &server, const QByteArray &refreshToken = "rt-none")
{
    OAuth::Grant grant;
    grant.tokenUrl = server.url(QStringLiteral("token"));
    grant.clientId = Test::FakeAuthServer::clientId();
    grant.refreshToken = refreshToken;
    OAuth::TokenClient client;
    client.setTimeout(5000);
    QSignalSpy finished(&client, &OAuth::TokenClient::finished);
    client.refresh(grant);
    if (!finished.wait(WaitMs))
        return {};
    return finished.first().first().value<OAuth::TokenReply>();
}

} // namespace

class TestOAuth : public QObject {
    Q_OBJECT
private slots:
    void pkce();
    void tokenReply_data();
    void tokenReply();
    void grantInTheKeychainForm();
    void providers();
    void detectorDestroyedMidLookupIsSilent();
    void authorizationUrlCarriesPkce();
    void signInWithPkce();
    void signInIgnoresForeignRedirects();
    void signInDenied();
    void wrongVerifierIsRefused();
    void refreshAndRevoke();
    void hostileTokenEndpoint_data();
    void hostileTokenEndpoint();
    void trickledTokenReplyTimesOut();
    void plainHttpEndpointRefused();
    void dovecotLogin_data();
    void dovecotLogin();
};

void TestOAuth::pkce()
{
    // RFC 7636, appendix B.
    QCOMPARE(OAuth::Pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QByteArray a = OAuth::Pkce::makeVerifier();
    QCOMPARE(a.size(), 43);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(QString::fromLatin1(a)).hasMatch());
    QVERIFY(a != OAuth::Pkce::makeVerifier());
    QVERIFY(OAuth::Pkce::makeState() != OAuth::Pkce::makeState());
}

void TestOAuth::tokenReply_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("access");
    QTest::addColumn<qint64>("expiresIn");
    using K = Error::Kind;
    QTest::newRow("ok") << 200 << QByteArray(R"({"access_token":"ya29.a-b_c","token_type":"Bearer","expires_in":3599,"refresh_token":"1//r"})")
                        << int(K::None) << QByteArray("ya29.a-b_c") << qint64(3599);
    QTest::newRow("expires as string") << 200 << QByteArray(R"({"access_token":"t","expires_in":"60"})") << int(K::None)
                                       << QByteArray("t") << qint64(60);
    QTest::newRow("no expiry") << 200 << QByteArray(R"({"access_token":"t"})") << int(K::None) << QByteArray("t") << qint64(-1);
    QTest::newRow("revoked") << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"Token has been expired or revoked."})")
                             << int(K::InvalidGrant) << QByteArray() << qint64(-1);
    QTest::newRow("other error") << 401 << QByteArray(R"({"error":"invalid_client"})") << int(K::Server) << QByteArray() << qint64(-1);
    QTest::newRow("error with 200") << 200 << QByteArray(R"({"error":"invalid_grant"})") << int(K::InvalidGrant) << QByteArray() << qint64(-1);
    QTest::newRow("html 500") << 500 << QByteArray("<html>oops</html>") << int(K::Server) << QByteArray() << qint64(-1);
    QTest::newRow("not json") << 200 << QByteArray("access_token=t") << int(K::Malformed) << QByteArray() << qint64(-1);
    QTest::newRow("array") << 200 << QByteArray("[1]") << int(K::Malformed) << QByteArray() << qint64(-1);
    QTest::newRow("no token") << 200 << QByteArray(R"({"token_type":"Bearer"})") << int(K::Malformed) << QByteArray() << qint64(-1);
    QTest::newRow("token not a string") << 200 << QByteArray(R"({"access_token":42})") << int(K::Malformed) << QByteArray() << qint64(-1);
    QTest::newRow("token with CRLF") << 200 << QByteArray(R"({"access_token":"a\r\nQUIT"})") << int(K::Malformed) << QByteArray() << qint64(-1);
    QTest::newRow("token with space") << 200 << QByteArray(R"({"access_token":"a b"})") << int(K::Malformed) << QByteArray() << qint64(-1);
    QTest::newRow("token not ascii") << 200 << QByteArray(R"({"access_token":"t\u00e9"})") << int(K::Malformed) << QByteArray() << qint64(-1);
    QTest::newRow("not bearer") << 200 << QByteArray(R"({"access_token":"t","token_type":"mac"})") << int(K::Malformed) << QByteArray() << qint64(-1);
    QTest::newRow("bad refresh") << 200 << QByteArray(R"({"access_token":"t","refresh_token":"x\ny"})") << int(K::Malformed) << QByteArray() << qint64(-1);
    QTest::newRow("absurd expiry") << 200 << QByteArray(R"({"access_token":"t","expires_in":-5})") << int(K::None) << QByteArray("t") << qint64(-1);
    QTest::newRow("too long") << 200 << QByteArray(R"({"access_token":")") + QByteArray(100000, 'a') + "\"}" << int(K::Malformed)
                              << QByteArray() << qint64(-1);
}

void TestOAuth::tokenReply()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    const OAuth::TokenReply reply = OAuth::parseTokenReply(status, body);
    QCOMPARE(int(reply.error.kind), kind);
    QTEST(reply.accessToken, "access");
    QTEST(reply.expiresIn, "expiresIn");
    QVERIFY(reply.error.isError() == !reply.error.message.isEmpty());
}

void TestOAuth::grantInTheKeychainForm()
{
    OAuth::Grant g;
    g.provider = QStringLiteral("microsoft");
    g.tokenUrl = QUrl(QStringLiteral("https://login.example/token"));
    g.clientId = QStringLiteral("cid");
    g.accessToken = "at.1";
    g.refreshToken = "rt.1";
    g.expiresAt = QDateTime::fromSecsSinceEpoch(2000000000, Qt::UTC);
    const auto back = OAuth::Grant::fromJson(g.toJson());
    QVERIFY(back);
    QCOMPARE(back->provider, g.provider);
    QCOMPARE(back->tokenUrl, g.tokenUrl);
    QCOMPARE(back->accessToken, g.accessToken);
    QCOMPARE(back->refreshToken, g.refreshToken);
    QCOMPARE(back->expiresAt, g.expiresAt);
    QVERIFY(!back->expiresWithin(g.expiresAt.addSecs(-61), 60));
    QVERIFY(back->expiresWithin(g.expiresAt.addSecs(-59), 60));
    // A password (even one that looks like JSON) and a pasted token are not grants.
    QVERIFY(!OAuth::Grant::fromJson("hunter2"));
    QVERIFY(!OAuth::Grant::fromJson("{\"a\":1}"));
    QVERIFY(!OAuth::Grant::fromJson("ya29.token"));
}

void TestOAuth::providers()
{
    QCOMPARE(OAuth::providerIdForDomain(QStringLiteral("GMail.com")), QStringLiteral("google"));
    QCOMPARE(OAuth::providerIdForDomain(QStringLiteral("googlemail.com")), QStringLiteral("google"));
    QCOMPARE(OAuth::providerIdForDomain(QStringLiteral("outlook.com")), QStringLiteral("microsoft"));
    QCOMPARE(OAuth::providerIdForDomain(QStringLiteral("hotmail.co.uk")), QStringLiteral("microsoft"));
    QCOMPARE(OAuth::providerIdForDomain(QStringLiteral("live.fr")), QStringLiteral("microsoft"));
    QCOMPARE(OAuth::providerIdForDomain(QStringLiteral("outlook.example.org")), QString());
    QCOMPARE(OAuth::providerIdForDomain(QStringLiteral("example.org")), QString());
    QCOMPARE(OAuth::providerIdForMailExchanger(QStringLiteral("aspmx.l.google.com.")), QStringLiteral("google"));
    QCOMPARE(OAuth::providerIdForMailExchanger(QStringLiteral("alt1.gmail-smtp-in.l.google.com")), QStringLiteral("google"));
    QCOMPARE(OAuth::providerIdForMailExchanger(QStringLiteral("contoso-com.mail.protection.outlook.com")),
             QStringLiteral("microsoft"));
    QCOMPARE(OAuth::providerIdForMailExchanger(QStringLiteral("mx.evilgoogle.com")), QString());
    QCOMPARE(OAuth::providerIdForPopHost(QStringLiteral("pop.gmail.com")), QStringLiteral("google"));
    QCOMPARE(OAuth::providerIdForPopHost(QStringLiteral("outlook.office365.com")), QStringLiteral("microsoft"));

    const auto ms = OAuth::providerById(QStringLiteral("microsoft"));
    QVERIFY(ms);
    QVERIFY(ms->scope.contains(QLatin1String("https://outlook.office.com/POP.AccessAsUser.All")));
    QVERIFY(ms->scope.contains(QLatin1String("offline_access")));
    QCOMPARE(OAuth::providerById(QStringLiteral("google"))->scope, QStringLiteral("https://mail.google.com/"));
    qputenv("POPLAR_OAUTH_MICROSOFT_CLIENT_ID", "my-registration");
    QCOMPARE(OAuth::providerById(QStringLiteral("microsoft"))->clientId, QStringLiteral("my-registration"));
    qputenv("POPLAR_OAUTH_MICROSOFT_TOKEN_URL", "http://login.example/token");
    QVERIFY(!OAuth::providerById(QStringLiteral("microsoft"))->problem().isEmpty()); // not https
    qunsetenv("POPLAR_OAUTH_MICROSOFT_CLIENT_ID");
    qunsetenv("POPLAR_OAUTH_MICROSOFT_TOKEN_URL");
    QVERIFY(OAuth::providerById(QStringLiteral("microsoft"))->problem().contains(QLatin1String("POPLAR_OAUTH_MICROSOFT_CLIENT_ID")));
    QVERIFY(!OAuth::providerById(QStringLiteral("yahoo")));
}

void TestOAuth::detectorDestroyedMidLookupIsSilent()
{
    // Its owner (the sign-in box) is being destroyed too: no `finished` may reach it then.
    auto *detector = new OAuth::ProviderDetector;
    int calls = 0;
    connect(detector, &OAuth::ProviderDetector::finished, this, [&calls] { ++calls; });
    detector->detect(QStringLiteral("mx-lookup.example.org")); // a lookup, not a known domain
    delete detector;
    QCOMPARE(calls, 0);
    // Nor later: whatever the lookup had queued is delivered (or dropped) now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
}

void TestOAuth::authorizationUrlCarriesPkce()
{
    OAuth::Provider p = *OAuth::providerById(QStringLiteral("google"));
    p.clientId = QStringLiteral("id+with&odd=chars");
    const QUrl url = OAuth::authorizationUrl(p, QStringLiteral("http://127.0.0.1:5555/"), "st", "ch", QStringLiteral("a+b@gmail.com"));
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), p.clientId);
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")), QStringLiteral("ch"));
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st"));
    QCOMPARE(q.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), QStringLiteral("a+b@gmail.com"));
    QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), QStringLiteral("http://127.0.0.1:5555/"));
    QCOMPARE(q.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
}

void TestOAuth::signInWithPkce()
{
    Test::FakeAuthServer server;
    QVERIFY(server.listen());
    server.standInForGoogle();
    const FlowOutcome o = runFlow([&](const QUrl &url, const QString &) { server.visit(url); });
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(server.codeExchanges(), 1);
    QCOMPARE(server.verifierFailures(), 0);
    QCOMPARE(o.grant.accessToken, server.lastAccessToken());
    QCOMPARE(o.grant.refreshToken, server.firstRefreshToken());
    QCOMPARE(o.grant.provider, QStringLiteral("google"));
    QCOMPARE(o.grant.clientId, Test::FakeAuthServer::clientId());
    QVERIFY(o.grant.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    // The redirect goes to the loopback address itself, never to a name or another interface.
    const QUrl redirect(QUrlQuery(o.opened).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
}

/// Requests to the loopback port without the sign-in's state (another page or process, a stale
/// tab, a favicon) are answered and ignored: the sign-in keeps waiting, and the real redirect
/// that follows still completes it.
void TestOAuth::signInIgnoresForeignRedirects()
{
    Test::FakeAuthServer server;
    QVERIFY(server.listen());
    server.standInForGoogle();
    QNetworkAccessManager browser;
    QStringList pages;
    const QStringList forgedQueries{QStringLiteral("code=stolen&state=not-ours"), QStringLiteral("code=stolen"),
                                    QStringLiteral("error=access_denied"), QStringLiteral("state=&code=x"), QString()};
    const FlowOutcome o = runFlow([&](const QUrl &url, const QString &redirect) {
        auto left = std::make_shared<int>(int(forgedQueries.size()));
        for (const QString &query : forgedQueries) {
            QUrl forged(redirect);
            forged.setQuery(query);
            QNetworkReply *reply = browser.get(QNetworkRequest(forged));
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, left, url] {
                pages << QString::fromUtf8(reply->readAll());
                reply->deleteLater();
                if (--*left == 0)
                    server.visit(url); // the user's browser comes back only now
            });
        }
    });
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(server.codeExchanges(), 1);
    QCOMPARE(o.grant.accessToken, server.lastAccessToken());
    QCOMPARE(pages.size(), forgedQueries.size());
    for (const QString &page : std::as_const(pages))
        QVERIFY2(page.contains(QLatin1String("ignored")), qPrintable(page));
}

void TestOAuth::signInDenied()
{
    Test::FakeAuthServer server;
    QVERIFY(server.listen());
    server.standInForGoogle();
    server.setDenyAuthorization(true);
    const FlowOutcome o = runFlow([&](const QUrl &url, const QString &) { server.visit(url); });
    QCOMPARE(o.error.kind, Error::Kind::AccessDenied);
    QVERIFY(o.grant.accessToken.isEmpty());
}

void TestOAuth::wrongVerifierIsRefused()
{
    Test::FakeAuthServer server;
    QVERIFY(server.listen());
    // Authorize by hand and read the code off the redirect, then exchange it with a verifier
    // that does not match the challenge.
    const QByteArray verifier = OAuth::Pkce::makeVerifier();
    OAuth::Provider p = *OAuth::providerById(QStringLiteral("google"));
    p.clientId = Test::FakeAuthServer::clientId();
    p.authorizationUrl = server.url(QStringLiteral("authorize"));
    const QString redirect = QStringLiteral("http://127.0.0.1:9/");
    QNetworkAccessManager browser;
    QNetworkRequest request(OAuth::authorizationUrl(p, redirect, "s", OAuth::Pkce::challengeS256(verifier), {}));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(browser.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), WaitMs);
    const QByteArray code = QUrlQuery(QUrl(QString::fromLatin1(reply->rawHeader("Location"))))
                                .queryItemValue(QStringLiteral("code")).toLatin1();
    QVERIFY(!code.isEmpty());

    OAuth::Grant endpoint;
    endpoint.tokenUrl = server.url(QStringLiteral("token"));
    endpoint.clientId = Test::FakeAuthServer::clientId();
    OAuth::TokenClient client;
    QSignalSpy finished(&client, &OAuth::TokenClient::finished);
    client.exchangeCode(endpoint, code, OAuth::Pkce::makeVerifier(), redirect);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.first().first().value<OAuth::TokenReply>().error.kind, Error::Kind::InvalidGrant);
    QCOMPARE(server.verifierFailures(), 1);
    QCOMPARE(server.codeExchanges(), 0);
}

void TestOAuth::refreshAndRevoke()
{
    Test::FakeAuthServer server;
    QVERIFY(server.listen());
    server.issueGrantJson(false);
    const QByteArray refresh = server.firstRefreshToken();
    OAuth::TokenReply r = refreshAgainst(server, refresh);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.accessToken, server.lastAccessToken());
    QVERIFY(r.refreshToken.isEmpty()); // the old one stays
    QCOMPARE(server.refreshes(), 1);
    server.revokeGrants();
    r = refreshAgainst(server, refresh);
    QCOMPARE(r.error.kind, Error::Kind::InvalidGrant);
    QVERIFY(r.error.needsSignIn());
    QVERIFY(r.error.message.contains(QLatin1String("Sign in again")));
}

void TestOAuth::hostileTokenEndpoint_data()
{
    QTest::addColumn<QByteArray>("http");
    QTest::addColumn<int>("kind");
    using K = Error::Kind;
    const QByteArray huge(1024 * 1024, 'x');
    QTest::newRow("a megabyte") << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                       + QByteArray::number(huge.size()) + "\r\n\r\n" + huge
                                << int(K::Malformed);
    QTest::newRow("endless without length") << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"access_token\":\"" + huge
                                            << int(K::Malformed);
    QTest::newRow("not json") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << int(K::Malformed);
    QTest::newRow("proxy error page") << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 6\r\n\r\n<html>") << int(K::Server);
    QTest::newRow("redirect") << QByteArray("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/\r\nContent-Length: 0\r\n\r\n")
                              << int(K::Malformed);
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01 not http at all\r\n\r\n") << int(K::Network);
    QTest::newRow("hang up") << QByteArray(" ") << int(K::Network);
}

void TestOAuth::hostileTokenEndpoint()
{
    QFETCH(QByteArray, http);
    Test::FakeAuthServer server;
    QVERIFY(server.listen());
    server.setRawTokenReply(http);
    const OAuth::TokenReply r = refreshAgainst(server);
    QTEST(int(r.error.kind), "kind");
    QVERIFY(r.accessToken.isEmpty());
    QVERIFY(!r.error.message.isEmpty());
}

void TestOAuth::trickledTokenReplyTimesOut()
{
    // A byte every 100 ms keeps a transfer timeout from ever firing; the whole answer is bounded.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTimer drip;
    drip.setInterval(100);
    QList<QTcpSocket *> clients;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        clients << socket;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
        drip.start();
    });
    connect(&drip, &QTimer::timeout, &server, [&] {
        for (QTcpSocket *socket : std::as_const(clients))
            socket->write(" ");
    });
    OAuth::Grant grant;
    grant.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(server.serverPort()));
    grant.clientId = Test::FakeAuthServer::clientId();
    grant.refreshToken = "rt-none";
    OAuth::TokenClient client;
    client.setTimeout(1500);
    QSignalSpy finished(&client, &OAuth::TokenClient::finished);
    client.refresh(grant);
    // The drip alone would take 10,000 s to deliver the body: an answer at all means the
    // 1.5 s bound on the whole answer ended it.
    QVERIFY(finished.wait(60000));
    const OAuth::TokenReply r = finished.first().first().value<OAuth::TokenReply>();
    QCOMPARE(r.error.kind, Error::Kind::Network);
    QVERIFY(r.accessToken.isEmpty());
}

void TestOAuth::plainHttpEndpointRefused()
{
    OAuth::Grant grant;
    grant.tokenUrl = QUrl(QStringLiteral("http://token.example.org/token"));
    grant.refreshToken = "secret-refresh";
    OAuth::TokenClient client;
    QSignalSpy finished(&client, &OAuth::TokenClient::finished);
    client.refresh(grant);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.first().first().value<OAuth::TokenReply>().error.kind, Error::Kind::NotConfigured);
}

void TestOAuth::dovecotLogin_data()
{
    QTest::addColumn<Pop3::AuthMethod>("method");
    QTest::newRow("XOAUTH2") << Pop3::AuthMethod::XOAuth2;
    QTest::newRow("OAUTHBEARER") << Pop3::AuthMethod::OAuthBearer;
}

void TestOAuth::dovecotLogin()
{
    QFETCH(Pop3::AuthMethod, method);
    Test::FakeAuthServer auth;
    QVERIFY(auth.listen());
    auth.setUserName("oauth-user");
    Test::DovecotServer server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    server.setOAuth2IntrospectionUrl(auth.url(QStringLiteral("introspect")).toString());
    server.addUser("oauth-user", "unused-password");
    server.addMessage("oauth-user", "Subject: hello\n\nbody\n");
    QVERIFY2(server.start(), qPrintable(server.error()));

    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    Account::AccountSettings account;
    account.name = QStringLiteral("oauth");
    account.host = QStringLiteral("127.0.0.1");
    account.port = server.pop3sPort();
    account.security = Pop3::Security::ImplicitTls;
    account.auth = method;
    account.user = QStringLiteral("oauth-user");
    account.caFile = server.caCertificatePath();
    account.id = profile->accounts().add(account, &error);

    QList<QByteArray> trace;
    auto run = [&](const QByteArray &token) {
        Sync::SyncEngine engine(profile->messages());
        QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
        QObject::connect(&engine, &Sync::SyncEngine::protocolTrace, &engine,
                         [&](Pop3::Session::Direction, const QByteArray &line) { trace << line; });
        engine.start({Sync::Operation::Check, account, token, {}});
        if (!finished.wait(WaitMs))
            return Sync::SyncResult();
        return finished.first().first().value<Sync::SyncResult>();
    };
    auth.issueGrantJson(false);
    const QByteArray token = auth.lastAccessToken();
    Sync::SyncResult result = run(token);
    QVERIFY2(result.ok(), qPrintable(result.error.message + QString::fromLatin1(server.logContents())));
    QCOMPARE(result.newMessages, 1);
    QVERIFY(auth.introspections() >= 1);

    // An expired token is refused as a failed login, which is what triggers a refresh.
    auth.expireAccessTokens();
    result = run(token);
    QCOMPARE(result.error.kind, Pop3::Error::Kind::AuthenticationFailed);

    // The token appears neither in the protocol trace nor in the server's log.
    const QByteArray log = server.logContents();
    for (const QByteArray &line : std::as_const(trace)) {
        QVERIFY2(!line.contains(token), line.constData());
        QVERIFY(!line.contains(token.toBase64()));
    }
    QVERIFY(!log.contains(token));
    QVERIFY(!log.contains(token.toBase64()));
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"

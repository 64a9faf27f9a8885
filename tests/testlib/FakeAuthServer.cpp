#include "FakeAuthServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>

namespace Poplar::Test {

namespace {

constexpr int MaxRequestBytes = 64 * 1024;

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> form;
    const QUrlQuery query(QString::fromUtf8(body));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        form.insert(key, value);
    return form;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

FakeAuthServer::FakeAuthServer(QObject *parent) : QObject(parent), m_browser(new QNetworkAccessManager(this))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeAuthServer::onConnection);
}

FakeAuthServer::~FakeAuthServer()
{
    // The connections are the listening server's children and say "disconnected" as it deletes
    // them, after this object's members (m_buffers) are gone: they must not reach its slots then.
    // Whether one is still open at this point depends on how fast the client hung up.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

bool FakeAuthServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeAuthServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(port()).arg(path));
}

void FakeAuthServer::standInForGoogle() const
{
    qputenv("POPLAR_OAUTH_GOOGLE_CLIENT_ID", clientId().toLatin1());
    qputenv("POPLAR_OAUTH_GOOGLE_AUTH_URL", url(QStringLiteral("authorize")).toEncoded());
    qputenv("POPLAR_OAUTH_GOOGLE_TOKEN_URL", url(QStringLiteral("token")).toEncoded());
}

void FakeAuthServer::visit(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_browser->get(request);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

QByteArray FakeAuthServer::issue(bool withRefresh)
{
    auto token = [this](const char *prefix) {
        const QByteArray t = prefix + QByteArray::number(++m_serial) + '.'
                             + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        m_issued.append(t);
        return t;
    };
    m_lastAccess = token("at");
    m_accessTokens.insert(m_lastAccess);
    QJsonObject o{{QStringLiteral("access_token"), QString::fromLatin1(m_lastAccess)},
                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                  {QStringLiteral("expires_in"), m_lifetime}};
    if (withRefresh) {
        const QByteArray refresh = token("rt");
        if (m_firstRefresh.isEmpty())
            m_firstRefresh = refresh;
        m_refreshTokens.insert(refresh);
        o.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refresh));
    }
    return json(o);
}

QByteArray FakeAuthServer::issueGrantJson(bool expired)
{
    const QJsonObject issued = QJsonDocument::fromJson(issue(true)).object();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject grant{{QStringLiteral("poplar-oauth2"), 1},
                      {QStringLiteral("provider"), QStringLiteral("google")},
                      {QStringLiteral("token_url"), url(QStringLiteral("token")).toString()},
                      {QStringLiteral("client_id"), clientId()},
                      {QStringLiteral("access_token"), issued.value(QStringLiteral("access_token"))},
                      {QStringLiteral("refresh_token"), issued.value(QStringLiteral("refresh_token"))},
                      {QStringLiteral("expires_at"), double(expired ? now - 10 : now + m_lifetime)}};
    if (expired)
        m_accessTokens.remove(m_lastAccess);
    return json(grant);
}

void FakeAuthServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeAuthServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > MaxRequestBytes) {
        reply(socket, 413, "text/plain", "too large");
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qsizetype length = 0;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    Request request{requestLine.value(0), QUrl(QString::fromLatin1(requestLine.value(1))),
                    buffer.mid(headerEnd + 4, length)};
    buffer.clear();
    handle(socket, request);
}

void FakeAuthServer::handle(QTcpSocket *socket, const Request &request)
{
    const QString path = request.target.path();
    const QUrlQuery query(request.target);
    if (request.method == "GET" && path == QLatin1String("/authorize")) {
        QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QUrlQuery back;
        const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        if (query.queryItemValue(QStringLiteral("client_id")) != clientId()
            || query.queryItemValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256")
            || query.queryItemValue(QStringLiteral("response_type")) != QLatin1String("code")) {
            back.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
        } else if (m_deny) {
            back.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        } else {
            const QByteArray code = "code" + QByteArray::number(++m_serial) + '.'
                                    + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
            m_codes.insert(code, {query.queryItemValue(QStringLiteral("code_challenge")).toLatin1(), redirect.toString()});
            back.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
        }
        back.addQueryItem(QStringLiteral("state"), state);
        redirect.setQuery(back);
        reply(socket, 302, "text/plain", "redirecting", "Location: " + redirect.toEncoded() + "\r\n");
        return;
    }
    if (request.method == "POST" && path == QLatin1String("/token")) {
        if (!m_rawTokenReply.isEmpty()) {
            socket->write(m_rawTokenReply);
            socket->disconnectFromHost();
            return;
        }
        int status = 200;
        const QByteArray body = handleToken(parseForm(request.body), &status);
        reply(socket, status, "application/json", body);
        return;
    }
    if (request.method == "POST" && path == QLatin1String("/introspect")) {
        ++m_introspections;
        const QByteArray token = parseForm(request.body).value(QStringLiteral("token")).toLatin1();
        if (!m_accessTokens.contains(token)) {
            reply(socket, 401, "application/json", json({{QStringLiteral("active"), false}}));
            return;
        }
        reply(socket, 200, "application/json",
              json({{QStringLiteral("active"), true}, {QStringLiteral("username"), QString::fromUtf8(m_user)}}));
        return;
    }
    reply(socket, 404, "text/plain", "not found");
}

QByteArray FakeAuthServer::handleToken(const QHash<QString, QString> &form, int *status)
{
    auto refuse = [status](const char *error) {
        *status = 400;
        return json({{QStringLiteral("error"), QLatin1String(error)}});
    };
    if (form.value(QStringLiteral("client_id")) != clientId())
        return refuse("invalid_client");
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code")) {
        const QByteArray code = form.value(QStringLiteral("code")).toLatin1();
        const auto issued = m_codes.take(code); // a code works once
        if (issued.first.isEmpty())
            return refuse("invalid_grant");
        const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toLatin1();
        const QByteArray challenge = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (verifier.size() < 43 || challenge != issued.first) {
            ++m_verifierFailures;
            return refuse("invalid_grant");
        }
        if (form.value(QStringLiteral("redirect_uri")) != issued.second)
            return refuse("invalid_grant");
        ++m_codeExchanges;
        return issue(true);
    }
    if (grantType == QLatin1String("refresh_token")) {
        if (!m_refreshTokens.contains(form.value(QStringLiteral("refresh_token")).toLatin1()))
            return refuse("invalid_grant");
        ++m_refreshes;
        return issue(false);
    }
    return refuse("unsupported_grant_type");
}

void FakeAuthServer::reply(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                           const QByteArray &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
                      + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n"
                      + extraHeaders + "\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace Poplar::Test

#include "HttpConnectProxy.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace Poplar::Test {

HttpConnectProxy::HttpConnectProxy(QHostAddress targetAddress, quint16 targetPort, QObject *parent)
    : QTcpServer(parent), m_targetAddress(std::move(targetAddress)), m_targetPort(targetPort)
{
    connect(this, &QTcpServer::newConnection, this, &HttpConnectProxy::onNewConnection);
}

void HttpConnectProxy::requireCredentials(const QByteArray &user, const QByteArray &password)
{
    m_expectedAuthorization = "Basic " + (user + ':' + password).toBase64();
}

void HttpConnectProxy::onNewConnection()
{
    while (QTcpSocket *client = nextPendingConnection()) {
        struct State {
            QByteArray head;
            QPointer<QTcpSocket> target;
        };
        auto state = std::make_shared<State>();
        connect(client, &QTcpSocket::disconnected, client, [client, state] {
            if (state->target)
                state->target->disconnectFromHost();
            client->deleteLater();
        });
        connect(client, &QTcpSocket::readyRead, this, [this, client, state] {
            if (state->target) {
                const QByteArray data = client->readAll();
                bytesToServer += data.size();
                state->target->write(data);
                return;
            }
            state->head += client->readAll();
            const qsizetype end = state->head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray early = state->head.mid(end + 4);
            const QByteArrayList lines = state->head.left(end).split('\n');
            const QByteArrayList request = lines.value(0).trimmed().split(' ');
            QByteArray authorization;
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "proxy-authorization")
                    authorization = line.mid(colon + 1).trimmed();
            }
            if (request.value(0) != "CONNECT") {
                client->write("HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            if (!m_expectedAuthorization.isEmpty() && authorization != m_expectedAuthorization) {
                ++challenges;
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"poplar-test\"\r\n"
                              "Connection: close\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            if (!m_expectedAuthorization.isEmpty()) {
                const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6));
                usersAccepted << credentials.left(credentials.indexOf(':'));
            }
            requested << QString::fromLatin1(request.value(1));
            state->head.clear();
            auto *target = new QTcpSocket(client);
            state->target = target;
            connect(target, &QTcpSocket::connected, client, [client, target, early] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!early.isEmpty())
                    target->write(early);
            });
            connect(target, &QTcpSocket::readyRead, client, [client, target] { client->write(target->readAll()); });
            connect(target, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(target, &QTcpSocket::errorOccurred, client, [client, target](QAbstractSocket::SocketError) {
                if (target->state() != QAbstractSocket::ConnectedState) {
                    client->write("HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
                    client->disconnectFromHost();
                }
            });
            target->connectToHost(m_targetAddress, m_targetPort);
        });
    }
}

} // namespace Poplar::Test

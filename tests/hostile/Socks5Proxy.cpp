#include "Socks5Proxy.h"

#include <QPointer>
#include <QtEndian>

#include <memory>
#include <QTcpSocket>

namespace Poplar::Test {

Socks5Proxy::Socks5Proxy(QHostAddress targetAddress, quint16 targetPort, QObject *parent)
    : QTcpServer(parent), m_targetAddress(std::move(targetAddress)), m_targetPort(targetPort)
{
    connect(this, &QTcpServer::newConnection, this, &Socks5Proxy::onNewConnection);
}

void Socks5Proxy::onNewConnection()
{
    while (QTcpSocket *client = nextPendingConnection()) {
        struct State {
            enum Step { Greeting, Login, Request, Relaying } step = Greeting;
            QByteArray buffer;
            QPointer<QTcpSocket> target;
        };
        auto state = std::make_shared<State>();
        connect(client, &QTcpSocket::disconnected, client, [client, state] {
            if (state->target)
                state->target->disconnectFromHost();
            client->deleteLater();
        });
        connect(client, &QTcpSocket::readyRead, this, [this, client, state] {
            if (state->step == State::Relaying) {
                const QByteArray data = client->readAll();
                bytesToServer += data.size();
                if (state->target)
                    state->target->write(data);
                return;
            }
            state->buffer += client->readAll();
            if (state->step == State::Greeting) {
                // VER NMETHODS METHODS...
                if (state->buffer.size() < 2 || state->buffer.size() < 2 + quint8(state->buffer[1]))
                    return;
                const QByteArray methods = state->buffer.mid(2, quint8(state->buffer[1]));
                const bool login = !m_user.isEmpty();
                if (state->buffer[0] != 5 || !methods.contains(login ? '\x02' : '\0')) {
                    loginsRefused += login ? 1 : 0;
                    client->write(QByteArray("\x05\xff", 2));
                    client->disconnectFromHost();
                    return;
                }
                state->buffer.remove(0, 2 + quint8(state->buffer[1]));
                client->write(login ? QByteArray("\x05\x02", 2) : QByteArray("\x05\x00", 2));
                state->step = login ? State::Login : State::Request;
            }
            if (state->step == State::Login) {
                // VER ULEN UNAME PLEN PASSWD (RFC 1929)
                if (state->buffer.size() < 2)
                    return;
                const int userLength = quint8(state->buffer[1]);
                if (state->buffer.size() < 3 + userLength)
                    return;
                const int passwordLength = quint8(state->buffer[2 + userLength]);
                if (state->buffer.size() < 3 + userLength + passwordLength)
                    return;
                const QByteArray user = state->buffer.mid(2, userLength);
                const QByteArray password = state->buffer.mid(3 + userLength, passwordLength);
                state->buffer.remove(0, 3 + userLength + passwordLength);
                if (user != m_user || password != m_password) {
                    ++loginsRefused;
                    client->write(QByteArray("\x01\x01", 2));
                    client->disconnectFromHost();
                    return;
                }
                usersAccepted << user;
                client->write(QByteArray("\x01\x00", 2));
                state->step = State::Request;
            }
            // VER CMD RSV ATYP DST.ADDR DST.PORT
            if (state->buffer.size() < 5)
                return;
            const auto atyp = quint8(state->buffer[3]);
            const int addressLength = atyp == 1 ? 4 : atyp == 4 ? 16 : atyp == 3 ? 1 + quint8(state->buffer[4]) : -1;
            if (addressLength < 0 || state->buffer[1] != 1) {
                client->write(QByteArray("\x05\x07\x00\x01\0\0\0\0\0\0", 10));
                client->disconnectFromHost();
                return;
            }
            if (state->buffer.size() < 4 + addressLength + 2)
                return;
            const QByteArray address = state->buffer.mid(4, addressLength);
            const int port = (quint8(state->buffer[4 + addressLength]) << 8) | quint8(state->buffer[5 + addressLength]);
            QString name;
            if (atyp == 3)
                name = QString::fromLatin1(address.mid(1));
            else if (atyp == 1)
                name = QHostAddress(qFromBigEndian<quint32>(address.constData())).toString();
            else
                name = QHostAddress(reinterpret_cast<const quint8 *>(address.constData())).toString();
            requested << QStringLiteral("%1:%2").arg(name).arg(port);
            const QByteArray early = state->buffer.mid(4 + addressLength + 2);
            state->buffer.clear();
            state->step = State::Relaying;
            auto *target = new QTcpSocket(client);
            state->target = target;
            connect(target, &QTcpSocket::connected, client, [client, target, early] {
                client->write(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10));
                if (!early.isEmpty())
                    target->write(early);
            });
            connect(target, &QTcpSocket::readyRead, client, [this, client, target] {
                const QByteArray data = target->readAll();
                bytesToClient += data.size();
                client->write(data);
            });
            connect(target, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(target, &QTcpSocket::errorOccurred, client, [client, target](QAbstractSocket::SocketError error) {
                if (error != QAbstractSocket::RemoteHostClosedError && target->state() != QAbstractSocket::ConnectedState) {
                    client->write(QByteArray("\x05\x05\x00\x01\0\0\0\0\0\0", 10));
                    client->disconnectFromHost();
                }
            });
            target->connectToHost(m_targetAddress, m_targetPort);
        });
    }
}

} // namespace Poplar::Test

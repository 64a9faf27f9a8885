#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>
#include <QTcpServer>

namespace Poplar::Test {

/// A tiny SOCKS5 proxy on loopback (RFC 1928, CONNECT only; no authentication, or a user name and
/// password as RFC 1929 has them once requireCredentials() was called) that sends every
/// connection to one target whatever name it asked for, so a name no DNS knows still arrives:
/// proof that the name was resolved by the proxy, not by the client. Records what it relayed.
class Socks5Proxy final : public QTcpServer {
    Q_OBJECT
public:
    explicit Socks5Proxy(QHostAddress targetAddress, quint16 targetPort, QObject *parent = nullptr);
    bool listenLocal() { return listen(QHostAddress::LocalHost, 0); }
    /// From now on only clients that log in with this user name and password get through.
    void requireCredentials(const QByteArray &user, const QByteArray &password)
    {
        m_user = user;
        m_password = password;
    }

    /// User names that logged in with the right password.
    QByteArrayList usersAccepted;
    /// Logins refused: a wrong user name or password, or no user name offered at all.
    int loginsRefused = 0;

    /// Host names (ATYP 3) or addresses clients asked to CONNECT to, with ":port".
    QStringList requested;
    qint64 bytesToServer = 0;   ///< relayed from client to target
    qint64 bytesToClient = 0;   ///< relayed from target to client

private:
    void onNewConnection();
    QHostAddress m_targetAddress;
    quint16 m_targetPort;
    QByteArray m_user;
    QByteArray m_password;
};

} // namespace Poplar::Test

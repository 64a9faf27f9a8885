#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHostAddress>
#include <QStringList>
#include <QTcpServer>

namespace Poplar::Test {

/// A tiny HTTP proxy on loopback that tunnels CONNECT requests (RFC 9110), every one of them to one
/// target whatever it asked for, and asks for Basic credentials (407) once requireCredentials()
/// was called. Records what it was asked and who logged in.
class HttpConnectProxy final : public QTcpServer {
    Q_OBJECT
public:
    explicit HttpConnectProxy(QHostAddress targetAddress, quint16 targetPort, QObject *parent = nullptr);
    bool listenLocal() { return listen(QHostAddress::LocalHost, 0); }
    /// From now on a CONNECT needs "Proxy-Authorization: Basic" with this user name and password.
    void requireCredentials(const QByteArray &user, const QByteArray &password);

    QStringList requested;        ///< the "host:port" of every CONNECT it tunnelled
    QByteArrayList usersAccepted; ///< user names that came with the right password
    int challenges = 0;           ///< 407 answers: no credentials, or wrong ones
    qint64 bytesToServer = 0;

private:
    void onNewConnection();
    QHostAddress m_targetAddress;
    quint16 m_targetPort;
    QByteArray m_expectedAuthorization; ///< "Basic " + base64(user:password); empty: none needed
};

} // namespace Poplar::Test

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>
#include <QTcpServer>

namespace Poplar::Test {

/// A tiny SOCKS5 proxy on loopback (RFC 1928: no authentication, CONNECT only) that sends every
/// connection to one target whatever name it asked for, so a name no DNS knows still arrives:
/// proof that the name was resolved by the proxy, not by the client. Records what it relayed.
class Socks5Proxy final : public QTcpServer {
    Q_OBJECT
public:
    explicit Socks5Proxy(QHostAddress targetAddress, quint16 targetPort, QObject *parent = nullptr);
    bool listenLocal() { return listen(QHostAddress::LocalHost, 0); }

    /// Host names (ATYP 3) or addresses clients asked to CONNECT to, with ":port".
    QStringList requested;
    qint64 bytesToServer = 0;   ///< relayed from client to target
    qint64 bytesToClient = 0;   ///< relayed from target to client

private:
    void onNewConnection();
    QHostAddress m_targetAddress;
    quint16 m_targetPort;
};

} // namespace Poplar::Test

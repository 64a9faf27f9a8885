#include "CuttingProxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

namespace Poplar::Test {

/// One client connection and its upstream twin. Lives until both sides are closed.
class ProxiedConnection : public QObject {
public:
    ProxiedConnection(CuttingProxy *proxy, QTcpSocket *client);

private:
    void onClientData();
    void onServerData();
    void onClientClosed();
    void onServerClosed();
    void onServerError(QAbstractSocket::SocketError error);
    void toServer(const QByteArray &bytes);
    void cut();
    void finishIfDone();
    /// Delivers server bytes to the client, through the throttle when there is one.
    void toClient(const QByteArray &bytes);
    void deliverPiece();
    void closeClient();

    CuttingProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    QByteArray m_beforeConnected; ///< client bytes that arrived while the upstream was connecting
    QByteArray m_partialLine;     ///< client bytes after the last LF, held until the line completes
    bool m_counting = false;      ///< CutAfterServerBytes armed on this connection
    qint64 m_remaining = 0;
    bool m_dropping = false;      ///< DropReplyToCommand fired: server bytes go nowhere
    bool m_dead = false;
    bool m_clientClosed = false;
    bool m_serverClosed = false;
    QByteArray m_throttled;     ///< server bytes the throttle has not delivered yet
    QTimer m_throttle;
    bool m_closeWhenDelivered = false;
};

ProxiedConnection::ProxiedConnection(CuttingProxy *proxy, QTcpSocket *client)
    : QObject(proxy), m_proxy(proxy), m_client(client), m_upstream(new QTcpSocket(this))
{
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &ProxiedConnection::onClientData);
    connect(m_client, &QTcpSocket::disconnected, this, &ProxiedConnection::onClientClosed);
    connect(m_upstream, &QTcpSocket::readyRead, this, &ProxiedConnection::onServerData);
    connect(m_upstream, &QTcpSocket::disconnected, this, &ProxiedConnection::onServerClosed);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, &ProxiedConnection::onServerError);
    connect(m_upstream, &QTcpSocket::connected, this, [this] {
        if (!m_beforeConnected.isEmpty())
            m_upstream->write(std::exchange(m_beforeConnected, QByteArray()));
    });
    m_throttle.setTimerType(Qt::PreciseTimer);
    connect(&m_throttle, &QTimer::timeout, this, &ProxiedConnection::deliverPiece);
    m_upstream->connectToHost(QHostAddress::LocalHost, m_proxy->m_targetPort);
    if (m_client->bytesAvailable() > 0)
        onClientData();
}

void ProxiedConnection::toServer(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_upstream->state() == QAbstractSocket::ConnectedState)
        m_upstream->write(bytes);
    else
        m_beforeConnected += bytes;
}

void ProxiedConnection::onClientData()
{
    if (m_dead)
        return;
    m_partialLine += m_client->readAll();
    QByteArray out;
    qsizetype start = 0;
    for (qsizetype end = m_partialLine.indexOf('\n'); end >= 0; end = m_partialLine.indexOf('\n', start)) {
        const QByteArray line = m_partialLine.mid(start, end + 1 - start);
        start = end + 1;
        QByteArray bare = line;
        while (bare.endsWith('\n') || bare.endsWith('\r'))
            bare.chop(1);
        m_proxy->m_clientLines << bare;
        if (!m_proxy->m_fired && m_proxy->matches(line)) {
            switch (m_proxy->m_rule) {
            case CuttingProxy::Rule::PassThrough:
                break;
            case CuttingProxy::Rule::CutBeforeCommand:
                toServer(out);
                m_upstream->flush(); // what the client sent before the command still goes out
                m_proxy->m_fired = true;
                emit m_proxy->fired();
                cut();
                return;
            case CuttingProxy::Rule::DropReplyToCommand:
                m_proxy->m_fired = true;
                m_dropping = true;
                emit m_proxy->fired();
                break;
            case CuttingProxy::Rule::CutAfterServerBytes:
                if (!m_proxy->m_armedConnection) {
                    m_proxy->m_armedConnection = true;
                    m_counting = true;
                    m_remaining = m_proxy->m_bytes;
                }
                break;
            }
        }
        out += line;
    }
    m_partialLine.remove(0, start);
    toServer(out);
    if (m_counting && m_remaining <= 0) {
        m_proxy->m_fired = true;
        emit m_proxy->fired();
        cut();
    }
}

void ProxiedConnection::onServerData()
{
    if (m_dead)
        return;
    const QByteArray data = m_upstream->readAll();
    if (m_dropping || data.isEmpty())
        return;
    if (m_counting) {
        if (data.size() >= m_remaining) {
            m_client->write(data.left(m_remaining));
            m_client->flush();
            m_proxy->m_fired = true;
            emit m_proxy->fired();
            cut();
            return;
        }
        m_remaining -= data.size();
    }
    toClient(data);
}

void ProxiedConnection::toClient(const QByteArray &bytes)
{
    if (m_proxy->m_throttleMs <= 0 && m_throttled.isEmpty()) {
        m_client->write(bytes);
        return;
    }
    m_throttled += bytes;
    if (!m_throttle.isActive())
        m_throttle.start(qMax(1, m_proxy->m_throttleMs));
}

void ProxiedConnection::deliverPiece()
{
    if (m_dead) {
        m_throttle.stop();
        return;
    }
    const qint64 piece = m_proxy->m_throttleBytes > 0 ? m_proxy->m_throttleBytes : m_throttled.size();
    m_client->write(m_throttled.left(piece));
    m_throttled.remove(0, piece);
    if (m_throttled.isEmpty()) {
        m_throttle.stop();
        if (m_closeWhenDelivered)
            closeClient();
    }
}

void ProxiedConnection::closeClient()
{
    if (m_dead || m_client->state() == QAbstractSocket::UnconnectedState)
        return;
    if (m_dropping)
        m_client->abort(); // the client never learns what the server answered
    else
        m_client->disconnectFromHost();
}

void ProxiedConnection::onClientClosed()
{
    m_clientClosed = true;
    if (!m_dead) {
        toServer(m_partialLine);
        m_partialLine.clear();
        if (m_upstream->state() != QAbstractSocket::UnconnectedState)
            m_upstream->disconnectFromHost();
    }
    finishIfDone();
}

void ProxiedConnection::onServerClosed()
{
    if (!m_dead)
        onServerData();
    m_serverClosed = true;
    if (!m_throttled.isEmpty())
        m_closeWhenDelivered = true; // the throttle closes the client once it delivered the rest
    else
        closeClient();
    finishIfDone();
}

void ProxiedConnection::onServerError(QAbstractSocket::SocketError)
{
    // A failed connect never emits disconnected(): treat it as the server going away.
    if (m_upstream->state() == QAbstractSocket::UnconnectedState && !m_serverClosed)
        onServerClosed();
}

void ProxiedConnection::cut()
{
    m_dead = true;
    m_upstream->abort();
    m_client->abort();
    m_clientClosed = m_serverClosed = true;
    finishIfDone();
}

void ProxiedConnection::finishIfDone()
{
    if (m_clientClosed && m_serverClosed)
        deleteLater();
}

// ---- CuttingProxy ----

CuttingProxy::CuttingProxy(quint16 targetPort, QObject *parent) : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::onNewConnection);
}

CuttingProxy::~CuttingProxy() = default;

bool CuttingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void CuttingProxy::setRule(Rule rule, const QByteArray &command, qint64 bytes)
{
    m_rule = rule;
    m_command = command.toUpper();
    m_bytes = bytes;
    m_fired = false;
    m_armedConnection = false;
}

void CuttingProxy::setThrottle(int intervalMs, qint64 bytes)
{
    m_throttleMs = qMax(0, intervalMs);
    m_throttleBytes = qMax<qint64>(0, bytes);
}

void CuttingProxy::setPassThrough()
{
    setRule(Rule::PassThrough, {}, 0);
}

void CuttingProxy::setCutAfterServerBytes(const QByteArray &command, qint64 bytes)
{
    setRule(Rule::CutAfterServerBytes, command, bytes);
}

void CuttingProxy::setCutBeforeCommand(const QByteArray &command)
{
    setRule(Rule::CutBeforeCommand, command, 0);
}

void CuttingProxy::setDropReplyToCommand(const QByteArray &command)
{
    setRule(Rule::DropReplyToCommand, command, 0);
}

bool CuttingProxy::matches(const QByteArray &line) const
{
    if (m_command.isEmpty() || line.size() < m_command.size() || line.left(m_command.size()).toUpper() != m_command)
        return false;
    if (line.size() == m_command.size())
        return true;
    const char next = line.at(m_command.size());
    return next == ' ' || next == '\r' || next == '\n';
}

void CuttingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        new ProxiedConnection(this, client);
    }
}

} // namespace Poplar::Test

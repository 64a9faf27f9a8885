#include "FakeTransport.h"

#include <cstring>

namespace Poplar::Test {

void FakeTransport::connectToHost(const QString &h, quint16 p, bool implicit, const Net::TlsOptions &options,
                                  quint16 local)
{
    host = h;
    port = p;
    implicitTls = implicit;
    tls = options;
    localPort = local;
}

void FakeTransport::startTls()
{
    tlsStarted = true;
}

QByteArray FakeTransport::readAll()
{
    QByteArray bytes;
    bytes.swap(m_incoming);
    return bytes;
}

qint64 FakeTransport::read(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_incoming.size());
    std::memcpy(data, m_incoming.constData(), size_t(n));
    m_incoming.remove(0, n);
    return n;
}

void FakeTransport::write(const QByteArray &bytes)
{
    if (!aborted && !closed)
        m_written += bytes;
}

void FakeTransport::close()
{
    closed = true;
    emit disconnected();
}

void FakeTransport::abort()
{
    aborted = true;
}

void FakeTransport::acceptConnection()
{
    emit connected();
    if (implicitTls) {
        m_encrypted = true;
        emit encrypted();
    }
}

void FakeTransport::completeTls()
{
    Q_ASSERT(tlsStarted);
    m_encrypted = true;
    emit encrypted();
}

void FakeTransport::serverSends(const QByteArray &bytes)
{
    if (aborted || closed)
        return;
    m_incoming += bytes;
    emit readyRead();
}

void FakeTransport::serverCloses()
{
    if (aborted || closed)
        return;
    closed = true;
    emit disconnected();
}

void FakeTransport::failWith(const Net::TransportError &error)
{
    emit errorOccurred(error);
}

QByteArray FakeTransport::takeWritten()
{
    QByteArray bytes;
    bytes.swap(m_written);
    return bytes;
}

Net::Transport *FakeTransportFactory::create(QObject *parent)
{
    auto *transport = new FakeTransport(parent);
    last = transport;
    return transport;
}

} // namespace Poplar::Test

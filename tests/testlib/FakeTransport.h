#pragma once

#include "net/Transport.h"

#include <QByteArray>
#include <QPointer>

namespace Poplar::Test {

/// A transport with a test on the other end: the test plays the server byte by byte and
/// reads back exactly what the client wrote.
class FakeTransport final : public Net::Transport {
    Q_OBJECT
public:
    using Net::Transport::Transport;

    // Transport
    void connectToHost(const QString &host, quint16 port, bool implicitTls, const Net::TlsOptions &tls,
                       quint16 localPort) override;
    void setProxy(const Net::ProxySettings &proxy) override { this->proxy = proxy; }
    void startTls() override;
    qint64 bytesAvailable() const override { return m_incoming.size(); }
    QByteArray readAll() override;
    qint64 read(char *data, qint64 maxSize) override;
    void write(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    bool isEncrypted() const override { return m_encrypted; }
    QList<QSslCertificate> peerCertificateChain() const override { return {}; }

    // The server's side
    /// Completes the TCP connection (and for implicit TLS the handshake).
    void acceptConnection();
    /// Completes a TLS handshake the client started with startTls().
    void completeTls();
    /// Delivers bytes from the server.
    void serverSends(const QByteArray &bytes);
    /// Delivers bytes without telling the client, as if they sat in a socket buffer.
    void bufferSilently(const QByteArray &bytes) { m_incoming += bytes; }
    /// The server hangs up.
    void serverCloses();
    void failWith(const Net::TransportError &error);
    /// Everything the client wrote since the last call.
    QByteArray takeWritten();
    /// Everything the client wrote since the last takeWritten(), left in place.
    QByteArray written() const { return m_written; }

    QString host;
    quint16 port = 0;
    quint16 localPort = 0;
    bool implicitTls = false;
    bool tlsStarted = false;
    bool aborted = false;
    bool closed = false;
    Net::TlsOptions tls;
    Net::ProxySettings proxy; ///< as the client last set it

private:
    QByteArray m_incoming;
    QByteArray m_written;
    bool m_encrypted = false;
};

/// Hands the session a FakeTransport and keeps a pointer to it for the test.
class FakeTransportFactory final : public Net::TransportFactory {
public:
    Net::Transport *create(QObject *parent) override;
    QPointer<FakeTransport> last;
};

} // namespace Poplar::Test

#pragma once

#include "net/Transport.h"

class QSslSocket;

namespace Poplar::Net {

/// The real transport: a QSslSocket, verifying certificates against the system store,
/// any extra CAs, or one pinned certificate.
class SslTransport final : public Transport {
    Q_OBJECT
public:
    explicit SslTransport(QObject *parent = nullptr);
    /// Most received bytes buffered before reading from the network pauses.
    static constexpr qint64 ReadBufferBytes = 256 * 1024;

    void connectToHost(const QString &host, quint16 port, bool implicitTls,
                       const TlsOptions &tls, quint16 localPort = 0) override;
    void setProxy(const ProxySettings &proxy) override;
    void startTls() override;
    qint64 bytesAvailable() const override;
    QByteArray readAll() override;
    qint64 read(char *data, qint64 maxSize) override;
    void write(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    bool isEncrypted() const override;
    QList<QSslCertificate> peerCertificateChain() const override;

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();

    QSslSocket *m_socket;
    TlsOptions m_tls;
    bool m_reportedError = false;
    bool m_proxyHasUser = false;
};

/// Makes SslTransport instances.
class SslTransportFactory final : public TransportFactory {
public:
    Transport *create(QObject *parent) override { return new SslTransport(parent); }
};

} // namespace Poplar::Net

#pragma once

#include "net/Proxy.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Poplar::Net {

/// How a transport verifies the server it talks to.
struct TlsOptions {
    /// Extra certificate authorities trusted for this connection, on top of the system ones.
    QList<QSslCertificate> extraCaCertificates;
    /// SHA-256 digest of one exact server certificate the user chose to trust; empty if none.
    QByteArray pinnedSha256;
};

/// Why a transport gave up.
struct TransportError {
    enum class Kind { HostNotFound, ConnectionRefused, Network, TlsHandshake, CertificateUntrusted, LocalPortUnavailable };
    Kind kind = Kind::Network;
    QString message;
    /// For CertificateUntrusted: what was wrong with the server's certificate.
    QList<QSslError> sslErrors;
    /// For CertificateUntrusted: the chain the server presented, leaf first.
    QList<QSslCertificate> peerChain;
};

/// A byte stream to a server that may be upgraded to TLS; the session talks only to this.
/// Everything is asynchronous: results arrive as signals, nothing blocks.
class Transport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override = default;

    /// Connects; with implicitTls the TLS handshake follows at once and `encrypted` reports it.
    /// A non-zero localPort binds that source port first (RPOP's reserved ports). An
    /// internationalized `host` is converted to its IDNA form (Net::asciiHostName) for DNS and for
    /// the certificate's name check.
    virtual void connectToHost(const QString &host, quint16 port, bool implicitTls,
                               const TlsOptions &tls, quint16 localPort = 0) = 0;
    /// The proxy the next connectToHost() goes through; without a call, the system's settings.
    virtual void setProxy(const ProxySettings &proxy) { Q_UNUSED(proxy); }
    /// Starts the TLS handshake on an established plaintext connection (STLS).
    virtual void startTls() = 0;
    /// Bytes received and not yet read.
    virtual qint64 bytesAvailable() const = 0;
    virtual QByteArray readAll() = 0;
    /// Moves at most `maxSize` received bytes into `data` and returns how many (0 when none are
    /// waiting): the session reads into a buffer of its own this way, with no allocation.
    virtual qint64 read(char *data, qint64 maxSize) = 0;
    virtual void write(const QByteArray &bytes) = 0;
    /// Flushes pending output, then closes.
    virtual void close() = 0;
    /// Drops the connection at once, discarding everything buffered.
    virtual void abort() = 0;
    virtual bool isEncrypted() const = 0;
    /// The server's certificate chain once TLS is up (leaf first).
    virtual QList<QSslCertificate> peerCertificateChain() const = 0;

signals:
    /// TCP connection established (before any TLS).
    void connected();
    /// TLS handshake finished and the peer verified (or pinned).
    void encrypted();
    void readyRead();
    /// The peer closed the connection, or close() finished.
    void disconnected();
    void errorOccurred(const Poplar::Net::TransportError &error);
};

/// Makes transports; tests pass one that makes fakes.
class TransportFactory {
public:
    virtual ~TransportFactory() = default;
    virtual Transport *create(QObject *parent) = 0;
};

} // namespace Poplar::Net

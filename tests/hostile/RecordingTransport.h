#pragma once

#include "net/SslTransport.h"

#include <QByteArray>

namespace Poplar::Test {

/// The real SslTransport with a tap on what the client writes, seen before encryption: the
/// exact bytes of every command and SASL response, for tests that must know what to grep for.
class RecordingTransport final : public Net::Transport {
    Q_OBJECT
public:
    /// Appends everything written to `*sink`, which must outlive the transport.
    RecordingTransport(QObject *parent, QByteArray *sink)
        : Net::Transport(parent), m_inner(new Net::SslTransport(this)), m_sink(sink)
    {
        connect(m_inner, &Net::Transport::connected, this, &Net::Transport::connected);
        connect(m_inner, &Net::Transport::encrypted, this, &Net::Transport::encrypted);
        connect(m_inner, &Net::Transport::readyRead, this, &Net::Transport::readyRead);
        connect(m_inner, &Net::Transport::disconnected, this, &Net::Transport::disconnected);
        connect(m_inner, &Net::Transport::errorOccurred, this, &Net::Transport::errorOccurred);
    }

    void connectToHost(const QString &host, quint16 port, bool implicitTls, const Net::TlsOptions &tls,
                       quint16 localPort = 0) override
    {
        m_inner->connectToHost(host, port, implicitTls, tls, localPort);
    }
    void startTls() override { m_inner->startTls(); }
    qint64 bytesAvailable() const override { return m_inner->bytesAvailable(); }
    QByteArray readAll() override { return m_inner->readAll(); }
    qint64 read(char *data, qint64 maxSize) override { return m_inner->read(data, maxSize); }
    void write(const QByteArray &bytes) override
    {
        *m_sink += bytes;
        m_inner->write(bytes);
    }
    void close() override { m_inner->close(); }
    void abort() override { m_inner->abort(); }
    bool isEncrypted() const override { return m_inner->isEncrypted(); }
    QList<QSslCertificate> peerCertificateChain() const override { return m_inner->peerCertificateChain(); }

private:
    Net::SslTransport *m_inner;
    QByteArray *m_sink;
};

/// Makes RecordingTransports that all record into `written`.
class RecordingTransportFactory final : public Net::TransportFactory {
public:
    Net::Transport *create(QObject *parent) override { return new RecordingTransport(parent, &written); }
    QByteArray written;
};

} // namespace Poplar::Test

#include "net/SslTransport.h"

#include "log/Logging.h"
#include "net/HostName.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Poplar::Net {

SslTransport::SslTransport(QObject *parent)
    : Transport(parent), m_socket(new QSslSocket(this))
{
    setProxy({});
    // Bounded: a fast server cannot make the client hold more than this of unread input.
    m_socket->setReadBufferSize(ReadBufferBytes);
    connect(m_socket, &QSslSocket::connected, this, [this] {
        // Commands are written in whole batches: none is held back waiting for an ACK (Nagle).
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        emit connected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        const QSslCipher cipher = m_socket->sessionCipher();
        qCDebug(Log::net) << "TLS established:" << cipher.protocolString() << cipher.name();
        emit encrypted();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &Transport::readyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &Transport::disconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, &SslTransport::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SslTransport::onSocketError);
}

void SslTransport::connectToHost(const QString &hostName, quint16 port, bool implicitTls,
                                 const TlsOptions &tls, quint16 localPort)
{
    // DNS and the certificate check both see the IDNA (ASCII) form of the name.
    const QString ascii = asciiHostName(hostName);
    const QString host = ascii.isEmpty() ? hostName : ascii;
    m_tls = tls;
    m_reportedError = false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::SecureProtocols);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!tls.extraCaCertificates.isEmpty())
        config.addCaCertificates(tls.extraCaCertificates);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(host);

    if (localPort != 0 && !m_socket->bind(QHostAddress::Any, localPort)) {
        m_reportedError = true;
        emit errorOccurred({TransportError::Kind::LocalPortUnavailable,
                            tr("Cannot bind local port %1: %2").arg(localPort).arg(m_socket->errorString()),
                            {}, {}});
        return;
    }
    qCDebug(Log::net) << "connecting to" << host << port << (implicitTls ? "with implicit TLS" : "without TLS yet");
    if (implicitTls)
        m_socket->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

void SslTransport::setProxy(const ProxySettings &proxy)
{
    if (proxy.kind == ProxySettings::Kind::System)
        useSystemProxyConfiguration();
    m_socket->setProxy(toNetworkProxy(proxy));
    m_proxyHasUser = !proxy.user.isEmpty();
}

void SslTransport::startTls()
{
    qCDebug(Log::net) << "starting TLS on the open connection";
    m_socket->startClientEncryption();
}

qint64 SslTransport::bytesAvailable() const
{
    return m_socket->bytesAvailable();
}

QByteArray SslTransport::readAll()
{
    return m_socket->readAll();
}

qint64 SslTransport::read(char *data, qint64 maxSize)
{
    return qMax<qint64>(0, m_socket->read(data, maxSize));
}

void SslTransport::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void SslTransport::close()
{
    m_socket->disconnectFromHost();
}

void SslTransport::abort()
{
    m_reportedError = true; // an abort we asked for is not an error to report
    m_socket->abort();
}

bool SslTransport::isEncrypted() const
{
    return m_socket->isEncrypted();
}

QList<QSslCertificate> SslTransport::peerCertificateChain() const
{
    return m_socket->peerCertificateChain();
}

void SslTransport::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate leaf = m_socket->peerCertificate();
    // A pin trusts exactly one certificate: the errors are ignored only when every one of
    // them concerns that very leaf, never wholesale.
    if (!m_tls.pinnedSha256.isEmpty() && !leaf.isNull()
        && leaf.digest(QCryptographicHash::Sha256) == m_tls.pinnedSha256) {
        qCDebug(Log::net) << "certificate errors accepted for the pinned certificate:" << errors.size();
        m_socket->ignoreSslErrors(errors);
        return;
    }
    m_reportedError = true;
    qCDebug(Log::net) << "certificate not trusted:" << errors.size() << "errors";
    QStringList texts;
    for (const QSslError &e : errors)
        texts << e.errorString();
    TransportError error{TransportError::Kind::CertificateUntrusted,
                         tr("The server's certificate is not trusted: %1").arg(texts.join(QStringLiteral("; "))),
                         errors, m_socket->peerCertificateChain()};
    // Reported before the abort, whose disconnection would otherwise arrive first.
    emit errorOccurred(error);
    m_socket->abort();
}

void SslTransport::onSocketError()
{
    if (m_reportedError)
        return;
    TransportError error;
    error.message = m_socket->errorString();
    switch (m_socket->error()) {
    case QAbstractSocket::HostNotFoundError:
        error.kind = TransportError::Kind::HostNotFound;
        break;
    case QAbstractSocket::ConnectionRefusedError:
        error.kind = TransportError::Kind::ConnectionRefused;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        error.kind = TransportError::Kind::TlsHandshake;
        break;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        error.message = m_proxyHasUser
            ? tr("The proxy refused the user name and password (%1).").arg(error.message)
            : tr("The proxy asks for a user name and password (%1): set them in the account's proxy settings.")
                  .arg(error.message);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        // Reported through disconnected(); the session knows whether it expected it.
        return;
    default:
        error.kind = TransportError::Kind::Network;
        break;
    }
    m_reportedError = true;
    qCDebug(Log::net) << "socket error:" << m_socket->error() << error.message;
    emit errorOccurred(error);
}

} // namespace Poplar::Net

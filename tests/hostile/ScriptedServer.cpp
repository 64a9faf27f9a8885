#include "ScriptedServer.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace Poplar::Test {

namespace {
// A flood keeps at most this much waiting in the server's own socket buffer.
constexpr qint64 FloodWindow = 1024 * 1024;
constexpr qint64 FloodChunk = 64 * 1024;
} // namespace

TlsIdentity TlsIdentity::generate(const QString &directory, QString *error)
{
    const QString certPath = QDir(directory).filePath(QStringLiteral("scripted-cert.pem"));
    const QString keyPath = QDir(directory).filePath(QStringLiteral("scripted-key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    TlsIdentity identity;
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl req failed: %1 %2").arg(openssl.errorString(),
                                                                      QString::fromLocal8Bit(openssl.readAll()));
        return identity;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certPath, QSsl::Pem);
    QFile keyFile(keyPath);
    if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("openssl wrote no readable certificate or key");
        return identity;
    }
    identity.certificate = certs.first();
    identity.key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (identity.key.isNull() && error)
        *error = QStringLiteral("the generated key cannot be read");
    return identity;
}

ScriptedServer::ScriptedServer(QObject *parent) : QTcpServer(parent) {}

ScriptedServer::~ScriptedServer()
{
    if (m_connection)
        m_connection->abort();
}

bool ScriptedServer::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

bool ScriptedServer::isEncrypted() const
{
    return m_connection && m_connection->isEncrypted();
}

QByteArrayList ScriptedServer::receivedLines() const
{
    QByteArrayList lines;
    for (QByteArray line : m_received.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

ScriptedServer &ScriptedServer::add(Step step)
{
    m_steps.push_back(std::move(step));
    return *this;
}

ScriptedServer &ScriptedServer::expect(const QByteArray &line) { return add({Step::Type::Expect, line}); }
ScriptedServer &ScriptedServer::expectPrefix(const QByteArray &prefix) { return add({Step::Type::ExpectPrefix, prefix}); }
ScriptedServer &ScriptedServer::respond(const QByteArray &prefix,
                                        std::function<QByteArray(const QByteArray &line)> reply)
{
    return add({Step::Type::Respond, prefix, 0, std::move(reply)});
}
ScriptedServer &ScriptedServer::send(const QByteArray &bytes) { return add({Step::Type::Send, bytes}); }
ScriptedServer &ScriptedServer::pause(int ms) { return add({Step::Type::Pause, {}, ms}); }
ScriptedServer &ScriptedServer::startTls() { return add({Step::Type::StartTls, {}}); }
ScriptedServer &ScriptedServer::close() { return add({Step::Type::Close, {}}); }
ScriptedServer &ScriptedServer::abortConnection() { return add({Step::Type::Abort, {}}); }

ScriptedServer &ScriptedServer::sendPieces(const QByteArrayList &pieces, int delayMs)
{
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            pause(delayMs);
        send(pieces.at(i));
    }
    return *this;
}

ScriptedServer &ScriptedServer::flood(const QByteArray &pattern, qint64 total)
{
    Q_ASSERT(!pattern.isEmpty());
    return add({Step::Type::Flood, pattern, total});
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_connections > 1) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_connection = socket;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_identity.isValid()) {
        QSslConfiguration config = socket->sslConfiguration();
        config.setLocalCertificate(m_identity.certificate);
        config.setPrivateKey(m_identity.key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->setSslConfiguration(config);
    }
    connect(socket, &QSslSocket::readyRead, this, &ScriptedServer::onReadyRead);
    connect(socket, &QSslSocket::bytesWritten, this, &ScriptedServer::continueFlood);
    connect(socket, &QSslSocket::disconnected, this, [this] {
        m_clientGone = true;
        m_busy = false;
    });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_busy = false;
        QTimer::singleShot(0, this, &ScriptedServer::run);
    });
    if (m_implicitTls) {
        m_busy = true;
        socket->startServerEncryption();
        return;
    }
    run();
}

void ScriptedServer::onReadyRead()
{
    const QByteArray bytes = m_connection->readAll();
    m_received += bytes;
    m_input += bytes;
    run();
}

bool ScriptedServer::takeLine(QByteArray *line)
{
    const qsizetype lf = m_input.indexOf('\n');
    if (lf < 0)
        return false;
    *line = m_input.left(lf);
    if (line->endsWith('\r'))
        line->chop(1);
    m_input.remove(0, lf + 1);
    return true;
}

void ScriptedServer::run()
{
    while (m_connection && !m_busy && m_next < m_steps.size()) {
        const Step &step = m_steps[m_next];
        switch (step.type) {
        case Step::Type::Expect:
        case Step::Type::ExpectPrefix:
        case Step::Type::Respond: {
            QByteArray line;
            if (!takeLine(&line))
                return;
            const bool match = step.type == Step::Type::Expect ? line == step.bytes : line.startsWith(step.bytes);
            if (!match) {
                m_failures << "expected \"" + step.bytes + "\", client sent \"" + line.left(200) + '"';
                m_next = m_steps.size();
                m_connection->abort();
                return;
            }
            if (step.type == Step::Type::Respond) {
                m_connection->write(step.reply(line));
                m_connection->flush();
            }
            break;
        }
        case Step::Type::Send:
            m_connection->write(step.bytes);
            m_connection->flush();
            break;
        case Step::Type::Pause:
            ++m_next;
            m_busy = true;
            QTimer::singleShot(int(step.amount), this, [this] {
                m_busy = false;
                run();
            });
            return;
        case Step::Type::StartTls:
            ++m_next;
            m_busy = true;
            m_connection->startServerEncryption();
            return;
        case Step::Type::Flood:
            m_busy = true;
            m_floodTarget = m_flooded + step.amount;
            continueFlood();
            return;
        case Step::Type::Close:
            ++m_next;
            m_connection->disconnectFromHost();
            return;
        case Step::Type::Abort:
            ++m_next;
            m_connection->abort();
            return;
        }
        ++m_next;
    }
}

void ScriptedServer::continueFlood()
{
    if (!m_connection || m_next >= m_steps.size() || m_steps[m_next].type != Step::Type::Flood || m_clientGone)
        return;
    const QByteArray &pattern = m_steps[m_next].bytes;
    QByteArray chunk;
    while (chunk.size() < FloodChunk)
        chunk += pattern;
    while (m_flooded < m_floodTarget && m_connection->bytesToWrite() < FloodWindow) {
        const QByteArray piece = chunk.left(qMin<qint64>(chunk.size(), m_floodTarget - m_flooded));
        m_connection->write(piece);
        m_flooded += piece.size();
    }
    if (m_flooded >= m_floodTarget) {
        m_busy = false;
        ++m_next;
        QTimer::singleShot(0, this, &ScriptedServer::run);
    }
}

} // namespace Poplar::Test

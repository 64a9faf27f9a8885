#include "SingleInstance.h"

#include "UiLogging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace Poplar::Ui {

namespace {
/// Bumped when the hand-over message changes, so old and new builds do not misread each other.
constexpr quint32 ProtocolMagic = 0x504f5031; // "POP1"
constexpr int MaxFiles = 256;
constexpr int StreamVersion = QDataStream::Qt_6_0;
} // namespace

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent), m_path(socketPath(profileDir))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath(const QString &profileDir)
{
    QFileInfo info(profileDir);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray key = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    // The runtime directory (XDG_RUNTIME_DIR) is the user's own, mode 0700.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return QDir(dir).filePath(QStringLiteral("poplar-%1.socket").arg(QString::fromLatin1(key)));
}

bool SingleInstance::handOverOrListen(const QStringList &files, int timeoutMs)
{
    if (handOver(files, timeoutMs))
        return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (!m_server->listen(m_path)) {
        // Nobody answered, so the socket file is left over from a crash.
        QLocalServer::removeServer(m_path);
        if (!m_server->listen(m_path))
            qCWarning(Log::ui) << "single instance: cannot listen on" << m_path << m_server->errorString();
    }
    qCDebug(Log::ui) << "single instance: listening on" << m_path;
    return false;
}

bool SingleInstance::handOver(const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    // Before any event loop runs: blocking waits here delay only this short-lived launch.
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << ProtocolMagic << files.mid(0, MaxFiles);
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (socket.bytesAvailable() < 2) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    const bool ok = socket.read(2) == "ok";
    qCDebug(Log::ui) << "single instance: handed" << files.size() << "file(s) to the running instance:" << ok;
    return ok;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.setVersion(StreamVersion);
            in.startTransaction();
            quint32 magic = 0;
            QStringList files;
            in >> magic >> files;
            if (!in.commitTransaction()) {
                // Incomplete so far; a peer that sends garbage is cut off rather than buffered.
                if (socket->bytesAvailable() > 1024 * 1024)
                    socket->abort();
                return;
            }
            if (magic != ProtocolMagic || files.size() > MaxFiles) {
                socket->abort();
                return;
            }
            socket->write("ok");
            socket->flush();
            socket->disconnectFromServer();
            qCDebug(Log::ui) << "single instance: activation requested with" << files.size() << "file(s)";
            emit activationRequested(files);
        });
    }
}

} // namespace Poplar::Ui

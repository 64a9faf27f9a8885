#include "SingleInstance.h"

#include "UiLogging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

namespace Poplar::Ui {

namespace {
/// Bumped when the hand-over message changes, so old and new builds do not misread each other.
constexpr quint32 ProtocolMagic = 0x504f5031; // "POP1"
constexpr int MaxFiles = 256;
constexpr int StreamVersion = QDataStream::Qt_6_0;
/// A hand-over larger than this is not one; nor is a peer that takes longer than the timeout.
constexpr qint64 MaxMessageBytes = 1024 * 1024;
constexpr int ConnectionTimeoutMs = 5000;

/// A directory only this user can enter, for the socket when there is no runtime directory:
/// <temp>/poplar-<uid>, made 0700, refused if it is anyone else's or open to others.
QString privateFallbackDirectory()
{
    const QString dir = QDir::tempPath() + QStringLiteral("/poplar-%1").arg(::geteuid());
    const QByteArray local = QFile::encodeName(dir);
    ::mkdir(local.constData(), 0700);
    struct stat st {};
    if (::lstat(local.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()
        || (st.st_mode & 077) != 0)
        return {};
    return dir;
}
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
    // Without one (Qt refuses a runtime directory that is someone else's), never the shared
    // temporary directory itself: a private one in it, or no single instance at all.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = privateFallbackDirectory();
    if (dir.isEmpty())
        return {};
    return QDir(dir).filePath(QStringLiteral("poplar-%1.socket").arg(QString::fromLatin1(key)));
}

void SingleInstance::start(const QStringList &files, int timeoutMs)
{
    if (m_path.isEmpty()) {
        qCWarning(Log::ui) << "single instance: no private directory for the socket; running on its own";
        QTimer::singleShot(0, this, &SingleInstance::listening);
        return;
    }
    // Two launches at once must not both find no one listening and both listen (the second
    // removing the first one's socket): the offer and the listen happen under a lock, which a
    // launch holds only for the moment of its offer.
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->tryLock(timeoutMs);
    m_offer = new QLocalSocket(this);
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << ProtocolMagic << files.mid(0, MaxFiles);
    auto *deadline = new QTimer(m_offer);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, &SingleInstance::listen);
    connect(m_offer, &QLocalSocket::connected, this, [this, message] { m_offer->write(message); });
    connect(m_offer, &QLocalSocket::readyRead, this, [this, files] {
        if (m_offer->bytesAvailable() < 2)
            return;
        const bool ok = m_offer->read(2) == "ok";
        qCDebug(Log::ui) << "single instance: handed" << files.size() << "file(s) to the running instance:" << ok;
        if (!ok) {
            listen();
            return;
        }
        m_offer->disconnect(this);
        m_offer->deleteLater();
        m_offer = nullptr;
        m_lock.reset();
        emit handedOver();
    });
    connect(m_offer, &QLocalSocket::errorOccurred, this, &SingleInstance::listen);
    deadline->start(timeoutMs);
    m_offer->connectToServer(m_path);
}

void SingleInstance::listen()
{
    if (!m_offer)
        return; // decided already
    m_offer->disconnect(this);
    m_offer->abort();
    m_offer->deleteLater();
    m_offer = nullptr;
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
    m_lock.reset();
    emit listening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A peer that connects and says nothing (or too little) does not keep its socket.
        QTimer::singleShot(ConnectionTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.setVersion(StreamVersion);
            in.startTransaction();
            quint32 magic = 0;
            quint32 count = 0;
            in >> magic >> count;
            // The count is checked before anything is read (or reserved) for it.
            if (in.status() == QDataStream::Ok && (magic != ProtocolMagic || count > quint32(MaxFiles))) {
                in.abortTransaction();
                socket->abort();
                return;
            }
            QStringList files;
            for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
                QString file;
                in >> file;
                files << file;
            }
            if (!in.commitTransaction()) {
                // Incomplete so far; a peer that sends garbage is cut off rather than buffered.
                if (in.status() != QDataStream::ReadPastEnd || socket->bytesAvailable() > MaxMessageBytes)
                    socket->abort();
                return;
            }
            disconnect(socket, &QLocalSocket::readyRead, this, nullptr); // one hand-over per connection
            socket->write("ok");
            socket->flush();
            socket->disconnectFromServer();
            // Only message files: absolute paths of regular .eml files (no devices, pipes, folders).
            QStringList messages;
            for (const QString &file : std::as_const(files)) {
                const QFileInfo info(file);
                if (info.isAbsolute() && info.suffix().compare(QLatin1String("eml"), Qt::CaseInsensitive) == 0
                    && info.isFile())
                    messages << file;
            }
            qCDebug(Log::ui) << "single instance: activation requested with" << messages.size() << "file(s),"
                             << files.size() - messages.size() << "ignored";
            emit activationRequested(messages);
        });
    }
}

} // namespace Poplar::Ui

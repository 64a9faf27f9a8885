#include "LoopbackServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

namespace Poplar::Test {

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool makeSelfSignedCertificate(const QString &certificatePath, const QString &keyPath, QString *error)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath, QStringLiteral("-days"),
                   QStringLiteral("3650"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl req failed: %1 %2").arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    QFile::setPermissions(keyPath, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool waitForPop3Ports(QProcess &process, quint16 pop3Port, quint16 pop3sPort, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    bool pop3Up = false;
    bool pop3sUp = pop3sPort == 0;
    while (!deadline.hasExpired()) {
        if (process.state() != QProcess::Running)
            return false;
        if (!pop3Up) {
            // The greeting proves the listener, the login process and its configuration all work.
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, pop3Port);
            if (socket.waitForConnected(500)) {
                QByteArray greeting;
                while (!greeting.contains('\n') && socket.waitForReadyRead(2000))
                    greeting += socket.readAll();
                pop3Up = greeting.startsWith("+OK");
                socket.write("QUIT\r\n");
                socket.waitForBytesWritten(1000);
                socket.abort();
            }
        }
        if (!pop3sUp) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, pop3sPort);
            pop3sUp = socket.waitForConnected(500);
            socket.abort();
        }
        if (pop3Up && pop3sUp)
            return true;
        if (process.waitForFinished(50))
            return false; // the server gave up; its log says why
    }
    return false;
}

void stopServerProcess(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    process.reset();
}

QByteArray readWholeFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Poplar::Test

#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QProcess;

namespace Poplar::Test {

/// What the real-server fixtures (DovecotServer, MailutilsServer) share: ports, a certificate,
/// waiting for the server and stopping it.

/// A port on 127.0.0.1 nobody uses right now (0 if none). Another process may take it before the
/// server binds it; the fixtures retry with fresh ports when that happens.
quint16 freeLoopbackPort();

/// Writes a self-signed EC certificate (CN=localhost, SAN IP:127.0.0.1 and DNS:localhost) and its
/// key with `openssl req`; false with `error` set when that fails.
bool makeSelfSignedCertificate(const QString &certificatePath, const QString &keyPath, QString *error);

/// Waits up to `timeoutMs` until `pop3Port` greets with +OK and `pop3sPort` (unless 0) accepts;
/// false as soon as `process` ends.
bool waitForPop3Ports(QProcess &process, quint16 pop3Port, quint16 pop3sPort, int timeoutMs);

/// Terminates the process (killing it if it does not end in 10 s) and releases it; no-op if null.
void stopServerProcess(std::unique_ptr<QProcess> &process);

/// The whole file, or empty when it cannot be read.
QByteArray readWholeFile(const QString &path);

} // namespace Poplar::Test

#include "sync/PasswordCommand.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>

namespace Poplar::Sync {

namespace {

void stop(QProcess &process)
{
    process.kill();
    process.waitForFinished(5000);
}

/// Forgets what a failed command printed, overwriting it first: it may be part of a secret.
void wipe(QByteArray &output)
{
    output.fill('\0');
    output.clear();
}

} // namespace

PasswordCommandOutput readPasswordCommandOutput(QProcess &process, int timeoutMs)
{
    PasswordCommandOutput result;
    const QDeadlineTimer deadline(timeoutMs);
    process.setReadChannel(QProcess::StandardOutput);
    for (;;) {
        // Never more than one byte past the bound is taken from QProcess's buffer, and the
        // buffer itself holds at most what one wait read from the pipe.
        result.output += process.read(MaxPasswordCommandOutput + 1 - result.output.size());
        if (result.output.size() > MaxPasswordCommandOutput) {
            stop(process);
            wipe(result.output);
            result.error = QCoreApplication::translate("Poplar::Sync::PasswordCommand",
                                                       "the password command printed more than %1 bytes").arg(MaxPasswordCommandOutput);
            return result;
        }
        if (process.state() == QProcess::NotRunning) {
            if (process.bytesAvailable() > 0)
                continue;
            result.succeeded = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
                               && process.error() != QProcess::FailedToStart;
            if (!result.succeeded)
                wipe(result.output);
            return result;
        }
        if (deadline.hasExpired()) {
            stop(process);
            wipe(result.output);
            result.error = QCoreApplication::translate("Poplar::Sync::PasswordCommand",
                                                       "the password command did not finish in time");
            return result;
        }
        // Once the command has closed its output, waitForReadyRead() returns at once: wait for
        // it to end instead of spinning until the deadline.
        const int remaining = int(qMax<qint64>(1, deadline.remainingTime()));
        if (!process.waitForReadyRead(remaining) && process.state() != QProcess::NotRunning
            && process.bytesAvailable() == 0)
            process.waitForFinished(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

} // namespace Poplar::Sync

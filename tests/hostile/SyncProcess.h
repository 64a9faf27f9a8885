#pragma once

#include "HostileClient.h"

#include <QProcess>
#include <QStringList>

#include <sys/resource.h>

namespace Poplar::Test {

/// What one poplar-sync run printed, and how it ended.
struct SyncProcessResult {
    bool finished = false; ///< false: it did not end in time and was killed
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the poplar-sync at `program` with `arguments` in the C.UTF-8 locale, stdout and stderr
/// apart, keeping this thread's event loop turning meanwhile so an in-process server (a
/// MailboxServer, a ScriptedServer) can answer it. A `dataLimitBytes` above 0 caps the process's
/// data segment (RLIMIT_DATA: heap and private writable mappings): memory it can't have fails it.
inline SyncProcessResult runPoplarSync(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
                                       qint64 dataLimitBytes = 0)
{
    QProcess process;
    if (dataLimitBytes > 0) {
        process.setChildProcessModifier([dataLimitBytes] {
            const rlimit limit{rlim_t(dataLimitBytes), rlim_t(dataLimitBytes)};
            ::setrlimit(RLIMIT_DATA, &limit);
        });
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    SyncProcessResult result;
    result.finished = spinUntil([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Poplar::Test

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace Poplar::Test {

/// One finished run of poplar-sync: its exit code (-1 when it crashed or did not end in time) and
/// what it printed.
struct SyncRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the poplar-sync at `program` on the profile `profile` with `arguments`, in English (and the
/// environment as `adjust` changes it), and waits for it (at most `timeoutMs`, then it is killed).
/// For tests only: it blocks.
inline SyncRun runPoplarSync(const QString &program, const QString &profile, const QStringList &arguments,
                             const std::function<void(QProcessEnvironment &)> &adjust = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (adjust)
        adjust(env);
    process.setProcessEnvironment(env);
    process.start(program, QStringList{QStringLiteral("--profile"), profile} + arguments);
    SyncRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace Poplar::Test

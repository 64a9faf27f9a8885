#include "sync/PasswordCommand.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

namespace Poplar::Sync {

namespace {

/// Forgets what a command printed, overwriting it first: it may be part of a secret.
void wipe(QByteArray &output)
{
    output.fill('\0');
    output.clear();
}

QString tooMuchText()
{
    return QCoreApplication::translate("Poplar::Sync::PasswordCommand", "the password command printed more than %1 bytes")
        .arg(MaxPasswordCommandOutput);
}

} // namespace

QByteArray secretFromCommandOutput(const QByteArray &output)
{
    const qsizetype end = output.indexOf('\n');
    QByteArray line = end < 0 ? output : output.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

PasswordCommand::PasswordCommand(QObject *parent) : QObject(parent), m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        fail(QCoreApplication::translate("Poplar::Sync::PasswordCommand", "the password command did not finish in time"));
    });
}

PasswordCommand::~PasswordCommand()
{
    stop();
}

void PasswordCommand::start(const QString &command, int timeoutMs)
{
    stop();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    if (m_forwardTerminal)
        m_process->setInputChannelMode(QProcess::ForwardedInputChannel); // it may read an answer from the terminal
    m_process->setReadChannel(QProcess::StandardOutput);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PasswordCommand::readOutput);
    connect(m_process, &QProcess::finished, this, &PasswordCommand::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            report({});
    });
    m_deadline->start(timeoutMs);
    m_process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
}

void PasswordCommand::stop()
{
    m_deadline->stop();
    wipe(m_output);
    release();
}

void PasswordCommand::readOutput()
{
    if (!m_process)
        return;
    // Never more than one byte past the bound is taken from QProcess's buffer, and the buffer
    // itself holds at most what one read from the pipe brought.
    m_output += m_process->read(MaxPasswordCommandOutput + 1 - m_output.size());
    if (m_output.size() > MaxPasswordCommandOutput)
        fail(tooMuchText());
}

void PasswordCommand::onFinished()
{
    if (!m_process)
        return;
    while (m_process && m_process->bytesAvailable() > 0)
        readOutput();
    if (!m_process)
        return; // the rest was too much
    PasswordCommandOutput result;
    result.succeeded = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    if (result.succeeded)
        result.output = std::exchange(m_output, {});
    report(std::move(result));
}

void PasswordCommand::fail(const QString &error)
{
    PasswordCommandOutput result;
    result.error = error;
    report(std::move(result));
}

void PasswordCommand::report(PasswordCommandOutput output)
{
    m_deadline->stop();
    wipe(m_output);
    release();
    emit finished(output);
    output.output.fill('\0');
}

void PasswordCommand::release()
{
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // It ends at once on SIGKILL; it is deleted once it has, so nothing waits for it here.
    process->setParent(nullptr);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace Poplar::Sync

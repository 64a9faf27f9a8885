#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QProcess;
class QTimer;

namespace Poplar::Sync {

/// Most a password command may print: its first line is the secret, and a command that prints
/// more than this (`yes`, a file by mistake) is stopped rather than read into memory.
constexpr qint64 MaxPasswordCommandOutput = 64 * 1024;

/// How long a password command may take, in the application and in poplar-sync alike: long
/// enough for a person to answer a pinentry or a terminal prompt. Once it has passed the command
/// is killed. Nothing waits for it meanwhile (the command runs asynchronously).
constexpr int PasswordCommandTimeoutMs = 120000;

/// What a password command printed, read within the bound.
struct PasswordCommandOutput {
    bool succeeded = false; ///< finished by itself with exit code 0 and printed no more than the bound
    QByteArray output;      ///< its standard output (empty unless succeeded)
    /// Which bound it hit ("the password command printed more than ..."); empty when it just failed.
    QString error;
};

/// The secret in a password command's output: its first line, without the line end ("\n" or
/// "\r\n") and nothing else removed, so spaces at either end are part of the password (mpop's
/// passwordeval does the same).
[[nodiscard]] QByteArray secretFromCommandOutput(const QByteArray &output);

/// Runs a password command through /bin/sh without blocking: its standard output is read as it
/// comes, the command is killed once it prints more than MaxPasswordCommandOutput or runs past
/// its timeout, and `finished` reports the outcome exactly once per start(). Its standard error
/// goes to /dev/null; its standard input is /dev/null too, or the terminal (setForwardTerminal).
class PasswordCommand : public QObject {
    Q_OBJECT
public:
    explicit PasswordCommand(QObject *parent = nullptr);
    /// Kills a command still running.
    ~PasswordCommand() override;

    /// poplar-sync: the command's standard input is the terminal's, so it may read an answer.
    void setForwardTerminal(bool forward) { m_forwardTerminal = forward; }
    /// Starts `command`; `finished` follows within `timeoutMs`.
    void start(const QString &command, int timeoutMs = PasswordCommandTimeoutMs);
    /// Kills the command; no `finished` follows.
    void stop();
    bool isRunning() const { return m_process != nullptr; }

signals:
    void finished(const Poplar::Sync::PasswordCommandOutput &output);

private:
    void readOutput();
    void onFinished();
    /// Kills the command and reports `error` (a bound it hit).
    void fail(const QString &error);
    void report(PasswordCommandOutput output);
    /// Lets the process go (killed); it deletes itself once it has ended.
    void release();

    QProcess *m_process = nullptr;
    QTimer *m_deadline;
    QByteArray m_output;
    bool m_forwardTerminal = false;
};

} // namespace Poplar::Sync

Q_DECLARE_METATYPE(Poplar::Sync::PasswordCommandOutput)

#pragma once

#include <QByteArray>
#include <QString>

class QProcess;

namespace Poplar::Sync {

/// Most a password command may print: its first line is the secret, and a command that prints
/// more than this (`yes`, a file by mistake) is stopped rather than read into memory.
constexpr qint64 MaxPasswordCommandOutput = 64 * 1024;

/// What a password command printed, read within the bound.
struct PasswordCommandOutput {
    bool succeeded = false; ///< finished by itself with exit code 0 and printed no more than the bound
    QByteArray output;      ///< its standard output (empty unless succeeded)
    /// Which bound it hit ("the password command printed more than ..."); empty when it just failed.
    QString error;
};

/// Waits up to `timeoutMs` for the started `process`, reading its standard output as it comes
/// and killing it once it prints more than MaxPasswordCommandOutput. Blocks the calling thread;
/// the process's standard error should go elsewhere (it is not read here).
[[nodiscard]] PasswordCommandOutput readPasswordCommandOutput(QProcess &process, int timeoutMs);

} // namespace Poplar::Sync

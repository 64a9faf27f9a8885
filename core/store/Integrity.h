#pragma once

#include "store/MessageStore.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <functional>

namespace Poplar::Store {

/// Bytes read at a time from a stored message: verify, export and backup each hold one buffer of
/// this size, whatever the size of the message.
constexpr qint64 FileChunkBytes = 64 * 1024;

/// SHA-256 of a whole file, read in FileChunkBytes pieces; empty with `error` set when unreadable.
/// `size` (optional) gets the number of bytes read.
QByteArray fileSha256(const QString &path, QString *error, qint64 *size = nullptr);

/// What reading one stored message found.
struct FileCheck {
    FileState state = FileState::Sound;
    QByteArray sha256;  ///< digest of the bytes read, when the whole file was read
    QString error;      ///< why reading or the sink failed (the file's state says which)
    bool sinkFailed = false; ///< the sink refused a chunk: the destination failed, not the file
};

/// Reads a downloaded message's file in FileChunkBytes pieces, handing each to `sink` (may be
/// empty), and compares its size and SHA-256 with those recorded at commit. A file of the wrong
/// size is not read at all. A row with no recorded digest (its file was already gone or cut when
/// digests were introduced) is judged on size alone.
FileCheck readStoredMessage(const StoredMessage &message, const std::function<bool(const QByteArray &)> &sink = {});

/// The state of a downloaded message's file without reading it: missing or of the wrong size as it
/// is now, otherwise as recorded by the last check (a replaced file of the right size shows only
/// once verify or export has read it). Sound for messages not stored.
FileState quickFileState(const StoredMessage &message);

/// A short word for a file state as poplar-sync prints it: "ok", "missing", "wrong-size", "corrupt".
QString fileStateName(FileState state);

/// A damaged message for people: its subject and, translated, what is wrong with its file.
QString fileStateDescription(const StoredMessage &message);

/// What verifyFiles() found, ready for MessageStore::setFileStates().
struct VerifyReport {
    int checked = 0;                        ///< downloaded messages whose files were looked at
    QHash<QByteArray, FileState> states;    ///< every checked UIDL and its state
    QHash<QByteArray, QByteArray> adopted;  ///< digests of sound files that had none recorded
    QVector<StoredMessage> damaged;         ///< the damaged ones, in the order given, fileState set
};

/// Reads every downloaded, not locally deleted message of `messages` (readStoredMessage without a
/// sink). `progress(done, total)` is called after each; returning false stops early.
VerifyReport verifyFiles(const QVector<StoredMessage> &messages,
                         const std::function<bool(int done, int total)> &progress = {});

} // namespace Poplar::Store

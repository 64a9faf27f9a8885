#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Poplar::Store {

/// A file name for an exported message, made from its subject: no path separators, control
/// characters, leading dots or reserved device names; at most 120 characters with ".eml";
/// unique among `taken` (compared case-insensitively), which it extends.
QString exportFileName(const QString &subject, QSet<QString> &taken);

/// Appends one message to an mbox in mboxrd form: a "From " line, every line matching
/// ^>*From  quoted with one more '>', LF line ends, and a blank line after.
[[nodiscard]] bool appendMboxrd(QIODevice &mbox, const QByteArray &message, const QByteArray &sender,
                                const QDateTime &date);

struct StoredMessage;

/// Copies the downloaded messages among `messages` into `folder` as .eml files (bytes exactly
/// as received), named by exportFileName() and never overwriting existing files. Returns the
/// paths written; on failure stops and sets `error`.
QStringList exportToFolder(const QVector<StoredMessage> &messages, const QString &folder, QString *error);

/// Writes the downloaded messages among `messages` to one mboxrd file, replacing it atomically.
[[nodiscard]] bool exportToMbox(const QVector<StoredMessage> &messages, const QString &path, QString *error);

} // namespace Poplar::Store

#pragma once

#include <QByteArray>

namespace Poplar::Sync {

/// What TOP n `bodyLines` would have returned, made from the start of a message retrieved with
/// RETR (for servers without TOP): the header block, the blank line and `bodyLines` body lines,
/// at most `cap` bytes. `cut` is set when `cap` (or the end of `start`, if `complete` is false)
/// ended the preview early.
QByteArray previewFromMessage(const QByteArray &start, int bodyLines, qint64 cap, bool complete, bool *cut);

} // namespace Poplar::Sync

#pragma once

#include <QString>

namespace Poplar::Display {

/// A size in bytes as Poplar shows it everywhere (message list, preview, progress, poplar-sync):
/// whole KiB below 1 MiB (never "bytes", so one column reads in one unit; anything above 0 is at
/// least "1 KiB"), then MiB and GiB with one decimal, digits in the user's locale.
QString dataSize(qint64 bytes);

} // namespace Poplar::Display

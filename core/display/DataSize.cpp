#include "display/DataSize.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Poplar::Display {

QString dataSize(qint64 bytes)
{
    constexpr double KiB = 1024.0;
    constexpr double MiB = KiB * 1024.0;
    constexpr double GiB = MiB * 1024.0;
    const QLocale locale;
    const double value = double(qMax<qint64>(0, bytes));
    // Rounded up: a 200-byte message is "1 KiB", not "0 KiB".
    const double kib = std::ceil(value / KiB);
    if (kib < 1024.0)
        return QCoreApplication::translate("Poplar::Display", "%1 KiB").arg(locale.toString(qint64(kib)));
    const double mib = std::round(value / MiB * 10.0) / 10.0;
    if (mib < 1024.0)
        return QCoreApplication::translate("Poplar::Display", "%1 MiB").arg(locale.toString(mib, 'f', 1));
    return QCoreApplication::translate("Poplar::Display", "%1 GiB").arg(locale.toString(value / GiB, 'f', 1));
}

} // namespace Poplar::Display

#pragma once

#include <QLoggingCategory>

namespace Poplar::Log {
/// "poplar.ui": windows, single-instance hand-over, files opened. Quiet by default, like the
/// core categories (core/log/Logging.h); QT_LOGGING_RULES="poplar.ui.debug=true" turns it on.
Q_DECLARE_LOGGING_CATEGORY(ui)
} // namespace Poplar::Log

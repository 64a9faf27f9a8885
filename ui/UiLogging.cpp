#include "UiLogging.h"

namespace Poplar::Log {
Q_LOGGING_CATEGORY(ui, "poplar.ui", QtWarningMsg)
} // namespace Poplar::Log

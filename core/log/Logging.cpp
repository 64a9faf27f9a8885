#include "log/Logging.h"

// QtWarningMsg: debug and info lines stay silent unless QT_LOGGING_RULES turns them on.
namespace Poplar::Log {
Q_LOGGING_CATEGORY(net, "poplar.net", QtWarningMsg)
Q_LOGGING_CATEGORY(pop3, "poplar.pop3", QtWarningMsg)
Q_LOGGING_CATEGORY(sync, "poplar.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(store, "poplar.store", QtWarningMsg)
Q_LOGGING_CATEGORY(account, "poplar.account", QtWarningMsg)
} // namespace Poplar::Log

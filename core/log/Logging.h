#pragma once

#include <QLoggingCategory>

/// Poplar's logging categories. All are quiet by default: only warnings and worse are
/// printed. Enable more with QT_LOGGING_RULES, e.g. "poplar.*.debug=true" or
/// "poplar.pop3.debug=true". Nothing logged through them may carry a password, token,
/// SASL response or message content.
namespace Poplar::Log {
Q_DECLARE_LOGGING_CATEGORY(net)     ///< "poplar.net": connections, TLS, certificates
Q_DECLARE_LOGGING_CATEGORY(pop3)    ///< "poplar.pop3": session states, capabilities, mechanism chosen
Q_DECLARE_LOGGING_CATEGORY(sync)    ///< "poplar.sync": sync phases, counts, outcomes
Q_DECLARE_LOGGING_CATEGORY(store)   ///< "poplar.store": database opening, migrations, commits
Q_DECLARE_LOGGING_CATEGORY(account) ///< "poplar.account": keychain access, autodetection
} // namespace Poplar::Log

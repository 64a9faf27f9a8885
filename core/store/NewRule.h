#pragma once

#include "store/MessageStore.h"

#include <QString>

namespace Poplar::Store {

/// What Poplar calls new, the one rule for the list, the counts and the tray: on the server,
/// not downloaded, not looked at, not marked for deletion, not fetched by another program before
/// an import, and with a size limit (> 0) not larger than it. isNew() and isNewCondition() say the
/// same thing, in C++ for rows in memory and in SQL for counting in the store.
[[nodiscard]] bool isNew(const StoredMessage &message, qint64 sizeLimit);

/// The rule as an SQL condition on the messages table; bind the size limit to both of its `?`.
[[nodiscard]] QString isNewCondition();

} // namespace Poplar::Store

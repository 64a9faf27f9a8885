#pragma once

#include "account/Account.h"

#include <QString>

#include <optional>

namespace Poplar::Sync {

/// A warning when the server's EXPIRE (days it keeps retrieved mail; 0 = deleted at once, -1 =
/// never, nullopt = not announced) would delete messages the account's policy keeps on the server:
/// EXPIRE 0 with any policy but delete-after-download, or EXPIRE n shorter than the policy keeps
/// them (forever for keep and delete-when-deleted-locally, N days for delete-after-days). Empty
/// when there is no conflict. Translated.
QString retentionWarning(std::optional<int> expireDays, Account::RetentionPolicy policy, int policyDays);

} // namespace Poplar::Sync

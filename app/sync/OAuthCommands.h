#pragma once

#include "Commands.h"
#include "account/Account.h"

#include <optional>

namespace Poplar::Cli {

/// `account authorize NAME [--provider ID]`: signs in in the browser (the URL is printed; the
/// redirect comes back to a loopback port) and keeps the grant in the keychain.
int authorizeCommand(Context &c, const QString &accountName);

/// The access token of an OAuth account from its keychain grant, refreshed when due or when
/// `forceRefresh`. nullopt after printing why, with `exitCode` set (5: sign in again).
std::optional<QByteArray> storedToken(Context &c, const Account::AccountSettings &account, bool forceRefresh,
                                      int *exitCode);

} // namespace Poplar::Cli

#pragma once

#include "Commands.h"
#include "account/Account.h"


namespace Poplar::Cli {

/// `account authorize NAME [--provider ID]`: signs in in the browser (the URL is printed; the
/// redirect comes back to a loopback port) and keeps the grant in the keychain; `done` follows.
void authorizeCommand(Context &c, const QString &accountName, const Done &done);

} // namespace Poplar::Cli

#pragma once

#include "Commands.h"

namespace Poplar::Cli {

/// search NAME QUERY...: the account's messages matching QUERY (the words after NAME, in the
/// application's filter syntax), best first, one line each: UIDL, state, date, sender, subject,
/// tab-separated and escaped for a terminal. On a writable profile, messages not yet indexed
/// (stored before the index existed) are indexed first.
int searchCommand(Context &c);

} // namespace Poplar::Cli

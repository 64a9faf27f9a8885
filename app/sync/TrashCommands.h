#pragma once

#include "Commands.h"

namespace Poplar::Cli {

/// delete-local NAME UIDL...: moves downloaded messages to the account's Trash (Store::Trash);
/// `trash empty` or `trash restore` follow. Exit 1 when a UIDL names no downloaded message.
int deleteLocalCommand(Context &c);

/// trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME] | trash keep-days [DAYS]:
/// what is in the Trash (NAME, UIDL, when trashed, sender, subject; tab-separated, escaped), taking
/// messages back, deleting for good (which, under the account's delete-when-deleted-locally policy,
/// marks them for deletion on the server at the next check), and the days the Trash keeps messages.
int trashCommand(Context &c);

/// Deletes for good what has stayed in the Trash past its days (and files a crash left behind);
/// check and download call it first. Failures are reported on stderr; false then.
bool expireTrash(Context &c);

} // namespace Poplar::Cli

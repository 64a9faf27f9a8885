#pragma once

#include "Commands.h"
#include "triage/Triager.h"

namespace Poplar::Cli {

/// Adds the options of the triage commands (--if, --then, --any, --without-review, --for,
/// --replace, --apply-rules, --no-rules).
void addTriageCommandOptions(QCommandLineParser &parser);

/// rules list | add NAME --if COND... --then ACTION [--any] [--without-review] [--for ACCOUNT] |
/// remove NAME|N | move NAME|N POSITION | export [FILE] | import FILE [--replace]
int rulesCommand(Context &c);
/// friends|block add ENTRY... | remove ENTRY... | list | import-vcard FILE (friends only)
int listCommand(Context &c, Triage::ListKind kind);
/// spam NAME UIDL... / ham NAME UIDL... (also spam mark|unmark NAME UIDL...): records the
/// verdict and trains the classifier on the stored previews.
void spamCommand(Context &c, bool spam, const Done &done);
/// deleted list [NAME] | deleted search TEXT [NAME]: the record of messages deleted on the server.
int deletedCommand(Context &c);
/// triage show | triage set learn-friends yes|no | keep-deleted-days N | classifier auto|none |
/// classifier-command CLASSIFY TRAIN-SPAM TRAIN-HAM
int triageCommand(Context &c);
/// process [NAME]: deletes on the server what triage marked, then downloads as the rules say.
void processCommand(Context &c, const Done &done);

/// Prints each decision triage made in a run (--apply-rules, --dry-run), one line each.
void printDecisions(Context &c, const Account::AccountSettings &account, const QVector<Triage::Decision> &decisions);

} // namespace Poplar::Cli

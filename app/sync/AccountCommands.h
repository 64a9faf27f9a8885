#pragma once

#include "Commands.h"

namespace Poplar::Cli {

/// Applies the `account add` options given on the command line (only those given) to `account`:
/// server, security, user, auth, password command, CA file, SCRAM limit, retention, size limit,
/// preview lines, check interval. False with `error` set when a value is wrong.
[[nodiscard]] bool applyAccountOptions(const QCommandLineParser &parser, Account::AccountSettings &account,
                                       QString *error);

/// account set NAME [options of account add]: changes an existing account (an imported one gets
/// its password command this way).
int accountSetCommand(Context &c, const QString &name);

/// account show NAME: the account's settings, one "key<TAB>value" line each; never a secret.
int accountShowCommand(Context &c, const QString &name);

/// import thunderbird|mpop|fetchmail|getmail [PATH] [--dry-run]: reads the program's accounts and
/// the UIDLs it fetched (Import::findAccounts), prints one line per account and per skipped entry,
/// and records them (Import::importAccounts) unless --dry-run.
int importCommand(Context &c);

} // namespace Poplar::Cli

#pragma once

#include "Commands.h"

namespace Poplar::Cli {

/// Adds the options of verify, backup and restore (--repair, --from).
void addStoreCommandOptions(QCommandLineParser &parser);

/// Prints one line per message whose stored file is missing or damaged (on stderr, for export)
/// and a summary, records their state in the store, and returns ExitFailure when there are any.
int reportDamaged(Context &c, const Account::AccountSettings &account, const QVector<Store::StoredMessage> &damaged);

/// verify [NAME] [--repair]: reads every stored message file and compares it with its recorded
/// size and SHA-256; one line per damaged message, non-zero exit when any remains damaged. With
/// --repair those still on the server are downloaded again and checked once more.
void verifyCommand(Context &c, const Done &done);

/// backup --to FILE: a consistent snapshot of the profile in one tar file (Store::backupProfile).
int backupCommand(Context &c);

/// restore --from FILE [--profile DIR]: unpacks a backup into a new or empty profile folder. Runs
/// before any profile is opened (opening would create the database it is to restore).
int restoreCommand(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace Poplar::Cli

#pragma once

#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>

namespace Poplar::Cli {

/// What every poplar-sync command gets: the parsed command line, the streams and the profile.
struct Context {
    const QCommandLineParser &parser;
    QStringList args; ///< positional arguments after the command name
    QTextStream &out;
    QTextStream &err;
    Store::Profile &profile;
};

/// Called once when an asynchronous command is done, with its exit code; it may be called
/// before the command function returns.
using Done = std::function<void(int exitCode)>;

/// Adds the options of the account, sync and export commands.
void addCommandOptions(QCommandLineParser &parser);

void accountCommand(Context &c, const Done &done);
void checkCommand(Context &c, const Done &done);
void downloadCommand(Context &c, const Done &done);
int listCommand(Context &c);
void deleteCommand(Context &c, const Done &done);
int exportCommand(Context &c);

/// The account of that name; nullopt (the reason printed, `*failure` its exit code) otherwise.
std::optional<Account::AccountSettings> accountNamed(Context &c, const QString &name, int *failure = nullptr);
/// The accounts a command applies to: the one named in c.args, or all. On failure (reason printed)
/// `*failure` is the exit code.
QVector<Account::AccountSettings> selectedAccounts(Context &c, int *failure);

/// Says on stderr, in one line, that the profile's database could not be read; returns the exit code.
int readFailure(Context &c, const QString &error);

/// Runs `operation` on the account named in c.args (or every account) through Sync::Runner,
/// printing one summary line each; `uids` as in Sync::SyncRequest. `done` gets the exit code of
/// the last failure, or ExitOk.
void syncAccounts(Context &c, Sync::Operation operation, const QVector<QByteArray> &uids, const Done &done);

} // namespace Poplar::Cli

#pragma once

#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Poplar::Cli {

/// What every poplar-sync command gets: the parsed command line, the streams and the profile.
struct Context {
    const QCommandLineParser &parser;
    QStringList args; ///< positional arguments after the command name
    QTextStream &out;
    QTextStream &err;
    Store::Profile &profile;
};

/// Adds the options of the account, sync and export commands.
void addCommandOptions(QCommandLineParser &parser);

int accountCommand(Context &c);
int checkCommand(Context &c);
int downloadCommand(Context &c);
int listCommand(Context &c);
int deleteCommand(Context &c);
int exportCommand(Context &c);

/// The account of that name; nullopt (the reason printed, `*failure` its exit code) otherwise.
std::optional<Account::AccountSettings> accountNamed(Context &c, const QString &name, int *failure = nullptr);

/// Says on stderr, in one line, that the profile's database could not be read; returns the exit code.
int readFailure(Context &c, const QString &error);

/// Runs `operation` on the account named in c.args (or every account), printing one summary line
/// each; `uids` as in Sync::SyncRequest. Returns the exit code of the last failure, or ExitOk.
int syncAccounts(Context &c, Sync::Operation operation, const QVector<QByteArray> &uids);

} // namespace Poplar::Cli

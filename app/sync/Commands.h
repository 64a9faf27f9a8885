#pragma once

#include "store/Profile.h"

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

} // namespace Poplar::Cli

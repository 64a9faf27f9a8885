#pragma once

#include "pop3/Error.h"
#include "pop3/ErrorCatalogue.h"
#include "pop3/SessionSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <optional>

namespace Poplar::Cli {

/// The translation context of poplar-sync's messages, help and progress: Text::tr("...").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PoplarSync)
};

/// Process exit codes of poplar-sync, one per class of failure so scripts can tell them apart.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitNetwork = 3,
    ExitTls = 4,
    ExitAuth = 5,
    ExitProtocol = 6,
    ExitServerBusy = 7, ///< mailbox locked, login delay, temporary failure, or another program is
                        ///< writing the account here: try later
};

/// The exit code for a session failure.
ExitCode exitCodeFor(Pop3::Error::Kind kind);

/// Adds the options that describe a server connection (--host, --port, --security, ...).
void addServerOptions(QCommandLineParser &parser);

/// The --scram-max-iterations value (the default when absent); nullopt with `error` set when wrong.
std::optional<qint64> scramIterationLimit(const QCommandLineParser &parser, QString *error);

/// Builds session settings from those options; nullopt with `error` set when they are wrong.
std::optional<Pop3::SessionSettings> serverSettings(const QCommandLineParser &parser, QString *error);

/// Writes "poplar-sync: " and `message` as one line on `err`, everything in `message` that could
/// act on a terminal escaped (Display::forTerminal): messages embed names, paths and server text.
void printError(QTextStream &err, const QString &message);

/// A session failure as poplar-sync prints it, safe for a terminal: the message, the server's own
/// text (escaped byte for byte) and the kind in brackets.
QString failureText(const Pop3::Error &error);

/// What to do about a session failure on `context`, from the catalogue the application uses too
/// (Pop3::explainError), safe for a terminal; empty when it would only repeat failureText().
QString adviceText(const Pop3::Error &error, const Pop3::ErrorContext &context);

/// The connection `settings` describe, as explanations name it.
Pop3::ErrorContext errorContext(const Pop3::SessionSettings &settings);

/// A UIDL for output: as it is when printable ASCII (so it can be pasted back), escaped otherwise.
QString uidForTerminal(const QByteArray &uid);

} // namespace Poplar::Cli

#include "AccountCommands.h"
#include "CommandLine.h"
#include "Commands.h"
#include "ScanCommand.h"
#include "SearchCommand.h"
#include "StoreCommands.h"
#include "TrashCommands.h"
#include "TriageCommands.h"
#include "Translations.h"
#include "sync/PasswordCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Poplar;

namespace {

/// Asks for the exit of the event loop with `code`, once it runs (it may not run yet).
void exitWith(int code)
{
    QMetaObject::invokeMethod(qApp, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

int scan(QCoreApplication &app, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto settings = Cli::serverSettings(parser, &error);
    if (!settings) {
        Cli::printError(err, error);
        return Cli::ExitUsage;
    }
    if (settings->proxy.needsPassword()) {
        // Its password lives in the keychain under an account's name; scan has no account.
        Cli::printError(err, Cli::Text::tr("scan: a proxy with a user name works only for an account "
                                           "(account add ... --proxy, then account set-proxy-password)"));
        return Cli::ExitUsage;
    }
    Cli::ScanCommand command(out, err);
    QObject::connect(&command, &Cli::ScanCommand::finished, &app, [](int code) { exitWith(code); });
    Sync::PasswordCommand password;
    if (parser.isSet(QStringLiteral("password-command"))) {
        // The secret comes as the command prints it; the scan starts then.
        password.setForwardTerminal(true);
        QObject::connect(&password, &Sync::PasswordCommand::finished, &app,
                         [&](const Sync::PasswordCommandOutput &output) {
                             if (!output.succeeded) {
                                 Cli::printError(err, output.error.isEmpty() ? Cli::Text::tr("the password command failed")
                                                                             : output.error);
                                 exitWith(Cli::ExitAuth);
                                 return;
                             }
                             QByteArray secret = Sync::secretFromCommandOutput(output.output);
                             command.start(*settings, secret);
                             secret.fill('\0');
                         });
        password.start(parser.value(QStringLiteral("password-command")));
    } else if (settings->auth != Pop3::AuthMethod::Gssapi) {
        err << "poplar-sync: " << Cli::Text::tr("no password source: pass --password-command") << Qt::endl;
        return Cli::ExitUsage;
    } else {
        command.start(*settings, QByteArray());
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Poplar"));
    QCoreApplication::setOrganizationName(QStringLiteral("Poplar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POPLAR_VERSION));
    I18n::installTranslators(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::Text::tr(
        "Poplar's headless POP3 tool: the same engine and store as the application.\n\n"
        "Commands:\n"
        "  account add NAME --host H [--port P] [--security tls|starttls|plain] --user U [--auth M]\n"
        "          [--password-command CMD] [--ca-file PEM] [--keep|--delete-after-download|\n"
        "          --delete-after-days N|--delete-when-deleted-locally] [--size-limit BYTES] [--preview-lines N]\n"
        "          [--proxy PROXY] [--plaintext-fallback yes|no]\n"
        "  account set-password NAME    store the password in the keychain (read from stdin)\n"
        "  account set-proxy-password NAME   store the proxy's password in the keychain (read from stdin)\n"
        "  account authorize NAME       sign in with Google or Microsoft in a browser (see --provider)\n"
        "  account set NAME [options of add]   change an account; account show NAME prints its settings\n"
        "  account list | account remove NAME\n"
        "  import thunderbird|mpop|fetchmail|getmail [PATH] [--dry-run]   accounts and already fetched UIDLs\n"
        "  check [NAME]                 list the server, fetch headers of new messages\n"
        "  download [NAME] [--all|UIDL...]  download new (or the named) messages\n"
        "  list NAME                    what the store knows of an account\n"
        "  search NAME QUERY            messages matching words, \"phrases\", from:, to:, subject:, prefix*\n"
        "  delete NAME UIDL...          delete messages on the server without downloading\n"
        "  export NAME --to DIR [--mbox FILE]   write downloaded messages as .eml files / mboxrd\n"
        "  verify [NAME] [--repair]     check every stored message file; --repair downloads damaged ones again\n"
        "  backup --to FILE             a consistent snapshot of the profile in one tar file\n"
        "  restore --from FILE          unpack a backup into a new or empty profile (see --profile)\n"
        "  scan --host H ...            list a server's messages without storing anything",
        "--help: translate the descriptions, keep the command and option words and the column alignment")
        + QLatin1Char('\n')
        + Cli::Text::tr(
            "  delete-local NAME UIDL...    move downloaded messages to the account's Trash\n"
            "  trash list [NAME] | trash restore NAME UIDL... | trash empty [NAME]\n"
            "                               what is in the Trash, taking it back, deleting it for good\n"
            "  trash keep-days [DAYS]       days the Trash keeps a message (0: until emptied)",
            "--help: translate the descriptions, keep the command and option words and the column alignment")
        + QLatin1Char('\n')
        + Cli::Text::tr(
            "  check|download ... [--apply-rules] [--dry-run] [--no-rules]   print (or only show) triage's decisions\n"
            "  rules list | add NAME --if COND... --then ACTION [--any] [--without-review] [--for ACCOUNT]\n"
            "        | remove NAME|N | move NAME|N POS | export [FILE] | import FILE [--replace]\n"
            "  friends add|remove ENTRY... | friends list | friends import-vcard FILE\n"
            "  block add|remove ENTRY... | block list   addresses or domains\n"
            "  spam NAME UIDL... | ham NAME UIDL...   record the verdict and train the classifier\n"
            "  deleted list [NAME] | deleted search TEXT [NAME]   what was deleted on the server, and why\n"
            "  process [NAME]               delete what triage marked on the server, download the rest\n"
            "  triage show | triage set learn-friends yes|no | keep-deleted-days N | classifier auto|none\n"
            "        | classifier-command CLASSIFY TRAIN-SPAM TRAIN-HAM   (exit 0 spam, 1 not, 2 unsure)",
            "--help: triage commands; translate the descriptions, keep the command and option words"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Cli::Text::tr("See above."));
    parser.addOption({QStringLiteral("profile"), Cli::Text::tr("Profile directory (default: the data directory)."),
                      QStringLiteral("DIR")});
    Cli::addServerOptions(parser);
    Cli::addCommandOptions(parser);
    parser.process(app);

    QStringList args = parser.positionalArguments();
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QLatin1String("scan"))
        return scan(app, parser, out, err);
    if (command == QLatin1String("restore"))
        return Cli::restoreCommand(parser, out, err);

    // Commands that talk to a server or the keychain end through `done`, in the event loop;
    // the others return their exit code at once.
    using Handler = int (*)(Cli::Context &);
    using AsyncHandler = void (*)(Cli::Context &, const Cli::Done &);
    const QHash<QString, Handler> handlers{
        {QStringLiteral("list"), Cli::listCommand},     {QStringLiteral("import"), Cli::importCommand},
        {QStringLiteral("export"), Cli::exportCommand}, {QStringLiteral("backup"), Cli::backupCommand},
        {QStringLiteral("delete-local"), Cli::deleteLocalCommand}, {QStringLiteral("trash"), Cli::trashCommand},
        {QStringLiteral("search"), Cli::searchCommand},
        {QStringLiteral("rules"), Cli::rulesCommand},     {QStringLiteral("deleted"), Cli::deletedCommand},
        {QStringLiteral("triage"), Cli::triageCommand},
        {QStringLiteral("friends"), [](Cli::Context &c) { return Cli::listCommand(c, Triage::ListKind::Friends); }},
        {QStringLiteral("block"), [](Cli::Context &c) { return Cli::listCommand(c, Triage::ListKind::Blocklist); }},
    };
    const QHash<QString, AsyncHandler> asyncHandlers{
        {QStringLiteral("account"), Cli::accountCommand}, {QStringLiteral("check"), Cli::checkCommand},
        {QStringLiteral("download"), Cli::downloadCommand}, {QStringLiteral("delete"), Cli::deleteCommand},
        {QStringLiteral("verify"), Cli::verifyCommand},   {QStringLiteral("process"), Cli::processCommand},
        {QStringLiteral("spam"), [](Cli::Context &c, const Cli::Done &done) { Cli::spamCommand(c, true, done); }},
        {QStringLiteral("ham"), [](Cli::Context &c, const Cli::Done &done) { Cli::spamCommand(c, false, done); }},
    };
    const Handler handler = handlers.value(command);
    const AsyncHandler asyncHandler = asyncHandlers.value(command);
    if (!handler && !asyncHandler) {
        err << "poplar-sync: " << Cli::Text::tr("unknown or missing command; try --help") << Qt::endl;
        return Cli::ExitUsage;
    }
    const QString profileDir = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                       : Store::Profile::defaultDirectory();
    QString error;
    const auto profile = Store::Profile::open(profileDir, &error);
    if (!profile) {
        Cli::printError(err, Cli::Text::tr("cannot open the profile %1: %2").arg(profileDir, error));
        return Cli::ExitFailure;
    }
    // Commands that write say so plainly on a read-only profile, before SQLite can refuse them.
    const bool lists = args.value(0) == QLatin1String("list") || args.value(0) == QLatin1String("search")
                       || (command == QLatin1String("rules") && args.value(0) == QLatin1String("export"));
    const bool writes = command != QLatin1String("list") && command != QLatin1String("export")
                        && command != QLatin1String("search")
                        && !(QStringList{QStringLiteral("account"), QStringLiteral("rules"), QStringLiteral("friends"),
                                         QStringLiteral("block"), QStringLiteral("deleted")}.contains(command) && lists)
                        && !(command == QLatin1String("triage") && args.value(0) == QLatin1String("show"))
                        && !(command == QLatin1String("trash") && (args.value(0) == QLatin1String("list")
                                                                   || args == QStringList{QStringLiteral("keep-days")}));
    if (profile->isReadOnly() && writes) {
        Cli::printError(err, Store::Profile::readOnlyMessage());
        return Cli::ExitFailure;
    }
    Cli::Context context{parser, args, out, err, *profile};
    if (handler)
        return handler(context);
    asyncHandler(context, exitWith);
    return app.exec();
}

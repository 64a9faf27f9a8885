#include "CommandLine.h"
#include "ScanCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Poplar;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("poplar-sync"));
    QCoreApplication::setOrganizationName(QStringLiteral("Poplar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POPLAR_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Poplar's headless POP3 tool.\n\n"
        "Commands:\n"
        "  scan   list the messages on a server (number, UIDL, size, sender, subject) without changing anything"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("scan"));
    Cli::addServerOptions(parser);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.value(0) != QLatin1String("scan")) {
        err << "poplar-sync: unknown or missing command; try --help" << Qt::endl;
        return Cli::ExitUsage;
    }
    QString error;
    const auto settings = Cli::serverSettings(parser, &error);
    if (!settings) {
        err << "poplar-sync: " << error << Qt::endl;
        return Cli::ExitUsage;
    }
    QByteArray secret;
    if (parser.isSet(QStringLiteral("password-command"))) {
        const auto password = Cli::runPasswordCommand(parser.value(QStringLiteral("password-command")), &error);
        if (!password) {
            err << "poplar-sync: " << error << Qt::endl;
            return Cli::ExitAuth;
        }
        secret = *password;
    } else if (settings->auth != Pop3::AuthMethod::Gssapi) {
        err << "poplar-sync: no password source: pass --password-command" << Qt::endl;
        return Cli::ExitUsage;
    }

    Cli::ScanCommand scan(out, err);
    QObject::connect(&scan, &Cli::ScanCommand::finished, &app, [](int code) { QCoreApplication::exit(code); },
                     Qt::QueuedConnection);
    scan.start(*settings, secret);
    secret.fill('\0');
    return app.exec();
}

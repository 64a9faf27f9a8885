// poplar-dovecot: runs the test fixture's private Dovecot POP3 server until SIGTERM or SIGINT,
// for demos and manual testing against a real server.

#include "DovecotServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: the event loop reads the byte and quits.
void onSignal(int signo)
{
    const char byte = char(signo);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("poplar-dovecot"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a private Dovecot POP3 server on 127.0.0.1 with one user, then prints\n"
        "\"pop3=<port> pop3s=<port> ca=<certificate>\" and serves until SIGTERM or SIGINT."));
    parser.addHelpOption();
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("The mailbox's user name."),
                                        QStringLiteral("name"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Its password."),
                                            QStringLiteral("password"));
    const QCommandLineOption maildirOption(QStringLiteral("maildir-from"),
                                           QStringLiteral("Directory whose *.eml files (in name order) fill the mailbox."),
                                           QStringLiteral("dir"));
    const QCommandLineOption stateOption(QStringLiteral("state-file"),
                                         QStringLiteral("Also write the ports line to this file once serving."),
                                         QStringLiteral("file"));
    const QCommandLineOption noTlsOption(QStringLiteral("no-tls"),
                                         QStringLiteral("Run without TLS (no STLS, no POP3S port; pop3s=0)."));
    parser.addOptions({userOption, passwordOption, maildirOption, stateOption, noTlsOption});
    parser.process(app);

    if (!parser.isSet(userOption) || !parser.isSet(passwordOption)) {
        err << "poplar-dovecot: --user and --password are required" << Qt::endl;
        return 2;
    }
    const QByteArray user = parser.value(userOption).toUtf8();

    Poplar::Test::DovecotServer server;
    if (!server.isValid()) {
        err << "poplar-dovecot: " << server.error() << Qt::endl;
        return 1;
    }
    server.setTlsEnabled(!parser.isSet(noTlsOption));
    server.addUser(user, parser.value(passwordOption).toUtf8());
    if (parser.isSet(maildirOption)) {
        const QDir dir(parser.value(maildirOption));
        if (!dir.exists()) {
            err << "poplar-dovecot: no such directory: " << dir.path() << Qt::endl;
            return 2;
        }
        for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly) || server.addMessage(user, file.readAll()).isEmpty()) {
                err << "poplar-dovecot: cannot store " << file.fileName() << Qt::endl;
                return 1;
            }
        }
    }

    // Installed before start() so a signal during the wait is not lost.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        err << "poplar-dovecot: socketpair failed" << Qt::endl;
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&notifier] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[1], &byte, 1);
        notifier.setEnabled(false);
        QCoreApplication::quit();
    });

    if (!server.start()) {
        err << "poplar-dovecot: " << server.error() << Qt::endl;
        return 1;
    }
    const QString line = QStringLiteral("pop3=%1 pop3s=%2 ca=%3")
                             .arg(server.pop3Port())
                             .arg(server.pop3sPort())
                             .arg(server.caCertificatePath());
    if (parser.isSet(stateOption)) {
        // Atomic, so a script polling for the file never reads half a line.
        QSaveFile state(parser.value(stateOption));
        if (!state.open(QIODevice::WriteOnly) || state.write(line.toUtf8() + '\n') < 0 || !state.commit()) {
            err << "poplar-dovecot: cannot write " << state.fileName() << Qt::endl;
            return 1;
        }
    }
    out << line << Qt::endl;

    const int code = app.exec();
    server.stop();
    if (parser.isSet(stateOption))
        QFile::remove(parser.value(stateOption));
    return code;
}

// poplar-raw-fetch: the benchmark's lower bound. Logs in, pipelines RETR 1..N, discards the
// bytes and prints what it received; see RawFetch.h.

#include "RawFetch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using Poplar::Bench::RawFetch;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("poplar-raw-fetch"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Logs in with USER/PASS, sends RETR 1..N and QUIT at once and discards the messages.\n"
        "Prints \"messages=M bytes=B login_ms=L total_ms=T\"."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Server address (default 127.0.0.1)."), QStringLiteral("H"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("P")},
        {QStringLiteral("plain"), QStringLiteral("No TLS (default: implicit TLS).")},
        {QStringLiteral("ca-file"), QStringLiteral("Also trust this PEM certificate."), QStringLiteral("PEM")},
        {QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("U")},
        {QStringLiteral("password"), QStringLiteral("Password (a benchmark's throw-away one)."), QStringLiteral("PW")},
        {QStringLiteral("count"), QStringLiteral("Messages to fetch (default: ask STAT)."), QStringLiteral("N")},
        {QStringLiteral("login-only"), QStringLiteral("Log in and QUIT without fetching anything.")},
    });
    parser.process(app);

    RawFetch::Options options;
    options.host = parser.value(QStringLiteral("host"));
    options.port = quint16(parser.value(QStringLiteral("port")).toUInt());
    options.tls = !parser.isSet(QStringLiteral("plain"));
    options.caFile = parser.value(QStringLiteral("ca-file"));
    options.user = parser.value(QStringLiteral("user")).toUtf8();
    options.password = parser.value(QStringLiteral("password")).toUtf8();
    options.loginOnly = parser.isSet(QStringLiteral("login-only"));
    if (parser.isSet(QStringLiteral("count")))
        options.count = parser.value(QStringLiteral("count")).toInt();
    if (options.port == 0 || options.user.isEmpty()) {
        err << "poplar-raw-fetch: --port and --user are required" << Qt::endl;
        return 2;
    }

    RawFetch fetch(options);
    QObject::connect(&fetch, &RawFetch::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    fetch.start();
    app.exec();
    const RawFetch::Result &r = fetch.result();
    if (!r.ok) {
        err << "poplar-raw-fetch: " << r.error << Qt::endl;
        return 1;
    }
    out << "messages=" << r.messages << " bytes=" << r.bytes << " login_ms=" << r.loginMs << " total_ms=" << r.totalMs
        << Qt::endl;
    return 0;
}

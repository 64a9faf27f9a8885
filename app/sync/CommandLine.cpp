#include "CommandLine.h"

#include "display/OutsideText.h"
#include "net/HostName.h"

#include <QFile>
#include <QLocale>
#include <QSslCertificate>

#include <limits>

namespace Poplar::Cli {

using Kind = Pop3::Error::Kind;

ExitCode exitCodeFor(Kind kind)
{
    switch (kind) {
    case Kind::None: return ExitOk;
    case Kind::InvalidSettings: return ExitUsage;
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ConnectionClosed: return ExitNetwork;
    case Kind::TlsHandshake:
    case Kind::CertificateUntrusted:
    case Kind::TlsUnavailable: return ExitTls;
    case Kind::MechanismUnavailable:
    case Kind::AuthenticationFailed: return ExitAuth;
    case Kind::MailboxLocked:
    case Kind::LoginDelay:
    case Kind::TemporaryFailure:
    case Kind::AccountBusy: return ExitServerBusy;
    case Kind::ProtocolViolation: return ExitProtocol;
    case Kind::PermanentFailure:
    case Kind::Aborted: return ExitFailure;
    }
    return ExitFailure;
}

void printError(QTextStream &err, const QString &message)
{
    err << "poplar-sync: " << Display::forTerminal(message) << Qt::endl;
}

QString failureText(const Pop3::Error &error)
{
    QString text = Display::forTerminal(error.message);
    if (!error.serverText.isEmpty())
        text += Text::tr(" (server: %1)").arg(Display::forTerminal(error.serverText));
    return text + QStringLiteral(" [%1]").arg(QLatin1String(Pop3::Error::kindName(error.kind)));
}

QString adviceText(const Pop3::Error &error, const Pop3::ErrorContext &context)
{
    const Pop3::ErrorExplanation explanation = Pop3::explainError(error, context);
    if (explanation.advice.isEmpty() || explanation.advice == error.message)
        return {};
    return Display::forTerminal(Text::tr("%1: %2 (%3, %4)")
                                    .arg(explanation.title, explanation.advice, context.host,
                                         Pop3::describeConnection(context)));
}

Pop3::ErrorContext errorContext(const Pop3::SessionSettings &settings)
{
    Pop3::ErrorContext context;
    context.host = Net::displayHostName(settings.host);
    context.port = settings.port;
    context.security = settings.security;
    if (settings.auth != Pop3::AuthMethod::Automatic)
        context.loginMethod = Pop3::authMethodName(settings.auth).toUpper();
    return context;
}

QString uidForTerminal(const QByteArray &uid)
{
    const bool printable = std::all_of(uid.begin(), uid.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    return printable ? QString::fromLatin1(uid) : Display::forTerminal(uid);
}

void addServerOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("host"), Text::tr("Server name."), QStringLiteral("H")});
    parser.addOption({QStringLiteral("port"), Text::tr("Server port (default 995 for tls, 110 otherwise)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("security"), Text::tr("tls (default), starttls or plain.", "--security values: keep the words tls, starttls, plain"),
                      QStringLiteral("MODE"), QStringLiteral("tls")});
    parser.addOption({QStringLiteral("user"), Text::tr("User name."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("auth"),
                      Text::tr("auto, user, apop, rpop, plain, login, cram-md5, digest-md5, scram-sha-1, "
                               "scram-sha-256, gssapi, xoauth2 or oauthbearer.",
                               "--auth values: keep the method names"),
                      QStringLiteral("METHOD"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("password-command"),
                      Text::tr("Command whose first output line is the password or token."),
                      QStringLiteral("CMD")});
    parser.addOption({QStringLiteral("ca-file"), Text::tr("Also trust the CA certificates in this PEM file."),
                      QStringLiteral("PEM")});
    parser.addOption({QStringLiteral("proxy"),
                      Text::tr("system (default: the system's proxy settings), none, socks5://HOST:PORT or "
                               "http://HOST:PORT.",
                               "--proxy values: keep the words system, none, socks5, http"),
                      QStringLiteral("PROXY")});
    parser.addOption({QStringLiteral("scram-max-iterations"),
                      Text::tr("Largest SCRAM iteration count accepted from the server (default %1).")
                          .arg(Pop3::DefaultMaxScramIterations),
                      QStringLiteral("N")});
}

std::optional<qint64> scramIterationLimit(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(QStringLiteral("scram-max-iterations")))
        return Pop3::DefaultMaxScramIterations;
    bool ok = false;
    const qint64 limit = parser.value(QStringLiteral("scram-max-iterations")).toLongLong(&ok);
    if (!ok || limit <= 0 || limit > std::numeric_limits<quint32>::max()) {
        *error = Text::tr("--scram-max-iterations must be a number from 1 to %1").arg(std::numeric_limits<quint32>::max());
        return std::nullopt;
    }
    return limit;
}

std::optional<Pop3::SessionSettings> serverSettings(const QCommandLineParser &parser, QString *error)
{
    Pop3::SessionSettings settings;
    settings.host = parser.value(QStringLiteral("host"));
    settings.user = parser.value(QStringLiteral("user")).toUtf8();
    settings.language = Pop3::serverLanguageFor(QLocale().uiLanguages().value(0));
    const QString security = parser.value(QStringLiteral("security"));
    if (security == QLatin1String("tls")) {
        settings.security = Pop3::Security::ImplicitTls;
    } else if (security == QLatin1String("starttls")) {
        settings.security = Pop3::Security::StartTls;
    } else if (security == QLatin1String("plain")) {
        settings.security = Pop3::Security::Plain;
    } else {
        *error = Text::tr("--security must be tls, starttls or plain");
        return std::nullopt;
    }
    settings.port = Pop3::defaultPort(settings.security);
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            *error = Text::tr("--port must be a number from 1 to 65535");
            return std::nullopt;
        }
        settings.port = quint16(port);
    }
    const auto auth = Pop3::authMethodFromName(parser.value(QStringLiteral("auth")));
    if (!auth) {
        *error = Text::tr("unknown --auth method: %1").arg(parser.value(QStringLiteral("auth")));
        return std::nullopt;
    }
    settings.auth = *auth;
    const auto scramLimit = scramIterationLimit(parser, error);
    if (!scramLimit)
        return std::nullopt;
    settings.maxScramIterations = *scramLimit;
    if (parser.isSet(QStringLiteral("proxy"))) {
        const auto proxy = Net::proxyFromName(parser.value(QStringLiteral("proxy")), error);
        if (!proxy)
            return std::nullopt;
        settings.proxy = *proxy;
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString path = parser.value(QStringLiteral("ca-file"));
        settings.tls.extraCaCertificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (settings.tls.extraCaCertificates.isEmpty()) {
            *error = Text::tr("no PEM certificate could be read from %1").arg(path);
            return std::nullopt;
        }
    }
    const QString problem = settings.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return settings;
}

} // namespace Poplar::Cli

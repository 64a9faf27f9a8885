#include "account/autodetect/Autoconfig.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Poplar::Autodetect {

/// Translation context of this file's texts (free functions and members alike).
struct AutoconfigText
{
    Q_DECLARE_TR_FUNCTIONS(Poplar::Autodetect::Autoconfig)
};

namespace {

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

/// Reads the `<pop3>` hints element; the reader stands on its start tag.
void readPop3Hints(QXmlStreamReader &xml, AutoconfigServer &server)
{
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("leaveMessagesOnServer")) {
            const QString text = xml.readElementText().trimmed().toLower();
            if (text == QLatin1String("true") || text == QLatin1String("false"))
                server.leaveMessagesOnServer = text == QLatin1String("true");
        } else if (name == QLatin1String("daysToLeaveMessagesOnServer")) {
            bool ok = false;
            const int days = xml.readElementText().trimmed().toInt(&ok);
            if (ok && days >= 0 && days <= 36500)
                server.daysToLeaveMessagesOnServer = days;
        } else if (name == QLatin1String("checkInterval")) {
            bool ok = false;
            const int minutes = xml.attributes().value(QLatin1String("minutes")).toInt(&ok);
            if (ok && minutes > 0 && minutes <= 7 * 24 * 60)
                server.checkIntervalMinutes = minutes;
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
}

/// Chooses the login method for the listed `<authentication>` values; nullopt if none fits.
std::optional<Pop3::AuthMethod> authFor(const QStringList &methods)
{
    if (methods.isEmpty())
        return Pop3::AuthMethod::Automatic;
    // The session picks the strongest password mechanism the server offers, so both password
    // kinds map to Automatic. OAuth2 needs a token Poplar cannot obtain by itself: last resort.
    for (const QString &m : methods) {
        if (m.compare(QLatin1String("password-cleartext"), Qt::CaseInsensitive) == 0
            || m.compare(QLatin1String("password-encrypted"), Qt::CaseInsensitive) == 0)
            return Pop3::AuthMethod::Automatic;
    }
    for (const QString &m : methods) {
        if (m.compare(QLatin1String("GSSAPI"), Qt::CaseInsensitive) == 0)
            return Pop3::AuthMethod::Gssapi;
    }
    for (const QString &m : methods) {
        if (m.compare(QLatin1String("OAuth2"), Qt::CaseInsensitive) == 0)
            return Pop3::AuthMethod::XOAuth2;
    }
    return std::nullopt;
}

/// Reads one `<incomingServer type="pop3">`; the reader stands on its start tag. Returns the
/// server, or nullopt with `problem` set when the entry cannot be used.
std::optional<AutoconfigServer> readServer(QXmlStreamReader &xml, const QString &email, QString *problem)
{
    AutoconfigServer server;
    QString host, port, socketType, user;
    bool haveUser = false;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("hostname"))
            host = xml.readElementText().trimmed();
        else if (name == QLatin1String("port"))
            port = xml.readElementText().trimmed();
        else if (name == QLatin1String("socketType"))
            socketType = xml.readElementText().trimmed();
        else if (name == QLatin1String("username")) {
            user = xml.readElementText().trimmed();
            haveUser = true;
        } else if (name == QLatin1String("authentication")) {
            const QString method = xml.readElementText().trimmed();
            if (!method.isEmpty())
                server.authentication << method;
        } else if (name == QLatin1String("pop3"))
            readPop3Hints(xml, server);
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError())
        return std::nullopt; // reported by the caller

    server.host = substituteEmailPlaceholders(host, email).toLower();
    if (host.isEmpty()) {
        *problem = AutoconfigText::tr("a POP3 server without a host name was skipped");
        return std::nullopt;
    }
    if (!isPlausibleHostName(server.host)) {
        *problem = AutoconfigText::tr("the POP3 server \"%1\" was skipped: not a valid host name").arg(host.left(80));
        return std::nullopt;
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number == 0 || number > 65535) {
        *problem = AutoconfigText::tr("the POP3 server %1 was skipped: \"%2\" is not a valid port").arg(server.host, port.left(20));
        return std::nullopt;
    }
    server.port = quint16(number);
    if (socketType.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0
        || socketType.compare(QLatin1String("TLS"), Qt::CaseInsensitive) == 0)
        server.security = Pop3::Security::ImplicitTls;
    else if (socketType.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
        server.security = Pop3::Security::StartTls;
    else if (socketType.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0)
        server.security = Pop3::Security::Plain;
    else {
        *problem = AutoconfigText::tr("the POP3 server %1 was skipped: unknown socket type \"%2\"").arg(server.host, socketType.left(20));
        return std::nullopt;
    }
    const auto auth = authFor(server.authentication);
    if (!auth) {
        *problem = AutoconfigText::tr("the POP3 server %1 was skipped: it only allows %2, which Poplar cannot do")
                       .arg(server.host, server.authentication.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    server.auth = *auth;
    server.user = haveUser && !user.isEmpty() ? substituteEmailPlaceholders(user, email) : email;
    if (hasControlCharacter(server.user)) {
        *problem = AutoconfigText::tr("the POP3 server %1 was skipped: its user name contains control characters").arg(server.host);
        return std::nullopt;
    }
    return server;
}

} // namespace

bool isPlausibleHostName(const QString &host)
{
    // Names and IP literals only: no spaces, no control characters, nothing a URL or a
    // command line could make something of.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_.])?)$"));
    return host.size() <= 253 && pattern.match(host).hasMatch();
}

QString emailDomain(const QString &emailAddress)
{
    const qsizetype at = emailAddress.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : emailAddress.mid(at + 1).trimmed().toLower();
}

QString substituteEmailPlaceholders(QString text, const QString &emailAddress)
{
    const qsizetype at = emailAddress.lastIndexOf(QLatin1Char('@'));
    const QString local = at < 0 ? emailAddress : emailAddress.left(at);
    text.replace(QLatin1String("%EMAILADDRESS%"), emailAddress);
    text.replace(QLatin1String("%EMAILLOCALPART%"), local);
    text.replace(QLatin1String("%EMAILDOMAIN%"), emailDomain(emailAddress));
    return text;
}

AutoconfigResult parseAutoconfig(const QByteArray &data, const QString &emailAddress)
{
    AutoconfigResult result;
    if (data.trimmed().isEmpty()) {
        result.error = AutoconfigText::tr("The autoconfig file is empty.");
        return result;
    }
    if (data.size() > MaxAutoconfigBytes) {
        result.error = AutoconfigText::tr("The autoconfig file is too large (%1 bytes).").arg(data.size());
        return result;
    }
    QXmlStreamReader xml(data);
    QStringList otherTypes;
    bool sawProvider = false;
    if (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("clientConfig")) {
            result.error = AutoconfigText::tr("This is not a Mozilla autoconfig file: its root element is <%1>, not <clientConfig>.")
                               .arg(xml.name().toString().left(40));
            return result;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("emailProvider") || sawProvider) {
                xml.skipCurrentElement(); // oAuth2, webMail, clientConfigUpdate, a second provider
                continue;
            }
            sawProvider = true;
            result.providerId = xml.attributes().value(QLatin1String("id")).toString();
            while (xml.readNextStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("domain")) {
                    result.domains << xml.readElementText().trimmed();
                } else if (name == QLatin1String("displayName")) {
                    result.displayName = xml.readElementText().trimmed();
                } else if (name == QLatin1String("incomingServer")) {
                    const QString type = xml.attributes().value(QLatin1String("type")).toString();
                    if (type.compare(QLatin1String("pop3"), Qt::CaseInsensitive) != 0) {
                        if (!otherTypes.contains(type))
                            otherTypes << type;
                        xml.skipCurrentElement();
                        continue;
                    }
                    QString problem;
                    if (auto server = readServer(xml, emailAddress, &problem))
                        result.servers << *server;
                    else if (!problem.isEmpty())
                        result.warnings << problem;
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    }
    // Read to the end: a file cut off after its POP3 part is still a broken file.
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext();
    if (xml.hasError()) {
        result.error = AutoconfigText::tr("The autoconfig file is not valid XML (line %1, column %2): %3")
                           .arg(xml.lineNumber())
                           .arg(xml.columnNumber())
                           .arg(xml.errorString());
        result.servers.clear();
        return result;
    }
    if (!sawProvider) {
        result.error = AutoconfigText::tr("The autoconfig file describes no e-mail provider (no <emailProvider> element).");
        return result;
    }
    if (result.servers.isEmpty()) {
        if (!result.warnings.isEmpty())
            result.error = AutoconfigText::tr("No POP3 server in the autoconfig file can be used: %1.")
                               .arg(result.warnings.join(QStringLiteral("; ")));
        else if (!otherTypes.isEmpty())
            result.error = AutoconfigText::tr("The provider's autoconfig file lists no POP3 server (only %1).")
                               .arg(otherTypes.join(QStringLiteral(", ")));
        else
            result.error = AutoconfigText::tr("The provider's autoconfig file lists no POP3 server.");
    }
    return result;
}

} // namespace Poplar::Autodetect

#pragma once

#include "pop3/SessionSettings.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Poplar::Autodetect {

/// One `<incomingServer type="pop3">` of a Mozilla autoconfig file, placeholders substituted.
struct AutoconfigServer {
    QString host;
    quint16 port = 0;
    Pop3::Security security = Pop3::Security::ImplicitTls;
    /// The `<authentication>` values as written, in the file's order (e.g. "password-cleartext").
    QStringList authentication;
    /// The login method that fits them best; Automatic for the password methods.
    Pop3::AuthMethod auth = Pop3::AuthMethod::Automatic;
    QString user;
    /// Provider hints from the `<pop3>` element, where given.
    std::optional<bool> leaveMessagesOnServer;
    std::optional<int> daysToLeaveMessagesOnServer;
    std::optional<int> checkIntervalMinutes;
};

/// What a config-v1.1.xml file says about POP3 for one address.
struct AutoconfigResult {
    /// Empty when the file was read; otherwise why it cannot be used (with line and column).
    QString error;
    QString providerId;
    QString displayName;
    QStringList domains;
    /// POP3 servers in the file's order (providers list their preferred one first).
    QVector<AutoconfigServer> servers;
    /// Entries that were skipped, and why.
    QStringList warnings;

    bool ok() const { return error.isEmpty(); }
};

/// Largest autoconfig document accepted; real ones are a few kilobytes.
constexpr qint64 MaxAutoconfigBytes = 512 * 1024;

/// Parses a Mozilla autoconfig document (https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat)
/// for `emailAddress`. IMAP, SMTP and other entries are ignored. A file that is not well-formed
/// XML, is not a clientConfig, or has no usable POP3 server gives an error.
AutoconfigResult parseAutoconfig(const QByteArray &xml, const QString &emailAddress);

/// Replaces %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% in `text`.
QString substituteEmailPlaceholders(QString text, const QString &emailAddress);

/// The part after the last '@', lower-cased; empty if there is none.
QString emailDomain(const QString &emailAddress);

/// True for a DNS name or bracketed IP literal with nothing else in it (no spaces, slashes ...).
bool isPlausibleHostName(const QString &host);

} // namespace Poplar::Autodetect

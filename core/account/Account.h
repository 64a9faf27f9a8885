#pragma once

#include "pop3/ErrorCatalogue.h"
#include "pop3/SessionSettings.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Poplar::Account {

/// What happens to a message on the server once Poplar has it.
enum class RetentionPolicy {
    Keep,                     ///< leave it on the server forever
    DeleteAfterDownload,      ///< delete it as soon as it is durably stored
    DeleteAfterDays,          ///< delete it N days after it was downloaded
    DeleteWhenDeletedLocally, ///< delete it when the user deletes the local copy
};

QString retentionPolicyName(RetentionPolicy policy);
std::optional<RetentionPolicy> retentionPolicyFromName(const QString &name);

/// Periodic checks are on for a new account, every this many minutes.
constexpr int DefaultCheckIntervalMinutes = 15;

/// What the server said about itself at the account's last login; the store remembers it.
struct ServerFacts {
    QDateTime seen;          ///< when (UTC); invalid if the account never logged in since it was remembered
    /// The login method that worked, as Pop3::chooseLoginMethods names it ("USER", "APOP",
    /// "SCRAM-SHA-256" ...); automatic login tries it first next time.
    QByteArray loginMethod;
    std::optional<int> expireDays;        ///< EXPIRE: days; -1 for NEVER; nullopt if not announced
    std::optional<int> loginDelaySeconds; ///< LOGIN-DELAY; nullopt if not announced
};

/// One POP3 account as the user set it up. Holds no password: that lives in the keychain
/// or comes from the password command.
struct AccountSettings {
    qint64 id = 0; ///< store row id; 0 until saved
    QString name;
    QString host;
    quint16 port = Pop3::Pop3TlsPort;
    Pop3::Security security = Pop3::Security::ImplicitTls;
    Pop3::AuthMethod auth = Pop3::AuthMethod::Automatic;
    QString user;
    QString passwordCommand; ///< run through /bin/sh; its first output line is the secret
    QString caFile;          ///< extra CA certificates (PEM) trusted for this account
    Net::ProxySettings proxy; ///< the system's proxy settings unless the account says otherwise
    /// Automatic login over plaintext: after APOP or a SASL mechanism that hides the password was
    /// refused, also try those that send it (USER/PASS, PLAIN, LOGIN). Off by default.
    bool allowPlaintextFallback = false;
    QByteArray pinnedSha256; ///< one server certificate the user chose to trust
    RetentionPolicy policy = RetentionPolicy::Keep;
    int policyDays = 0;
    qint64 sizeLimit = 0;    ///< bytes above which only headers are fetched unless asked; 0 = none
    int previewLines = 20;   ///< body lines fetched with TOP for the preview
    /// Minutes between the application's periodic checks (never more often than the server's
    /// LOGIN-DELAY); 0 turns them off.
    int checkIntervalMinutes = DefaultCheckIntervalMinutes;
    /// Largest SCRAM iteration count the server may ask for (see Pop3::DefaultMaxScramIterations).
    qint64 maxScramIterations = Pop3::DefaultMaxScramIterations;
    QDateTime lastChecked;   ///< end of the last successful sync; invalid if never
    ServerFacts server;      ///< from the last login (Store::AccountStore::rememberServer); read only

    /// Session settings for this account; `error` is set if the CA file cannot be read.
    std::optional<Pop3::SessionSettings> sessionSettings(QString *error) const;
    /// The connection as error explanations name it: host (Unicode), port, security, and the
    /// login method chosen or, for automatic login, the one that last worked.
    Pop3::ErrorContext errorContext() const;
};

} // namespace Poplar::Account

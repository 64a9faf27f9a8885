#include "account/Account.h"

#include "net/HostName.h"

#include <QSslCertificate>
#include <QCoreApplication>
#include <QLocale>

namespace Poplar::Account {

QString retentionPolicyName(RetentionPolicy policy)
{
    switch (policy) {
    case RetentionPolicy::Keep: return QStringLiteral("keep");
    case RetentionPolicy::DeleteAfterDownload: return QStringLiteral("delete-after-download");
    case RetentionPolicy::DeleteAfterDays: return QStringLiteral("delete-after-days");
    case RetentionPolicy::DeleteWhenDeletedLocally: return QStringLiteral("delete-when-deleted-locally");
    }
    return QStringLiteral("keep");
}

std::optional<RetentionPolicy> retentionPolicyFromName(const QString &name)
{
    for (RetentionPolicy p : {RetentionPolicy::Keep, RetentionPolicy::DeleteAfterDownload,
                              RetentionPolicy::DeleteAfterDays, RetentionPolicy::DeleteWhenDeletedLocally}) {
        if (retentionPolicyName(p) == name)
            return p;
    }
    return std::nullopt;
}

std::optional<Pop3::SessionSettings> AccountSettings::sessionSettings(QString *error) const
{
    Pop3::SessionSettings settings;
    settings.host = host;
    settings.port = port;
    settings.security = security;
    settings.auth = auth;
    settings.user = user.toUtf8();
    settings.tls.pinnedSha256 = pinnedSha256;
    settings.maxScramIterations = maxScramIterations;
    settings.proxy = proxy;
    settings.allowPlaintextFallback = allowPlaintextFallback;
    // The server's own words (errors, refusals) in the language Poplar speaks, where it has it.
    settings.language = Pop3::serverLanguageFor(QLocale().uiLanguages().value(0));
    if (auth == Pop3::AuthMethod::Automatic)
        settings.preferredLoginMethod = server.loginMethod;
    if (!caFile.isEmpty()) {
        settings.tls.extraCaCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (settings.tls.extraCaCertificates.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Poplar::Account::AccountSettings", "no PEM certificate could be read from %1").arg(caFile);
            return std::nullopt;
        }
    }
    const QString problem = settings.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return settings;
}

Pop3::ErrorContext AccountSettings::errorContext() const
{
    Pop3::ErrorContext context;
    context.host = Net::displayHostName(host);
    context.port = port;
    context.security = security;
    context.loginMethod = auth != Pop3::AuthMethod::Automatic ? Pop3::authMethodName(auth).toUpper()
                                                              : QString::fromLatin1(server.loginMethod);
    return context;
}

} // namespace Poplar::Account

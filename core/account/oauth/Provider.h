#pragma once

#include "pop3/SessionSettings.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace Poplar::OAuth {

/// An OAuth 2 authorization server that hands out tokens for POP3: its endpoints, the scope
/// POP needs, and the client id Poplar presents. Every endpoint and the client id can be
/// overridden (environment, then the settings file, then the build), so tests and packagers
/// can point Poplar at another server or registration.
struct Provider {
    QString id;          ///< "google" or "microsoft"
    QString displayName; ///< "Google", "Microsoft"
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString scope;
    QString clientId;
    /// Google issues desktop clients a "secret" that is not secret; sent only when set.
    QString clientSecret;
    /// Parameters the authorization request needs besides the standard ones (Google wants
    /// access_type=offline to issue a refresh token).
    QList<QPair<QString, QString>> extraAuthorizationParameters;
    QString popHost;     ///< the provider's POP3 server, implicit TLS on 995
    Pop3::AuthMethod auth = Pop3::AuthMethod::XOAuth2;

    /// False without a client id: the flow cannot start, and the message says how to set one.
    bool isConfigured() const { return !clientId.isEmpty(); }
    /// Why it cannot be used (no client id, an endpoint that is neither https nor loopback);
    /// empty if fine.
    QString problem() const;
};

/// The known providers' ids: "google", "microsoft".
QStringList providerIds();

/// The provider `id` with its overrides applied: environment POPLAR_OAUTH_<ID>_CLIENT_ID,
/// _CLIENT_SECRET, _AUTH_URL, _TOKEN_URL (ID upper case); else the settings file's keys
/// OAuth/<id>/clientId, clientSecret, authorizationUrl, tokenUrl; else the build's defaults.
std::optional<Provider> providerById(const QString &id);

/// The provider whose mail `domain` is known to be (gmail.com, outlook.com ...); empty if none.
QString providerIdForDomain(const QString &domain);
/// The provider that runs the mail exchanger `mxHost` (aspmx.l.google.com,
/// *.mail.protection.outlook.com ...); empty if none.
QString providerIdForMailExchanger(const QString &mxHost);
/// The provider that runs POP3 server `host` (pop.gmail.com, outlook.office365.com); empty if none.
QString providerIdForPopHost(const QString &host);

/// True when `url` may carry tokens: https, or http to a loopback address (tests, local proxies).
bool isSafeEndpoint(const QUrl &url);

} // namespace Poplar::OAuth

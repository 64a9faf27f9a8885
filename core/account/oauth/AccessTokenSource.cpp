#include "account/oauth/AccessTokenSource.h"

#include "account/Keychain.h"
#include "account/oauth/TokenClient.h"

#include <QCoreApplication>

namespace Poplar::OAuth {

bool usesStoredToken(const Account::AccountSettings &account)
{
    return (account.auth == Pop3::AuthMethod::XOAuth2 || account.auth == Pop3::AuthMethod::OAuthBearer)
           && account.passwordCommand.isEmpty();
}

bool shouldRefreshAndRetry(const Pop3::Error &error)
{
    return error.kind == Pop3::Error::Kind::AuthenticationFailed;
}

Pop3::Error loginError(const Error &error, const QString &accountName)
{
    Pop3::Error e;
    e.kind = error.kind == Error::Kind::Network ? Pop3::Error::Kind::Network : Pop3::Error::Kind::AuthenticationFailed;
    e.message = error.message;
    if (error.needsSignIn())
        // The class's own context, as its members' tr() use: one context for the whole file.
        e.message = QCoreApplication::translate("Poplar::OAuth::AccessTokenSource",
                                                "The sign-in for %1 is no longer valid (it was revoked or has expired). "
                                                "Sign in again: Edit Account in Poplar, or poplar-sync account authorize %1.")
                        .arg(accountName);
    return e;
}

AccessTokenSource::AccessTokenSource(Account::Keychain *keychain, QObject *parent)
    : QObject(parent), m_keychain(keychain), m_client(new TokenClient(this))
{
    qRegisterMetaType<Error>();
    connect(m_client, &TokenClient::finished, this, &AccessTokenSource::onRefreshed);
}

AccessTokenSource::~AccessTokenSource()
{
    m_grant.accessToken.fill('\0');
    m_grant.refreshToken.fill('\0');
}

void AccessTokenSource::fetch(const QString &accountName, bool forceRefresh)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_account = accountName;
    m_force = forceRefresh;
    m_readConnection = connect(m_keychain, &Account::Keychain::secretRead, this, &AccessTokenSource::onRead);
    m_keychain->readSecret(accountName);
}

void AccessTokenSource::onRead(const QString &name, bool ok, const QByteArray &entry, const QString &error)
{
    if (name != m_account)
        return;
    disconnect(m_readConnection);
    if (!ok || entry.isEmpty()) {
        done({}, Error::make(Error::Kind::Keychain, error), false);
        return;
    }
    const auto grant = Grant::fromJson(entry);
    if (!grant) {
        done(entry, Error(), false); // a password or a pasted token: used as it is
        return;
    }
    m_grant = *grant;
    if (!m_force && !m_grant.expiresWithin(QDateTime::currentDateTimeUtc(), RefreshMarginSeconds)) {
        done(m_grant.accessToken, Error(), false);
        return;
    }
    if (m_grant.refreshToken.isEmpty()) {
        done({}, Error::make(Error::Kind::InvalidGrant,
                             tr("The sign-in has expired. Sign in again.")),
             false);
        return;
    }
    m_requestedAt = QDateTime::currentDateTimeUtc();
    m_client->refresh(m_grant);
}

void AccessTokenSource::onRefreshed(const TokenReply &reply)
{
    if (reply.error.isError()) {
        done({}, reply.error, false);
        return;
    }
    applyTokenReply(m_grant, reply, m_requestedAt);
    // The renewed grant goes back before it is used: a rotated refresh token must not be lost.
    m_writeConnection = connect(m_keychain, &Account::Keychain::secretWritten, this, &AccessTokenSource::onWritten);
    QByteArray json = m_grant.toJson();
    m_keychain->writeSecret(m_account, json);
    json.fill('\0');
}

void AccessTokenSource::onWritten(const QString &name, bool ok, const QString &error)
{
    if (name != m_account)
        return;
    disconnect(m_writeConnection);
    if (!ok) {
        done({}, Error::make(Error::Kind::Keychain,
                             tr("The renewed sign-in could not be stored: %1").arg(error)),
             false);
        return;
    }
    done(m_grant.accessToken, Error(), true);
}

void AccessTokenSource::done(QByteArray secret, const Error &error, bool refreshed)
{
    // `secret` may share m_grant's bytes; the copy keeps them when the grant is wiped.
    m_busy = false;
    m_grant.accessToken.fill('\0');
    m_grant.refreshToken.fill('\0');
    m_grant = Grant();
    emit finished(secret, error, refreshed);
}
} // namespace Poplar::OAuth

#pragma once

#include "account/Account.h"
#include "account/oauth/Grant.h"
#include "pop3/Error.h"

#include <QObject>

namespace Poplar::Account { class Keychain; }

namespace Poplar::OAuth {

class TokenClient;

/// The access token to log in with, for an account whose keychain entry is a Grant: read it,
/// refresh it when it expires within RefreshMarginSeconds (or when asked to, after the server
/// refused it), write the renewed grant back, hand out the token. An entry that is not a grant
/// (a password, or a token the user pasted) is handed out as it is. One fetch at a time; each
/// ends with exactly one `finished`. Lives in the thread that uses the keychain.
class AccessTokenSource : public QObject {
    Q_OBJECT
public:
    static constexpr int RefreshMarginSeconds = 60;

    /// `keychain` must outlive this object and live in its thread.
    explicit AccessTokenSource(Account::Keychain *keychain, QObject *parent = nullptr);
    ~AccessTokenSource() override;

    /// Starts getting the token of `accountName`; `forceRefresh` renews even an unexpired token.
    void fetch(const QString &accountName, bool forceRefresh);

signals:
    /// `secret` to log in with, or empty and `error`. `refreshed` when it was renewed just now.
    void finished(const QByteArray &secret, const Poplar::OAuth::Error &error, bool refreshed);

private:
    void onRead(const QString &name, bool ok, const QByteArray &entry, const QString &error);
    void onRefreshed(const TokenReply &reply);
    void onWritten(const QString &name, bool ok, const QString &error);
    void done(QByteArray secret, const Error &error, bool refreshed);

    Account::Keychain *m_keychain;
    TokenClient *m_client;
    QString m_account;
    bool m_force = false;
    bool m_busy = false;
    Grant m_grant;
    QDateTime m_requestedAt;
    QMetaObject::Connection m_readConnection;
    QMetaObject::Connection m_writeConnection;
};

/// True when `account` logs in with a token that the keychain holds (XOAUTH2 or OAUTHBEARER
/// without a password command): its secret is fetched through AccessTokenSource.
bool usesStoredToken(const Account::AccountSettings &account);

/// True when a run that failed with `error` should get a refreshed token and try once more:
/// the server refused the token, which may have been revoked or expired early.
bool shouldRefreshAndRetry(const Pop3::Error &error);

/// The failure of a run whose token could not be had, as the sync reports failures:
/// AuthenticationFailed (sign in again, or a refusing sign-in server) or Network.
/// `accountName` goes into the advice on how to sign in again.
Pop3::Error loginError(const Error &error, const QString &accountName);

} // namespace Poplar::OAuth

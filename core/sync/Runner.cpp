#include "sync/Runner.h"

#include "account/Keychain.h"
#include "account/oauth/AccessTokenSource.h"
#include "store/Profile.h"
#include "sync/PasswordCommand.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Poplar::Sync {

Runner::Runner(Store::Profile &profile, Account::Keychain *keychain, Net::TransportFactory *factory, QObject *parent)
    : QObject(parent), m_profile(profile), m_keychain(keychain), m_factory(factory),
      m_commandTimeoutMs(PasswordCommandTimeoutMs)
{
}

Runner::~Runner()
{
    disconnect(m_keychainRead);
    disconnect(m_proxyKeychainRead);
    m_request.secret.fill('\0');
}

Account::Keychain *Runner::keychain()
{
    if (!m_keychain)
        m_keychain = new Account::Keychain(this);
    return m_keychain;
}

void Runner::start(const SyncRequest &request)
{
    m_request = request;
    m_request.secret = QByteArray();
    const Account::AccountSettings &account = request.account;
    if (!request.secret.isEmpty() || account.auth == Pop3::AuthMethod::Gssapi) {
        runEngine(request.secret);
        return;
    }
    m_oauth = OAuth::usesStoredToken(account);
    if (m_oauth) {
        fetchToken(false);
        return;
    }
    if (!account.passwordCommand.isEmpty()) {
        m_command = new PasswordCommand(this);
        m_command->setForwardTerminal(m_commandUsesTerminal);
        connect(m_command, &PasswordCommand::finished, this, [this](const PasswordCommandOutput &output) {
            if (!output.succeeded) {
                const QString why = output.error.isEmpty()
                                        ? QCoreApplication::translate("Poplar::Sync::PasswordCommand", "the password command failed")
                                        : output.error;
                secretMissing(SecretSource::PasswordCommand, why);
                return;
            }
            runEngine(secretFromCommandOutput(output.output));
        });
        m_command->start(account.passwordCommand, m_commandTimeoutMs);
        return;
    }
    m_keychainRead = connect(keychain(), &Account::Keychain::secretRead, this,
                             [this](const QString &name, bool ok, const QByteArray &secret, const QString &error) {
                                 if (name != m_request.account.name)
                                     return;
                                 disconnect(m_keychainRead);
                                 if (ok && !secret.isEmpty())
                                     runEngine(secret);
                                 else
                                     secretMissing(SecretSource::Keychain, error);
                             });
    keychain()->readSecret(account.name);
}

void Runner::fetchToken(bool forceRefresh)
{
    m_tokenSource = new OAuth::AccessTokenSource(keychain(), this);
    connect(m_tokenSource, &OAuth::AccessTokenSource::finished, this,
            [this](const QByteArray &secret, const OAuth::Error &error, bool) {
                m_tokenSource->deleteLater();
                m_tokenSource = nullptr;
                if (!error.isError()) {
                    runEngine(secret);
                } else if (error.kind == OAuth::Error::Kind::Keychain) {
                    secretMissing(SecretSource::OAuthGrant, error.message);
                } else {
                    SyncResult result;
                    result.error = OAuth::loginError(error, m_request.account.name);
                    result.signInNeeded = error.needsSignIn();
                    finish(std::move(result));
                }
            });
    m_tokenSource->fetch(m_request.account.name, forceRefresh);
}

void Runner::runEngine(QByteArray secret)
{
    if (m_done)
        return;
    Net::ProxySettings &proxy = m_request.account.proxy;
    if (proxy.needsPassword() && proxy.password.isEmpty()) {
        // The proxy's password has its own keychain entry, read for each run.
        if (!m_proxyKeychain)
            m_proxyKeychain = new Account::Keychain(this, Account::Keychain::Entry::Proxy);
        m_proxyKeychainRead = connect(
            m_proxyKeychain, &Account::Keychain::secretRead, this,
            [this, secret](const QString &name, bool ok, const QByteArray &password, const QString &error) mutable {
                if (name != m_request.account.name)
                    return;
                disconnect(m_proxyKeychainRead);
                if (!ok || password.isEmpty()) {
                    secret.fill('\0');
                    // Not the login's password: the fix is in the account's proxy settings.
                    SyncResult result;
                    result.secretMissing = SecretSource::ProxyKeychain;
                    result.error.kind = Pop3::Error::Kind::InvalidSettings;
                    result.error.message = QCoreApplication::translate(
                        "Poplar::Sync::Runner", "The proxy's password could not be read from the keychain: %1. Enter it "
                                                "in the account's proxy settings (poplar-sync: account set-proxy-password).")
                                               .arg(error);
                    finish(std::move(result));
                    return;
                }
                m_request.account.proxy.password = QString::fromUtf8(password);
                runEngine(std::move(secret));
            });
        m_proxyKeychain->readSecret(m_request.account.name);
        return;
    }
    m_engine = std::make_unique<SyncEngine>(m_profile.messages(), m_factory);
    m_engine->setLockWait(m_lockWaitMs);
    m_engine->setTriage(m_triage);
    connect(m_engine.get(), &SyncEngine::progress, this, &Runner::progress);
    connect(m_engine.get(), &SyncEngine::messagesChanged, this, &Runner::messagesChanged);
    connect(m_engine.get(), &SyncEngine::protocolTrace, this, &Runner::protocolTrace);
    // Queued: the engine is not destroyed (for the retry) inside its own signal.
    connect(m_engine.get(), &SyncEngine::finished, this, &Runner::onEngineFinished, Qt::QueuedConnection);
    emit connecting();
    SyncRequest request = m_request;
    request.secret = std::move(secret);
    m_engine->start(request);
    request.secret.fill('\0');
}

void Runner::onEngineFinished(SyncResult result)
{
    if (m_oauth && m_attempt == 0 && OAuth::shouldRefreshAndRetry(result.error) && !m_done) {
        // The token was refused although it looked valid: renew it and try exactly once more.
        m_attempt = 1;
        m_engine.reset();
        m_request.account.proxy.password.clear(); // read again from the keychain for the retry
        fetchToken(true);
        return;
    }
    const qint64 id = m_request.account.id;
    QString error;
    if (result.server && !m_profile.accounts().rememberServer(id, *result.server, &error))
        result.storeError = error;
    if (result.ok() && !m_profile.accounts().setLastChecked(id, QDateTime::currentDateTimeUtc(), &error))
        result.storeError = error;
    finish(std::move(result));
}

void Runner::secretMissing(SecretSource source, const QString &reason)
{
    SyncResult result;
    result.secretMissing = source;
    result.error.kind = Pop3::Error::Kind::AuthenticationFailed;
    result.error.message = reason;
    finish(std::move(result));
}

void Runner::stop()
{
    if (m_done)
        return;
    if (m_engine) {
        m_engine->stop(); // its own result follows
        return;
    }
    if (m_command)
        m_command->stop();
    disconnect(m_keychainRead);
    disconnect(m_proxyKeychainRead);
    if (m_tokenSource) {
        m_tokenSource->disconnect(this);
        m_tokenSource->deleteLater();
        m_tokenSource = nullptr;
    }
    SyncResult result;
    result.error.kind = Pop3::Error::Kind::Aborted;
    result.error.message = QCoreApplication::translate("Poplar::Sync::SyncEngine", "stopped");
    finish(std::move(result));
}

void Runner::finish(SyncResult result)
{
    if (m_done)
        return;
    m_done = true;
    result.tag = m_request.tag;
    emit finished(result);
}

} // namespace Poplar::Sync

#pragma once

#include "sync/SyncEngine.h"

#include <QObject>

#include <memory>

namespace Poplar::Account { class Keychain; }
namespace Poplar::OAuth { class AccessTokenSource; }
namespace Poplar::Store { class Profile; }

namespace Poplar::Sync {

class PasswordCommand;


/// One sync run from a request to one result, the same for the application (SyncService) and
/// poplar-sync: the secret (the request's own; else the account's password command, run without
/// blocking, bounded and killed after PasswordCommandTimeoutMs; else the keychain; an OAuth
/// account's token refreshed when due), the engine, and the profile's bookkeeping afterwards
/// (what the server said, when it was last checked). An OAuth token the server refuses is
/// renewed and the run tried exactly once more. Nothing here waits: every step is a signal.
/// One start() per runner; it lives in the thread of the profile it is given.
class Runner : public QObject {
    Q_OBJECT
public:
    /// `profile` and `keychain` (nullptr: the runner makes its own) must outlive the runner;
    /// `factory` (tests) makes the sessions' transports.
    explicit Runner(Store::Profile &profile, Account::Keychain *keychain = nullptr,
                    Net::TransportFactory *factory = nullptr, QObject *parent = nullptr);
    ~Runner() override;

    /// As SyncEngine::setLockWait.
    void setLockWait(int milliseconds) { m_lockWaitMs = milliseconds; }
    /// How long the password command may run (default PasswordCommandTimeoutMs).
    void setPasswordCommandTimeout(int milliseconds) { m_commandTimeoutMs = milliseconds; }
    /// The password command may prompt on the terminal (poplar-sync).
    void setPasswordCommandUsesTerminal(bool terminal) { m_commandUsesTerminal = terminal; }
    /// As SyncEngine::setTriage; `hook` must outlive the runner.
    void setTriage(TriageHook *hook) { m_triage = hook; }

    /// Starts the run; `finished` follows exactly once.
    void start(const SyncRequest &request);
    /// Ends the run: a password command is killed, a keychain or token answer ignored, a running
    /// engine stopped (SyncEngine::stop). `finished` follows with Error::Kind::Aborted, or the
    /// engine's own result.
    void stop();
    /// The request as started, without its secret.
    const SyncRequest &request() const { return m_request; }

signals:
    /// The secret is there and the engine starts talking to the server.
    void connecting();
    void progress(const Poplar::Sync::SyncProgress &progress);
    void messagesChanged(qint64 accountId, const QVector<QByteArray> &uids);
    void protocolTrace(Poplar::Pop3::Session::Direction direction, const QByteArray &line);
    /// The one result of the run. With no secret to be had, result.secretMissing says where it
    /// was looked for and result.error (AuthenticationFailed) carries the reason in its message.
    void finished(const Poplar::Sync::SyncResult &result);

private:
    void fetchToken(bool forceRefresh);
    void runEngine(QByteArray secret);
    void onEngineFinished(SyncResult result);
    /// Ends the run without a secret.
    void secretMissing(SecretSource source, const QString &reason);
    void finish(SyncResult result);
    Account::Keychain *keychain();

    Store::Profile &m_profile;
    Account::Keychain *m_keychain;
    Net::TransportFactory *m_factory;
    int m_lockWaitMs = SyncEngine::DefaultLockWaitMs;
    int m_commandTimeoutMs;
    bool m_commandUsesTerminal = false;
    TriageHook *m_triage = nullptr;
    SyncRequest m_request;
    bool m_oauth = false;
    int m_attempt = 0; ///< 1 during the one retry with a renewed token
    bool m_done = false;
    PasswordCommand *m_command = nullptr;
    OAuth::AccessTokenSource *m_tokenSource = nullptr;
    QMetaObject::Connection m_keychainRead;
    Account::Keychain *m_proxyKeychain = nullptr; ///< the proxy's password, when its proxy has a user
    QMetaObject::Connection m_proxyKeychainRead;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace Poplar::Sync

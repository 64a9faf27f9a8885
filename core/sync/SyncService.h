#pragma once

#include "account/import/Importer.h"
#include "pop3/Session.h"
#include "sync/SyncEngine.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <deque>
#include <memory>

namespace Poplar::Store { class Profile; }
namespace Poplar::Account { class Keychain; }

namespace Poplar::Sync {

/// One line of a protocol conversation, as the server log shows it.
struct TraceLine {
    Pop3::Session::Direction direction = Pop3::Session::Direction::Client;
    /// Credentials already redacted by the session.
    QByteArray line;
    qint64 msecsSinceEpoch = 0;
};

/// Runs sync engines and every store write for the GUI in a worker thread, so the UI thread
/// never waits on the network or on fsync. One run per account at a time; further requests
/// for a busy account wait their turn. Talk to it only through queued calls and its signals
/// (SyncThread arranges that).
class SyncService : public QObject {
    Q_OBJECT
public:
    /// `factory` (optional, for tests) makes the sessions' transports.
    explicit SyncService(QString profileDir, Net::TransportFactory *factory = nullptr);
    ~SyncService() override;

    /// Progress is passed on at most this often per account (the engine reports every chunk).
    static constexpr int ProgressIntervalMs = 100;
    /// Protocol lines are handed to the UI in batches at most this often, so a download of
    /// thousands of messages does not flood the UI thread with one event per line.
    static constexpr int TraceIntervalMs = 100;
    /// A run for an account another program is writing (cron's poplar-sync) waits this long for
    /// it, then ends with Error::Kind::AccountBusy; the window tries again later.
    static constexpr int LockWaitMs = 2000;

public slots:
    /// Opens the profile in the worker thread; `ready` follows.
    void initialize();
    /// Queues a run. Without a secret it comes from the account's password command, else the
    /// keychain; if neither has one, `secretNeeded` asks the UI to supply it. An OAuth account's
    /// token is refreshed when due, and once more (with one retry) when the server refuses it; a
    /// revoked sign-in ends the run with an AuthenticationFailed that says to sign in again.
    void start(const Poplar::Sync::SyncRequest &request);
    void stop(qint64 accountId);
    void stopAll();
    void markSeen(qint64 accountId, const QVector<QByteArray> &uids);
    void setDeleteRequested(qint64 accountId, const QVector<QByteArray> &uids, bool requested);
    void deleteLocally(qint64 accountId, const QVector<QByteArray> &uids);
    /// Adds (id 0) or updates an account; `accountSaved` reports the outcome.
    void saveAccount(const Poplar::Account::AccountSettings &account);
    /// Removes an account, its message rows and, if `deleteMessages`, its downloaded files.
    void removeAccount(qint64 accountId, bool deleteMessages);
    /// Reads every stored message file of the account against its recorded size and SHA-256
    /// (Store::verifyFiles) and records what it finds; `verifyProgress` then `verifyFinished`.
    /// Runs in this thread: a sync asked for meanwhile starts after it.
    void verifyStored(qint64 accountId);
    /// Imports the accounts of `found` and the UIDLs their program fetched
    /// (Import::importAccounts); `imported` follows.
    void importAccounts(const Poplar::Import::Found &found);
    /// Records file states found elsewhere (an export), for the list to show.
    void setFileStates(qint64 accountId, const QHash<QByteArray, Poplar::Store::FileState> &states);

public:
    /// Ends a verifyStored() early (what was checked is still recorded); callable from any thread.
    void cancelVerify() { m_verifyCancelled = true; }

signals:
    void verifyProgress(qint64 accountId, int done, int total);
    /// `damaged`: one "subject (state)" line per missing or damaged message.
    void verifyFinished(qint64 accountId, int checked, const QStringList &damaged, bool cancelled);
    void accountSaved(const Poplar::Account::AccountSettings &account, bool ok, const QString &error);
    void accountRemoved(qint64 accountId, bool ok, const QString &error);
    /// What an import did; `error` is set when the store failed part way.
    void imported(const QVector<Poplar::Import::ImportedAccount> &accounts, const QString &error);
    void ready(bool ok, const QString &error);
    void syncStarted(qint64 accountId, Poplar::Sync::Operation operation);
    void progress(qint64 accountId, const Poplar::Sync::SyncProgress &progress);
    void finished(qint64 accountId, const Poplar::Sync::SyncResult &result);
    void messagesChanged(qint64 accountId, const QVector<QByteArray> &uids);
    /// The lines of an account's protocol conversation since the last batch, oldest first. The
    /// last batch of a run arrives before `finished`.
    void protocolTrace(qint64 accountId, const QVector<Poplar::Sync::TraceLine> &lines);
    /// No stored secret: the UI should ask the user and start `request` again with one.
    void secretNeeded(const Poplar::Sync::SyncRequest &request, const QString &reason);
    /// A store write requested by the UI failed.
    void storeError(const QString &message);

private:
    struct Running;
    void startNext(qint64 accountId);
    /// Gets the account's access token (refreshing it when due, or always with `forceRefresh`)
    /// and runs `request` with it; `attempt` 1 is the one retry after the server refused a token.
    void runWithToken(SyncRequest request, bool forceRefresh, int attempt);
    /// `oauthAttempt` -1 for a password login; 0 or 1 for a token from the keychain's grant.
    void runWithSecret(SyncRequest request, int oauthAttempt = -1);
    /// Runs the engine once the proxy's password, when the account's proxy has a user, is read.
    void startEngine(SyncRequest request, int oauthAttempt);
    void onEngineFinished(qint64 accountId, const SyncResult &result);
    /// False with `error` set (Store::Profile::readOnlyMessage()) when the profile cannot be written.
    bool writable(QString *error) const;
    void addTrace(qint64 accountId, Pop3::Session::Direction direction, const QByteArray &line);
    void flushTrace();

    QString m_profileDir;
    Net::TransportFactory *m_factory;
    std::unique_ptr<Store::Profile> m_profile;
    Account::Keychain *m_keychain = nullptr;
    Account::Keychain *m_proxyKeychain = nullptr;
    QHash<qint64, std::deque<SyncRequest>> m_waiting;
    QHash<qint64, Running *> m_running;
    QHash<qint64, QVector<TraceLine>> m_trace;
    QTimer *m_traceTimer;
    std::atomic<bool> m_verifyCancelled{false};
};

/// A SyncService in its own thread, owned by the UI. Destroying it stops every run and waits
/// for the thread (which by then has nothing left to wait on).
class SyncThread : public QObject {
    Q_OBJECT
public:
    explicit SyncThread(const QString &profileDir, Net::TransportFactory *factory = nullptr, QObject *parent = nullptr);
    ~SyncThread() override;
    /// The service; call its slots with QMetaObject::invokeMethod or queued connections only.
    SyncService *service() const { return m_service; }

    void start(const SyncRequest &request);
    void stop(qint64 accountId);
    void markSeen(qint64 accountId, const QVector<QByteArray> &uids);
    void setDeleteRequested(qint64 accountId, const QVector<QByteArray> &uids, bool requested);
    void deleteLocally(qint64 accountId, const QVector<QByteArray> &uids);
    void saveAccount(const Account::AccountSettings &account);
    void removeAccount(qint64 accountId, bool deleteMessages);
    void importAccounts(const Import::Found &found);
    void verifyStored(qint64 accountId);
    void setFileStates(qint64 accountId, const QHash<QByteArray, Store::FileState> &states);

private:
    QThread m_thread;
    SyncService *m_service;
};

} // namespace Poplar::Sync

Q_DECLARE_METATYPE(Poplar::Sync::SyncRequest)
Q_DECLARE_METATYPE(Poplar::Sync::TraceLine)
Q_DECLARE_METATYPE(Poplar::Account::AccountSettings)
Q_DECLARE_METATYPE(Poplar::Import::ImportedAccount)

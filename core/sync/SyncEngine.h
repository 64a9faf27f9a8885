#pragma once

#include "account/Account.h"
#include "pop3/Error.h"
#include "pop3/Reply.h"
#include "pop3/Session.h"
#include "store/AccountLock.h"
#include "store/MessageStore.h"
#include "store/SearchIndex.h"
#include "sync/TriageHook.h"

#include <QElapsedTimer>
#include <QTimer>

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace Poplar::Net { class TransportFactory; }

namespace Poplar::Sync {

/// What a sync run is asked to do.
enum class Operation {
    Check,          ///< list the server, fetch headers (TOP) of new messages
    Download,       ///< a check, then download the requested (or all new) messages
    DeleteOnServer, ///< a check, then delete the requested messages on the server without downloading
};

struct SyncRequest {
    Operation operation = Operation::Check;
    Account::AccountSettings account;
    QByteArray secret;
    /// Download: these UIDLs (empty means every new message within the size limit).
    /// DeleteOnServer: these UIDLs.
    QVector<QByteArray> uids;
    /// The caller's name for this request (0: none), handed back in SyncResult::tag so that
    /// whoever queued it can tell its own result from those of other runs of the account.
    quint64 tag = 0;
};

/// The steps of a run, in order.
enum class Phase { Idle, Connecting, Listing, FetchingHeaders, Downloading, Deleting, Quitting, Done, Failed };

struct SyncProgress {
    Phase phase = Phase::Idle;
    int done = 0;   ///< messages finished in this phase
    int total = 0;  ///< messages this phase will handle
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

/// Where a run looked for its secret and found none (SyncResult::secretMissing).
enum class SecretSource {
    None,            ///< the run had its secret (or needed none)
    Keychain,        ///< no password in the keychain, or the keychain refused
    PasswordCommand, ///< the account's password command failed, hit its bound or its timeout
    OAuthGrant,      ///< the keychain holds no sign-in for an OAuth account
    ProxyKeychain,   ///< the account's proxy has a user, and the keychain no password for it
};

/// How a run ended.
struct SyncResult {
    /// Error::Kind::None on success; otherwise the session's or store's failure.
    Pop3::Error error;
    QString storeError; ///< set when the local store failed (error.kind is then None or Aborted)
    int newMessages = 0;
    int downloaded = 0;
    qint64 bytesDownloaded = 0;
    int deleted = 0;            ///< deletions the server confirmed with QUIT +OK
    int skippedOversized = 0;   ///< new messages left as headers only because of the size limit
    int unusableListings = 0;   ///< messages skipped for missing, invalid or duplicate UIDs
    bool usedFallbackKeys = false; ///< the server has no UIDL; keys were derived from headers
    /// Messages listed by size only: the server has no TOP and they are larger than a preview
    /// may be (SessionSettings::maxTopBytes), so their headers are not available until downloaded.
    /// Without UIDL as well they cannot be keyed, and are not listed at all.
    int headersUnavailable = 0;
    /// Set when the server's EXPIRE would delete what the account keeps (see retentionWarning).
    QString retentionWarning;
    bool topUnavailable = false; ///< the server has no TOP; previews were taken with RETR
    std::optional<int> loginDelaySeconds;
    /// Set once logged in: what the server said (EXPIRE, LOGIN-DELAY) and the method that worked,
    /// for Store::AccountStore::rememberServer.
    std::optional<Account::ServerFacts> server;
    /// The account's OAuth sign-in was refused (revoked or expired): only signing in again helps.
    bool signInNeeded = false;
    /// Set when Runner found no secret: error is then AuthenticationFailed with the reason
    /// (the keychain's words, the password command's failure) as its message.
    SecretSource secretMissing = SecretSource::None;
    quint64 tag = 0; ///< the request's tag (set by Runner)
    bool ok() const { return !error.isError() && storeError.isEmpty(); }
};

/// One sync run against one account, as an explicit state machine over a Session: list, diff
/// against the store, fetch headers, download with durable commits, delete per policy, quit.
/// Handlers of the session's signals only record what happened; advance() alone changes the
/// phase (nextPhase() says where to go, leave() and enter() do what a change involves), and
/// Done or Failed is the one end state. The decisions that need no connection are pure
/// functions beside it (Reconcile.h: which UIDL names which message; Retention.h: what is
/// downloaded and deleted).
/// A message is deleted on the server only after it and its state are committed; deletions
/// count only once QUIT is answered +OK. Lives in whichever thread calls start(); the GUI runs
/// it in a worker thread.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    /// `store` must outlive the engine and belong to the engine's thread.
    explicit SyncEngine(Store::MessageStore &store, Net::TransportFactory *factory = nullptr,
                        QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Messages and bytes per commit while downloading (a batch is committed at the latest
    /// CommitIntervalMs after its first message arrived).
    void setCommitBatch(int messages, qint64 bytes);
    /// The longest a downloaded message waits for its batch's commit, in milliseconds.
    static constexpr int CommitIntervalMs = 1000;
    /// The fewest messages a batch holds before the last one (see onRetr).
    static constexpr int MinTailBatch = 32;
    /// How long start() waits for another program that writes the same account (its
    /// Store::AccountLock) before the run ends with Error::Kind::AccountBusy; 0 fails at once.
    void setLockWait(int milliseconds) { m_lockWaitMs = qMax(0, milliseconds); }
    /// Judges new previews before anything is downloaded (rules, lists, spam hints); `hook` must
    /// outlive the engine. Without one every message is treated alike.
    void setTriage(TriageHook *hook) { m_triage = hook; }
    /// The default of setLockWait().
    static constexpr int DefaultLockWaitMs = 30000;

    /// Starts the run: takes the account's lock (waiting as setLockWait() allows), then connects.
    void start(const SyncRequest &request);
    /// Stops: RSET and QUIT when the connection is usable (within SessionSettings::stopGraceMs), then
    /// the connection is dropped; finished downloads are still committed, nothing is deleted.
    void stop();
    Phase phase() const { return m_phase; }
    /// The search index this engine fills (for measuring what indexing costs).
    /// Time spent indexing downloads and previews for search (decoding, with the list's summary
    /// made from the same parse, and writing), on whichever thread: for measurements.
    qint64 indexingNanoseconds() const { return m_indexingNs + m_search.nanosecondsSpent(); }

signals:
    void progress(const Poplar::Sync::SyncProgress &progress);
    void finished(const Poplar::Sync::SyncResult &result);
    /// Rows of these UIDLs changed in the store (new, headers, downloaded, gone, deleted).
    void messagesChanged(qint64 accountId, const QVector<QByteArray> &uids);
    void protocolTrace(Poplar::Pop3::Session::Direction direction, const QByteArray &line);

private:
    /// Tries the account's lock; once held, starts the session with `secret`.
    void acquireLockAndRun(QByteArray secret);
    void run(const QByteArray &secret);
    /// Opens a session with the account's settings, leaving out the login methods refused on an
    /// earlier connection of this run.
    void openSession();
    /// After the server hung up on a refused automatic login: true when a new connection goes on
    /// with the next method (then it is open already).
    bool reconnectForNextLogin(const Pop3::Error &error);
    /// Why a run fails, recorded by the handlers for advance() to act on.
    enum class Failure {
        None,
        Ended, ///< m_result.error is set and no working session is left (or there never was one)
        Abort, ///< m_result.error is set; the session is abandoned (abort(), no QUIT)
        Store, ///< m_result.storeError is set; the session is abandoned and nothing more committed
    };
    /// The step function: moves through the phases while nextPhase() says so.
    void advance();
    /// Where the run goes from here on what is known now (the phase itself when nowhere).
    Phase nextPhase() const;
    /// What leaving `phase` involves (committing what it fetched); false when that failed.
    bool leave(Phase phase);
    /// What entering `phase` sets off (its commands, or the end of the run).
    void enter(Phase phase);
    /// The end of the run: what a failure leaves (abort, commit complete downloads), then `finished`.
    void end();
    bool ended() const { return m_phase == Phase::Done || m_phase == Phase::Failed; }
    void onReply(const Pop3::Reply &reply);
    void onBodyChunk(Pop3::CommandId id, const QByteArray &data);
    void onSessionFailed(const Pop3::Error &error);
    void onUidl(const Pop3::Reply &reply);
    void onList(const Pop3::Reply &reply);
    /// Asks for the preview of message `n` (UIDL `uid`, empty before keys are known): TOP, or
    /// without TOP a RETR of a message within the preview cap; false when neither is possible.
    bool requestPreview(int n, const QByteArray &uid);
    void onTop(const Pop3::Reply &reply);
    void onRetr(const Pop3::Reply &reply);
    void recordListing();
    void startDownloads();
    /// Whether a DELE may follow the downloads of `downloading`: one pending already, or one
    /// the account's retention would ask for once they are committed.
    bool deletionsMayFollow(const QVector<QByteArray> &downloading) const;
    /// True when this run is going to retrieve the message (so fetching its headers is waste).
    bool willDownload(const QByteArray &uid) const;
    void deleteCommitted();
    /// Records in `status` a commit of its message at `at` (what noteCommitted keeps in m_known).
    static void markCommitted(Store::MessageStatus &status, const QDateTime &at);
    void startDeletions();
    /// Commits the downloaded messages not yet committed; false with `error` set on a store
    /// failure. The store syncs the rows to disk (Durability::Full) before any DELE and at the end
    /// of the run, and may leave that to the next full commit otherwise. The files are synced
    /// before the rows in both cases. A Deferred batch is placed and its files synced on a thread
    /// of their own while the download goes on; its rows are recorded by the next commit, which
    /// waits for that sync first.
    bool commitBatch(QString *error, Store::MessageStore::Durability durability = Store::MessageStore::Durability::Full);
    /// Records the batch whose files were being synced aside, once they are; false with `error`
    /// set on failure.
    bool recordSyncedBatch(QString *error);
    /// Runs `write` on a search index over a database connection of the calling thread's own (a
    /// thread beside the transfer); a failure is logged, and SearchIndex::catchUp() retries.
    void indexAside(const std::function<bool(Store::SearchIndex &, QString *)> &write) const;
    /// Bookkeeping for messages just recorded: counts, search index (their `documents`), statuses,
    /// the GUI's rows.
    void noteCommitted(const QVector<QByteArray> &uids, const QVector<Store::SearchDocument> &documents);
    /// Commits the fetched headers not yet saved; false (and the run failed) on a store error.
    bool saveHeaders();
    void failStore(const QString &message);
    /// Ends the run with `error`, keeping complete downloads and deleting nothing.
    void failSession(const Pop3::Error &error);
    void reportProgress();
    /// Hands the previews stored by this run to the triage hook; advance() goes on once it answers.
    void startTriage();

    Store::MessageStore &m_store;
    Store::SearchIndex m_search{m_store}; ///< filled as previews and downloads commit
    Net::TransportFactory *m_factory;
    std::unique_ptr<Store::AccountLock> m_lock;
    int m_lockWaitMs = DefaultLockWaitMs;
    QElapsedTimer m_lockClock;
    QTimer *m_lockRetry = nullptr;
    QByteArray m_loginSecret;      ///< kept until logged in, for a new connection after a hang-up
    QByteArrayList m_refusedLogins; ///< methods refused on connections the server then closed
    int m_loginConnections = 0;
    std::unique_ptr<Pop3::Session> m_session;
    SyncRequest m_request;
    SyncResult m_result;
    Phase m_phase = Phase::Idle;
    SyncProgress m_progress;

    Pop3::CommandId m_uidlId = 0;
    Pop3::CommandId m_listId = 0;
    bool m_haveUidl = false;
    bool m_haveList = false;
    bool m_uidlSupported = true;
    QHash<int, QByteArray> m_uidByNumber;
    QHash<int, qint64> m_sizeByNumber;
    QHash<QByteArray, int> m_numberByUid;
    QVector<int> m_messageNumbers; ///< in server order, from LIST
    QHash<QByteArray, Store::MessageStatus> m_known;

    QHash<Pop3::CommandId, QByteArray> m_pendingTop;  ///< TOP command -> UIDL (or "" in fallback mode)
    bool m_topAvailable = true; ///< false once CAPA lacks TOP or the server refused one
    /// Previews taken by RETR (no TOP): command -> the message's first bytes, capped.
    QHash<Pop3::CommandId, QByteArray> m_previewRetr;
    QSet<int> m_previewUnavailable; ///< message numbers too large for a preview by RETR
    QVector<Store::HeaderUpdate> m_headerUpdates;
    QHash<QByteArray, Store::SearchDocument> m_previewDocuments; ///< search documents of m_headerUpdates, by UIDL
    std::future<void> m_previewIndexing; ///< the index of the previews saved last, written beside the transfer
    QHash<int, Store::HeaderUpdate> m_fallbackHeaders; ///< message number -> its preview (no UIDL yet)

    QHash<Pop3::CommandId, QByteArray> m_pendingRetr; ///< RETR command -> UIDL
    std::unique_ptr<Store::IncomingMessage> m_incoming;
    Pop3::CommandId m_incomingId = 0;
    std::vector<std::unique_ptr<Store::IncomingMessage>> m_batch;
    qint64 m_batchBytes = 0;
    int m_batchMessages = 500;
    qint64 m_batchMaxBytes = 32 * 1024 * 1024;
    QElapsedTimer m_batchClock; ///< since the first message of the uncommitted batch arrived
    std::vector<std::unique_ptr<Store::IncomingMessage>> m_syncing; ///< placed, files being synced
    /// What the thread beside the transfer did for one batch.
    struct AsideWork {
        bool synced = false;    ///< the batch's files and their directory are on disk
        qint64 indexingNs = 0;  ///< spent decoding it and indexing the batch before
    };
    std::future<AsideWork> m_fileSync; ///< the sync of m_syncing's files (and more), while it runs
    QVector<Store::SearchDocument> m_unindexed; ///< of messages committed, not yet in the search index
    qint64 m_indexingNs = 0;
    QVector<QByteArray> m_committedThisRun;

    QHash<Pop3::CommandId, QByteArray> m_pendingDele;
    QSet<QByteArray> m_deleIssued;
    QVector<QByteArray> m_deletedUnconfirmed;
    TriageHook *m_triage = nullptr;
    TriageDecisions m_triageDecisions;
    bool m_previewBeforeDownload = false; ///< the hook judges new messages before they are downloaded
    QVector<QByteArray> m_previewedThisRun;
    enum class TriageState { NotStarted, Pending, Done } m_triageState = TriageState::NotStarted;

    Pop3::CommandId m_quitId = 0;
    bool m_loggedIn = false;     ///< the session is ready (logged in, CAPA again)
    bool m_quitAnswered = false; ///< QUIT has its reply (and the deletions are recorded)
    Failure m_failure = Failure::None;
    bool m_advancing = false;    ///< advance() is running (a call from within only asks for another round)
    bool m_advanceAgain = false;
};

/// A readable name of a phase, for progress lines.
QString phaseName(Phase phase);

} // namespace Poplar::Sync

Q_DECLARE_METATYPE(Poplar::Sync::SyncProgress)
Q_DECLARE_METATYPE(Poplar::Sync::SyncResult)

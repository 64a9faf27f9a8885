#include "sync/SyncEngine.h"

#include "sync/Reconcile.h"
#include "sync/Retention.h"
#include "sync/RetentionWarning.h"
#include "sync/RetrPreview.h"

#include "log/Logging.h"

#include "mime/HeaderSummary.h"
#include "mime/SearchText.h"
#include "pop3/Listing.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

namespace Poplar::Sync {

namespace {

constexpr int HeaderCommitBatch = 500;
/// How often a run waiting for another program's account lock tries again.
constexpr int LockPollMs = 100;

} // namespace

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Idle: return QStringLiteral("idle");
    case Phase::Connecting: return QStringLiteral("connecting");
    case Phase::Listing: return QStringLiteral("listing");
    case Phase::FetchingHeaders: return QStringLiteral("headers");
    case Phase::Downloading: return QStringLiteral("downloading");
    case Phase::Deleting: return QStringLiteral("deleting");
    case Phase::Quitting: return QStringLiteral("quitting");
    case Phase::Done: return QStringLiteral("done");
    case Phase::Failed: return QStringLiteral("failed");
    }
    return {};
}

SyncEngine::SyncEngine(Store::MessageStore &store, Net::TransportFactory *factory, QObject *parent)
    : QObject(parent), m_store(store), m_factory(factory)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncResult>();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setCommitBatch(int messages, qint64 bytes)
{
    m_batchMessages = qMax(1, messages);
    m_batchMaxBytes = qMax<qint64>(1, bytes);
}

void SyncEngine::start(const SyncRequest &request)
{
    Q_ASSERT(m_phase == Phase::Idle);
    m_request = request;
    m_request.secret.clear();
    QString error;
    const auto settings = request.account.sessionSettings(&error);
    if (!settings) {
        m_result.error.kind = Pop3::Error::Kind::InvalidSettings;
        m_result.error.message = error;
        m_failure = Failure::Ended;
        QMetaObject::invokeMethod(this, &SyncEngine::advance, Qt::QueuedConnection); // finished comes after start()
        return;
    }
    if (m_store.isReadOnly()) {
        QMetaObject::invokeMethod(this, [this] { failStore(Store::Profile::readOnlyMessage()); }, Qt::QueuedConnection);
        return;
    }
    m_lockClock.start();
    acquireLockAndRun(request.secret);
}

void SyncEngine::acquireLockAndRun(QByteArray secret)
{
    if (ended())
        return;
    Store::AccountLock::Holder holder;
    QString error;
    m_lock = Store::AccountLock::tryAcquire(m_store.profileDir(), m_request.account.id, &holder, &error);
    if (m_lock) {
        run(secret);
        secret.fill('\0');
        return;
    }
    if (!error.isEmpty()) {
        secret.fill('\0');
        QMetaObject::invokeMethod(this, [this, error] { failStore(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_lockClock.elapsed() >= m_lockWaitMs) {
        secret.fill('\0');
        m_result.error.kind = Pop3::Error::Kind::AccountBusy;
        m_result.error.message = tr("busy: %1 is writing this account").arg(holder.describe());
        m_failure = Failure::Ended;
        QMetaObject::invokeMethod(this, &SyncEngine::advance, Qt::QueuedConnection);
        return;
    }
    qCDebug(Log::sync) << "account" << m_request.account.id << "waits for" << holder.pid << holder.program;
    if (!m_lockRetry) {
        m_lockRetry = new QTimer(this);
        m_lockRetry->setSingleShot(true);
    }
    m_lockRetry->disconnect();
    connect(m_lockRetry, &QTimer::timeout, this, [this, secret] { acquireLockAndRun(secret); });
    m_lockRetry->start(LockPollMs);
}

void SyncEngine::run(const QByteArray &secret)
{
    const SyncRequest &request = m_request;
    // Holding the lock, this run is the only writer of the account: what is left in tmp/ is stale.
    m_store.removeStaleDownloads(request.account.id);
    QString error;
    if (request.operation == Operation::DeleteOnServer
        && !m_store.setDeleteRequested(request.account.id, request.uids, true, &error)) {
        failStore(error);
        return;
    }
    if (request.operation == Operation::Download) {
        // A stored file found gone or cut is fetched again below if the server still has it.
        QVector<QByteArray> damaged;
        if (!m_store.markMissingFiles(request.account.id, &damaged, &error)) {
            failStore(error);
            return;
        }
        if (!damaged.isEmpty())
            QMetaObject::invokeMethod(this, [this, damaged] { emit messagesChanged(m_request.account.id, damaged); },
                                      Qt::QueuedConnection);
    }
    auto known = m_store.statuses(request.account.id);
    if (!known) {
        failStore(known.error());
        return;
    }
    m_known = std::move(known).value();
    if (m_triage) {
        m_triageDecisions = m_triage->standing(request.account.id);
        m_previewBeforeDownload = m_triage->judgesBeforeDownload(request.account.id);
    }
    qCDebug(Log::sync) << "account" << request.account.id << "operation" << int(request.operation) << "with"
                       << m_known.size() << "known messages," << request.uids.size() << "named";
    m_loginSecret = secret;
    openSession();
}

void SyncEngine::openSession()
{
    QString error;
    auto settings = m_request.account.sessionSettings(&error); // checked valid by start()
    settings->skipLoginMethods = m_refusedLogins;
    ++m_loginConnections;
    m_session = std::make_unique<Pop3::Session>(m_factory);
    connect(m_session.get(), &Pop3::Session::ready, this, [this] {
        m_loginSecret.fill('\0');
        m_loginSecret.clear();
        m_result.loginDelaySeconds = m_session->capabilities().loginDelaySeconds();
        m_result.server = Account::ServerFacts{QDateTime::currentDateTimeUtc(), m_session->mechanismUsed(),
                                               m_session->capabilities().expireDays(), m_result.loginDelaySeconds};
        m_result.retentionWarning = retentionWarning(m_session->capabilities().expireDays(), m_request.account.policy,
                                                     m_request.account.policyDays);
        // Without CAPA nothing says TOP is missing; a refused TOP says it later.
        m_topAvailable = !m_session->capabilities().isKnown() || m_session->capabilities().top();
        m_result.topUnavailable = !m_topAvailable;
        m_loggedIn = true;
        advance();
    });
    connect(m_session.get(), &Pop3::Session::replyReceived, this, &SyncEngine::onReply);
    connect(m_session.get(), &Pop3::Session::bodyChunk, this, &SyncEngine::onBodyChunk);
    connect(m_session.get(), &Pop3::Session::failed, this, &SyncEngine::onSessionFailed);
    connect(m_session.get(), &Pop3::Session::protocolTrace, this, &SyncEngine::protocolTrace);
    advance(); // connecting
    m_session->open(*settings, m_loginSecret);
    // Queued now, they wait for the login; a server that pipelines gets them right behind the
    // post-login CAPA instead of one round trip later.
    m_uidlId = m_session->uidl();
    m_listId = m_session->list();
}

bool SyncEngine::reconnectForNextLogin(const Pop3::Error &error)
{
    // The issue is the connection, not the method: some servers hang up after a refused login.
    // Only automatic login goes on, only after a refusal on that connection, a bounded number of times.
    constexpr int MaxLoginConnections = 4;
    if (error.kind != Pop3::Error::Kind::ConnectionClosed || m_phase != Phase::Connecting
        || m_request.account.auth != Pop3::AuthMethod::Automatic || m_loginConnections >= MaxLoginConnections
        || !m_session || m_session->loginMethodsRefused().isEmpty())
        return false;
    m_refusedLogins += m_session->loginMethodsRefused();
    qCDebug(Log::sync) << "the server closed the connection after refusing" << m_refusedLogins
                       << "; the next login method on a new connection";
    // Inside the old session's own signal: it goes once that has returned.
    Pop3::Session *old = m_session.release();
    old->disconnect(this);
    old->deleteLater();
    openSession();
    return true;
}

void SyncEngine::stop()
{
    if (ended())
        return;
    if (m_session) {
        m_session->stop(); // RSET and QUIT when the connection allows, within a bound
    } else if (m_lockRetry && m_lockRetry->isActive()) {
        m_lockRetry->stop(); // still waiting for another program's lock
        m_lockRetry->disconnect();
        m_result.error.kind = Pop3::Error::Kind::Aborted;
        m_result.error.message = tr("stopped");
        m_failure = Failure::Ended;
        advance();
    }
}

void SyncEngine::reportProgress()
{
    emit progress(m_progress);
}

// ---- replies ----

void SyncEngine::onReply(const Pop3::Reply &reply)
{
    if (ended())
        return; // what an aborted session still reports
    if (reply.id == m_uidlId)
        onUidl(reply);
    else if (reply.id == m_listId)
        onList(reply);
    else if (m_pendingTop.contains(reply.id))
        onTop(reply);
    else if (m_pendingRetr.contains(reply.id))
        onRetr(reply);
    else if (m_pendingDele.contains(reply.id)) {
        const QByteArray uid = m_pendingDele.take(reply.id);
        if (reply.ok)
            m_deletedUnconfirmed.append(uid);
        ++m_progress.done;
        reportProgress();
    } else if (reply.id == m_quitId) {
        // Deletions take effect only now (RFC 1939 section 6), and only with +OK.
        QString error;
        if (reply.ok && !m_store.markDeletedOnServer(m_request.account.id, m_deletedUnconfirmed, &error)) {
            failStore(error);
            return;
        }
        if (reply.ok) {
            m_result.deleted = int(m_deletedUnconfirmed.size());
            emit messagesChanged(m_request.account.id, m_deletedUnconfirmed);
        }
        m_quitAnswered = true;
    }
    advance();
}

void SyncEngine::onUidl(const Pop3::Reply &reply)
{
    m_haveUidl = true;
    if (!reply.ok) {
        m_uidlSupported = false;
        m_result.usedFallbackKeys = true;
        return;
    }
    const auto listing = Pop3::parseUidListing(reply.body);
    const UidMap keys = mapUids(listing.entries);
    m_result.unusableListings += int(listing.invalidLines.size()) + keys.unusable;
    m_uidByNumber = keys.uidByNumber;
    m_numberByUid = keys.numberByUid;
}

void SyncEngine::onList(const Pop3::Reply &reply)
{
    m_haveList = true;
    if (!reply.ok) {
        Pop3::Error error;
        error.kind = Pop3::Error::Kind::ProtocolViolation;
        error.message = tr("The server refused to list its messages.");
        error.serverText = reply.status.text;
        error.code = reply.status.code;
        failSession(error);
        return;
    }
    const auto listing = Pop3::parseScanListing(reply.body);
    for (const Pop3::ScanEntry &e : listing.entries) {
        if (!m_sizeByNumber.contains(e.message))
            m_messageNumbers.append(e.message);
        m_sizeByNumber.insert(e.message, e.octets);
    }
    if (!m_uidlSupported) {
        // Without UIDL every message's headers are needed to key it: TOP n with the preview.
        for (int n : std::as_const(m_messageNumbers)) {
            requestPreview(n, {});
        }
        m_progress.total = int(m_messageNumbers.size());
    }
}

bool SyncEngine::requestPreview(int n, const QByteArray &uid)
{
    if (m_topAvailable) {
        m_pendingTop.insert(m_session->top(n, m_request.account.previewLines), uid);
        return true;
    }
    // Same cap as a TOP reply: a message that fits is read whole, anything larger is not read.
    const qint64 cap = qMin<qint64>(m_session->settings().maxTopBytes, Store::MaxPreviewBytes);
    if (m_sizeByNumber.value(n, cap + 1) > cap) {
        ++m_result.headersUnavailable;
        m_previewUnavailable.insert(n);
        return false;
    }
    const Pop3::CommandId id = m_session->retr(n);
    m_pendingTop.insert(id, uid);
    m_previewRetr.insert(id, QByteArray());
    return true;
}

void SyncEngine::onTop(const Pop3::Reply &topReply)
{
    Pop3::Reply reply = topReply;
    const QByteArray uid = m_pendingTop.take(reply.id);
    const bool byRetr = m_previewRetr.contains(reply.id);
    if (byRetr) {
        const qint64 cap = qMin<qint64>(m_session->settings().maxTopBytes, Store::MaxPreviewBytes);
        reply.body = previewFromMessage(m_previewRetr.take(reply.id), m_request.account.previewLines, cap, true,
                                        &reply.truncated);
    } else if (!reply.ok && m_topAvailable && reply.status.code == Pop3::ResponseCode::None) {
        // A server that hides TOP from CAPA (or has none) refuses it: previews come by RETR instead.
        m_topAvailable = false;
        m_result.topUnavailable = true;
    }
    if (!reply.ok && !byRetr && !m_topAvailable) {
        if (!requestPreview(reply.message, uid)) {
            ++m_progress.done;
            reportProgress();
        }
        return;
    }
    ++m_progress.done;
    reportProgress();
    if (!reply.ok)
        return;
    // The session keeps at most SessionSettings::maxTopBytes of a preview and says when it cut.
    // One parse gives the list's summary and the search index's text.
    const Mime::SummaryAndText parsed = Mime::summaryAndText(reply.body);
    Store::HeaderUpdate update{uid, reply.body, parsed.summary, reply.truncated};
    if (uid.isEmpty()) {
        m_fallbackHeaders.insert(reply.message, update);
        return;
    }
    m_headerUpdates.append(update);
    m_previewDocuments.insert(uid, Store::SearchDocument::fromText(parsed.text, Store::SearchSource::Preview));
    if (m_headerUpdates.size() >= HeaderCommitBatch)
        saveHeaders();
}

bool SyncEngine::saveHeaders()
{
    if (m_headerUpdates.isEmpty())
        return true;
    if (m_previewIndexing.valid()) // the previews before are in the index first
        m_previewIndexing.get();
    QString error;
    if (!m_store.saveHeaders(m_request.account.id, m_headerUpdates, &error)) {
        failStore(error);
        return false;
    }
    qCDebug(Log::sync) << "committed headers of" << m_headerUpdates.size() << "messages";
    // Their text goes into the search index on a thread of its own while more previews arrive.
    m_previewIndexing = std::async(std::launch::async, [this, accountId = m_request.account.id,
                                                        updates = m_headerUpdates,
                                                        documents = std::exchange(m_previewDocuments, {})] {
        indexAside([&](Store::SearchIndex &index, QString *indexError) {
            return index.indexPreviews(accountId, updates, indexError, documents);
        });
    });
    QVector<QByteArray> uids;
    uids.reserve(m_headerUpdates.size());
    for (const Store::HeaderUpdate &u : std::as_const(m_headerUpdates))
        uids.append(u.uid);
    m_previewedThisRun += uids;
    m_headerUpdates.clear();
    emit messagesChanged(m_request.account.id, uids);
    return true;
}

void SyncEngine::onSessionFailed(const Pop3::Error &error)
{
    if (ended())
        return; // an aborted session reports Aborted: the error that ended the run stays
    if (reconnectForNextLogin(error))
        return;
    m_result.error = error;
    m_failure = Failure::Ended;
    advance();
}

void SyncEngine::failSession(const Pop3::Error &error)
{
    if (ended())
        return;
    m_result.error = error;
    m_failure = Failure::Abort;
    advance();
}

void SyncEngine::failStore(const QString &message)
{
    if (ended())
        return;
    m_result.storeError = message;
    m_failure = Failure::Store;
    advance();
}

// ---- the step function ----

Phase SyncEngine::nextPhase() const
{
    if (ended())
        return m_phase;
    if (m_failure != Failure::None)
        return Phase::Failed;
    switch (m_phase) {
    case Phase::Idle:
        return m_session ? Phase::Connecting : Phase::Idle;
    case Phase::Connecting:
        return m_loggedIn ? Phase::Listing : Phase::Connecting;
    case Phase::Listing:
        return m_haveUidl && m_haveList && m_pendingTop.isEmpty() ? Phase::FetchingHeaders : Phase::Listing;
    case Phase::FetchingHeaders:
        if (!m_pendingTop.isEmpty() || (m_triage && m_triageState != TriageState::Done))
            return Phase::FetchingHeaders;
        return m_request.operation == Operation::Download || !m_triageDecisions.download.isEmpty()
                   ? Phase::Downloading
                   : Phase::Deleting;
    case Phase::Downloading:
        return m_pendingRetr.isEmpty() ? Phase::Deleting : Phase::Downloading;
    case Phase::Deleting:
        return m_pendingDele.isEmpty() ? Phase::Quitting : Phase::Deleting;
    case Phase::Quitting:
        return m_quitAnswered ? Phase::Done : Phase::Quitting;
    case Phase::Done:
    case Phase::Failed:
        break;
    }
    return m_phase;
}

void SyncEngine::advance()
{
    // What a phase sets off may call back in (a store failure, a reply already there): the loop
    // takes that up instead of a nested step.
    if (m_advancing) {
        m_advanceAgain = true;
        return;
    }
    m_advancing = true;
    // All headers are in: triage judges the stored previews before anything is downloaded.
    const auto triageDue = [this] {
        return m_phase == Phase::FetchingHeaders && m_pendingTop.isEmpty() && m_triage
               && m_triageState == TriageState::NotStarted && m_failure == Failure::None;
    };
    do {
        m_advanceAgain = false;
        if (triageDue() && saveHeaders())
            startTriage();
        for (Phase next = nextPhase(); next != m_phase; next = nextPhase()) {
            if (next != Phase::Failed && !leave(m_phase))
                continue; // leaving failed: the next round ends the run
            qCDebug(Log::sync) << "account" << m_request.account.id << "phase" << phaseName(next);
            m_phase = next;
            enter(next);
        }
        // Entering the headers phase with no preview to wait for makes triage due at once.
        m_advanceAgain = m_advanceAgain || triageDue();
    } while (m_advanceAgain);
    m_advancing = false;
}

bool SyncEngine::leave(Phase phase)
{
    QString error;
    switch (phase) {
    case Phase::FetchingHeaders:
        return saveHeaders();
    case Phase::Downloading:
        if (!commitBatch(&error)) {
            m_result.storeError = error;
            m_failure = Failure::Store;
            return false;
        }
        deleteCommitted();
        return true;
    default:
        return true;
    }
}

void SyncEngine::enter(Phase phase)
{
    m_progress = SyncProgress{phase, 0, 0, 0, 0};
    switch (phase) {
    case Phase::Idle:
    case Phase::Connecting:
        reportProgress(); // the session opens in run()
        return;
    case Phase::Listing:
        reportProgress(); // UIDL and LIST went out with the login (openSession)
        return;
    case Phase::FetchingHeaders:
        reportProgress();
        recordListing();
        return;
    case Phase::Downloading:
        startDownloads();
        return;
    case Phase::Deleting:
        startDeletions();
        return;
    case Phase::Quitting:
        reportProgress();
        if (m_quitId == 0) // unless it went behind the last RETR (startDownloads)
            m_quitId = m_session->quit();
        return;
    case Phase::Done:
    case Phase::Failed:
        end();
        return;
    }
}

void SyncEngine::end()
{
    if (m_previewIndexing.valid()) // a run ends with its previews in the search index
        m_previewIndexing.get();
    if (m_phase == Phase::Failed) {
        // No deletion may follow a failure: aborting drops every pending DELE. The session's own
        // report of the abort finds the run ended and changes nothing.
        if (m_session && m_failure != Failure::Ended)
            m_session->abort();
        if (m_failure != Failure::Store) {
            // Complete messages are kept; the one cut off is not.
            m_incoming.reset();
            QString error;
            if (!commitBatch(&error))
                m_result.storeError = error;
        }
    }
    if (!m_unindexed.isEmpty()) {
        QElapsedTimer clock;
        clock.start();
        if (QString error; !m_search.writeDocuments(std::exchange(m_unindexed, {}), &error)) // catchUp retries
            qCWarning(Log::sync) << "search index not updated:" << error;
        m_indexingNs += clock.nsecsElapsed();
    }
    if (m_triage && !m_committedThisRun.isEmpty())
        m_triage->downloaded(m_request.account.id, m_committedThisRun);
    m_loginSecret.fill('\0');
    m_loginSecret.clear();
    m_lock.reset(); // the next run of this account, here or in another program, may go on
    qCDebug(Log::sync) << "account" << m_request.account.id << phaseName(m_phase) << "new" << m_result.newMessages
                       << "downloaded" << m_result.downloaded << "bytes" << m_result.bytesDownloaded << "deleted"
                       << m_result.deleted << "oversized" << m_result.skippedOversized << "unusable"
                       << m_result.unusableListings << "error" << Pop3::Error::kindName(m_result.error.kind)
                       << m_result.storeError;
    reportProgress();
    emit finished(m_result);
}

void SyncEngine::recordListing()
{
    if (!m_uidlSupported) {
        QHash<int, Mime::HeaderSummary> previews;
        for (auto it = m_fallbackHeaders.constBegin(); it != m_fallbackHeaders.constEnd(); ++it)
            previews.insert(it.key(), it->summary);
        const UidMap keys = fallbackKeys(m_messageNumbers, previews, m_sizeByNumber, m_previewUnavailable);
        m_result.unusableListings += keys.unusable;
        m_uidByNumber = keys.uidByNumber;
        m_numberByUid = keys.numberByUid;
    }
    MergedListing merged = mergeListing(m_messageNumbers, m_sizeByNumber, {m_uidByNumber, m_numberByUid, 0},
                                        m_uidlSupported);
    m_result.unusableListings += merged.unlisted;
    m_numberByUid = std::move(merged.numberByUid);
    const QVector<Store::ServerMessage> &listing = merged.messages;
    QVector<QByteArray> newUids;
    QString error;
    if (!m_store.recordListing(m_request.account.id, listing, &newUids, &error, &m_known)) {
        failStore(error);
        return;
    }
    m_result.newMessages = int(newUids.size());
    qCDebug(Log::sync) << "listed" << listing.size() << "messages," << newUids.size() << "new";
    // The store now says what the listing said; the copy here follows without reading it again.
    QVector<QByteArray> changed = newUids;
    QSet<QByteArray> listed;
    listed.reserve(listing.size());
    for (const Store::ServerMessage &m : std::as_const(listing)) {
        listed.insert(m.uid);
        Store::MessageStatus &status = m_known[m.uid];
        if (!status.onServer && status.id != 0)
            changed.append(m.uid);
        status.onServer = true;
        status.serverSize = m.size;
    }
    for (auto it = m_known.begin(); it != m_known.end(); ++it) {
        if (it->onServer && !listed.contains(it.key())) {
            it->onServer = false;
            changed.append(it.key());
        }
    }
    if (!changed.isEmpty())
        emit messagesChanged(m_request.account.id, changed);

    if (!m_uidlSupported) {
        for (const QByteArray &uid : std::as_const(newUids)) {
            Store::HeaderUpdate update = m_fallbackHeaders.value(m_numberByUid.value(uid));
            update.uid = uid;
            m_headerUpdates.append(update);
        }
    } else {
        // Headers for what is new, and for what an earlier run left without; not for messages
        // this run downloads anyway, whose headers come with them.
        QVector<QByteArray> wanted = newUids;
        const auto withoutHeaders = m_store.uidsWithoutHeaders(m_request.account.id);
        if (!withoutHeaders) {
            failStore(withoutHeaders.error());
            return;
        }
        // A set, not the list: a first check of 50,000 would compare 50,000 times 50,000 UIDLs.
        const QSet<QByteArray> fresh(newUids.cbegin(), newUids.cend());
        for (const QByteArray &uid : withoutHeaders.value()) {
            if (!fresh.contains(uid) && m_numberByUid.contains(uid))
                wanted.append(uid);
        }
        for (const QByteArray &uid : std::as_const(wanted)) {
            if (!willDownload(uid) || m_previewBeforeDownload) // triage judges them before RETR
                requestPreview(m_numberByUid.value(uid), uid); // or listed by its size alone
        }
        m_progress.total = int(m_pendingTop.size());
    }
    reportProgress();
}

bool SyncEngine::willDownload(const QByteArray &uid) const
{
    if (m_request.operation != Operation::Download && !m_triageDecisions.download.contains(uid))
        return false;
    const auto status = m_known.constFind(uid);
    if (status == m_known.constEnd() || (status->downloaded && !status->damaged) || !m_numberByUid.contains(uid))
        return false;
    if (!m_request.uids.isEmpty() || m_triageDecisions.download.contains(uid))
        return m_request.uids.contains(uid) || m_triageDecisions.download.contains(uid);
    // A check downloads only what triage asked for ("download now").
    if (m_request.operation != Operation::Download || m_triageDecisions.neverDownload.contains(uid))
        return false;
    if (m_triageDecisions.alwaysDownload.contains(uid) && !status->localDeleted)
        return true;
    return downloadsByDefault(m_request.account, *status, m_sizeByNumber.value(m_numberByUid.value(uid)));
}

void SyncEngine::startDownloads()
{
    reportProgress();
    QVector<QByteArray> wanted;
    if (m_request.uids.isEmpty()) {
        for (int n : std::as_const(m_messageNumbers)) {
            const QByteArray uid = m_uidByNumber.value(n);
            if (uid.isEmpty())
                continue;
            if (willDownload(uid))
                wanted.append(uid);
            else if (m_request.operation == Operation::Download && !m_triageDecisions.neverDownload.contains(uid)
                     && m_known.contains(uid) && (!m_known.value(uid).downloaded || m_known.value(uid).damaged)
                     && !m_known.value(uid).localDeleted && m_known.value(uid).fetchedBy.isEmpty())
                ++m_result.skippedOversized;
        }
    } else {
        // Explicitly asked for: the size limit does not apply, but nothing is fetched twice.
        for (const QByteArray &uid : std::as_const(m_request.uids)) {
            const auto status = m_known.constFind(uid);
            if (m_numberByUid.contains(uid) && status != m_known.constEnd() && (!status->downloaded || status->damaged))
                wanted.append(uid);
        }
    }
    m_progress.total = int(wanted.size());
    for (const QByteArray &uid : std::as_const(wanted)) {
        const int n = m_numberByUid.value(uid);
        m_progress.bytesTotal += m_sizeByNumber.value(n);
        m_pendingRetr.insert(m_session->retr(n), uid);
    }
    // With no DELE to follow, QUIT changes nothing on the server: it goes right behind the last
    // RETR, so that its reply is there when the last commit is done, a round trip sooner.
    if (!wanted.isEmpty() && !deletionsMayFollow(wanted))
        m_quitId = m_session->quit();
    reportProgress();
}

bool SyncEngine::deletionsMayFollow(const QVector<QByteArray> &downloading) const
{
    if (!m_pendingDele.isEmpty())
        return true;
    // What startDeletions would find now if every message under way were committed: the others
    // as they are, then those as they will be.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QByteArray> others = m_deleIssued;
    QHash<QByteArray, Store::MessageStatus> committed;
    for (const QByteArray &uid : downloading) {
        others.insert(uid);
        markCommitted(committed[uid] = m_known.value(uid), now);
    }
    return !retentionDeletions(m_request.account, m_known, m_numberByUid, others, now).isEmpty()
           || !retentionDeletions(m_request.account, committed, m_numberByUid, m_deleIssued, now).isEmpty();
}

void SyncEngine::startTriage()
{
    if (m_triageState == TriageState::Pending)
        return;
    m_triageState = TriageState::Pending;
    QPointer<SyncEngine> self(this);
    m_triage->judge(m_request.account.id, m_previewedThisRun, [self](const TriageDecisions &decisions) {
        if (!self || self->ended())
            return;
        self->m_triageDecisions.download += decisions.download;
        self->m_triageDecisions.alwaysDownload += decisions.alwaysDownload;
        self->m_triageDecisions.neverDownload += decisions.neverDownload;
        for (const QByteArray &uid : decisions.deleteNow) {
            self->m_triageDecisions.neverDownload.insert(uid);
            if (const auto it = self->m_known.find(uid); it != self->m_known.end())
                it->deleteRequested = true; // the hook requested it in the store
        }
        self->m_triageState = TriageState::Done;
        self->advance();
    });
}

void SyncEngine::startDeletions()
{
    // QUIT went behind the last RETR (startDownloads): a message that became due for deletion
    // during the download (its days ran out, the clock moved) waits for the next run.
    if (m_quitId != 0)
        return;
    const QVector<QByteArray> uids =
        retentionDeletions(m_request.account, m_known, m_numberByUid, m_deleIssued, QDateTime::currentDateTimeUtc());
    const int alreadyPending = int(m_pendingDele.size());
    reportProgress();
    m_progress.total = alreadyPending + int(uids.size());
    for (const QByteArray &uid : uids) {
        m_deleIssued.insert(uid);
        m_pendingDele.insert(m_session->dele(m_numberByUid.value(uid)), uid);
    }
    reportProgress();
}

} // namespace Poplar::Sync

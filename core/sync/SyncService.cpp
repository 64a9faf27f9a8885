#include "sync/SyncService.h"

#include "triage/Triager.h"

#include "store/Integrity.h"

#include "account/Keychain.h"
#include "account/oauth/AccessTokenSource.h"
#include "store/Profile.h"
#include "sync/Runner.h"
#include "sync/SearchCatchUp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>

namespace Poplar::Sync {

/// One run at work for one account, with its progress throttle.
struct SyncService::Running {
    std::unique_ptr<Runner> runner;
    QElapsedTimer sinceProgress;
    Phase lastPhase = Phase::Idle;
};

SyncService::SyncService(QString profileDir, Net::TransportFactory *factory)
    : m_profileDir(std::move(profileDir)), m_factory(factory), m_traceTimer(new QTimer(this))
{
    m_traceTimer->setSingleShot(true);
    m_traceTimer->setInterval(TraceIntervalMs);
    connect(m_traceTimer, &QTimer::timeout, this, &SyncService::flushTrace);
    qRegisterMetaType<SyncRequest>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncResult>();
    qRegisterMetaType<QVector<TraceLine>>();
    qRegisterMetaType<Operation>();
    qRegisterMetaType<QVector<Import::ImportedAccount>>();
    qRegisterMetaType<QVector<QByteArray>>();
    qRegisterMetaType<Pop3::Session::Direction>();
    qRegisterMetaType<Account::AccountSettings>();
}

SyncService::~SyncService()
{
    stopAll();
    qDeleteAll(m_running);
}

void SyncService::initialize()
{
    QString error;
    m_profile = Store::Profile::open(m_profileDir, &error);
    if (m_profile && !m_profile->isReadOnly()) {
        m_triager = std::make_unique<Triage::Triager>(m_profile->database(), m_profile->messages(), m_profileDir);
        connect(m_triager.get(), &Triage::Triager::marksChanged, this, &SyncService::messagesChanged);
    }
    m_keychain = new Account::Keychain(this);
    if (m_profile && !m_profile->isReadOnly()) // messages stored before the search index, or missed by it
        (new SearchCatchUp(m_profile->messages(), this))->start();
    emit ready(m_profile != nullptr, error);
    if (!m_profile || m_profile->isReadOnly())
        return;
    m_trashTimer = new QTimer(this);
    m_trashTimer->setInterval(TrashExpiryIntervalMs);
    connect(m_trashTimer, &QTimer::timeout, this, &SyncService::expireTrash);
    m_trashTimer->start();
    expireTrash();
}

void SyncService::expireTrash()
{
    QString error;
    QHash<qint64, QVector<QByteArray>> deleted;
    // Files a crash left after their rows were committed as deleted go first.
    if (!m_profile || !m_profile->trash().removeRecordedFiles(&error)
        || !m_profile->trash().expire(QDateTime::currentDateTimeUtc(), &deleted, &error)) {
        if (!error.isEmpty())
            emit storeError(error);
        return;
    }
    for (auto it = deleted.constBegin(); it != deleted.constEnd(); ++it)
        emit messagesChanged(it.key(), it.value());
}

void SyncService::changeTrash(qint64 accountId, TrashChange change, const QVector<QByteArray> &uids)
{
    QString error;
    QVector<QByteArray> changed;
    bool ok = writable(&error);
    if (ok) {
        Store::Trash &trash = m_profile->trash();
        switch (change) {
        case TrashChange::MoveToTrash: ok = trash.moveToTrash(accountId, uids, &changed, &error); break;
        case TrashChange::Restore: ok = trash.restore(accountId, uids, &changed, &error); break;
        case TrashChange::DeleteForGood: ok = trash.deleteForGood(accountId, uids, &changed, &error); break;
        case TrashChange::Empty: ok = trash.empty(accountId, &changed, &error); break;
        }
    }
    if (!ok)
        emit storeError(error);
    if (!changed.isEmpty())
        emit messagesChanged(accountId, changed);
}

void SyncService::setTrashKeepDays(int days)
{
    QString error;
    if (!writable(&error) || !m_profile->trash().setKeepDays(days, &error)) {
        emit storeError(error);
        return;
    }
    expireTrash();
}

void SyncService::start(const SyncRequest &request)
{
    if (!m_profile)
        return;
    const qint64 id = request.account.id;
    m_waiting[id].push_back(request);
    if (!m_running.contains(id))
        startNext(id);
}

void SyncService::startNext(qint64 accountId)
{
    auto it = m_waiting.find(accountId);
    if (it == m_waiting.end() || it->empty())
        return;
    SyncRequest request = std::move(it->front());
    it->pop_front();
    auto *running = new Running;
    running->runner = std::make_unique<Runner>(*m_profile, m_keychain, m_factory);
    running->runner->setLockWait(LockWaitMs);
    running->runner->setTriage(m_triager.get());
    running->sinceProgress.start();
    m_running.insert(accountId, running);
    Runner *runner = running->runner.get();
    connect(runner, &Runner::progress, this, [this, accountId, running](const SyncProgress &p) {
        const bool phaseChanged = p.phase != running->lastPhase;
        if (!phaseChanged && p.done != p.total && running->sinceProgress.elapsed() < ProgressIntervalMs)
            return;
        running->lastPhase = p.phase;
        running->sinceProgress.restart();
        emit progress(accountId, p);
    });
    connect(runner, &Runner::messagesChanged, this, &SyncService::messagesChanged);
    connect(runner, &Runner::protocolTrace, this,
            [this, accountId](Pop3::Session::Direction d, const QByteArray &line) { addTrace(accountId, d, line); });
    connect(runner, &Runner::finished, this, [this, accountId](const SyncResult &r) { onRunFinished(accountId, r); },
            Qt::QueuedConnection); // the runner may not be destroyed inside its own signal
    // Busy from now on, while the secret is fetched too: Stop applies to a password command.
    emit syncStarted(accountId, request.operation);
    runner->start(request);
    request.secret.fill('\0');
}

void SyncService::onRunFinished(qint64 accountId, const SyncResult &result)
{
    std::unique_ptr<Running> running(m_running.take(accountId));
    flushTrace();
    // A missing login password is asked for; a missing proxy password is an error to fix in the
    // account's proxy settings.
    if (result.secretMissing != SecretSource::None && result.secretMissing != SecretSource::ProxyKeychain && running)
        emit secretNeeded(running->runner->request(), result.error.message);
    else
        emit finished(accountId, result);
    startNext(accountId);
}

void SyncService::addTrace(qint64 accountId, Pop3::Session::Direction direction, const QByteArray &line)
{
    m_trace[accountId].append({direction, line, QDateTime::currentMSecsSinceEpoch()});
    if (!m_traceTimer->isActive())
        m_traceTimer->start();
}

void SyncService::flushTrace()
{
    m_traceTimer->stop();
    const QHash<qint64, QVector<TraceLine>> batches = std::exchange(m_trace, {});
    for (auto it = batches.cbegin(); it != batches.cend(); ++it)
        emit protocolTrace(it.key(), it.value());
}

void SyncService::stop(qint64 accountId)
{
    dropWaiting(accountId);
    if (Running *running = m_running.value(accountId))
        running->runner->stop();
}

void SyncService::dropWaiting(qint64 accountId)
{
    const std::deque<SyncRequest> dropped = m_waiting.take(accountId);
    for (const SyncRequest &request : dropped) {
        if (request.tag == 0)
            continue;
        SyncResult result;
        result.tag = request.tag;
        result.error.kind = Pop3::Error::Kind::Aborted;
        result.error.message = QCoreApplication::translate("Poplar::Sync::SyncEngine", "stopped");
        emit finished(accountId, result);
    }
}

void SyncService::stopAll()
{
    const QList<qint64> waiting = m_waiting.keys();
    for (qint64 accountId : waiting)
        dropWaiting(accountId);
    for (Running *running : std::as_const(m_running))
        running->runner->stop();
}

bool SyncService::writable(QString *error) const
{
    if (m_profile && m_profile->isReadOnly()) {
        *error = Store::Profile::readOnlyMessage();
        return false;
    }
    return m_profile != nullptr;
}

void SyncService::setSeen(qint64 accountId, const QVector<QByteArray> &uids, bool seen)
{
    QString error;
    if (m_profile && m_profile->isReadOnly())
        return; // looking at a message in a read-only profile is no reason for an error
    if (!m_profile || !m_profile->messages().setSeen(accountId, uids, seen, &error))
        emit storeError(error);
}

void SyncService::setDeleteRequested(qint64 accountId, const QVector<QByteArray> &uids, bool requested)
{
    QString error;
    if (!writable(&error) || !m_profile->messages().setDeleteRequested(accountId, uids, requested, &error))
        emit storeError(error);
    else
        emit messagesChanged(accountId, uids);
}

void SyncService::verifyStored(qint64 accountId)
{
    if (!m_profile)
        return;
    m_verifyCancelled = false;
    const auto read = m_profile->messages().messages(accountId, Store::MessageStore::Headers::Omit);
    if (!read) {
        emit storeError(read.error());
        emit verifyFinished(accountId, 0, {}, false);
        return;
    }
    const QVector<Store::StoredMessage> &messages = read.value();
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const Store::VerifyReport report = Store::verifyFiles(messages, [&](int done, int total) {
        if (sinceProgress.elapsed() >= ProgressIntervalMs || done == total) {
            emit verifyProgress(accountId, done, total);
            sinceProgress.restart();
        }
        return !m_verifyCancelled;
    });
    QString error;
    if (!m_profile->messages().setFileStates(accountId, report.states, &error, report.adopted))
        emit storeError(error);
    QVector<QByteArray> changed;
    for (const Store::StoredMessage &m : messages) {
        if (report.states.contains(m.uid) && report.states.value(m.uid) != m.fileState)
            changed.append(m.uid);
    }
    if (!changed.isEmpty())
        emit messagesChanged(accountId, changed);
    QStringList damaged;
    for (const Store::StoredMessage &m : report.damaged)
        damaged << Store::fileStateDescription(m);
    emit verifyFinished(accountId, report.checked, damaged, m_verifyCancelled);
}

void SyncService::setFileStates(qint64 accountId, const QHash<QByteArray, Store::FileState> &states)
{
    QString error;
    if (!m_profile || !m_profile->messages().setFileStates(accountId, states, &error))
        emit storeError(error);
    else
        emit messagesChanged(accountId, states.keys());
}

void SyncService::saveAccount(const Account::AccountSettings &account)
{
    QString error;
    Account::AccountSettings saved = account;
    bool ok = false;
    if (!writable(&error)) {
        ok = false;
    } else if (account.id == 0) {
        saved.id = m_profile->accounts().add(account, &error);
        ok = saved.id != 0;
    } else {
        ok = m_profile->accounts().update(account, &error);
    }
    emit accountSaved(saved, ok, error);
}

void SyncService::importAccounts(const Import::Found &found)
{
    if (!m_profile) {
        emit imported({}, tr("The profile is not open."));
        return;
    }
    const Import::ImportReport report = Import::importAccounts(m_profile->accounts(), m_profile->messages(), found, false);
    emit imported(report.accounts, report.error);
}

void SyncService::removeAccount(qint64 accountId, bool deleteMessages)
{
    stop(accountId);
    QString error;
    const bool ok = writable(&error) && m_profile->accounts().remove(accountId, &error);
    if (ok && deleteMessages)
        QDir(m_profile->messages().messageDir(accountId)).removeRecursively();
    emit accountRemoved(accountId, ok, error);
}

// ---- SyncThread ----

SyncThread::SyncThread(const QString &profileDir, Net::TransportFactory *factory, QObject *parent)
    : QObject(parent), m_service(new SyncService(profileDir, factory))
{
    m_thread.setObjectName(QStringLiteral("poplar-sync"));
    m_service->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_service, &SyncService::initialize, Qt::QueuedConnection);
}

SyncThread::~SyncThread()
{
    QMetaObject::invokeMethod(m_service, &SyncService::stopAll, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncThread::start(const SyncRequest &request)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, request] { s->start(request); }, Qt::QueuedConnection);
}

void SyncThread::stop(qint64 accountId)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, accountId] { s->stop(accountId); }, Qt::QueuedConnection);
}

void SyncThread::setSeen(qint64 accountId, const QVector<QByteArray> &uids, bool seen)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, accountId, uids, seen] { s->setSeen(accountId, uids, seen); },
                              Qt::QueuedConnection);
}

void SyncThread::changeTrash(qint64 accountId, TrashChange change, const QVector<QByteArray> &uids)
{
    QMetaObject::invokeMethod(
        m_service, [s = m_service, accountId, change, uids] { s->changeTrash(accountId, change, uids); },
        Qt::QueuedConnection);
}

void SyncThread::setTrashKeepDays(int days)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, days] { s->setTrashKeepDays(days); }, Qt::QueuedConnection);
}

void SyncThread::setDeleteRequested(qint64 accountId, const QVector<QByteArray> &uids, bool requested)
{
    QMetaObject::invokeMethod(
        m_service, [s = m_service, accountId, uids, requested] { s->setDeleteRequested(accountId, uids, requested); },
        Qt::QueuedConnection);
}

void SyncThread::verifyStored(qint64 accountId)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, accountId] { s->verifyStored(accountId); }, Qt::QueuedConnection);
}

void SyncThread::setFileStates(qint64 accountId, const QHash<QByteArray, Store::FileState> &states)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, accountId, states] { s->setFileStates(accountId, states); },
                              Qt::QueuedConnection);
}

void SyncThread::saveAccount(const Account::AccountSettings &account)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, account] { s->saveAccount(account); }, Qt::QueuedConnection);
}

void SyncThread::importAccounts(const Import::Found &found)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, found] { s->importAccounts(found); }, Qt::QueuedConnection);
}

void SyncThread::removeAccount(qint64 accountId, bool deleteMessages)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, accountId, deleteMessages] {
        s->removeAccount(accountId, deleteMessages);
    }, Qt::QueuedConnection);
}

} // namespace Poplar::Sync

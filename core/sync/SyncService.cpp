#include "sync/SyncService.h"

#include "store/Integrity.h"

#include "account/Keychain.h"
#include "account/oauth/AccessTokenSource.h"
#include "store/Profile.h"
#include "sync/PasswordCommand.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

namespace Poplar::Sync {

/// One engine at work for one account, with its progress throttle.
struct SyncService::Running {
    std::unique_ptr<SyncEngine> engine;
    QElapsedTimer sinceProgress;
    Phase lastPhase = Phase::Idle;
    int oauthAttempt = -1;     ///< see runWithSecret
    SyncRequest retry;         ///< the request again, without its secret, for the one token retry
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
    m_keychain = new Account::Keychain(this);
    m_proxyKeychain = new Account::Keychain(this, Account::Keychain::Entry::Proxy);
    emit ready(m_profile != nullptr, error);
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
    m_running.insert(accountId, nullptr); // reserved while the secret is fetched
    const Account::AccountSettings &account = request.account;
    if (!request.secret.isEmpty() || account.auth == Pop3::AuthMethod::Gssapi) {
        runWithSecret(std::move(request));
        return;
    }
    if (OAuth::usesStoredToken(account)) {
        runWithToken(std::move(request), false, 0);
        return;
    }
    if (!account.passwordCommand.isEmpty()) {
        // The worker thread may wait for a local command; the UI never does.
        QProcess process;
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), account.passwordCommand});
        PasswordCommandOutput result = readPasswordCommandOutput(process, 60000);
        if (result.succeeded) {
            request.secret = result.output.left(result.output.indexOf('\n')).trimmed();
            result.output.fill('\0');
            runWithSecret(std::move(request));
            return;
        }
        m_running.remove(accountId);
        emit secretNeeded(request, result.error.isEmpty() ? tr("The password command failed.")
                                                          : tr("The password command failed: %1.").arg(result.error));
        startNext(accountId);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_keychain, &Account::Keychain::secretRead, this,
                          [this, connection, request](const QString &name, bool ok, const QByteArray &secret,
                                                      const QString &error) mutable {
                              if (name != request.account.name)
                                  return;
                              disconnect(*connection);
                              if (ok && !secret.isEmpty()) {
                                  request.secret = secret;
                                  runWithSecret(std::move(request));
                                  return;
                              }
                              const qint64 id = request.account.id;
                              m_running.remove(id);
                              emit secretNeeded(request, error);
                              startNext(id);
                          });
    m_keychain->readSecret(account.name);
}

void SyncService::runWithToken(SyncRequest request, bool forceRefresh, int attempt)
{
    auto *source = new OAuth::AccessTokenSource(m_keychain, this);
    connect(source, &OAuth::AccessTokenSource::finished, this,
            [this, source, request, attempt](const QByteArray &secret, const OAuth::Error &error, bool) mutable {
                source->deleteLater();
                const qint64 id = request.account.id;
                if (!error.isError()) {
                    request.secret = secret;
                    runWithSecret(std::move(request), attempt);
                    return;
                }
                m_running.remove(id);
                if (error.kind == OAuth::Error::Kind::Keychain) {
                    emit secretNeeded(request, error.message);
                } else {
                    SyncResult result;
                    result.error = OAuth::loginError(error, request.account.name);
                    result.signInNeeded = error.needsSignIn();
                    emit finished(id, result);
                }
                startNext(id);
            });
    source->fetch(request.account.name, forceRefresh);
}

void SyncService::runWithSecret(SyncRequest request, int oauthAttempt)
{
    if (!request.account.proxy.needsPassword() || !request.account.proxy.password.isEmpty()) {
        startEngine(std::move(request), oauthAttempt);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_proxyKeychain, &Account::Keychain::secretRead, this,
                          [this, connection, request, oauthAttempt](const QString &name, bool ok, const QByteArray &secret,
                                                                    const QString &error) mutable {
                              if (name != request.account.name)
                                  return;
                              disconnect(*connection);
                              const qint64 id = request.account.id;
                              if (!ok) {
                                  request.secret.fill('\0');
                                  m_running.remove(id);
                                  SyncResult result;
                                  result.error.kind = Pop3::Error::Kind::InvalidSettings;
                                  result.error.message = tr("The proxy's password could not be read from the keychain: "
                                                            "%1. Enter it in the account's proxy settings.").arg(error);
                                  emit finished(id, result);
                                  startNext(id);
                                  return;
                              }
                              request.account.proxy.password = QString::fromUtf8(secret);
                              startEngine(std::move(request), oauthAttempt);
                          });
    m_proxyKeychain->readSecret(request.account.name);
}

void SyncService::startEngine(SyncRequest request, int oauthAttempt)
{
    const qint64 id = request.account.id;
    auto *running = new Running;
    running->oauthAttempt = oauthAttempt;
    if (oauthAttempt == 0) {
        running->retry = request;
        running->retry.secret = QByteArray();
        running->retry.account.proxy.password.clear(); // read again from the keychain for a retry
    }
    running->engine = std::make_unique<SyncEngine>(m_profile->messages(), m_factory);
    running->engine->setLockWait(LockWaitMs);
    running->sinceProgress.start();
    m_running.insert(id, running);
    SyncEngine *engine = running->engine.get();
    connect(engine, &SyncEngine::progress, this, [this, id, running](const SyncProgress &p) {
        const bool phaseChanged = p.phase != running->lastPhase;
        if (!phaseChanged && p.done != p.total && running->sinceProgress.elapsed() < ProgressIntervalMs)
            return;
        running->lastPhase = p.phase;
        running->sinceProgress.restart();
        emit progress(id, p);
    });
    connect(engine, &SyncEngine::messagesChanged, this, &SyncService::messagesChanged);
    connect(engine, &SyncEngine::protocolTrace, this,
            [this, id](Pop3::Session::Direction d, const QByteArray &line) { addTrace(id, d, line); });
    connect(engine, &SyncEngine::finished, this, [this, id](const SyncResult &r) { onEngineFinished(id, r); },
            Qt::QueuedConnection); // the engine may not be destroyed inside its own signal
    emit syncStarted(id, request.operation);
    engine->start(request);
    request.secret.fill('\0');
}

void SyncService::onEngineFinished(qint64 accountId, const SyncResult &result)
{
    Running *running = m_running.take(accountId);
    if (running && running->oauthAttempt == 0 && OAuth::shouldRefreshAndRetry(result.error)) {
        // The token was refused although it looked valid: renew it and try exactly once more.
        SyncRequest retry = std::move(running->retry);
        delete running;
        m_running.insert(accountId, nullptr);
        runWithToken(std::move(retry), true, 1);
        return;
    }
    delete running;
    flushTrace();
    QString error;
    if (result.server && !m_profile->accounts().rememberServer(accountId, *result.server, &error))
        emit storeError(error);
    if (result.ok() && !m_profile->accounts().setLastChecked(accountId, QDateTime::currentDateTimeUtc(), &error))
        emit storeError(error);
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
    m_waiting.remove(accountId);
    if (Running *running = m_running.value(accountId))
        running->engine->stop();
}

void SyncService::stopAll()
{
    m_waiting.clear();
    for (Running *running : std::as_const(m_running)) {
        if (running)
            running->engine->stop();
    }
}

bool SyncService::writable(QString *error) const
{
    if (m_profile && m_profile->isReadOnly()) {
        *error = Store::Profile::readOnlyMessage();
        return false;
    }
    return m_profile != nullptr;
}

void SyncService::markSeen(qint64 accountId, const QVector<QByteArray> &uids)
{
    QString error;
    if (m_profile && m_profile->isReadOnly())
        return; // looking at a message in a read-only profile is no reason for an error
    if (!m_profile || !m_profile->messages().markSeen(accountId, uids, &error))
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

void SyncService::deleteLocally(qint64 accountId, const QVector<QByteArray> &uids)
{
    QString error;
    if (!writable(&error) || !m_profile->messages().deleteLocally(accountId, uids, &error))
        emit storeError(error);
    else
        emit messagesChanged(accountId, uids);
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
        QDir(QDir(m_profile->directory()).filePath(QStringLiteral("messages/%1").arg(accountId))).removeRecursively();
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

void SyncThread::markSeen(qint64 accountId, const QVector<QByteArray> &uids)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, accountId, uids] { s->markSeen(accountId, uids); },
                              Qt::QueuedConnection);
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

void SyncThread::deleteLocally(qint64 accountId, const QVector<QByteArray> &uids)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, accountId, uids] { s->deleteLocally(accountId, uids); },
                              Qt::QueuedConnection);
}

} // namespace Poplar::Sync

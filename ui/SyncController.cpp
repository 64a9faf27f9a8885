#include "SyncController.h"

#include "AccountErrors.h"
#include "AccountList.h"
#include "ErrorRecovery.h"
#include "display/DataSize.h"
#include "model/MessageListModel.h"
#include "MainWindow.h"
#include "ProgressIndicator.h"
#include "net/HostName.h"
#include "sync/CheckScheduler.h"

#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Poplar::Ui {

// The texts are the main window's (MainWindow::tr): they keep its translation context.

namespace {
/// The phase alone, as the account list shows it.
QString phaseLabel(Sync::Phase phase)
{
    switch (phase) {
    case Sync::Phase::Connecting: return MainWindow::tr("Connecting\u2026");
    case Sync::Phase::Listing: return MainWindow::tr("Listing messages\u2026");
    case Sync::Phase::FetchingHeaders: return MainWindow::tr("Fetching headers\u2026");
    case Sync::Phase::Downloading: return MainWindow::tr("Downloading\u2026");
    case Sync::Phase::Deleting: return MainWindow::tr("Deleting on server\u2026");
    case Sync::Phase::Quitting: return MainWindow::tr("Finishing\u2026");
    default: return {};
    }
}

/// The phase with its counts, as the status bar shows it.
QString phaseText(const Sync::SyncProgress &p)
{
    switch (p.phase) {
    case Sync::Phase::FetchingHeaders: return MainWindow::tr("Fetching headers %1 of %2").arg(p.done).arg(p.total);
    case Sync::Phase::Downloading: return MainWindow::tr("Downloading %1 of %2").arg(p.done).arg(p.total);
    case Sync::Phase::Deleting: return MainWindow::tr("Deleting on server %1 of %2").arg(p.done).arg(p.total);
    default: return phaseLabel(p.phase);
    }
}
} // namespace

SyncController::SyncController(QWidget *window, Sync::SyncThread *sync, AccountLookup account, Views views)
    : QObject(window), m_window(window), m_sync(sync), m_account(std::move(account)), m_views(views)
{
    if (!m_sync)
        return;
    Sync::SyncService *service = m_sync->service();
    connect(service, &Sync::SyncService::syncStarted, this, &SyncController::onStarted);
    connect(service, &Sync::SyncService::progress, this, &SyncController::onProgress);
    connect(service, &Sync::SyncService::finished, this, &SyncController::onFinished);
    connect(service, &Sync::SyncService::secretNeeded, this, &SyncController::onSecretNeeded);
}

SyncController::~SyncController()
{
    for (QByteArray &secret : m_typedSecrets)
        secret.fill('\0');
}

void SyncController::start(Sync::Operation operation, qint64 accountId, const QVector<QByteArray> &uids, quint64 tag)
{
    const auto a = m_account(accountId);
    if (!a || !m_sync)
        return;
    Sync::SyncRequest request{operation, *a, m_typedSecrets.value(accountId), uids, tag};
    m_lastRequest.insert(accountId, {operation, *a, {}, uids});
    m_views.errors->clear(accountId);
    m_sync->start(request);
}

void SyncController::retry(qint64 accountId)
{
    if (m_lastRequest.contains(accountId))
        start(m_lastRequest[accountId].operation, accountId, m_lastRequest[accountId].uids);
}

void SyncController::stopAll()
{
    for (auto it = m_busy.constBegin(); it != m_busy.constEnd(); ++it)
        m_sync->stop(it.key());
}

void SyncController::showProgressOf(qint64 accountId)
{
    const auto busy = m_busy.constFind(accountId);
    m_views.progressLabel->setText(busy != m_busy.constEnd() ? phaseText(busy->progress) : QString());
    m_views.progressBar->setVisible(busy != m_busy.constEnd());
    m_views.model->setFetchingHeaders(busy != m_busy.constEnd() && (busy->progress.phase == Sync::Phase::Listing
                                                                    || busy->progress.phase == Sync::Phase::FetchingHeaders));
}

void SyncController::onStarted(qint64 accountId, Sync::Operation operation)
{
    Busy &busy = m_busy[accountId];
    busy.operation = operation;
    busy.sincePhase.start();
    m_views.accounts->setState(accountId, AccountList::State::Busy, QString());
    emit started(accountId, operation);
}

void SyncController::onProgress(qint64 accountId, const Sync::SyncProgress &progress)
{
    Busy &busy = m_busy[accountId];
    if (progress.phase != busy.progress.phase)
        busy.sincePhase.restart();
    busy.progress = progress;
    QString text = phaseText(progress);
    if (progress.bytesTotal > 0) {
        text += MainWindow::tr(" \u00b7 %1 of %2", "bytes done of total")
                    .arg(Display::dataSize(progress.bytesDone), Display::dataSize(progress.bytesTotal));
        const qint64 elapsed = busy.sincePhase.elapsed();
        if (progress.bytesDone > 0 && elapsed > 1000) {
            const qint64 left = (progress.bytesTotal - progress.bytesDone) * elapsed / progress.bytesDone / 1000;
            text += MainWindow::tr(" \u00b7 %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
        }
    }
    if (accountId == m_views.model->accountId())
        m_views.model->setFetchingHeaders(progress.phase == Sync::Phase::Listing || progress.phase == Sync::Phase::FetchingHeaders);
    if (progress.phase != busy.shownPhase) {
        // The account list shows the phase only; the counts go to the status bar.
        busy.shownPhase = progress.phase;
        m_views.accounts->setState(accountId, AccountList::State::Busy, phaseLabel(progress.phase));
    }
    if (accountId != m_views.accounts->currentAccountId())
        return;
    m_views.progressLabel->setText(text);
    m_views.progressBar->setVisible(progress.total > 0);
    m_views.progressBar->setProgress(progress.done, progress.total);
}

void SyncController::onFinished(qint64 accountId, const Sync::SyncResult &result)
{
    m_busy.remove(accountId);
    const auto a = m_account(accountId);
    const QString name = a ? a->name : QString();
    if (accountId == m_views.model->accountId())
        m_views.model->setFetchingHeaders(false);
    if (result.loginDelaySeconds)
        m_views.scheduler->setLoginDelay(accountId, *result.loginDelaySeconds);
    if (accountId == m_views.accounts->currentAccountId()) {
        m_views.progressLabel->clear();
        m_views.progressBar->setVisible(false);
    }
    if (result.error.kind == Pop3::Error::Kind::AccountBusy) {
        // Another program (poplar-sync from cron) is writing this account: not a failure, try later.
        const QString message = MainWindow::tr("%1; trying again in a minute").arg(result.error.message);
        m_views.accounts->setState(accountId, AccountList::State::Busy, message);
        m_views.errors->report(accountId, {MainWindow::tr("%1: %2").arg(name, message), {}, true, {}});
        QTimer::singleShot(m_busyRetryMs, this, [this, accountId] {
            if (!isBusy(accountId))
                retry(accountId);
        });
    } else if (!result.ok()) {
        if (result.error.kind == Pop3::Error::Kind::AuthenticationFailed) {
            // A typed password the server refused is asked for again, not retried for ever.
            m_typedSecrets[accountId].fill('\0');
            m_typedSecrets.remove(accountId);
        }
        const QString message = result.storeError.isEmpty() ? result.error.message
                                                            : MainWindow::tr("The local store failed: %1").arg(result.storeError);
        const AccountErrors::Shown shown = a ? ErrorRecovery::shownFor(result, *a) : AccountErrors::Shown{message};
        m_views.accounts->setFailed(accountId, shown.title.isEmpty() ? message : shown.title, shown.message);
        if (result.error.kind != Pop3::Error::Kind::Aborted)
            m_views.errors->report(accountId, shown);
    } else {
        m_views.accounts->setState(accountId, AccountList::State::Idle, QString());
        m_views.accounts->setLastChecked(accountId, QDateTime::currentDateTime());
        QStringList parts;
        if (result.newMessages)
            parts << MainWindow::tr("%n new", nullptr, result.newMessages);
        if (result.downloaded)
            parts << MainWindow::tr("%n downloaded", nullptr, result.downloaded);
        if (result.deleted)
            parts << MainWindow::tr("%n deleted on the server", nullptr, result.deleted);
        m_views.statusBar->showMessage(
            MainWindow::tr("%1: %2").arg(name, parts.isEmpty() ? MainWindow::tr("nothing new") : parts.join(QStringLiteral(", "))),
            10000);
        if (!result.retentionWarning.isEmpty())
            m_views.errors->report(accountId, {MainWindow::tr("%1: %2").arg(name, result.retentionWarning), {}, false, {}});
        if (result.newMessages > 0 && m_tray)
            m_tray->showMessage(MainWindow::tr("New mail"),
                                MainWindow::tr("%n new message(s) in %1", nullptr, result.newMessages).arg(name));
    }
    emit ended(accountId);
}

void SyncController::onSecretNeeded(const Sync::SyncRequest &request, const QString &reason)
{
    m_busy.remove(request.account.id); // that run has ended; the answer starts another
    m_views.accounts->setState(request.account.id, AccountList::State::Idle, QString());
    emit ended(request.account.id);
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(MainWindow::tr("Password for %1").arg(request.account.name));
    dialog->setLabelText(MainWindow::tr("Password for %1 on %2.\nIt could not be read from the keychain (%3), so Poplar keeps "
                                        "it in memory until it quits.")
                             .arg(request.account.user, Net::displayHostName(request.account.host), reason));
    dialog->setTextEchoMode(QLineEdit::Password);
    // The label names user, host and the keychain's words: plain text, never markup.
    for (QLabel *label : dialog->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, request](const QString &text) {
        Sync::SyncRequest withSecret = request;
        withSecret.secret = text.toUtf8();
        m_typedSecrets.insert(request.account.id, withSecret.secret); // asked once per run, kept in memory only
        m_sync->start(withSecret);
    });
    connect(dialog, &QInputDialog::rejected, this, [this, id = request.account.id] {
        m_views.accounts->setState(id, AccountList::State::Failed, MainWindow::tr("No password"));
    });
    dialog->open();
}

} // namespace Poplar::Ui

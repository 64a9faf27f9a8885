#pragma once

#include "sync/SyncService.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QLabel;
class QStatusBar;
class QSystemTrayIcon;
class QWidget;

namespace Poplar::Model { class MessageListModel; }
namespace Poplar::Sync { class CheckScheduler; }

namespace Poplar::Ui {

class AccountErrors;
class AccountList;
class ProgressIndicator;

/// The main window's side of the sync thread: starts runs (with a password typed this session
/// when the keychain had none), knows which accounts are busy, shows their progress in the
/// account list and the status bar, reports how each run ended (account list, error bar, status
/// line, tray), asks for a missing password, and tries an account again later when another
/// program is writing it. Its texts keep the main window's translation context.
class SyncController : public QObject {
    Q_OBJECT
public:
    /// The widgets it reports to; all belong to the window and outlive the controller.
    struct Views {
        AccountList *accounts;
        AccountErrors *errors;
        QLabel *progressLabel;
        ProgressIndicator *progressBar;
        QStatusBar *statusBar;
        Sync::CheckScheduler *scheduler;
        Model::MessageListModel *model; ///< told while the shown account fetches headers
    };
    using AccountLookup = std::function<std::optional<Account::AccountSettings>(qint64 id)>;

    /// `window` parents the password dialog; `sync` may be null (no profile).
    SyncController(QWidget *window, Sync::SyncThread *sync, AccountLookup account, Views views);
    ~SyncController() override;

    /// Where a run with new mail is announced (none: not announced).
    void setTray(QSystemTrayIcon *tray) { m_tray = tray; }
    /// Queues a run of the account; `tag` as in Sync::SyncRequest.
    void start(Sync::Operation operation, qint64 accountId, const QVector<QByteArray> &uids, quint64 tag = 0);
    /// Runs the account's last request again (the error bar's Retry).
    void retry(qint64 accountId);
    /// Stops every run.
    void stopAll();
    bool isBusy(qint64 accountId) const { return m_busy.contains(accountId); }
    bool anyBusy() const { return !m_busy.isEmpty(); }
    /// Shows the account's progress in the status bar (it was selected).
    void showProgressOf(qint64 accountId);
    /// Uses `secret` for the account's runs until Poplar quits or the server refuses it (a
    /// password typed again, or kept from the wizard when no keychain has it).
    void setTypedSecret(qint64 accountId, const QByteArray &secret) { m_typedSecrets.insert(accountId, secret); }
    /// How long after finding an account busy in another program it is tried again.
    void setBusyRetryInterval(int milliseconds) { m_busyRetryMs = milliseconds; }
    /// The default of setBusyRetryInterval().
    static constexpr int BusyRetryMs = 60000;

signals:
    /// A run of the account started (the window ends its Undo when it applies deletions).
    void started(qint64 accountId, Poplar::Sync::Operation operation);
    /// A run ended (or is waiting for a password): the window refreshes its counts and actions.
    void ended(qint64 accountId);

private:
    struct Busy {
        Sync::Operation operation = Sync::Operation::Check;
        QElapsedTimer sincePhase;
        Sync::SyncProgress progress;
        Sync::Phase shownPhase = Sync::Phase::Idle;
    };
    void onStarted(qint64 accountId, Sync::Operation operation);
    void onProgress(qint64 accountId, const Sync::SyncProgress &progress);
    void onFinished(qint64 accountId, const Sync::SyncResult &result);
    void onSecretNeeded(const Sync::SyncRequest &request, const QString &reason);

    QWidget *m_window;
    Sync::SyncThread *m_sync;
    AccountLookup m_account;
    Views m_views;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<qint64, Busy> m_busy;
    QHash<qint64, Sync::SyncRequest> m_lastRequest;
    QHash<qint64, QByteArray> m_typedSecrets; ///< passwords typed this run, when no keychain has them
    int m_busyRetryMs = BusyRetryMs;
};

} // namespace Poplar::Ui

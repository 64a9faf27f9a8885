#pragma once

#include "AccountList.h"
#include "sync/SyncService.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QSplitter;
class QSystemTrayIcon;

namespace Poplar::Net { class TransportFactory; }
namespace Poplar::Model { class MessageListModel; }
namespace Poplar::Store { class Profile; }
namespace Poplar::Sync { class CheckScheduler; }

namespace Poplar::Ui {

class AccountErrors;
class ErrorBar;
class MessageView;
class PreviewPane;
class ProgressIndicator;
class ServerLogDialog;
class WelcomePanel;

/// The application window: accounts on the left, the message list with its quick filter, the
/// preview beside or below it, actions in menus, toolbar, context menu and shortcuts, progress
/// in the status bar and errors in a bar above the list. All network and store writes happen
/// in the sync thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Opens the profile in `profileDir`; `factory` (tests) makes the sync sessions' transports.
    explicit MainWindow(const QString &profileDir, Net::TransportFactory *factory = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Why the profile could not be opened; empty when it was.
    QString profileError() const { return m_profileError; }

    // For tests and for the application's own wiring.
    AccountList *accountList() const { return m_accounts; }
    MessageView *messageView() const { return m_view; }
    PreviewPane *preview() const { return m_preview; }
    ErrorBar *errorBar() const { return m_errorBar; }
    /// Shown in place of the message list while the profile has no account.
    WelcomePanel *welcomePanel() const { return m_welcome; }
    /// How long after finding an account busy in another program its sync is tried again
    /// (default BusyRetryMs; tests shorten it).
    void setBusyRetryInterval(int milliseconds) { m_busyRetryMs = milliseconds; }
    QLineEdit *filterBox() const { return m_filter; }
    Model::MessageListModel *messageModel() const { return m_model; }
    ServerLogDialog *serverLog() const { return m_log; }
    Sync::SyncThread *syncThread() const { return m_sync.get(); }
    /// The periodic checks, one per account.
    Sync::CheckScheduler *scheduler() const { return m_scheduler; }
    QString progressText() const;
    /// Actions by object name: check, checkAll, download, deleteOnServer, undoDelete, stop,
    /// exportFolder, exportMbox, verifyStored, serverLog, previewBelow, quit, addAccount, editAccounts, removeAccount.
    QAction *action(const QString &name) const;
    /// True while a sync of this account runs.
    bool isBusy(qint64 accountId) const { return m_busy.contains(accountId); }

    void checkAccount(qint64 accountId);
    void downloadMessages(const QVector<QByteArray> &uids);
    void exportToFolder(const QString &folder);
    void exportToMbox(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    /// On the first show of a profile without accounts, opens the account wizard.
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenusAndToolbar();
    void createTray();
    /// Opens the wizard for a new account (or raises the one open); its Finish starts a first check.
    void openAddAccountWizard();
    /// Shows the welcome panel instead of the list while there is no account.
    void updateWelcome();
    void reloadAccounts();
    std::optional<Account::AccountSettings> account(qint64 id) const;
    void onAccountSelected(qint64 accountId);
    void onCurrentMessageChanged();
    void updateActions();
    void startSync(Sync::Operation operation, qint64 accountId, const QVector<QByteArray> &uids);
    void deleteSelectedOnServer();
    void undoDelete();
    void onSyncStarted(qint64 accountId, Sync::Operation operation);
    void onProgress(qint64 accountId, const Sync::SyncProgress &progress);
    void onFinished(qint64 accountId, const Sync::SyncResult &result);
    void onMessagesChanged(qint64 accountId, const QVector<QByteArray> &uids);
    /// Shows the changes gathered since the last refresh.
    void flushRefresh();
    void onSecretNeeded(const Sync::SyncRequest &request, const QString &reason);
    QVector<Store::StoredMessage> fetchForExport(const QVector<QByteArray> &uids);
    /// Downloads the selected messages that are not (soundly) stored yet, before an export.
    void fetchSelectedForExport();
    /// Says which messages an export left out because their stored files are damaged.
    /// The selected account's rows of `uids`; nullopt (the error bar says why) when unreadable.
    std::optional<QVector<Store::StoredMessage>> readMessages(const QVector<QByteArray> &uids);
    void updateNewCounts();
    void setPreviewBelow(bool below);

    QString m_profileError;
    std::unique_ptr<Store::Profile> m_profile;
    std::unique_ptr<Sync::SyncThread> m_sync;
    Sync::CheckScheduler *m_scheduler;
    Model::MessageListModel *m_model = nullptr;
    AccountList *m_accounts;
    MessageView *m_view = nullptr;
    PreviewPane *m_preview;
    ErrorBar *m_errorBar;
    AccountErrors *m_errors;
    WelcomePanel *m_welcome;
    bool m_shownBefore = false;
    QLineEdit *m_filter;
    QSplitter *m_mainSplitter;
    QSplitter *m_listSplitter;
    ProgressIndicator *m_progressBar;
    QLabel *m_progressLabel;
    ServerLogDialog *m_log;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<QString, QAction *> m_actions;

    struct Busy {
        Sync::Operation operation = Sync::Operation::Check;
        QVector<QByteArray> uids;
        QElapsedTimer sincePhase;
        Sync::SyncProgress progress;
        Sync::Phase shownPhase = Sync::Phase::Idle;
    };
    QHash<qint64, Busy> m_busy;
    QHash<qint64, Sync::SyncRequest> m_lastRequest;
    QVector<QByteArray> m_lastDeleted; ///< for Undo
    QHash<qint64, QByteArray> m_typedSecrets;
    static constexpr int RefreshIntervalMs = 250;
    /// A sync that found its account busy in another program is tried again after this long.
    static constexpr int BusyRetryMs = 60000;
    int m_busyRetryMs = BusyRetryMs;
    QTimer m_refreshTimer;
    QVector<QByteArray> m_pendingRefresh; ///< passwords typed this run, when no keychain has them
    quint64 m_previewGeneration = 0;
};

} // namespace Poplar::Ui

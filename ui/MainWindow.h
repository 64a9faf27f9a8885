#pragma once

#include "AccountList.h"
#include "SyncController.h"
#include "sync/SyncService.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <limits>
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
class MessageExporter;
class MessageView;
class PreviewLoader;
class PreviewPane;
class ProgressIndicator;
class ReadStateActions;
class ServerLogDialog;
class SyncController;
class TrashActions;
class TriageUi;
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
    /// (default SyncController::BusyRetryMs; tests shorten it).
    void setBusyRetryInterval(int milliseconds) { m_runs->setBusyRetryInterval(milliseconds); }
    QLineEdit *filterBox() const { return m_filter; }
    Model::MessageListModel *messageModel() const { return m_model; }
    ServerLogDialog *serverLog() const { return m_log; }
    /// Rules, lists, spam marks and the deletion record; null without a profile.
    TriageUi *triage() const { return m_triage; }
    Sync::SyncThread *syncThread() const { return m_sync.get(); }
    /// The periodic checks, one per account.
    Sync::CheckScheduler *scheduler() const { return m_scheduler; }
    QString progressText() const;
    /// Actions by object name: check, checkAll, download, deleteOnServer, undoDelete, stop,
    /// exportFolder, exportMbox, verifyStored, serverLog, previewBelow, quit, addAccount, editAccounts, removeAccount,
    /// preferences, those of TrashActions and those of ReadStateActions.
    QAction *action(const QString &name) const;
    /// True while a sync of this account runs.
    bool isBusy(qint64 accountId) const { return m_runs->isBusy(accountId); }

    void checkAccount(qint64 accountId);
    void downloadMessages(const QVector<QByteArray> &uids);
    /// Export the selection (MessageExporter): at once, or once its download has ended.
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
    /// `tag` as in Sync::SyncRequest.
    void startSync(Sync::Operation operation, qint64 accountId, const QVector<QByteArray> &uids, quint64 tag = 0);
    void deleteSelectedOnServer();
    void undoDelete();
    void onMessagesChanged(qint64 accountId, const QVector<QByteArray> &uids);
    /// Shows the changes of at most `most` pending rows now; the others follow at once, in events
    /// of their own.
    void flushRefresh(qsizetype most = std::numeric_limits<qsizetype>::max());
    void updateNewCounts();
    void setPreviewBelow(bool below);

    QString m_profileError;
    std::unique_ptr<Store::Profile> m_profile;
    std::unique_ptr<Sync::SyncThread> m_sync;
    Sync::CheckScheduler *m_scheduler;
    Model::MessageListModel *m_model = nullptr;
    AccountList *m_accounts;
    MessageView *m_view = nullptr;
    MessageExporter *m_exporter = nullptr;
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
    TriageUi *m_triage = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<QString, QAction *> m_actions;
    ReadStateActions *m_readActions = nullptr;
    TrashActions *m_trashActions = nullptr;

    SyncController *m_runs = nullptr;
    PreviewLoader *m_previewLoader = nullptr;
    QVector<QByteArray> m_lastDeleted; ///< for Undo
    static constexpr int RefreshIntervalMs = 250;
    /// Most rows refreshed in one event while changes arrive.
    static constexpr qsizetype RefreshChunk = 500;
    QTimer m_refreshTimer;
    QVector<QByteArray> m_pendingRefresh; ///< rows changed since the last refresh
};

} // namespace Poplar::Ui

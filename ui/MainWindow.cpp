#include "MainWindow.h"
#include "TriageUi.h"

#include "display/DataSize.h"

#include "net/HostName.h"
#include "Icons.h"

#include "AccountErrors.h"
#include "ErrorBar.h"
#include "ErrorRecovery.h"
#include "HelpDialogs.h"
#include "ImportDialog.h"
#include "MessageExport.h"
#include "MessageActions.h"
#include "MessageView.h"
#include "PreferencesDialog.h"
#include "PreviewLoader.h"
#include "PreviewPane.h"
#include "ProgressIndicator.h"
#include "ReadStateActions.h"
#include "SearchFilter.h"
#include "ServerLogDialog.h"
#include "StoredMessageDialogs.h"
#include "StoredMessageWindow.h"
#include "SyncController.h"
#include "TrashActions.h"
#include "ViewState.h"
#include "WelcomePanel.h"
#include "WindowGeometry.h"
#include "model/MessageListModel.h"
#include "display/OutsideText.h"
#include "store/Export.h"
#include "store/Integrity.h"
#include "store/Profile.h"
#include "sync/CheckScheduler.h"
#include "wizard/AccountWizard.h"
#include "wizard/AccountsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QVBoxLayout>

namespace Poplar::Ui {

MainWindow::MainWindow(const QString &profileDir, Net::TransportFactory *factory, QWidget *parent)
    : QMainWindow(parent), m_scheduler(new Sync::CheckScheduler(this)), m_accounts(new AccountList(this)),
      m_preview(new PreviewPane(this)), m_errorBar(new ErrorBar(this)),
      m_errors(new AccountErrors(m_errorBar, this)), m_welcome(new WelcomePanel(this)), m_filter(new QLineEdit(this)),
      m_mainSplitter(new QSplitter(Qt::Horizontal, this)), m_listSplitter(new QSplitter(Qt::Horizontal, this)),
      m_progressBar(new ProgressIndicator(this)), m_progressLabel(new QLabel(this)), m_log(new ServerLogDialog(this))
{
    setWindowTitle(tr("Poplar"));
    setWindowIcon(applicationIcon());
    // The UI keeps its own read connection; every write goes through the sync thread.
    m_profile = Store::Profile::open(profileDir, &m_profileError);
    if (m_profile) {
        m_model = new Model::MessageListModel(&m_profile->messages(), this);
        m_sync = std::make_unique<Sync::SyncThread>(profileDir, factory);
        Sync::SyncService *service = m_sync->service();
        connect(service, &Sync::SyncService::messagesChanged, this, &MainWindow::onMessagesChanged);
        connect(service, &Sync::SyncService::storeError, this,
                [this](const QString &message) { m_errorBar->showError(tr("Could not save a change: %1").arg(message), {}, false); });
        connect(service, &Sync::SyncService::accountSaved, this,
                [this](const Account::AccountSettings &a, bool ok, const QString &error) {
                    if (!ok) {
                        m_errorBar->showError(tr("The account could not be saved: %1").arg(error), {}, false);
                        return;
                    }
                    reloadAccounts();
                    m_accounts->selectAccount(a.id);
                });
        connect(service, &Sync::SyncService::accountRemoved, this, [this](qint64, bool ok, const QString &error) {
            if (!ok)
                m_errorBar->showError(tr("The account could not be removed: %1").arg(error), {}, false);
            reloadAccounts();
        });
        connect(service, &Sync::SyncService::protocolTrace, this,
                [this](qint64 id, const QVector<Sync::TraceLine> &lines) {
                    const auto a = account(id);
                    m_log->append(a ? a->name : QString::number(id), lines);
                });
    } else {
        m_model = new Model::MessageListModel(nullptr, this);
    }
    connect(m_model, &Model::MessageListModel::loadFailed, this, [this](const QString &error) {
        m_errorBar->showError(tr("The messages could not be read from the profile: %1").arg(error), {}, false);
    });
    m_view = new MessageView(m_model, this);
    m_runs = new SyncController(this, m_sync.get(), [this](qint64 id) { return account(id); },
                                {m_accounts, m_errors, m_progressLabel, m_progressBar, statusBar(), m_scheduler, m_model});
    connect(m_runs, &SyncController::started, this, [this](qint64 accountId, Sync::Operation operation) {
        if (operation != Sync::Operation::Check || accountId == m_model->accountId())
            m_lastDeleted.clear(); // a sync applies pending deletions: no more undo
        updateActions();
    });
    connect(m_runs, &SyncController::ended, this, [this](qint64 accountId) {
        if (accountId == m_model->accountId())
            flushRefresh();
        updateNewCounts();
        updateActions();
    });
    m_previewLoader = new PreviewLoader(this);
    connect(m_previewLoader, &PreviewLoader::loaded, m_preview, &PreviewPane::showMessage);
    m_exporter = new MessageExporter(this, m_sync.get(), m_profile ? &m_profile->messages() : nullptr,
                                     [this](qint64 id, const QVector<QByteArray> &uids, quint64 tag) {
                                         startSync(Sync::Operation::Download, id, uids, tag);
                                     });
    connect(m_exporter, &MessageExporter::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_exporter, &MessageExporter::errorMessage, this, [this](const QString &text) { m_errorBar->showError(text, {}, false); });
    m_view->setDownloadRequested([this](const QVector<QByteArray> &uids) { m_exporter->downloadForDrag(m_model->accountId(), uids); });

    m_filter->setClearButtonEnabled(true);
    auto *search = new SearchFilter(m_filter, m_view, m_profile ? &m_profile->messages() : nullptr, this);
    connect(search, &SearchFilter::highlightTermsChanged, m_preview, &PreviewPane::setHighlightTerms);
    connect(m_view, &QAbstractItemView::activated, this, [this, search](const QModelIndex &index) {
        if (!m_profile)
            return;
        auto *window = StoredMessageWindow::open(m_view, &m_profile->messages(), index.data(Model::UidRole).toByteArray(), this);
        window->setHighlightTerms(search->highlightTerms());
        connect(window, &StoredMessageWindow::downloadRequested, this, &MainWindow::downloadMessages, Qt::UniqueConnection);
    });

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_errorBar);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_welcome, 1);
    m_welcome->hide();
    connect(m_welcome, &WelcomePanel::addAccountRequested, this, &MainWindow::openAddAccountWizard);
    m_listSplitter->addWidget(listPane);
    m_listSplitter->addWidget(m_preview);
    m_mainSplitter->addWidget(m_accounts);
    m_mainSplitter->addWidget(m_listSplitter);
    m_listSplitter->setStretchFactor(0, 3);
    m_listSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({200, 1000});
    m_listSplitter->setSizes({600, 400});
    setCentralWidget(m_mainSplitter);

    m_progressBar->setVisible(false);
    m_progressLabel->setMinimumWidth(m_progressLabel->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    m_progressLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progressBar);

    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { flushRefresh(RefreshChunk); });

    createActions();
    m_readActions = new ReadStateActions(m_view, m_sync.get(), this);
    Store::Trash *trash = m_profile ? &m_profile->trash() : nullptr;
    m_trashActions = new TrashActions(this, m_view, m_sync.get(), trash, [this] { return account(m_accounts->currentAccountId()); },
                                      action(QStringLiteral("deleteOnServer")));
    for (QAction *a : m_readActions->actions() + m_trashActions->actions()
                          + QList<QAction *>{PreferencesDialog::createAction(this, m_readActions, m_sync.get(), trash)})
        m_actions.insert(a->objectName(), a);
    connect(m_model, &Model::MessageListModel::unreadCountChanged, this, &MainWindow::updateNewCounts);
    if (m_profile)
        m_triage = new TriageUi(this, *m_profile, *m_sync, m_view, m_preview,
                                [this](Sync::Operation op, qint64 id, const QVector<QByteArray> &uids) { startSync(op, id, uids); });
    createMenusAndToolbar();
    createTray();
    m_runs->setTray(m_tray);
    connect(m_accounts, &AccountList::accountSelected, this, &MainWindow::onAccountSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onCurrentMessageChanged);
    connect(m_preview, &PreviewPane::downloadRequested, this, [this] { downloadMessages(m_view->selectedUids()); });
    connect(m_errorBar, &ErrorBar::retryRequested, this, [this] { m_runs->retry(m_accounts->currentAccountId()); });
    auto *recovery = new ErrorRecovery(m_sync.get(), this);
    connect(m_errors, &AccountErrors::actionRequested, recovery, [this, recovery](qint64 id, const AccountErrors::Shown &e) {
        if (const auto a = account(id))
            recovery->act(*a, e);
    });
    connect(recovery, &ErrorRecovery::retryRequested, this, [this](qint64 id) {
        if (!isBusy(id))
            m_runs->retry(id);
    });
    connect(recovery, &ErrorRecovery::passwordEntered, this, [this](qint64 id, const QByteArray &password) {
        m_runs->setTypedSecret(id, password); // replaces the refused one, kept in memory only
        if (!isBusy(id))
            m_runs->retry(id);
    });
    connect(m_scheduler, &Sync::CheckScheduler::checkDue, this, [this](qint64 id) {
        if (!isBusy(id))
            checkAccount(id);
    });

    QSettings settings;
    m_mainSplitter->restoreState(settings.value(QStringLiteral("ui/mainSplitter")).toByteArray());
    setPreviewBelow(settings.value(QStringLiteral("ui/previewBelow"), true).toBool());
    restoreWithinScreen(this, settings.value(QStringLiteral("ui/geometry")).toByteArray(), QSize(1100, 700));
    (new ViewState(profileDir, m_view->header(), m_listSplitter, this))->restore();

    reloadAccounts();
    if (!m_profile)
        m_errorBar->showError(tr("The profile could not be opened: %1").arg(m_profileError), {}, false);
    else if (m_accounts->count() == 0)
        m_preview->showPlaceholder(tr("No accounts yet. Add one with File > Add Account."));
    updateActions();
}

MainWindow::~MainWindow()
{
    // Open account wizards and dialogs hand their keychain objects back to the sync thread when
    // they go: they go first, while that thread still runs to delete them.
    qDeleteAll(findChildren<AccountWizard *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<AccountsDialog *>(Qt::FindDirectChildrenOnly));
    m_sync.reset(); // stops the sync thread before the views it reports to go away
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

QString MainWindow::progressText() const
{
    return m_progressLabel->text();
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut,
                      auto slot) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : themedIcon(icon), text, this);
        a->setObjectName(name);
        // Toolbar buttons show no accelerator: Qt drops "&" and "...", but not the "(&C)" that
        // Japanese and Chinese menus append, nor "…".
        static const QRegularExpression decoration(QStringLiteral("\\(&[^)]\\)|&|\\s*(\\.\\.\\.|\u2026)$"));
        a->setIconText(QString(text).remove(decoration).trimmed());
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        return a;
    };
    //: Verb: check the selected account for new mail (menu and toolbar)
    add(QStringLiteral("check"), tr("&Check"), QStringLiteral("mail-receive"), QKeySequence(Qt::Key_F5),
        [this] { checkAccount(m_accounts->currentAccountId()); })
        ->setToolTip(tr("Check the selected account for new messages (F5)"));
    //: Verb: check every account for new mail
    add(QStringLiteral("checkAll"), tr("Check &All"), QStringLiteral("mail-receive"), QKeySequence(tr("Ctrl+Shift+R")),
        [this] {
            for (const auto &a : m_profile ? m_profile->accounts().all() : QVector<Account::AccountSettings>())
                checkAccount(a.id);
        });
    add(QStringLiteral("download"), tr("&Download"), QStringLiteral("document-save"), QKeySequence(tr("Ctrl+D")),
        [this] { downloadMessages(m_view->selectedUids()); })
        ->setToolTip(tr("Download the selected messages (Ctrl+D)"));
    add(QStringLiteral("deleteOnServer"), tr("De&lete on Server..."), QStringLiteral("edit-delete"),
        QKeySequence(tr("Shift+Del")), [this] { deleteSelectedOnServer(); })
        ->setToolTip(tr("Delete the selected messages on the server at the next check (Shift+Del)"));
    add(QStringLiteral("undoDelete"), tr("&Undo Delete"), QStringLiteral("edit-undo"), QKeySequence::Undo,
        [this] { undoDelete(); });
    add(QStringLiteral("stop"), tr("&Stop"), QStringLiteral("process-stop"), QKeySequence(Qt::Key_Escape),
        [this] { m_runs->stopAll(); });
    add(QStringLiteral("exportFolder"), tr("&Export Selected..."), QStringLiteral("document-export"),
        QKeySequence(tr("Ctrl+E")), [this] {
            const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Messages to Folder"));
            if (!folder.isEmpty())
                exportToFolder(folder);
        });
    add(QStringLiteral("exportMbox"), tr("Export Selected as &mbox..."), QStringLiteral("document-export"),
        QKeySequence(tr("Ctrl+Shift+E")), [this] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export Messages as mbox"), QString(),
                                                              tr("mbox files (*.mbox);;All files (*)"));
            if (!path.isEmpty())
                exportToMbox(path);
        });
    add(QStringLiteral("verifyStored"), tr("&Verify Stored Messages..."), QString(), QKeySequence(),
        [this] {
            if (m_sync)
                verifyStoredMessages(this, m_sync.get(), m_model->accountId());
        });
    add(QStringLiteral("serverLog"), tr("Server &Log"), QStringLiteral("utilities-log-viewer"), QKeySequence(tr("Ctrl+L")),
        [this] {
            m_log->show();
            m_log->raise();
        });
    QAction *below = add(QStringLiteral("previewBelow"), tr("Preview &Below List"), QString(), QKeySequence(),
                         [this](bool checked) { setPreviewBelow(checked); });
    below->setCheckable(true);
    add(QStringLiteral("filter"), tr("&Filter"), QStringLiteral("edit-find"), QKeySequence::Find, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    add(QStringLiteral("quit"), tr("&Quit"), QStringLiteral("application-exit"), QKeySequence::Quit,
        [] { QApplication::quit(); });
    add(QStringLiteral("addAccount"), tr("&Add Account..."), QStringLiteral("list-add"), QKeySequence(),
        [this] { openAddAccountWizard(); });
    add(QStringLiteral("importAccounts"), tr("&Import from Another Program..."), QStringLiteral("document-import"),
        QKeySequence(), [this] {
            if (!m_sync)
                return;
            auto *dialog = new ImportDialog(m_sync.get(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ImportDialog::imported, this, &MainWindow::reloadAccounts);
            dialog->open();
        });
    add(QStringLiteral("editAccounts"), tr("Account &Settings..."), QStringLiteral("configure"), QKeySequence(), [this] {
        if (!m_sync || !m_profile)
            return;
        auto *dialog = new AccountsDialog(m_sync.get(), [this] { return m_profile->accounts().all(); }, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->selectAccount(m_accounts->currentAccountId());
        dialog->open();
    });
    add(QStringLiteral("removeAccount"), tr("&Remove Account..."), QStringLiteral("list-remove"), QKeySequence(), [this] {
        if (const auto a = account(m_accounts->currentAccountId()))
            AccountsDialog::confirmAndRemove(this, m_sync.get(), *a);
    });
}

void MainWindow::createMenusAndToolbar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("addAccount")));
    file->addAction(action(QStringLiteral("importAccounts")));
    file->addAction(action(QStringLiteral("editAccounts")));
    file->addAction(action(QStringLiteral("removeAccount")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportFolder")));
    file->addAction(action(QStringLiteral("exportMbox")));
    file->addAction(action(QStringLiteral("verifyStored")));
    file->addAction(action(QStringLiteral("preferences")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    QMenu *mail = menuBar()->addMenu(tr("&Mail"));
    for (const char *name : std::initializer_list<const char *>{"check", "checkAll", "stop", nullptr, "download",
                                                                  "deleteOnServer", "undoDelete", nullptr, "moveToTrash",
                                                                  "restoreFromTrash", "emptyTrash", nullptr, "markRead",
                                                                  "markUnread", "toggleRead"}) {
        if (name)
            mail->addAction(action(QLatin1String(name)));
        else
            mail->addSeparator();
    }
    if (m_triage)
        m_triage->install(menuBar());
    auto *messageActions = new MessageActions(m_profile.get(), m_view, m_preview, this);
    menuBar()->addMenu(messageActions->createMenu(this));
    m_view->addActions(messageActions->actions());
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, messageActions, &MessageActions::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, messageActions, &MessageActions::updateActions);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("filter")));
    view->addAction(action(QStringLiteral("showTrash")));
    view->addAction(action(QStringLiteral("previewBelow")));
    view->addAction(action(QStringLiteral("serverLog")));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Documentation"), QKeySequence::HelpContents, this, [this] { openDialog<DocumentationDialog>(this); })
        ->setObjectName(QStringLiteral("documentation"));
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { openDialog<ShortcutsDialog>(this); })
        ->setObjectName(QStringLiteral("keyboardShortcuts"));
    help->addAction(tr("&About Poplar"), this, [this] {
        QMessageBox::about(this, tr("About Poplar"),
                           tr("Poplar %1: check, preview and download mail from POP3 servers.")
                               .arg(QApplication::applicationVersion()));
    });

    //: Name of the main toolbar (shown in the toolbar context menu)
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : {"check", "download", "moveToTrash", "deleteOnServer", "stop", "exportFolder"})
        bar->addAction(action(QLatin1String(name)));

    for (const char *name : {"download", "moveToTrash", "restoreFromTrash", "deleteOnServer", "undoDelete", "markRead",
                             "markUnread", "exportFolder", "exportMbox"})
        m_view->addAction(action(QLatin1String(name)));
}

void MainWindow::openAddAccountWizard()
{
    if (!m_sync)
        return;
    for (AccountWizard *open : findChildren<AccountWizard *>(Qt::FindDirectChildrenOnly)) {
        if (!open->isEditing()) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto *wizard = new AccountWizard(m_sync.get(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // After Finish (the password is in the keychain by then) the new account is checked at once.
    connect(wizard, &AccountWizard::accountSaved, this, [this, wizard](const Account::AccountSettings &a) {
        if (!wizard->sessionSecret().isEmpty()) // no keychain: kept in memory, as the user allowed
            m_runs->setTypedSecret(a.id, wizard->sessionSecret());
        checkAccount(a.id);
    });
    wizard->open();
}

void MainWindow::updateWelcome()
{
    const bool empty = m_profile && m_accounts->count() == 0;
    m_welcome->setVisible(empty);
    m_filter->setVisible(!empty);
    m_view->setVisible(!empty);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownBefore)
        return;
    m_shownBefore = true;
    fitIntoScreen(this); // now with the window frame known
    if (m_profile && m_accounts->count() == 0) {
        // First start: the wizard opens by itself, once the window is on screen.
        QTimer::singleShot(0, this, [this] {
            if (m_accounts->count() == 0)
                openAddAccountWizard();
        });
    }
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    auto *menu = new QMenu(this);
    menu->addAction(action(QStringLiteral("checkAll")));
    menu->addAction(action(QStringLiteral("quit")));
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->setToolTip(tr("Poplar"));
    m_tray->show();
}

std::optional<Account::AccountSettings> MainWindow::account(qint64 id) const
{
    return m_profile ? m_profile->accounts().findById(id) : std::nullopt;
}

void MainWindow::reloadAccounts()
{
    if (!m_profile)
        return;
    const auto accounts = m_profile->accounts().all();
    m_accounts->setAccounts(accounts);
    for (const Account::AccountSettings &a : accounts) {
        m_scheduler->setInterval(a.id, a.checkIntervalMinutes);
        m_scheduler->setLoginDelay(a.id, a.server.loginDelaySeconds.value_or(0));
        if (a.lastChecked.isValid())
            m_accounts->setLastChecked(a.id, a.lastChecked.toLocalTime());
    }
    updateWelcome();
    updateNewCounts();
}

void MainWindow::onAccountSelected(qint64 accountId)
{
    m_refreshTimer.stop();
    m_pendingRefresh.clear(); // the new account's rows are read whole
    const auto a = account(accountId);
    m_model->setAccount(a ? a->id : 0, a ? a->sizeLimit : 0);
    m_preview->showPlaceholder(tr("Select a message to see it here."));
    m_runs->showProgressOf(accountId);
    m_errors->select(a ? a->id : 0);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool haveAccount = m_accounts->currentAccountId() != 0;
    const bool haveSelection = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    action(QStringLiteral("check"))->setEnabled(haveAccount);
    action(QStringLiteral("checkAll"))->setEnabled(m_accounts->count() > 0);
    action(QStringLiteral("download"))->setEnabled(haveSelection);
    action(QStringLiteral("deleteOnServer"))->setEnabled(haveSelection);
    action(QStringLiteral("undoDelete"))->setEnabled(!m_lastDeleted.isEmpty());
    action(QStringLiteral("exportFolder"))->setEnabled(haveSelection);
    action(QStringLiteral("exportMbox"))->setEnabled(haveSelection);
    action(QStringLiteral("stop"))->setEnabled(m_runs->anyBusy());
    action(QStringLiteral("removeAccount"))->setEnabled(haveAccount);
}

void MainWindow::onCurrentMessageChanged()
{
    updateActions();
    const int count = m_view->selectedCount();
    if (count != 1) {
        m_preview->showPlaceholder(count == 0 ? tr("Select a message to see it here.")
                                              : tr("%n messages selected.", nullptr, count));
        return;
    }
    const QVector<Store::StoredMessage> selected = m_view->selectedMessages();
    if (selected.isEmpty())
        return;
    const Store::StoredMessage &row = selected.first(); // ReadStateActions marks it read
    m_previewLoader->cancel();
    const auto read = m_profile->messages().message(row.accountId, row.uid); // one row, headers included
    if (!read) {
        m_preview->showPlaceholder(tr("The message could not be read from the profile: %1").arg(read.error()));
        return;
    }
    if (read.value())
        m_previewLoader->load(*read.value());
}

void MainWindow::checkAccount(qint64 accountId)
{
    if (accountId)
        startSync(Sync::Operation::Check, accountId, {});
}

void MainWindow::downloadMessages(const QVector<QByteArray> &uids)
{
    startSync(Sync::Operation::Download, m_accounts->currentAccountId(), uids);
}

void MainWindow::startSync(Sync::Operation operation, qint64 accountId, const QVector<QByteArray> &uids, quint64 tag)
{
    m_runs->start(operation, accountId, uids, tag);
}

void MainWindow::deleteSelectedOnServer()
{
    const QVector<QByteArray> uids = m_view->selectedUids();
    if (uids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete on Server"),
        tr("Delete %n message(s) on the server at the next check? Until then, Undo keeps them.", nullptr, int(uids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_lastDeleted = uids;
    m_model->setDeleteRequested(uids, true);
    m_sync->setDeleteRequested(m_model->accountId(), uids, true);
    statusBar()->showMessage(tr("%n message(s) will be deleted on the server at the next check.", nullptr,
                                int(uids.size())), 8000);
    updateActions();
}

void MainWindow::undoDelete()
{
    if (m_lastDeleted.isEmpty())
        return;
    m_model->setDeleteRequested(m_lastDeleted, false);
    m_sync->setDeleteRequested(m_model->accountId(), m_lastDeleted, false);
    m_lastDeleted.clear();
    updateActions();
}

void MainWindow::onMessagesChanged(qint64 accountId, const QVector<QByteArray> &uids)
{
    if (accountId != m_model->accountId())
        return;
    // Changes are gathered and shown a few times a second: a fast download reports a batch every
    // few milliseconds, and repainting the list for each would keep the UI thread busy.
    m_pendingRefresh += uids;
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start(RefreshIntervalMs);
}

void MainWindow::flushRefresh(qsizetype most)
{
    m_refreshTimer.stop();
    if (m_pendingRefresh.isEmpty())
        return;
    QVector<QByteArray> uids;
    if (m_pendingRefresh.size() <= most) {
        uids.swap(m_pendingRefresh);
    } else {
        // The rest right after, in an event of its own: painting and input come in between.
        uids = m_pendingRefresh.first(most);
        m_pendingRefresh.remove(0, most);
        m_refreshTimer.start(0);
    }
    m_model->refresh(uids);
    // The selected message changed state (downloaded, say): its preview is shown anew.
    const QByteArray selected = m_view->singleSelectedUid();
    if (!selected.isEmpty() && uids.contains(selected))
        onCurrentMessageChanged();
}

void MainWindow::exportToFolder(const QString &folder)
{
    m_exporter->exportMessages(m_model->accountId(), m_view->selectedMessages(), MessageExporter::Format::Folder, folder);
}

void MainWindow::exportToMbox(const QString &path)
{
    m_exporter->exportMessages(m_model->accountId(), m_view->selectedMessages(), MessageExporter::Format::Mbox, path);
}

void MainWindow::updateNewCounts()
{
    if (!m_profile)
        return;
    int total = 0;
    for (const Account::AccountSettings &a : m_profile->accounts().all()) {
        int count = 0;
        if (a.id == m_model->accountId() && m_model->view() == Model::MessageListModel::ListView::Messages)
            count = m_model->unreadCount();
        else
            count = m_profile->messages().unreadCount(a.id).value(); // 0 when unreadable
        m_accounts->setNewCount(a.id, count);
        total += count;
    }
    if (m_tray)
        m_tray->setToolTip(total ? tr("Poplar: %n new message(s)", nullptr, total) : tr("Poplar"));
    setWindowTitle(total ? tr("Poplar (%n new)", "window title", total) : tr("Poplar"));
}

void MainWindow::setPreviewBelow(bool below)
{
    m_listSplitter->setOrientation(below ? Qt::Vertical : Qt::Horizontal);
    if (QAction *a = action(QStringLiteral("previewBelow")))
        a->setChecked(below);
    QSettings().setValue(QStringLiteral("ui/previewBelow"), below);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/mainSplitter"), m_mainSplitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Poplar::Ui

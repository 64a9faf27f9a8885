#include "MainWindow.h"

#include "display/DataSize.h"

#include "net/HostName.h"
#include "Icons.h"

#include "AccountErrors.h"
#include "ErrorBar.h"
#include "ErrorRecovery.h"
#include "HelpDialogs.h"
#include "ImportDialog.h"
#include "MessageActions.h"
#include "MessageView.h"
#include "PreviewPane.h"
#include "ProgressIndicator.h"
#include "ServerLogDialog.h"
#include "StoredMessageDialogs.h"
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
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QThreadPool>
#include <QToolBar>
#include <QVBoxLayout>

namespace Poplar::Ui {

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
        connect(service, &Sync::SyncService::syncStarted, this, &MainWindow::onSyncStarted);
        connect(service, &Sync::SyncService::progress, this, &MainWindow::onProgress);
        connect(service, &Sync::SyncService::finished, this, &MainWindow::onFinished);
        connect(service, &Sync::SyncService::messagesChanged, this, &MainWindow::onMessagesChanged);
        connect(service, &Sync::SyncService::secretNeeded, this, &MainWindow::onSecretNeeded);
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
    m_view->setFetch([this](const QVector<QByteArray> &uids) { return fetchForExport(uids); });

    m_filter->setPlaceholderText(tr("Filter by sender or subject (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_view->proxy(), &QSortFilterProxyModel::setFilterFixedString);

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
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::flushRefresh);

    createActions();
    createMenusAndToolbar();
    createTray();
    connect(m_accounts, &AccountList::accountSelected, this, &MainWindow::onAccountSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onCurrentMessageChanged);
    connect(m_preview, &PreviewPane::downloadRequested, this, [this] { downloadMessages(m_view->selectedUids()); });
    auto retry = [this](qint64 id) {
        if (m_lastRequest.contains(id) && !isBusy(id))
            startSync(m_lastRequest[id].operation, id, m_lastRequest[id].uids);
    };
    connect(m_errorBar, &ErrorBar::retryRequested, this, [this, retry] { retry(m_accounts->currentAccountId()); });
    auto *recovery = new ErrorRecovery(m_sync.get(), this);
    connect(m_errors, &AccountErrors::actionRequested, recovery, [this, recovery](qint64 id, const AccountErrors::Shown &e) {
        if (const auto a = account(id))
            recovery->act(*a, e);
    });
    connect(recovery, &ErrorRecovery::retryRequested, this, retry);
    connect(recovery, &ErrorRecovery::passwordEntered, this, [this, retry](qint64 id, const QByteArray &password) {
        m_typedSecrets.insert(id, password); // replaces the refused one, kept in memory only
        retry(id);
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
    for (QByteArray &secret : m_typedSecrets)
        secret.fill('\0');
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
    add(QStringLiteral("check"), tr("&Check"), QStringLiteral("mail-receive"), QKeySequence::Refresh,
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
        QKeySequence::Delete, [this] { deleteSelectedOnServer(); })
        ->setToolTip(tr("Delete the selected messages on the server at the next check (Del)"));
    add(QStringLiteral("undoDelete"), tr("&Undo Delete"), QStringLiteral("edit-undo"), QKeySequence::Undo,
        [this] { undoDelete(); });
    add(QStringLiteral("stop"), tr("&Stop"), QStringLiteral("process-stop"), QKeySequence(Qt::Key_Escape), [this] {
        for (auto it = m_busy.constBegin(); it != m_busy.constEnd(); ++it)
            m_sync->stop(it.key());
    });
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
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    QMenu *mail = menuBar()->addMenu(tr("&Mail"));
    for (const char *name : std::initializer_list<const char *>{"check", "checkAll", "stop", nullptr, "download",
                                                                  "deleteOnServer", "undoDelete"}) {
        if (name)
            mail->addAction(action(QLatin1String(name)));
        else
            mail->addSeparator();
    }
    auto *messageActions = new MessageActions(m_profile.get(), m_view, m_preview, this);
    menuBar()->addMenu(messageActions->createMenu(this));
    m_view->addActions(messageActions->actions());
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, messageActions, &MessageActions::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, messageActions, &MessageActions::updateActions);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("filter")));
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
    for (const char *name : {"check", "download", "deleteOnServer", "stop", "exportFolder"})
        bar->addAction(action(QLatin1String(name)));

    for (const char *name : {"download", "deleteOnServer", "undoDelete", "exportFolder", "exportMbox"})
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
            m_typedSecrets.insert(a.id, wizard->sessionSecret());
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
    const auto busy = m_busy.constFind(accountId);
    m_progressLabel->setText(busy != m_busy.constEnd() ? phaseText(busy->progress) : QString());
    m_progressBar->setVisible(busy != m_busy.constEnd());
    m_model->setFetchingHeaders(busy != m_busy.constEnd() && (busy->progress.phase == Sync::Phase::Listing
                                                              || busy->progress.phase == Sync::Phase::FetchingHeaders));
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
    action(QStringLiteral("stop"))->setEnabled(!m_busy.isEmpty());
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
    const Store::StoredMessage &row = selected.first();
    if (!row.seen) {
        m_model->setSeen({row.uid});
        m_sync->markSeen(row.accountId, {row.uid});
        updateNewCounts();
    }
    const quint64 generation = ++m_previewGeneration;
    const auto read = m_profile->messages().message(row.accountId, row.uid); // one row, headers included
    if (!read) {
        m_preview->showPlaceholder(tr("The message could not be read from the profile: %1").arg(read.error()));
        return;
    }
    if (!read.value())
        return;
    const Store::StoredMessage &full = *read.value();
    const bool complete = full.isDownloaded() && !full.rawPath.isEmpty();
    const QString path = full.rawPath;
    const QByteArray headers = full.headers;
    const bool headersCut = full.headersCut;
    QPointer<MainWindow> self(this);
    // Reading and decoding happen off the UI thread: a downloaded message may be large.
    QThreadPool::globalInstance()->start([self, generation, complete, path, headers, headersCut] {
        QByteArray bytes = headers;
        bool cut = headersCut && !complete;
        if (complete) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes = file.read(PreviewPane::MaxMessageBytes);
            cut = file.isOpen() && file.size() > bytes.size();
        }
        const Mime::MessagePreview preview = Mime::decodeMessage(bytes);
        QMetaObject::invokeMethod(qApp, [self, generation, preview, bytes, complete, cut] {
            if (self && self->m_previewGeneration == generation)
                self->m_preview->showMessage(preview, bytes, complete, cut);
        });
    });
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

void MainWindow::startSync(Sync::Operation operation, qint64 accountId, const QVector<QByteArray> &uids)
{
    const auto a = account(accountId);
    if (!a || !m_sync)
        return;
    Sync::SyncRequest request{operation, *a, m_typedSecrets.value(accountId), uids};
    m_lastRequest.insert(accountId, {operation, *a, {}, uids});
    m_errors->clear(accountId);
    m_sync->start(request);
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

void MainWindow::onSyncStarted(qint64 accountId, Sync::Operation operation)
{
    Busy &busy = m_busy[accountId];
    busy.operation = operation;
    busy.sincePhase.start();
    m_accounts->setState(accountId, AccountList::State::Busy, QString());
    if (operation != Sync::Operation::Check || accountId == m_model->accountId())
        m_lastDeleted.clear(); // a sync applies pending deletions: no more undo
    updateActions();
}

void MainWindow::onProgress(qint64 accountId, const Sync::SyncProgress &progress)
{
    Busy &busy = m_busy[accountId];
    if (progress.phase != busy.progress.phase)
        busy.sincePhase.restart();
    busy.progress = progress;
    QString text = phaseText(progress);
    if (progress.bytesTotal > 0) {
        text += tr(" \u00b7 %1 of %2", "bytes done of total").arg(Display::dataSize(progress.bytesDone),
                                                       Display::dataSize(progress.bytesTotal));
        const qint64 elapsed = busy.sincePhase.elapsed();
        if (progress.bytesDone > 0 && elapsed > 1000) {
            const qint64 left = (progress.bytesTotal - progress.bytesDone) * elapsed / progress.bytesDone / 1000;
            text += tr(" \u00b7 %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
        }
    }
    if (accountId == m_model->accountId())
        m_model->setFetchingHeaders(progress.phase == Sync::Phase::Listing || progress.phase == Sync::Phase::FetchingHeaders);
    if (progress.phase != m_busy[accountId].shownPhase) {
        // The account list shows the phase only; the counts go to the status bar.
        m_busy[accountId].shownPhase = progress.phase;
        m_accounts->setState(accountId, AccountList::State::Busy, phaseLabel(progress.phase));
    }
    if (accountId != m_accounts->currentAccountId())
        return;
    m_progressLabel->setText(text);
    m_progressBar->setVisible(progress.total > 0);
    m_progressBar->setProgress(progress.done, progress.total);
}

void MainWindow::onFinished(qint64 accountId, const Sync::SyncResult &result)
{
    m_busy.remove(accountId);
    if (accountId == m_model->accountId()) {
        flushRefresh();
        m_model->setFetchingHeaders(false);
    }
    const auto a = account(accountId);
    if (result.loginDelaySeconds)
        m_scheduler->setLoginDelay(accountId, *result.loginDelaySeconds);
    if (accountId == m_accounts->currentAccountId()) {
        m_progressLabel->clear();
        m_progressBar->setVisible(false);
    }
    if (result.error.kind == Pop3::Error::Kind::AccountBusy) {
        // Another program (poplar-sync from cron) is writing this account: not a failure, try later.
        const QString message = tr("%1; trying again in a minute").arg(result.error.message);
        m_accounts->setState(accountId, AccountList::State::Busy, message);
        m_errors->report(accountId, {tr("%1: %2").arg(a ? a->name : QString(), message), {}, true, {}});
        QTimer::singleShot(m_busyRetryMs, this, [this, accountId] {
            if (!isBusy(accountId) && m_lastRequest.contains(accountId))
                startSync(m_lastRequest[accountId].operation, accountId, m_lastRequest[accountId].uids);
        });
    } else if (!result.ok()) {
        if (result.error.kind == Pop3::Error::Kind::AuthenticationFailed) {
            // A typed password the server refused is asked for again, not retried for ever.
            m_typedSecrets[accountId].fill('\0');
            m_typedSecrets.remove(accountId);
        }
        const QString message = result.storeError.isEmpty() ? result.error.message
                                                            : tr("The local store failed: %1").arg(result.storeError);
        const AccountErrors::Shown shown = a ? ErrorRecovery::shownFor(result, *a) : AccountErrors::Shown{message};
        m_accounts->setFailed(accountId, shown.title.isEmpty() ? message : shown.title, shown.message);
        if (result.error.kind != Pop3::Error::Kind::Aborted)
            m_errors->report(accountId, shown);
    } else {
        m_accounts->setState(accountId, AccountList::State::Idle, QString());
        m_accounts->setLastChecked(accountId, QDateTime::currentDateTime());
        QStringList parts;
        if (result.newMessages)
            parts << tr("%n new", nullptr, result.newMessages);
        if (result.downloaded)
            parts << tr("%n downloaded", nullptr, result.downloaded);
        if (result.deleted)
            parts << tr("%n deleted on the server", nullptr, result.deleted);
        statusBar()->showMessage(tr("%1: %2").arg(a ? a->name : QString(),
                                                  parts.isEmpty() ? tr("nothing new") : parts.join(QStringLiteral(", "))),
                                 10000);
        if (!result.retentionWarning.isEmpty())
            m_errors->report(accountId, {tr("%1: %2").arg(a ? a->name : QString(), result.retentionWarning), {}, false, {}});
        if (result.newMessages > 0 && m_tray)
            m_tray->showMessage(tr("New mail"), tr("%n new message(s) in %1", nullptr, result.newMessages)
                                                    .arg(a ? a->name : QString()));
    }
    updateNewCounts();
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
        m_refreshTimer.start();
}

void MainWindow::flushRefresh()
{
    m_refreshTimer.stop();
    if (m_pendingRefresh.isEmpty())
        return;
    QVector<QByteArray> uids;
    uids.swap(m_pendingRefresh);
    m_model->refresh(uids);
    // The selected message changed state (downloaded, say): its preview is shown anew.
    const QVector<QByteArray> selected = m_view->selectedUids();
    if (selected.size() == 1 && uids.contains(selected.first()))
        onCurrentMessageChanged();
}

void MainWindow::onSecretNeeded(const Sync::SyncRequest &request, const QString &reason)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password for %1").arg(request.account.name));
    dialog->setLabelText(tr("Password for %1 on %2.\nIt could not be read from the keychain (%3), so Poplar keeps "
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
        m_accounts->setState(id, AccountList::State::Failed, tr("No password"));
    });
    dialog->open();
}

QVector<Store::StoredMessage> MainWindow::fetchForExport(const QVector<QByteArray> &uids)
{
    const qint64 accountId = m_model->accountId();
    if (!downloadWithProgress(this, m_sync.get(), accountId, uids,
                              [this, accountId, uids] { startSync(Sync::Operation::Download, accountId, uids); }))
        return {};
    return readMessages(uids).value_or(QVector<Store::StoredMessage>());
}

void MainWindow::fetchSelectedForExport()
{
    QVector<QByteArray> missing;
    for (const auto &m : m_view->selectedMessages()) {
        if (!m.isDownloaded() || m.isDamaged())
            missing.append(m.uid);
    }
    if (!missing.isEmpty())
        fetchForExport(missing);
}

std::optional<QVector<Store::StoredMessage>> MainWindow::readMessages(const QVector<QByteArray> &uids)
{
    auto read = m_profile->messages().messages(m_model->accountId(), uids, Store::MessageStore::Headers::Omit);
    if (!read) {
        m_errorBar->showError(tr("The messages could not be read from the profile: %1").arg(read.error()), {}, false);
        return std::nullopt;
    }
    return std::move(read).value();
}

void MainWindow::exportToFolder(const QString &folder)
{
    fetchSelectedForExport();
    const auto read = readMessages(m_view->selectedUids());
    if (!read)
        return;
    const QVector<Store::StoredMessage> &messages = *read;
    QString error;
    QVector<Store::StoredMessage> damaged;
    const QStringList written = Store::exportToFolder(messages, folder, &error, &damaged);
    if (!error.isEmpty())
        m_errorBar->showError(tr("Export failed: %1").arg(error), {}, false);
    else
        statusBar()->showMessage(tr("%n message(s) exported to %1", nullptr, int(written.size())).arg(folder), 8000);
    reportDamagedExport(this, m_sync.get(), m_model->accountId(), damaged);
}

void MainWindow::exportToMbox(const QString &path)
{
    fetchSelectedForExport();
    const auto read = readMessages(m_view->selectedUids());
    if (!read)
        return;
    const QVector<Store::StoredMessage> &messages = *read;
    QString error;
    QVector<Store::StoredMessage> damaged;
    if (!Store::exportToMbox(messages, path, &error, &damaged))
        m_errorBar->showError(tr("Export failed: %1").arg(error), {}, false);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(path), 8000);
    reportDamagedExport(this, m_sync.get(), m_model->accountId(), damaged);
}

void MainWindow::updateNewCounts()
{
    if (!m_profile)
        return;
    int total = 0;
    for (const Account::AccountSettings &a : m_profile->accounts().all()) {
        int count = 0;
        if (a.id == m_model->accountId()) {
            count = m_model->newCount();
        } else {
            count = m_profile->messages().newCount(a.id, a.sizeLimit).value(); // 0 when unreadable
        }
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

#include "TrashActions.h"

#include "Icons.h"
#include "MessageView.h"
#include "display/OutsideText.h"
#include "store/Trash.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace Poplar::Ui {

namespace {
constexpr int StatusMs = 8000;
using ListView = Model::MessageListModel::ListView;
} // namespace

TrashActions::TrashActions(QMainWindow *window, MessageView *view, Sync::SyncThread *sync, Store::Trash *trash,
                           CurrentAccount currentAccount, QAction *deleteOnServer)
    : QObject(window), m_window(window), m_view(view), m_sync(sync), m_trash(trash),
      m_currentAccount(std::move(currentAccount)), m_deleteOnServer(deleteOnServer),
      //: Verb: delete the selected messages (they go to the Trash)
      m_delete(new QAction(themedIcon(QStringLiteral("edit-delete")), tr("&Delete"), this)),
      m_showTrash(new QAction(themedIcon(QStringLiteral("user-trash")), tr("Show &Trash"), this)),
      m_restore(new QAction(themedIcon(QStringLiteral("edit-undo")), tr("&Restore"), this)),
      m_empty(new QAction(themedIcon(QStringLiteral("trash-empty")), tr("&Empty Trash..."), this))
{
    m_delete->setObjectName(QStringLiteral("moveToTrash"));
    m_showTrash->setObjectName(QStringLiteral("showTrash"));
    m_restore->setObjectName(QStringLiteral("restoreFromTrash"));
    m_empty->setObjectName(QStringLiteral("emptyTrash"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Move the selected downloaded messages to the Trash; in the Trash, delete them for good (Del)"));
    m_showTrash->setCheckable(true);
    connect(m_delete, &QAction::triggered, this, &TrashActions::deleteSelected);
    connect(m_restore, &QAction::triggered, this, &TrashActions::restoreSelected);
    connect(m_empty, &QAction::triggered, this, &TrashActions::emptyTrash);
    connect(m_showTrash, &QAction::toggled, this, &TrashActions::setTrashShown);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrashActions::updateActions);
    // Another account (or none) shown: its Trash.
    connect(m_view->sourceModel(), &QAbstractItemModel::modelReset, this, &TrashActions::updateActions);
    updateActions();
}

bool TrashActions::trashShown() const
{
    return m_view->sourceModel()->view() == ListView::Trash;
}

void TrashActions::setTrashShown(bool shown)
{
    m_view->sourceModel()->setView(shown ? ListView::Trash : ListView::Messages);
    updateActions();
}

void TrashActions::updateActions()
{
    const bool inTrash = trashShown();
    const bool selected = m_view->selectedCount() > 0;
    const bool account = m_currentAccount().has_value();
    m_showTrash->setEnabled(account);
    m_delete->setEnabled(selected);
    m_restore->setEnabled(inTrash && selected);
    m_empty->setEnabled(account);
    if (m_showTrash->isChecked() != inTrash) {
        const QSignalBlocker blocker(m_showTrash);
        m_showTrash->setChecked(inTrash);
    }
}

QString TrashActions::serverNote(const Account::AccountSettings &account) const
{
    if (account.policy != Account::RetentionPolicy::DeleteWhenDeletedLocally)
        return {};
    return QLatin1Char('\n') + tr("This account deletes them on the server as well, at the next check.");
}

void TrashActions::deleteSelected()
{
    const auto account = m_currentAccount();
    const QVector<Store::StoredMessage> selected = m_view->selectedMessages();
    if (!account || selected.isEmpty())
        return;
    QVector<QByteArray> downloaded;
    for (const Store::StoredMessage &m : selected) {
        if (m.isDownloaded())
            downloaded.append(m.uid);
    }
    if (!trashShown()) {
        if (downloaded.isEmpty()) {
            // Nothing here to trash: what Del meant for messages only on the server.
            m_deleteOnServer->trigger();
            return;
        }
        m_sync->changeTrash(account->id, Sync::TrashChange::MoveToTrash, downloaded);
        m_window->statusBar()->showMessage(
            tr("%n message(s) moved to the Trash.", nullptr, int(downloaded.size())), StatusMs);
        return;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Delete for Good"),
        tr("Delete %n message(s) for good? They cannot be restored.", nullptr, int(downloaded.size()))
            + serverNote(*account),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_sync->changeTrash(account->id, Sync::TrashChange::DeleteForGood, downloaded);
}

void TrashActions::restoreSelected()
{
    const auto account = m_currentAccount();
    const QVector<QByteArray> uids = m_view->selectedUids();
    if (!account || uids.isEmpty() || !trashShown())
        return;
    m_sync->changeTrash(account->id, Sync::TrashChange::Restore, uids);
    m_window->statusBar()->showMessage(tr("%n message(s) restored.", nullptr, int(uids.size())), StatusMs);
}

void TrashActions::emptyTrash()
{
    const auto account = m_currentAccount();
    if (!account)
        return;
    const auto inTrash = m_trash->uids(account->id);
    if (!inTrash) {
        m_window->statusBar()->showMessage(inTrash.error(), StatusMs);
        return;
    }
    if (inTrash->isEmpty()) {
        m_window->statusBar()->showMessage(tr("The Trash is empty."), StatusMs);
        return;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Empty Trash"),
        tr("Delete the %n message(s) in the Trash of %1 for good? They cannot be restored.", nullptr,
           int(inTrash->size()))
                .arg(Display::forLabel(account->name))
            + serverNote(*account),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_sync->changeTrash(account->id, Sync::TrashChange::Empty, {});
}

} // namespace Poplar::Ui

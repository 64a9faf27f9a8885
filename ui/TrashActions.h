#pragma once

#include "account/Account.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;

namespace Poplar::Store { class Trash; }
namespace Poplar::Sync { class SyncThread; }

namespace Poplar::Ui {

class MessageView;

/// Local delete with a Trash, per account: Delete (Del) moves the selected downloaded messages to
/// the Trash (a selection with nothing downloaded is handed to Delete on Server instead); Show Trash
/// switches the list to the account's Trash, where Restore takes messages back, Delete deletes them
/// for good and Empty Trash deletes all, each after a question. Messages leave the Trash by
/// themselves after the days set in the preferences. Every change goes through the sync thread.
class TrashActions : public QObject {
    Q_OBJECT
public:
    /// The account shown in the list, if any.
    using CurrentAccount = std::function<std::optional<Account::AccountSettings>()>;

    /// `trash` is read for counts only; `deleteOnServer` is the window's Delete on Server action.
    TrashActions(QMainWindow *window, MessageView *view, Sync::SyncThread *sync, Store::Trash *trash,
                 CurrentAccount currentAccount, QAction *deleteOnServer);

    /// The actions, by object name: moveToTrash, showTrash, restoreFromTrash, emptyTrash.
    QList<QAction *> actions() const { return {m_delete, m_showTrash, m_restore, m_empty}; }
    /// Enables the actions for the current view and selection.
    void updateActions();

private:
    void deleteSelected();
    void restoreSelected();
    void emptyTrash();
    void setTrashShown(bool shown);
    bool trashShown() const;
    /// The sentence a question adds when leaving the Trash also deletes on the server.
    QString serverNote(const Account::AccountSettings &account) const;

    QMainWindow *m_window;
    MessageView *m_view;
    Sync::SyncThread *m_sync;
    Store::Trash *m_trash;
    CurrentAccount m_currentAccount;
    QAction *m_deleteOnServer;
    QAction *m_delete;
    QAction *m_showTrash;
    QAction *m_restore;
    QAction *m_empty;
};

} // namespace Poplar::Ui

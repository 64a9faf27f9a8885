#pragma once

#include "account/Account.h"

#include <QDialog>
#include <QVector>

#include <functional>

class QListWidget;
class QPushButton;

namespace Poplar::Sync { class SyncThread; }

namespace Poplar::Ui {

class AccountWizard;

/// The account settings: a list of accounts to add, edit (in the AccountWizard) or remove.
/// Removing asks whether the downloaded messages go too and always removes the stored password.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    /// `accounts` reads the current list (the caller's read-only store connection); writes go
    /// through `sync`, which must outlive the dialog.
    AccountsDialog(Sync::SyncThread *sync, std::function<QVector<Account::AccountSettings>()> accounts,
                   QWidget *parent = nullptr);

    /// Rereads the list.
    void refresh();
    /// Selects the account with this id, if listed.
    void selectAccount(qint64 id);
    /// Opens the wizard for the selected account; returns it (nullptr if nothing is selected).
    AccountWizard *editSelected();
    /// Asks about and removes the selected account.
    void removeSelected();
    /// Opens the wizard for a new account.
    AccountWizard *addAccount();

    /// Asks (window-modal, without waiting) whether to remove `account` and whether to delete its
    /// downloaded messages too; on yes removes it through `sync` and its password from the keychain.
    static void confirmAndRemove(QWidget *parent, Sync::SyncThread *sync, const Account::AccountSettings &account);

private:
    /// Removes the account through `sync`, then its password from the keychain.
    static void removeAccount(Sync::SyncThread *sync, const Account::AccountSettings &account, bool deleteMessages);
    std::optional<Account::AccountSettings> selected() const;
    void updateButtons();

    Sync::SyncThread *m_sync;
    std::function<QVector<Account::AccountSettings>()> m_accounts;
    QVector<Account::AccountSettings> m_list;
    QListWidget *m_view;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace Poplar::Ui

#include "wizard/AccountsDialog.h"

#include "net/HostName.h"
#include "account/autodetect/Candidate.h"
#include "sync/SyncService.h"
#include "wizard/AccountWizard.h"
#include "wizard/KeychainAccess.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace Poplar::Ui {

AccountsDialog::AccountsDialog(Sync::SyncThread *sync, std::function<QVector<Account::AccountSettings>()> accounts,
                               QWidget *parent)
    : QDialog(parent), m_sync(sync), m_accounts(std::move(accounts)), m_view(new QListWidget(this)),
      m_edit(new QPushButton(tr("&Edit\u2026"), this)), m_remove(new QPushButton(tr("&Remove\u2026"), this))
{
    setWindowTitle(tr("Accounts"));
    setObjectName(QStringLiteral("accountsDialog"));
    m_view->setObjectName(QStringLiteral("accountsList"));
    m_edit->setObjectName(QStringLiteral("editAccount"));
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    auto *add = new QPushButton(tr("&Add\u2026"), this);
    add->setObjectName(QStringLiteral("addAccount"));

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch();
    row->addLayout(side);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    resize(560, 320);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_view, &QListWidget::currentRowChanged, this, &AccountsDialog::updateButtons);
    connect(m_view, &QListWidget::itemDoubleClicked, this, &AccountsDialog::editSelected);
    connect(m_sync->service(), &Sync::SyncService::accountSaved, this, &AccountsDialog::refresh);
    connect(m_sync->service(), &Sync::SyncService::accountRemoved, this, &AccountsDialog::refresh);
    refresh();
}

void AccountsDialog::refresh()
{
    const auto current = selected();
    m_list = m_accounts ? m_accounts() : QVector<Account::AccountSettings>();
    m_view->clear();
    for (const Account::AccountSettings &a : std::as_const(m_list)) {
        m_view->addItem(tr("%1 \u2014 %2 on %3:%4 (%5)")
                            .arg(a.name, a.user, Net::displayHostName(a.host))
                            .arg(a.port)
                            .arg(Autodetect::securityLabel(a.security)));
    }
    if (current)
        selectAccount(current->id);
    else if (!m_list.isEmpty())
        m_view->setCurrentRow(0);
    updateButtons();
}

void AccountsDialog::selectAccount(qint64 id)
{
    for (int i = 0; i < m_list.size(); ++i) {
        if (m_list.at(i).id == id)
            m_view->setCurrentRow(i);
    }
}

std::optional<Account::AccountSettings> AccountsDialog::selected() const
{
    const int row = m_view->currentRow();
    if (row < 0 || row >= m_list.size())
        return std::nullopt;
    return m_list.at(row);
}

void AccountsDialog::updateButtons()
{
    const bool have = selected().has_value();
    m_edit->setEnabled(have);
    m_remove->setEnabled(have);
}

AccountWizard *AccountsDialog::editSelected()
{
    const auto account = selected();
    if (!account)
        return nullptr;
    auto *wizard = new AccountWizard(m_sync, *account, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

AccountWizard *AccountsDialog::addAccount()
{
    auto *wizard = new AccountWizard(m_sync, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AccountWizard::accountSaved, this, [this](const Account::AccountSettings &a) { selectAccount(a.id); });
    wizard->open();
    return wizard;
}

void AccountsDialog::removeSelected()
{
    if (const auto account = selected())
        confirmAndRemove(this, m_sync, *account);
}

void AccountsDialog::confirmAndRemove(QWidget *parent, Sync::SyncThread *sync, const Account::AccountSettings &account)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Account"),
                    tr("Remove the account \u201c%1\u201d (%2 on %3)?\n\nIts password is removed from the keychain, and "
                       "its messages disappear from Poplar's list. Messages on the server are not touched.\n\n"
                       "Also delete the messages downloaded from this account from this computer?")
                        .arg(account.name, account.user, Net::displayHostName(account.host)),
                    QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("removeAccountQuestion"));
    box->setTextFormat(Qt::PlainText); // names, user and host as typed or found
    QPushButton *deleteFiles = box->addButton(tr("Remove and &Delete Messages"), QMessageBox::DestructiveRole);
    deleteFiles->setObjectName(QStringLiteral("removeAndDeleteMessages"));
    QPushButton *keepFiles = box->addButton(tr("Remove, &Keep Messages"), QMessageBox::AcceptRole);
    keepFiles->setObjectName(QStringLiteral("removeKeepMessages"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    // Window-modal and answered through its signal: nothing waits for the answer.
    QObject::connect(box, &QMessageBox::finished, sync, [box, deleteFiles, keepFiles, sync, account] {
        if (box->clickedButton() != deleteFiles && box->clickedButton() != keepFiles)
            return;
        removeAccount(sync, account, box->clickedButton() == deleteFiles);
    });
    box->open();
}

void AccountsDialog::removeAccount(Sync::SyncThread *sync, const Account::AccountSettings &account, bool deleteMessages)
{
    // The passwords (the server's and the proxy's) always go with the account, once the store has
    // let the account go.
    auto *keychain = new KeychainAccess(sync, sync);
    QObject::connect(keychain, &KeychainAccess::secretRemoved, keychain, &QObject::deleteLater);
    auto *proxyKeychain = new KeychainAccess(sync, sync, Account::Keychain::Entry::Proxy);
    QObject::connect(proxyKeychain, &KeychainAccess::secretRemoved, proxyKeychain, &QObject::deleteLater);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        sync->service(), &Sync::SyncService::accountRemoved, keychain,
        [keychain, proxyKeychain, connection, id = account.id, name = account.name](qint64 removed, bool ok,
                                                                                     const QString &) {
            if (removed != id)
                return;
            QObject::disconnect(*connection);
            if (ok) {
                keychain->removeSecret(name);
                proxyKeychain->removeSecret(name);
            } else {
                keychain->deleteLater();
                proxyKeychain->deleteLater();
            }
        });
    sync->removeAccount(account.id, deleteMessages);
}

} // namespace Poplar::Ui

#include "ErrorRecovery.h"

#include "display/OutsideText.h"
#include "net/HostName.h"
#include "sync/SyncService.h"
#include "wizard/AccountWizard.h"
#include "wizard/CertificateDialog.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>

namespace Poplar::Ui {

ErrorRecovery::ErrorRecovery(Sync::SyncThread *sync, QWidget *window) : QObject(window), m_sync(sync), m_window(window)
{
}

AccountErrors::Shown ErrorRecovery::shownFor(const Sync::SyncResult &result, const Account::AccountSettings &account)
{
    AccountErrors::Shown shown;
    if (!result.storeError.isEmpty()) {
        shown.message = tr("%1: %2").arg(account.name, tr("The local store failed: %1").arg(result.storeError));
        shown.title = tr("Local store failed");
        return shown;
    }
    const Pop3::ErrorContext context = account.errorContext();
    const Pop3::ErrorExplanation explanation = Pop3::explainError(result.error, context);
    shown.message = tr("%1: %2 (%3, %4)").arg(account.name, explanation.advice, context.host,
                                               Pop3::describeConnection(context));
    shown.title = explanation.title;
    shown.serverText = QString::fromUtf8(result.error.serverText);
    shown.remedy = explanation.remedy;
    shown.peerChain = result.error.peerChain;
    shown.sslErrors = result.error.sslErrors;
    const bool oauth = account.auth == Pop3::AuthMethod::XOAuth2 || account.auth == Pop3::AuthMethod::OAuthBearer;
    if (result.signInNeeded) {
        shown.message = tr("%1: %2").arg(account.name, result.error.message);
        shown.remedy = Pop3::ErrorRemedy::EditAccount; // the editor's first page offers the sign-in
        shown.actionText = tr("&Sign In Again...");
        shown.retry = false;
        return shown;
    }
    if (shown.remedy == Pop3::ErrorRemedy::EnterPassword && (!account.passwordCommand.isEmpty() || oauth))
        shown.remedy = Pop3::ErrorRemedy::EditAccount; // the password comes from a command or a sign-in
    switch (shown.remedy) {
    case Pop3::ErrorRemedy::EnterPassword: shown.actionText = tr("Enter &Password Again..."); break;
    case Pop3::ErrorRemedy::EditAccount: shown.actionText = tr("&Edit Account..."); break;
    case Pop3::ErrorRemedy::TrustCertificate: shown.actionText = tr("&Trust Certificate..."); break;
    case Pop3::ErrorRemedy::Retry:
    case Pop3::ErrorRemedy::None: break;
    }
    shown.retry = shown.remedy != Pop3::ErrorRemedy::None && shown.remedy != Pop3::ErrorRemedy::EnterPassword
                  && shown.remedy != Pop3::ErrorRemedy::TrustCertificate;
    return shown;
}

void ErrorRecovery::act(const Account::AccountSettings &account, const AccountErrors::Shown &error)
{
    if (!m_sync)
        return;
    switch (error.remedy) {
    case Pop3::ErrorRemedy::EnterPassword: askPassword(account); break;
    case Pop3::ErrorRemedy::EditAccount: editAccount(account); break;
    case Pop3::ErrorRemedy::TrustCertificate: trustCertificate(account, error); break;
    case Pop3::ErrorRemedy::Retry: emit retryRequested(account.id); break;
    case Pop3::ErrorRemedy::None: break;
    }
}

void ErrorRecovery::askPassword(const Account::AccountSettings &account)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("passwordAgain"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password for %1").arg(account.name));
    dialog->setLabelText(tr("The server refused the password for %1 on %2. Type it again; Poplar keeps it in memory "
                            "until it quits.").arg(account.user, Net::displayHostName(account.host)));
    dialog->setTextEchoMode(QLineEdit::Password);
    for (QLabel *label : dialog->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText); // names the user and the host
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, id = account.id](const QString &text) { emit passwordEntered(id, text.toUtf8()); });
    dialog->open();
}

void ErrorRecovery::editAccount(const Account::AccountSettings &account)
{
    auto *wizard = new AccountWizard(m_sync, account, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AccountWizard::accountSaved, this,
            [this](const Account::AccountSettings &saved) { emit retryRequested(saved.id); });
    wizard->open();
}

void ErrorRecovery::trustCertificate(const Account::AccountSettings &account, const AccountErrors::Shown &error)
{
    auto *dialog = new CertificateDialog(Net::displayHostName(account.host), account.port, error.peerChain,
                                         error.sslErrors, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, account] {
        Account::AccountSettings pinned = account;
        pinned.pinnedSha256 = dialog->leafSha256();
        // Saved first; the sync that follows reads the account as saved.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_sync->service(), &Sync::SyncService::accountSaved, this,
                              [this, connection, id = account.id](const Account::AccountSettings &saved, bool ok) {
                                  if (saved.id != id)
                                      return;
                                  disconnect(*connection);
                                  if (ok)
                                      emit retryRequested(id);
                              });
        m_sync->saveAccount(pinned);
    });
    dialog->open();
}

} // namespace Poplar::Ui

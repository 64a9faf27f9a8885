#include "wizard/AccountWizard.h"

#include "account/autodetect/Autodetector.h"
#include "sync/SyncService.h"
#include "wizard/ConnectionTestPage.h"
#include "wizard/KeychainAccess.h"
#include "wizard/ServerPages.h"
#include "wizard/SignInBox.h"
#include "wizard/StartPages.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace Poplar::Ui {

namespace {

/// Runs `handler` for the first `signal` of `sender` whose account name is `name`, then forgets it.
template <typename... Args, typename Handler>
void onceForName(QObject *context, KeychainAccess *sender, void (KeychainAccess::*signal)(const QString &, Args...),
                 const QString &name, Handler handler)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(sender, signal, context, [connection, name, handler](const QString &n, Args... rest) {
        if (n != name)
            return;
        QObject::disconnect(*connection);
        handler(rest...);
    });
}

} // namespace

AccountWizard::AccountWizard(Sync::SyncThread *sync, QWidget *parent)
    : QWizard(parent), m_sync(sync), m_detector(new Autodetect::Autodetector(this)),
      m_keychain(new KeychainAccess(sync, this)),
      m_proxyKeychain(new KeychainAccess(sync, this, Account::Keychain::Entry::Proxy))
{
    setUpPages();
    setWindowTitle(tr("Add Account"));
}

AccountWizard::AccountWizard(Sync::SyncThread *sync, const Account::AccountSettings &existing, QWidget *parent)
    : QWizard(parent), m_sync(sync), m_detector(new Autodetect::Autodetector(this)),
      m_keychain(new KeychainAccess(sync, this)),
      m_proxyKeychain(new KeychainAccess(sync, this, Account::Keychain::Entry::Proxy)), m_draft(existing),
      m_original(existing), m_editing(true)
{
    if (existing.proxy.needsPassword()) {
        // For the connection test, and kept under a new name if the account is renamed.
        onceForName(this, m_proxyKeychain, &KeychainAccess::secretRead, existing.name,
                    [this](bool ok, const QByteArray &value, const QString &) {
                        if (ok)
                            m_storedProxyPassword = QString::fromUtf8(value);
                    });
        m_proxyKeychain->readSecret(existing.name);
    }
    if (existing.security == Pop3::Security::Plain)
        setPlaintextAccepted(true); // agreed to when the account was set up
    setUpPages();
    setWindowTitle(tr("Edit Account %1").arg(existing.name));
}

AccountWizard::~AccountWizard()
{
    disconnect(m_savedConnection);
    m_sessionSecret.fill('\0');
}

void AccountWizard::setUpPages()
{
    setObjectName(QStringLiteral("accountWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(IdentityPageId, m_identity = new IdentityPage(this));
    setPage(DetectPageId, m_detect = new DetectPage(this));
    setPage(ManualPageId, m_manual = new ManualPage(this));
    setPage(TestPageId, m_test = new ConnectionTestPage(this));
    setPage(PolicyPageId, m_policy = new PolicyPage(this));
    setStartId(IdentityPageId);
    resize(720, 560);
}

QString AccountWizard::emailAddress() const
{
    return m_identity->emailAddress();
}

QByteArray AccountWizard::password() const
{
    return m_identity->password();
}

QByteArray AccountWizard::secretToStore() const
{
    if (const auto &grant = m_identity->signInBox()->grant())
        return grant->toJson();
    return m_identity->password();
}

void AccountWizard::setUrlOpener(std::function<void(const QUrl &)> opener)
{
    m_identity->signInBox()->setUrlOpener(std::move(opener));
}

bool AccountWizard::plaintextAccepted() const
{
    return !m_plaintextAcceptedFor.isEmpty()
           && m_plaintextAcceptedFor == QStringLiteral("%1:%2").arg(m_draft.host).arg(m_draft.port);
}

void AccountWizard::setPlaintextAccepted(bool accepted)
{
    m_plaintextAcceptedFor = accepted ? QStringLiteral("%1:%2").arg(m_draft.host).arg(m_draft.port) : QString();
}

void AccountWizard::setBusy(bool busy)
{
    for (QWizard::WizardButton b : {QWizard::FinishButton, QWizard::BackButton, QWizard::CancelButton}) {
        if (QAbstractButton *button = this->button(b))
            button->setEnabled(!busy);
    }
}

void AccountWizard::accept()
{
    if (m_saving || !validateCurrentPage())
        return;
    if (m_draft.security == Pop3::Security::Plain && !plaintextAccepted()) {
        m_policy->showError(tr("This account would send your password unencrypted, and you have not agreed to that. "
                               "Go back to the server settings."));
        return;
    }
    m_saving = true;
    setBusy(true);
    m_policy->showError(QString());
    Account::AccountSettings account = m_draft;
    account.id = m_editing ? m_original.id : 0;
    disconnect(m_savedConnection);
    m_savedConnection = connect(m_sync->service(), &Sync::SyncService::accountSaved, this,
                                [this, account](const Account::AccountSettings &saved, bool ok, const QString &error) {
                                    if (saved.name != account.name || (account.id != 0 && saved.id != account.id))
                                        return;
                                    disconnect(m_savedConnection);
                                    onSaved(saved, ok, error);
                                });
    m_sync->saveAccount(account);
}

void AccountWizard::onSaved(const Account::AccountSettings &account, bool ok, const QString &error)
{
    if (!ok) {
        m_saving = false;
        setBusy(false);
        m_policy->showError(error.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
                                ? tr("There is already an account named \u201c%1\u201d. Go back and choose another name.")
                                      .arg(account.name)
                                : tr("The account could not be saved: %1").arg(error));
        return;
    }
    m_saved = account;
    storePassword();
}

void AccountWizard::storePassword()
{
    const QByteArray secret = secretToStore();
    const bool renamed = m_editing && m_original.name != m_saved.name;
    const QString newName = m_saved.name;
    const QString oldName = m_original.name;
    auto removeOldThenFinish = [this, renamed, oldName] {
        if (!renamed) {
            storeProxyPassword(QString());
            return;
        }
        onceForName(this, m_keychain, &KeychainAccess::secretRemoved, oldName,
                    [this](bool, const QString &) { storeProxyPassword(QString()); });
        m_keychain->removeSecret(oldName);
    };
    auto write = [this, newName, removeOldThenFinish](const QByteArray &value) {
        onceForName(this, m_keychain, &KeychainAccess::secretWritten, newName,
                    [this, removeOldThenFinish](bool ok, const QString &error) {
                        if (!ok) {
                            storeProxyPassword(error.isEmpty() ? tr("unknown error") : error);
                            return;
                        }
                        removeOldThenFinish();
                    });
        m_keychain->writeSecret(newName, value);
    };
    if (!secret.isEmpty()) {
        write(secret);
        return;
    }
    if (!renamed || m_saved.auth == Pop3::AuthMethod::Gssapi) {
        storeProxyPassword(QString()); // nothing new to store
        return;
    }
    // Renamed without a new password: the stored one moves to the new name.
    onceForName(this, m_keychain, &KeychainAccess::secretRead, oldName,
                [this, write](bool ok, const QByteArray &value, const QString &) {
                    if (ok)
                        write(value);
                    else
                        storeProxyPassword(QString());
                });
    m_keychain->readSecret(oldName);
}

void AccountWizard::storeProxyPassword(const QString &problem)
{
    const bool renamed = m_editing && m_original.name != m_saved.name;
    const QString newName = m_saved.name;
    const QString oldName = m_original.name;
    auto finish = [this, problem, renamed, oldName](const QString &proxyProblem) {
        const QString shown = problem.isEmpty() ? proxyProblem : problem;
        if (!renamed || !m_original.proxy.needsPassword()) {
            finishWithNotice(shown);
            return;
        }
        onceForName(this, m_proxyKeychain, &KeychainAccess::secretRemoved, oldName,
                    [this, shown](bool, const QString &) { finishWithNotice(shown); });
        m_proxyKeychain->removeSecret(oldName);
    };
    const QString password = proxyPassword();
    if (m_saved.proxy.needsPassword() && !password.isEmpty()) {
        onceForName(this, m_proxyKeychain, &KeychainAccess::secretWritten, newName,
                    [finish](bool ok, const QString &error) { finish(ok ? QString() : error); });
        m_proxyKeychain->writeSecret(newName, password.toUtf8());
        return;
    }
    if (!m_saved.proxy.needsPassword() && m_editing && m_original.proxy.needsPassword()) {
        // The proxy wants no password any more: none is kept.
        onceForName(this, m_proxyKeychain, &KeychainAccess::secretRemoved, newName,
                    [finish](bool, const QString &) { finish(QString()); });
        m_proxyKeychain->removeSecret(newName);
        return;
    }
    finish(QString());
}

void AccountWizard::finishWithNotice(const QString &problem)
{
    m_keychainProblem = problem;
    auto done = [this] {
        m_saving = false;
        emit accountSaved(m_saved);
        QWizard::accept();
    };
    if (problem.isEmpty()) {
        done();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Password Not Remembered"),
        tr("The account %1 is saved, but no keychain is available to keep its password (%2).\n\n"
           "Poplar never writes passwords to its own files, so it will ask you for this one when it checks the "
           "account, unless you let it remember the password until it quits. To have it remembered for good, run "
           "a Secret Service (such as GNOME Keyring or KWallet) and enter the password again under "
           "File > Account Settings.")
            .arg(m_saved.name, problem),
        QMessageBox::Ok, this);
    QPushButton *remember = box->addButton(tr("&Remember Until Poplar Quits"), QMessageBox::AcceptRole);
    remember->setObjectName(QStringLiteral("rememberForSession"));
    box->setDefaultButton(remember);
    box->setObjectName(QStringLiteral("keychainNotice"));
    box->setTextFormat(Qt::PlainText); // names the account and quotes the keychain
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remember](QAbstractButton *clicked) {
        if (clicked == remember)
            m_sessionSecret = secretToStore();
    });
    connect(box, &QMessageBox::finished, this, done);
    box->open();
}

} // namespace Poplar::Ui

#pragma once

#include "account/Account.h"

#include <QWizard>

#include <functional>

namespace Poplar::Autodetect { class Autodetector; }
namespace Poplar::Net { class TransportFactory; }
namespace Poplar::Sync { class SyncThread; }

namespace Poplar::Ui {

class IdentityPage;
class KeychainAccess;
class DetectPage;
class ManualPage;
class ConnectionTestPage;
class PolicyPage;

/// Sets up a POP3 account: name, address and password; autodetection with visible reasons;
/// the server settings by hand; a real test login (with the certificate trust flow); the
/// retention policy. Finishing saves the account through the sync thread and the password in
/// the keychain. Editing an existing account starts at the same first page, prefilled.
class AccountWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { IdentityPageId, DetectPageId, ManualPageId, TestPageId, PolicyPageId };

    /// A wizard for a new account; `sync` saves it and must outlive the wizard.
    explicit AccountWizard(Sync::SyncThread *sync, QWidget *parent = nullptr);
    /// A wizard that edits `existing` (same id); its stored password stays unless a new one is typed.
    AccountWizard(Sync::SyncThread *sync, const Account::AccountSettings &existing, QWidget *parent = nullptr);
    /// A save still under way completes in the sync thread; its answer is ignored.
    ~AccountWizard() override;

    /// The autodetection the second page runs; tests point it at local servers.
    Autodetect::Autodetector *autodetector() const { return m_detector; }
    /// Transports for the connection test (tests); nullptr means the real ones. Not owned.
    void setTransportFactory(Net::TransportFactory *factory) { m_factory = factory; }
    Net::TransportFactory *transportFactory() const { return m_factory; }
    /// The sync thread the account is saved through (and the keychain is used in).
    Sync::SyncThread *syncThread() const { return m_sync; }

    /// The account as far as the pages have filled it in (no password in it).
    Account::AccountSettings &draft() { return m_draft; }
    const Account::AccountSettings &draft() const { return m_draft; }
    /// What was typed on the first page.
    QString emailAddress() const;
    /// The password typed, or after a Google/Microsoft sign-in the access token.
    QByteArray password() const;
    /// What finishing stores in the keychain: the password, or the sign-in's grant (JSON).
    QByteArray secretToStore() const;
    /// Replaces QDesktopServices::openUrl for the sign-in page (tests play the browser).
    void setUrlOpener(std::function<void(const QUrl &)> opener);
    bool isEditing() const { return m_editing; }
    /// For an edited account: its name before editing (the keychain entry's key).
    QString originalName() const { return m_original.name; }
    /// True once the user agreed to send the password without TLS for the draft's host and port.
    bool plaintextAccepted() const;
    void setPlaintextAccepted(bool accepted);
    /// The proxy's password for the connection test and for the keychain: the one typed, else the
    /// one the keychain has for an edited account.
    QString proxyPassword() const { return m_typedProxyPassword.isEmpty() ? m_storedProxyPassword : m_typedProxyPassword; }
    void setTypedProxyPassword(const QString &password) { m_typedProxyPassword = password; }
    /// True when the keychain had a proxy password for the edited account.
    bool proxyPasswordStored() const { return !m_storedProxyPassword.isEmpty(); }

    /// The account as saved (with its id) once the wizard finished; empty before.
    const Account::AccountSettings &savedAccount() const { return m_saved; }
    /// What finishing reported about the password: empty if it went to the keychain.
    QString keychainProblem() const { return m_keychainProblem; }
    /// Without a keychain: the password the user let Poplar remember until it quits (empty if
    /// they did not, or it went to the keychain). Read it when accountSaved is emitted.
    QByteArray sessionSecret() const { return m_sessionSecret; }

signals:
    /// The account was saved (and its password stored, or the user told why not).
    void accountSaved(const Poplar::Account::AccountSettings &account);

protected:
    /// Saves instead of closing at once; closes when the store and the keychain have answered.
    void accept() override;

private:
    void setUpPages();
    void onSaved(const Account::AccountSettings &account, bool ok, const QString &error);
    void storePassword();
    /// Writes, moves or removes the proxy's password as the saved account needs, then finishes.
    void storeProxyPassword(const QString &problem);
    void finishWithNotice(const QString &notice);
    void setBusy(bool busy);

    Sync::SyncThread *m_sync;
    Net::TransportFactory *m_factory = nullptr;
    Autodetect::Autodetector *m_detector;
    KeychainAccess *m_keychain;
    KeychainAccess *m_proxyKeychain;
    QString m_typedProxyPassword;
    QString m_storedProxyPassword;
    Account::AccountSettings m_draft;
    Account::AccountSettings m_original;
    Account::AccountSettings m_saved;
    QString m_plaintextAcceptedFor; ///< "host:port" the plaintext consent was given for
    QString m_keychainProblem;
    QByteArray m_sessionSecret;
    bool m_editing = false;
    bool m_saving = false;
    QMetaObject::Connection m_savedConnection;

    IdentityPage *m_identity = nullptr;
    DetectPage *m_detect = nullptr;
    ManualPage *m_manual = nullptr;
    ConnectionTestPage *m_test = nullptr;
    PolicyPage *m_policy = nullptr;
};

} // namespace Poplar::Ui

#pragma once

#include "account/Account.h"

#include <QWizardPage>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Poplar::Ui {

class AccountWizard;
class ProxyBox;
class ServerFactsBox;

/// The server settings by hand: host, port, security, login method, user name, an optional
/// CA file and the proxy. Always reachable; choosing no encryption needs an explicit tick, and
/// sending the password after a refused secure method over it another.
class ManualPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ManualPage(AccountWizard *wizard);

    // QWizardPage: filled from the wizard's draft, written back to it on Next.
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void onSecurityChanged();

    AccountWizard *m_wizard;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QComboBox *m_auth;
    QLineEdit *m_user;
    QLineEdit *m_caFile;
    QCheckBox *m_consent;
    QCheckBox *m_plaintextFallback;
    ProxyBox *m_proxy;
    QLabel *m_warning;
    int m_lastSecurity = -1;
};

/// What happens to mail on the server (with what the server said of its own retention at the
/// last login), which messages are fetched only as headers, preview lines, and how often to check.
class PolicyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PolicyPage(AccountWizard *wizard);

    // QWizardPage: the last page; its values go into the draft before saving.
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override { return -1; }
    /// Shows why finishing failed (the store refused the account).
    void showError(const QString &text);

private:
    /// The retention chosen on the page.
    std::pair<Account::RetentionPolicy, int> chosenPolicy() const;

    AccountWizard *m_wizard;
    QRadioButton *m_keep;
    QRadioButton *m_days;
    QRadioButton *m_whenDeletedLocally;
    QRadioButton *m_afterDownload;
    QSpinBox *m_dayCount;
    QCheckBox *m_limitSize;
    QSpinBox *m_sizeKb;
    QCheckBox *m_checkPeriodically;
    QSpinBox *m_interval;
    QSpinBox *m_previewLines;
    ServerFactsBox *m_serverFacts;
    QLabel *m_error;
    bool m_initialized = false;
};

} // namespace Poplar::Ui

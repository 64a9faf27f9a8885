#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Poplar::Ui {

class AccountWizard;

/// The server settings by hand: host, port, security, login method, user name and an optional
/// CA file. Always reachable; choosing no encryption needs an explicit tick.
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
    QLabel *m_warning;
    int m_lastSecurity = -1;
};

/// What happens to mail on the server, which messages are fetched only as headers, and how
/// often to check.
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
    QLabel *m_error;
    bool m_initialized = false;
};

} // namespace Poplar::Ui

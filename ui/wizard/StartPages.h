#pragma once

#include "account/autodetect/Candidate.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Poplar::Ui {

class AccountWizard;
class SignInBox;

/// First page: account name, e-mail address and password, and whether to skip autodetection.
class IdentityPage : public QWizardPage {
    Q_OBJECT
public:
    explicit IdentityPage(AccountWizard *wizard);

    /// The address as typed, trimmed.
    QString emailAddress() const;
    /// The password as typed (UTF-8); empty when editing means "keep the stored one".
    QByteArray password() const;
    /// The Google/Microsoft sign-in offered for the address.
    SignInBox *signInBox() const { return m_signIn; }

    // QWizardPage
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    AccountWizard *m_wizard;
    // Declared (so created, so in the tab order) as the form shows them.
    QLineEdit *m_email;
    QLineEdit *m_password;
    SignInBox *m_signIn;
    QLineEdit *m_name;
    QCheckBox *m_manual;
    QLabel *m_hint;
    QString m_defaultUser; ///< the address last used as the user name
};

/// Second page: runs the Autodetector for the address and shows, while it runs, what it tries
/// and finds and why each server was chosen or not. A server without TLS can only be taken
/// with an explicit tick; the settings can always be reviewed by hand instead.
class DetectPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DetectPage(AccountWizard *wizard);

    // QWizardPage: the search starts when the page is shown and stops when the user goes back.
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    /// The candidate currently selected in the list, if it is usable.
    std::optional<Autodetect::Candidate> selectedCandidate() const;

private:
    void restart();
    void refill();
    void onFinished();
    void onSelectionChanged();

    AccountWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_busy;
    QListWidget *m_log;
    QTreeWidget *m_candidates;
    QLabel *m_reason;
    QCheckBox *m_consent;
    QCheckBox *m_byHand;
    QPushButton *m_stop;
    QPushButton *m_again;
    QString m_searchedFor;
    bool m_finished = false;
};

} // namespace Poplar::Ui

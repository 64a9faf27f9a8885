#pragma once

#include "pop3/Error.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Poplar::Pop3 { class Session; }

namespace Poplar::Ui {

class AccountWizard;
class KeychainAccess;

/// Logs in for real with the settings so far and reports, in plain words, what the server
/// offers and what went wrong: a wrong password, an untrusted certificate (the certificate
/// dialog opens, and trusting pins it and tests again), a server without TLS.
class ConnectionTestPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ConnectionTestPage(AccountWizard *wizard);
    /// Drops a test login still under way.
    ~ConnectionTestPage() override;

    // QWizardPage: the test runs when the page is shown; Next needs it to have worked
    // (or the user's explicit "save anyway").
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    /// Starts (again) the test login.
    void runTest();
    /// True while the test login is under way.
    bool isRunning() const { return m_session != nullptr; }
    /// True after a login with the current settings worked.
    bool succeeded() const { return m_succeeded; }
    /// The error of the last failed test (kind None if it did not fail).
    const Pop3::Error &lastError() const { return m_lastError; }
    /// A sentence for the user about `error`, for this account's settings.
    static QString explain(const Pop3::Error &error, const QString &host, quint16 port);

private:
    void testWithSecret(const QByteArray &secret);
    void onReady();
    void onFailed(const Pop3::Error &error);
    void askAboutCertificate(const Pop3::Error &error);
    void finishSession();

    AccountWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPlainTextEdit *m_details;
    QPushButton *m_retry;
    QPushButton *m_showCertificate;
    QCheckBox *m_saveAnyway;
    Pop3::Session *m_session = nullptr;
    KeychainAccess *m_keychain = nullptr;
    Pop3::Error m_lastError;
    bool m_succeeded = false;
};

} // namespace Poplar::Ui

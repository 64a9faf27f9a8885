// The account wizard and the accounts dialog, offscreen, driven as a user would, against real
// Dovecot servers: autodetection, the connection test, trusting a self-signed certificate,
// plaintext consent, the policy page, finishing (store and keychain) and a later pinned login.
//
// Each test function runs in a child process of its own (see runIsolated). Normally a child
// has no keychain (its D-Bus address points nowhere), so the "cannot remember the password"
// path runs. With -keychain each child runs inside dbus-run-session with gnome-keyring-daemon
// and a private HOME: the stored-password path.

#include "DovecotServer.h"
#include "MainWindow.h"
#include "account/autodetect/Autodetector.h"
#include "account/autodetect/SrvResolver.h"
#include "store/AccountStore.h"
#include "store/Profile.h"
#include "sync/SyncService.h"
#include "wizard/AccountWizard.h"
#include "wizard/AccountsDialog.h"
#include "wizard/CertificateDialog.h"
#include "wizard/ConnectionTestPage.h"
#include "wizard/KeychainAccess.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Poplar;
using Ui::AccountWizard;

namespace {

constexpr int WaitMs = 30000;
constexpr const char *KeychainMarker = "POPLAR_KEYCHAIN_SESSION";
const QByteArray Password = "wizard-pw";

bool haveKeychain()
{
    return !qEnvironmentVariableIsEmpty(KeychainMarker);
}

/// No DNS in tests: nothing has SRV records unless a test says so.
class NoSrv final : public Autodetect::SrvResolver {
public:
    void lookupSrv(const QString &, QObject *context, Callback done) override
    {
        QTimer::singleShot(10, context, [done] { done({}, QString()); });
    }
};

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QAbstractButton *next(AccountWizard &w)
{
    return w.button(QWizard::NextButton);
}

/// Waits until Next is enabled and clicks it; false if it never was.
bool clickNext(AccountWizard &w)
{
    if (!QTest::qWaitFor([&] { return next(w)->isEnabled() && next(w)->isVisible(); }, WaitMs))
        return false;
    next(w)->click();
    return true;
}

/// Points the wizard's autodetection at loopback ports only.
void probeOnly(AccountWizard &w, NoSrv &srv, const QVector<Autodetect::Autodetector::ProbePort> &ports)
{
    Autodetect::Autodetector *d = w.autodetector();
    d->setSrvResolver(&srv);
    d->setAutoconfigUrls({});
    d->setProbeHosts({QStringLiteral("127.0.0.1")});
    d->setProbePorts(ports);
    d->setTimeouts(5000, 20000);
}

/// Clicks `buttonName` in the next modal dialog named `dialogName` (for exec()-style questions).
void answerModal(const QString &dialogName, const QString &buttonName, QString *text = nullptr)
{
    QTimer::singleShot(50, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != dialogName) {
            answerModal(dialogName, buttonName, text);
            return;
        }
        if (text)
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                *text = box->text();
        if (buttonName.isEmpty())
            return; // only look
        if (auto *button = modal->findChild<QAbstractButton *>(buttonName))
            button->click();
    });
}

QByteArray message()
{
    return "Message-ID: <1@wizard.test>\nDate: Wed, 08 Nov 2023 10:00:00 +0000\nFrom: a@example.org\n"
           "To: alice@example.test\nSubject: Welcome\n\nHello.\n";
}

std::optional<Account::AccountSettings> stored(const QString &profileDir, const QString &name)
{
    QString error;
    auto profile = Store::Profile::open(profileDir, &error);
    return profile ? profile->accounts().findByName(name) : std::nullopt;
}

/// Reads a secret through the keychain (in the sync thread, like everything else), synchronously.
std::optional<QByteArray> keychainSecret(Sync::SyncThread &sync, const QString &name)
{
    Ui::KeychainAccess keychain(&sync);
    QSignalSpy spy(&keychain, &Ui::KeychainAccess::secretRead);
    keychain.readSecret(name);
    if (!spy.wait(WaitMs) || !spy.first().at(1).toBool())
        return std::nullopt;
    return spy.first().at(2).toByteArray();
}

} // namespace

class TestWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void newAccountWithTrustAndPinnedLogin();
    void serverWithoutTlsNeedsExplicitConsent();
    void wrongPasswordAndMissingTlsInPlainWords();
    void nothingFoundLeadsToManualPage();
    void editAndRemoveFromSettings();
    void mainWindowOpensTheWizard();

private:
    std::unique_ptr<Test::DovecotServer> m_tls;
    std::unique_ptr<Test::DovecotServer> m_plain;
};

void TestWizard::initTestCase()
{
    m_tls = std::make_unique<Test::DovecotServer>();
    m_tls->addUser("alice", Password);
    m_tls->addMessage("alice", message());
    QVERIFY2(m_tls->start(), qPrintable(m_tls->error()));
    m_plain = std::make_unique<Test::DovecotServer>();
    m_plain->setTlsEnabled(false);
    m_plain->addUser("alice", Password);
    QVERIFY2(m_plain->start(), qPrintable(m_plain->error()));
}

void TestWizard::newAccountWithTrustAndPinnedLogin()
{
    QTemporaryDir profile;
    Sync::SyncThread sync(profile.path());
    NoSrv srv;
    AccountWizard w(&sync);
    probeOnly(w, srv, {{m_tls->pop3sPort(), Pop3::Security::ImplicitTls}, {m_tls->pop3Port(), Pop3::Security::StartTls}});
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    // Page 1: address, password, name; typing starts in the address, Tab goes on to the password.
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&w, "email"));
    QWidget *afterEmail = child<QLineEdit>(&w, "email")->nextInFocusChain();
    while (afterEmail->focusPolicy() == Qt::NoFocus)
        afterEmail = afterEmail->nextInFocusChain();
    QCOMPARE(afterEmail, child<QLineEdit>(&w, "password"));
    QVERIFY(!next(w)->isEnabled());
    type(child<QLineEdit>(&w, "email"), QStringLiteral("alice@example.test"));
    type(child<QLineEdit>(&w, "password"), QString::fromLatin1(Password));
    type(child<QLineEdit>(&w, "accountName"), QStringLiteral("Work"));
    QVERIFY(clickNext(w));
    QCOMPARE(w.currentId(), int(AccountWizard::DetectPageId));

    // Autodetection: visible progress, the choice and why.
    QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), WaitMs);
    auto *log = child<QListWidget>(&w, "detectLog");
    QStringList lines;
    for (int i = 0; i < log->count(); ++i)
        lines << log->item(i)->text();
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Trying 127.0.0.1:%1 (TLS)").arg(m_tls->pop3sPort())), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("certificate is not trusted")), qPrintable(all));
    QCOMPARE(child<QTreeWidget>(&w, "candidates")->topLevelItemCount(), 2);
    const QString reason = child<QLabel>(&w, "choiceReason")->text();
    QVERIFY2(reason.startsWith(QLatin1String("Chosen")) && reason.contains(QLatin1String("not trusted")), qPrintable(reason));
    QVERIFY(!child<QCheckBox>(&w, "plaintextConsent")->isVisible());

    // The detected user name is the address; this server wants "alice": fix it by hand.
    child<QCheckBox>(&w, "editByHand")->click();
    QVERIFY(clickNext(w));
    QCOMPARE(w.currentId(), int(AccountWizard::ManualPageId));
    QCOMPARE(child<QLineEdit>(&w, "host")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QSpinBox>(&w, "port")->value(), int(m_tls->pop3sPort()));
    QCOMPARE(child<QComboBox>(&w, "security")->currentIndex(), 0);
    type(child<QLineEdit>(&w, "user"), QStringLiteral("alice"));
    QVERIFY(clickNext(w));
    QCOMPARE(w.currentId(), int(AccountWizard::TestPageId));

    // The real login stops at the certificate; the dialog shows it; the user trusts it.
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<Ui::CertificateDialog *>(), WaitMs);
    auto *dialog = w.findChild<Ui::CertificateDialog *>();
    const QByteArray digest = m_tls->certificate().digest(QCryptographicHash::Sha256);
    const QString details = dialog->detailsText();
    QVERIFY2(details.contains(QStringLiteral("SHA-256 fingerprint: ") + Ui::CertificateDialog::formatFingerprint(digest)),
             qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Subject: CN=localhost")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Issuer: CN=localhost")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Valid from")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("IP:127.0.0.1")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("self-signed")), qPrintable(details));
    QVERIFY2(child<QLabel>(&w, "testStatus")->text().contains(QLatin1String("not trusted")),
             qPrintable(child<QLabel>(&w, "testStatus")->text()));
    QVERIFY(!next(w)->isEnabled());
    dialog->trustButton()->click();
    auto *test = qobject_cast<Ui::ConnectionTestPage *>(w.page(AccountWizard::TestPageId));
    QTRY_VERIFY_WITH_TIMEOUT(test->succeeded(), WaitMs);
    QCOMPARE(w.draft().pinnedSha256, digest);
    const QString report = child<QPlainTextEdit>(&w, "testDetails")->toPlainText();
    QVERIFY2(report.contains(QLatin1String("encrypted from the start")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("SCRAM-SHA-256")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("trusted because you chose")), qPrintable(report));
    QVERIFY(clickNext(w));
    QCOMPARE(w.currentId(), int(AccountWizard::PolicyPageId));

    // Policy: delete after 30 days, headers only above 2 MB, check every 10 minutes.
    child<QRadioButton>(&w, "policyDays")->click();
    child<QSpinBox>(&w, "policyDayCount")->setValue(30);
    child<QCheckBox>(&w, "limitSize")->click();
    child<QSpinBox>(&w, "sizeLimitKb")->setValue(2048);
    QVERIFY(child<QCheckBox>(&w, "checkPeriodically")->isChecked()); // on by default
    QCOMPARE(child<QSpinBox>(&w, "checkInterval")->value(), 15);
    child<QSpinBox>(&w, "checkInterval")->setValue(10);
    QSignalSpy saved(&w, &AccountWizard::accountSaved);
    QString notice;
    if (!haveKeychain())
        answerModal(QStringLiteral("keychainNotice"), QString(), &notice); // clicked below
    w.button(QWizard::FinishButton)->click();
    if (!haveKeychain()) {
        QTRY_VERIFY_WITH_TIMEOUT(!notice.isEmpty(), WaitMs);
        QVERIFY2(notice.contains(QLatin1String("no keychain is available")), qPrintable(notice));
        QVERIFY(notice.contains(QLatin1String("ask you for this one")));
        QVERIFY(notice.contains(QLatin1String("File > Account Settings"))); // the menu item that exists
        // Offered once, here: remember the password until Poplar quits.
        auto *remember = w.findChild<QMessageBox *>(QStringLiteral("keychainNotice"))
                             ->findChild<QAbstractButton *>(QStringLiteral("rememberForSession"));
        QVERIFY(remember);
        remember->click();
    }
    QVERIFY(saved.count() == 1 || saved.wait(WaitMs));
    QTRY_VERIFY(!w.isVisible());
    QCOMPARE(w.keychainProblem().isEmpty(), haveKeychain());
    QCOMPARE(w.sessionSecret(), haveKeychain() ? QByteArray() : QByteArray(Password)); // MainWindow checks with it

    const auto account = stored(profile.path(), QStringLiteral("Work"));
    QVERIFY(account);
    QCOMPARE(account->id, w.savedAccount().id);
    QCOMPARE(account->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(account->port, m_tls->pop3sPort());
    QCOMPARE(account->security, Pop3::Security::ImplicitTls);
    QCOMPARE(account->user, QStringLiteral("alice"));
    QCOMPARE(account->pinnedSha256, digest);
    QCOMPARE(account->policy, Account::RetentionPolicy::DeleteAfterDays);
    QCOMPARE(account->policyDays, 30);
    QCOMPARE(account->sizeLimit, qint64(2048) * 1024);
    QCOMPARE(account->checkIntervalMinutes, 10);
    if (haveKeychain())
        QCOMPARE(keychainSecret(sync, QStringLiteral("Work")), std::optional<QByteArray>(Password));

    // poplar-sync, another process, checks with the pinned certificate and, given a keychain,
    // the password the wizard stored; without one it says where the password should have been.
    QProcess tool;
    tool.start(QStringLiteral(POPLAR_SYNC_PATH), {QStringLiteral("--profile"), profile.path(), QStringLiteral("check"),
                                                  QStringLiteral("Work")});
    QVERIFY(tool.waitForFinished(WaitMs));
    const QByteArray toolOutput = tool.readAllStandardOutput() + tool.readAllStandardError();
    if (haveKeychain())
        QVERIFY2(tool.exitCode() == 0, toolOutput.constData());
    else
        QVERIFY2(tool.exitCode() != 0 && toolOutput.contains("keychain"), toolOutput.constData());

    // A check in the application's sync thread logs in with the pinned certificate too; with a
    // keychain it finds the password there by itself.
    std::optional<Sync::SyncResult> result;
    connect(sync.service(), &Sync::SyncService::finished, this,
            [&result](qint64, const Sync::SyncResult &r) { result = r; });
    sync.start({Sync::Operation::Check, *account, haveKeychain() ? QByteArray() : Password, {}});
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), WaitMs);
    QVERIFY2(result->ok(), qPrintable(result->error.message));
    QCOMPARE(result->newMessages, haveKeychain() ? 0 : 1); // poplar-sync already listed it
    if (haveKeychain()) {
        Ui::KeychainAccess cleanup(&sync);
        QSignalSpy removed(&cleanup, &Ui::KeychainAccess::secretRemoved);
        cleanup.removeSecret(QStringLiteral("Work"));
        QVERIFY(removed.wait(WaitMs));
    }
}

void TestWizard::serverWithoutTlsNeedsExplicitConsent()
{
    QTemporaryDir profile;
    Sync::SyncThread sync(profile.path());
    NoSrv srv;
    AccountWizard w(&sync);
    probeOnly(w, srv, {{m_plain->pop3Port(), Pop3::Security::StartTls}});
    w.show();
    type(child<QLineEdit>(&w, "email"), QStringLiteral("alice@example.test"));
    type(child<QLineEdit>(&w, "password"), QString::fromLatin1(Password));
    QVERIFY(clickNext(w));
    auto *consent = child<QCheckBox>(&w, "plaintextConsent");
    QTRY_VERIFY_WITH_TIMEOUT(consent->isVisible(), WaitMs);
    // Found, chosen as the only one, but not taken without the tick.
    QVERIFY(!next(w)->isEnabled());
    const QString reason = child<QLabel>(&w, "choiceReason")->text();
    QVERIFY2(reason.contains(QLatin1String("no encryption")), qPrintable(reason));
    consent->click();
    QVERIFY(next(w)->isEnabled());
    child<QCheckBox>(&w, "editByHand")->click();
    QVERIFY(clickNext(w));
    QCOMPARE(w.currentId(), int(AccountWizard::ManualPageId));
    auto *security = child<QComboBox>(&w, "security");
    QCOMPARE(security->currentData().toInt(), int(Pop3::Security::Plain));
    auto *manualConsent = w.page(AccountWizard::ManualPageId)->findChild<QCheckBox *>(QStringLiteral("plaintextConsent"));
    QVERIFY(manualConsent->isVisible() && manualConsent->isChecked()); // agreed for this host and port already
    manualConsent->click();
    QVERIFY(!next(w)->isEnabled()); // no plaintext without the tick
    manualConsent->click();
    type(child<QLineEdit>(&w, "user"), QStringLiteral("alice"));
    QVERIFY(clickNext(w));
    auto *test = qobject_cast<Ui::ConnectionTestPage *>(w.page(AccountWizard::TestPageId));
    QTRY_VERIFY_WITH_TIMEOUT(test->succeeded(), WaitMs);
    const QString report = child<QPlainTextEdit>(&w, "testDetails")->toPlainText();
    QVERIFY2(report.contains(QLatin1String("NOT encrypted")), qPrintable(report));
}

void TestWizard::wrongPasswordAndMissingTlsInPlainWords()
{
    QTemporaryDir profile;
    Sync::SyncThread sync(profile.path());
    AccountWizard w(&sync);
    w.show();
    type(child<QLineEdit>(&w, "email"), QStringLiteral("alice@example.test"));
    type(child<QLineEdit>(&w, "password"), QStringLiteral("wrong"));
    child<QCheckBox>(&w, "manualSetup")->click();
    QVERIFY(clickNext(w));
    QCOMPARE(w.currentId(), int(AccountWizard::ManualPageId));
    type(child<QLineEdit>(&w, "host"), QStringLiteral("127.0.0.1"));
    child<QComboBox>(&w, "security")->setCurrentIndex(1); // STLS
    QCOMPARE(child<QSpinBox>(&w, "port")->value(), 110);  // follows the security choice
    child<QSpinBox>(&w, "port")->setValue(m_tls->pop3Port());
    type(child<QLineEdit>(&w, "user"), QStringLiteral("alice"));
    type(child<QLineEdit>(&w, "caFile"), m_tls->caCertificatePath());
    QVERIFY(clickNext(w));
    auto *test = qobject_cast<Ui::ConnectionTestPage *>(w.page(AccountWizard::TestPageId));
    QTRY_VERIFY_WITH_TIMEOUT(test->lastError().isError(), WaitMs);
    QCOMPARE(test->lastError().kind, Pop3::Error::Kind::AuthenticationFailed);
    const QString status = child<QLabel>(&w, "testStatus")->text();
    QVERIFY2(status.contains(QLatin1String("did not accept the user name or the password")), qPrintable(status));
    QVERIFY(!next(w)->isEnabled());
    QVERIFY(child<QCheckBox>(&w, "saveAnyway")->isVisible());
    QVERIFY(!w.findChild<Ui::CertificateDialog *>());

    // The same settings against a server without TLS: said in plain words, nothing sent.
    w.back();
    child<QSpinBox>(&w, "port")->setValue(m_plain->pop3Port());
    QVERIFY(clickNext(w));
    QTRY_VERIFY_WITH_TIMEOUT(test->lastError().isError(), WaitMs);
    QCOMPARE(test->lastError().kind, Pop3::Error::Kind::TlsUnavailable);
    QVERIFY2(child<QLabel>(&w, "testStatus")->text().contains(QLatin1String("offers no TLS")),
             qPrintable(child<QLabel>(&w, "testStatus")->text()));
    QVERIFY(!m_plain->logContents().contains("wrong"));
}

void TestWizard::nothingFoundLeadsToManualPage()
{
    QTemporaryDir profile;
    Sync::SyncThread sync(profile.path());
    NoSrv srv;
    AccountWizard w(&sync);
    probeOnly(w, srv, {});
    w.autodetector()->setProbeHosts({});
    w.show();
    type(child<QLineEdit>(&w, "email"), QStringLiteral("bob@nowhere.test"));
    QVERIFY(clickNext(w));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&w, "detectStatus")->text().contains(QLatin1String("No POP3 server")), WaitMs);
    QVERIFY(clickNext(w));
    QCOMPARE(w.currentId(), int(AccountWizard::ManualPageId));
    QCOMPARE(child<QLineEdit>(&w, "user")->text(), QStringLiteral("bob@nowhere.test"));
}

void TestWizard::editAndRemoveFromSettings()
{
    QTemporaryDir profile;
    Account::AccountSettings original;
    original.name = QStringLiteral("Old");
    original.host = QStringLiteral("127.0.0.1");
    original.port = m_tls->pop3sPort();
    original.user = QStringLiteral("alice");
    original.caFile = m_tls->caCertificatePath();
    {
        QString error;
        auto p = Store::Profile::open(profile.path(), &error);
        original.id = p->accounts().add(original, &error);
        QVERIFY2(original.id, qPrintable(error));
    }
    QDir(profile.path()).mkpath(QStringLiteral("messages/%1").arg(original.id));
    Sync::SyncThread sync(profile.path());
    QString error;
    auto reader = Store::Profile::open(profile.path(), &error);
    Ui::AccountsDialog dialog(&sync, [&] { return reader->accounts().all(); });
    dialog.show();
    auto *list = child<QListWidget>(&dialog, "accountsList");
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QLatin1String("Old")));

    // Edit: rename and switch the policy; the password is typed again so the test can log in.
    AccountWizard *w = dialog.editSelected();
    QVERIFY(w);
    QCOMPARE(child<QLineEdit>(w, "accountName")->text(), QStringLiteral("Old"));
    type(child<QLineEdit>(w, "accountName"), QStringLiteral("Renamed"));
    type(child<QLineEdit>(w, "password"), QString::fromLatin1(Password));
    QVERIFY(clickNext(*w));
    QCOMPARE(w->currentId(), int(AccountWizard::ManualPageId)); // editing starts from the settings
    QCOMPARE(child<QLineEdit>(w, "caFile")->text(), m_tls->caCertificatePath());
    QVERIFY(clickNext(*w));
    auto *test = qobject_cast<Ui::ConnectionTestPage *>(w->page(AccountWizard::TestPageId));
    QTRY_VERIFY_WITH_TIMEOUT(test->succeeded(), WaitMs);
    QVERIFY(clickNext(*w));
    child<QRadioButton>(w, "policyWhenDeletedLocally")->click();
    QPointer<AccountWizard> guard(w);
    w->button(QWizard::FinishButton)->click();
    if (!haveKeychain())
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()), WaitMs);
    if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
        box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!guard, WaitMs); // closed and deleted
    const auto renamed = stored(profile.path(), QStringLiteral("Renamed"));
    QVERIFY(renamed);
    QCOMPARE(renamed->id, original.id);
    QCOMPARE(renamed->policy, Account::RetentionPolicy::DeleteWhenDeletedLocally);
    QVERIFY(!stored(profile.path(), QStringLiteral("Old")));
    QTRY_VERIFY(list->item(0) && list->item(0)->text().contains(QLatin1String("Renamed")));
    if (haveKeychain())
        QCOMPARE(keychainSecret(sync, QStringLiteral("Renamed")), std::optional<QByteArray>(Password));

    // Remove: asked, messages deleted too, the password gone from the keychain.
    QString question;
    answerModal(QStringLiteral("removeAccountQuestion"), QStringLiteral("removeAndDeleteMessages"), &question);
    QSignalSpy removed(sync.service(), &Sync::SyncService::accountRemoved);
    child<QPushButton>(&dialog, "removeAccount")->click();
    QTRY_VERIFY2_WITH_TIMEOUT(question.contains(QLatin1String("Renamed")) && question.contains(QLatin1String("keychain")),
                              qPrintable(question), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, WaitMs);
    QVERIFY(removed.first().at(1).toBool());
    QTRY_COMPARE(list->count(), 0);
    QVERIFY(!stored(profile.path(), QStringLiteral("Renamed")));
    QVERIFY(!QDir(profile.path()).exists(QStringLiteral("messages/%1").arg(original.id)));
    if (haveKeychain())
        QTRY_VERIFY_WITH_TIMEOUT(!keychainSecret(sync, QStringLiteral("Renamed")), WaitMs);
}

void TestWizard::mainWindowOpensTheWizard()
{
    QTemporaryDir profile;
    Ui::MainWindow window(profile.path());
    window.show();
    QAction *add = window.action(QStringLiteral("addAccount"));
    QVERIFY(add);
    QCOMPARE(add->text(), QStringLiteral("&Add Account..."));
    QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(add)); // in the File menu
    QVERIFY(window.action(QStringLiteral("editAccounts")));
    add->trigger();
    auto *w = window.findChild<AccountWizard *>();
    QVERIFY(w);
    QTRY_VERIFY(w->isVisible());
    type(child<QLineEdit>(w, "email"), QStringLiteral("alice@example.test"));
    type(child<QLineEdit>(w, "password"), QString::fromLatin1(Password));
    child<QCheckBox>(w, "manualSetup")->click();
    QVERIFY(clickNext(*w));
    type(child<QLineEdit>(w, "host"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(w, "port")->setValue(m_tls->pop3sPort());
    type(child<QLineEdit>(w, "user"), QStringLiteral("alice"));
    type(child<QLineEdit>(w, "caFile"), m_tls->caCertificatePath());
    QVERIFY(clickNext(*w));
    QVERIFY(clickNext(*w)); // the test login succeeds, then the policy page
    QCOMPARE(w->currentId(), int(AccountWizard::PolicyPageId));
    QPointer<AccountWizard> guard(w);
    w->button(QWizard::FinishButton)->click();
    if (!haveKeychain()) {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()), WaitMs);
        qobject_cast<QMessageBox *>(QApplication::activeModalWidget())->button(QMessageBox::Ok)->click();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!guard, WaitMs);
    QTRY_COMPARE(window.accountList()->count(), 1); // the main window lists the new account
    if (haveKeychain()) {
        Ui::KeychainAccess cleanup(window.syncThread());
        QSignalSpy removed(&cleanup, &Ui::KeychainAccess::secretRemoved);
        cleanup.removeSecret(QStringLiteral("alice@example.test"));
        QVERIFY(removed.wait(WaitMs));
    }
}

namespace {

constexpr const char *ChildMarker = "POPLAR_TEST_CHILD";

/// Runs one test function of this executable in a child process; with `keychain`, inside a
/// private D-Bus session with an unlocked gnome-keyring and a private HOME.
int runChild(const QString &function, const QStringList &options, bool keychain)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(ChildMarker), QStringLiteral("1"));
    QString program = QCoreApplication::applicationFilePath();
    QStringList args = options;
    args << function;
    QTemporaryDir home;
    if (keychain) {
        const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (dbus.isEmpty() || keyring.isEmpty() || !home.isValid() || !QDir(home.path()).mkpath(QStringLiteral("run"))) {
            std::fprintf(stderr, "tst_wizard -keychain: needs dbus-run-session and gnome-keyring-daemon\n");
            return 1;
        }
        QFile::setPermissions(home.filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QLatin1String(KeychainMarker), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        const QString script = QStringLiteral("printf '\\n' | \"$1\" --unlock --components=secrets >/dev/null || exit 97; "
                                              "shift; exec \"$@\"");
        args = QStringList{QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), script,
                           QStringLiteral("sh"), keyring, program} + args;
        program = dbus;
    }
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(program, args);
    if (!child.waitForStarted() || !child.waitForFinished(-1))
        return 1;
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
}

/// Runs the named test functions (all of them if none is named) each in its own process: the
/// application has one sync thread for its whole life, and QtKeychain's job queue stays bound
/// to the first thread that used it, so every test gets a fresh process for its own.
int runIsolated(int argc, char **argv, bool keychain)
{
    QStringList functions, options;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("-keychain"))
            continue;
        if (arg.startsWith(QLatin1Char('-'))) {
            options << arg;
            if ((arg == QLatin1String("-o") || arg == QLatin1String("-maxwarnings")) && i + 1 < argc)
                options << QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        functions << arg;
    }
    if (functions.isEmpty() && keychain) {
        functions = {QStringLiteral("newAccountWithTrustAndPinnedLogin"), QStringLiteral("editAndRemoveFromSettings"),
                     QStringLiteral("mainWindowOpensTheWizard")};
    } else if (functions.isEmpty()) {
        const QMetaObject &meta = TestWizard::staticMetaObject;
        for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
            const QMetaMethod m = meta.method(i);
            const QString name = QString::fromLatin1(m.name());
            if (m.methodType() == QMetaMethod::Slot && m.access() == QMetaMethod::Private
                && !name.endsWith(QLatin1String("TestCase")))
                functions << name;
        }
    }
    int failures = 0;
    for (const QString &f : std::as_const(functions))
        failures += runChild(f, options, keychain) != 0;
    if (failures)
        std::fprintf(stderr, "tst_wizard: %d of %d test processes failed\n", failures, int(functions.size()));
    return failures;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty(ChildMarker)) {
        const bool keychain = std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "-keychain") == 0; });
        QCoreApplication app(argc, argv);
        return runIsolated(argc, argv, keychain);
    }
    if (!haveKeychain()) // no keychain at all, and never the keyring of whoever runs the test
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/poplar-test-bus");
    QApplication app(argc, argv);
    TestWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard.moc"

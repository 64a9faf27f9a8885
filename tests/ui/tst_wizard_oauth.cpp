// The wizard's "Sign in with Google" against a fake authorization server and a Dovecot that
// checks tokens with its oauth2 passdb, with a real keychain (gnome-keyring under
// dbus-run-session): the button appears for a gmail.com address, the browser round trip gives a
// grant, the connection test logs in with XOAUTH2, finishing keeps the grant in the keychain,
// and a check through the sync thread uses it.

#include "DovecotServer.h"
#include "FakeAuthServer.h"
#include "SecretServiceSession.h"
#include "account/oauth/Grant.h"
#include "account/oauth/ProviderDetector.h"
#include "sync/SyncService.h"
#include "wizard/AccountWizard.h"
#include "wizard/KeychainAccess.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;
using Ui::AccountWizard;

namespace {

constexpr int WaitMs = 30000;

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

bool clickNext(AccountWizard &w)
{
    QAbstractButton *next = w.button(QWizard::NextButton);
    if (!QTest::qWaitFor([&] { return next->isEnabled() && next->isVisible(); }, WaitMs))
        return false;
    next->click();
    return true;
}

} // namespace

class TestWizardOAuth : public QObject {
    Q_OBJECT
private slots:
    void signInWithGoogle();
    void noButtonForOtherDomains();
};

void TestWizardOAuth::signInWithGoogle()
{
    const QString address = QStringLiteral("oauth-user@gmail.com");
    Test::FakeAuthServer auth;
    QVERIFY(auth.listen());
    auth.setUserName(address.toUtf8());
    auth.standInForGoogle();
    Test::DovecotServer server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    server.setOAuth2IntrospectionUrl(auth.url(QStringLiteral("introspect")).toString());
    server.addUser(address.toUtf8(), "unused-password");
    server.addMessage(address.toUtf8(), "Subject: welcome\n\nhello\n");
    QVERIFY2(server.start(), qPrintable(server.error()));

    QTemporaryDir profile;
    Sync::SyncThread sync(profile.path());
    AccountWizard w(&sync);
    w.setUrlOpener([&auth](const QUrl &url) { auth.visit(url); });
    w.show();
    type(child<QLineEdit>(&w, "email"), address);
    auto *button = child<QPushButton>(&w, "signInButton");
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), WaitMs);
    QCOMPARE(button->text(), QStringLiteral("Sign in with Google\u2026"));
    button->click();
    auto *status = child<QLabel>(&w, "signInStatus");
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Signed in with Google")), qPrintable(status->text()),
                              WaitMs);
    QCOMPARE(auth.codeExchanges(), 1);
    QVERIFY(!child<QLineEdit>(&w, "password")->isEnabled());

    // The provider's server is proposed for review; this test points it at the local Dovecot.
    QVERIFY(clickNext(w));
    QCOMPARE(w.currentId(), int(AccountWizard::ManualPageId));
    QCOMPARE(child<QLineEdit>(&w, "host")->text(), QStringLiteral("pop.gmail.com"));
    QCOMPARE(child<QComboBox>(&w, "authMethod")->currentData().toString(), QStringLiteral("xoauth2"));
    type(child<QLineEdit>(&w, "host"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&w, "port")->setValue(server.pop3sPort());
    type(child<QLineEdit>(&w, "caFile"), server.caCertificatePath());
    QVERIFY(clickNext(w)); // the connection test logs in with the token
    QVERIFY2(clickNext(w), qPrintable(child<QLabel>(&w, "testStatus")->text()));
    QCOMPARE(w.currentId(), int(AccountWizard::PolicyPageId));
    QSignalSpy saved(&w, &AccountWizard::accountSaved);
    w.button(QWizard::FinishButton)->click();
    QVERIFY(saved.wait(WaitMs));
    QVERIFY2(w.keychainProblem().isEmpty(), qPrintable(w.keychainProblem()));
    const Account::AccountSettings account = w.savedAccount();

    // The keychain holds the grant, not a password.
    Ui::KeychainAccess keychain(&sync);
    QSignalSpy read(&keychain, &Ui::KeychainAccess::secretRead);
    keychain.readSecret(account.name);
    QVERIFY(read.wait(WaitMs));
    const auto grant = OAuth::Grant::fromJson(read.first().at(2).toByteArray());
    QVERIFY(grant);
    QCOMPARE(grant->refreshToken, auth.firstRefreshToken());

    // A check through the sync thread signs in with it.
    QSignalSpy finished(sync.service(), &Sync::SyncService::finished);
    sync.start({Sync::Operation::Check, account, {}, {}});
    QVERIFY(finished.wait(WaitMs));
    const auto result = finished.first().at(1).value<Sync::SyncResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.newMessages, 1);
    for (const QByteArray &token : auth.issuedTokens())
        QVERIFY(!server.logContents().contains(token));
}

void TestWizardOAuth::noButtonForOtherDomains()
{
    QTemporaryDir profile;
    Sync::SyncThread sync(profile.path());
    AccountWizard w(&sync);
    w.show();
    auto *detector = w.findChild<OAuth::ProviderDetector *>();
    QVERIFY(detector);
    QSignalSpy detected(detector, &OAuth::ProviderDetector::finished);
    type(child<QLineEdit>(&w, "email"), QStringLiteral("alice@example.test"));
    // The pause in typing, then the MX lookup that finds nothing (bounded by its own timeout).
    QTRY_VERIFY_WITH_TIMEOUT(!detected.isEmpty() && detected.last().at(0).toString() == QLatin1String("example.test"),
                             WaitMs);
    QCOMPARE(detected.last().at(1).toString(), QString());
    QVERIFY(!child<QPushButton>(&w, "signInButton")->isVisible());
    QVERIFY(child<QLineEdit>(&w, "password")->isEnabled());
}

int main(int argc, char **argv)
{
    const int outer = Test::runUnderSecretService(argc, argv, "POPLAR_KEYCHAIN_SESSION");
    if (outer >= 0)
        return outer;
    QApplication app(argc, argv);
    TestWizardOAuth test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard_oauth.moc"

// The account settings (the wizard opened from Account Settings... on an existing account), with a
// real keychain (the test re-runs itself under dbus-run-session with gnome-keyring-daemon):
// - a SOCKS5 or HTTP proxy with a user name and password, typed in, used by the connection test,
//   saved (the password in the keychain only) and used by the next check of the sync thread;
// - what the server said about its retention, shown with a warning that follows the policy chosen,
//   and the preview lines;
// - the plaintext fallback against GNU Mailutils' pop3d, whose greeting always offers APOP.

#include "DovecotServer.h"
#include "HttpConnectProxy.h"
#include "MailutilsServer.h"
#include "SecretServiceSession.h"
#include "Socks5Proxy.h"
#include "store/Profile.h"
#include "sync/SyncService.h"
#include "wizard/AccountWizard.h"
#include "wizard/AccountsDialog.h"
#include "wizard/ConnectionTestPage.h"
#include "wizard/KeychainAccess.h"
#include "wizard/ServerFactsBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;
using Ui::AccountWizard;

namespace {

constexpr int WaitMs = 30000;
const QByteArray Password = "settings-pw";
const QByteArray ProxyPassword = "proxy-Pa55-9c1e";

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

bool clickNext(AccountWizard &w)
{
    QAbstractButton *next = w.button(QWizard::NextButton);
    if (!QTest::qWaitFor([&] { return next->isEnabled() && next->isVisible(); }, WaitMs))
        return false;
    next->click();
    return true;
}

std::optional<QByteArray> keychainSecret(Sync::SyncThread &sync, const QString &name, Account::Keychain::Entry entry)
{
    Ui::KeychainAccess keychain(&sync, nullptr, entry);
    QSignalSpy spy(&keychain, &Ui::KeychainAccess::secretRead);
    keychain.readSecret(name);
    if (!spy.wait(WaitMs) || !spy.first().at(1).toBool())
        return std::nullopt;
    return spy.first().at(2).toByteArray();
}

/// Finishes the wizard and waits until it closed.
bool finish(AccountWizard *w)
{
    QPointer<AccountWizard> guard(w);
    w->button(QWizard::FinishButton)->click();
    const bool closed = QTest::qWaitFor([&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Ok)->click();
        return !guard;
    }, WaitMs);
    if (!closed)
        qWarning() << "the wizard stayed open on page" << w->currentId() << "saying"
                   << child<QLabel>(w, "policyError")->text();
    return closed;
}

/// From the server page: Next, a connection test that must succeed, Next, Finish.
bool testsAndFinishes(AccountWizard *w)
{
    if (!clickNext(*w))
        return false;
    auto *test = qobject_cast<Ui::ConnectionTestPage *>(w->page(AccountWizard::TestPageId));
    if (!QTest::qWaitFor([&] { return test->succeeded() || test->lastError().isError(); }, WaitMs) || !test->succeeded()) {
        qWarning() << "connection test:" << test->lastError().message;
        return false;
    }
    return clickNext(*w) && finish(w);
}

} // namespace

class TestAccountSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void proxyWithPassword_data();
    void proxyWithPassword();
    void serverRetentionAndPreviewLines();
    void plaintextFallbackAgainstMailutils();

private:
    /// Adds `account` to the shared profile (setting its id) and opens the settings dialog on it.
    std::unique_ptr<Ui::AccountsDialog> settingsFor(Account::AccountSettings &account);

    std::unique_ptr<Test::DovecotServer> m_server;
    // One profile and sync thread for all: QtKeychain's job queue stays with the first thread that
    // used it, so a second sync thread in this process would never hear from the keychain.
    QTemporaryDir m_profile;
    std::unique_ptr<Sync::SyncThread> m_sync;
    std::unique_ptr<Store::Profile> m_reader;
};

std::unique_ptr<Ui::AccountsDialog> TestAccountSettings::settingsFor(Account::AccountSettings &account)
{
    QString error;
    account.id = m_reader->accounts().add(account, &error);
    if (!account.id)
        qWarning() << error;
    auto dialog = std::make_unique<Ui::AccountsDialog>(m_sync.get(), [this] { return m_reader->accounts().all(); });
    dialog->show();
    dialog->selectAccount(account.id);
    return dialog;
}

void TestAccountSettings::initTestCase()
{
    m_server = std::make_unique<Test::DovecotServer>();
    m_server->addUser("alice", Password);
    m_server->addMessage("alice", "Message-ID: <1@settings.test>\nFrom: a@example.org\nSubject: Hi\n\nHello.\n");
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    QString error;
    m_reader = Store::Profile::open(m_profile.path(), &error);
    QVERIFY2(m_reader, qPrintable(error));
    m_sync = std::make_unique<Sync::SyncThread>(m_profile.path());
}

void TestAccountSettings::proxyWithPassword_data()
{
    QTest::addColumn<bool>("socks");
    QTest::newRow("socks5") << true;
    QTest::newRow("http") << false;
}

void TestAccountSettings::proxyWithPassword()
{
    QFETCH(bool, socks);
    Test::Socks5Proxy socksProxy(QHostAddress::LocalHost, m_server->pop3sPort());
    Test::HttpConnectProxy httpProxy(QHostAddress::LocalHost, m_server->pop3sPort());
    socksProxy.requireCredentials("ann", ProxyPassword);
    httpProxy.requireCredentials("ann", ProxyPassword);
    QTcpServer &proxy = socks ? static_cast<QTcpServer &>(socksProxy) : httpProxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
    const auto accepted = [&] { return socks ? socksProxy.usersAccepted : httpProxy.usersAccepted; };

    const QString name = QStringLiteral("Proxied-") + QLatin1String(QTest::currentDataTag());
    const QString renamed = QStringLiteral("Renamed-") + QLatin1String(QTest::currentDataTag());
    Account::AccountSettings original;
    original.name = name;
    original.host = QStringLiteral("127.0.0.1");
    original.port = m_server->pop3sPort();
    original.user = QStringLiteral("alice");
    original.caFile = m_server->caCertificatePath();
    const auto settings = settingsFor(original);
    QVERIFY(original.id);
    Ui::AccountsDialog &dialog = *settings;
    Sync::SyncThread &sync = *m_sync;
    Store::Profile *reader = m_reader.get();
    AccountWizard *w = dialog.editSelected();
    QVERIFY(w);
    type(child<QLineEdit>(w, "password"), QString::fromLatin1(Password));
    QVERIFY(clickNext(*w));
    QCOMPARE(w->currentId(), int(AccountWizard::ManualPageId));

    auto *kind = child<QComboBox>(w, "proxyKind");
    QCOMPARE(kind->currentIndex(), 0); // the system's settings, as every account starts
    QVERIFY(!child<QLineEdit>(w, "proxyHost")->isEnabled());
    kind->setCurrentIndex(kind->findData(int(socks ? Net::ProxySettings::Kind::Socks5 : Net::ProxySettings::Kind::Http)));
    QVERIFY(child<QLineEdit>(w, "proxyHost")->isEnabled());
    QVERIFY(!child<QLineEdit>(w, "proxyPassword")->isEnabled()); // no user yet
    // Without a host Next stays disabled.
    QTRY_VERIFY(!w->button(QWizard::NextButton)->isEnabled());
    type(child<QLineEdit>(w, "proxyHost"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(w, "proxyPort")->setValue(proxy.serverPort());
    type(child<QLineEdit>(w, "proxyUser"), QStringLiteral("ann"));
    QVERIFY(child<QLineEdit>(w, "proxyPassword")->isEnabled());
    type(child<QLineEdit>(w, "proxyPassword"), QString::fromLatin1(ProxyPassword));
    QVERIFY(clickNext(*w));

    // The connection test goes through the proxy, with its user and password.
    auto *test = qobject_cast<Ui::ConnectionTestPage *>(w->page(AccountWizard::TestPageId));
    QTRY_VERIFY2_WITH_TIMEOUT(test->succeeded() || test->lastError().isError(), qPrintable(child<QPlainTextEdit>(w, "testDetails")->toPlainText()), WaitMs);
    QVERIFY2(test->succeeded(), qPrintable(child<QPlainTextEdit>(w, "testDetails")->toPlainText()));
    QCOMPARE(accepted(), QByteArrayList{"ann"});
    QVERIFY(clickNext(*w));
    QVERIFY(finish(w));

    const auto saved = reader->accounts().findByName(name);
    QVERIFY(saved);
    QCOMPARE(Net::proxyName(saved->proxy),
             QStringLiteral("%1://ann@127.0.0.1:%2").arg(socks ? QStringLiteral("socks5") : QStringLiteral("http"))
                 .arg(proxy.serverPort()));
    QVERIFY(saved->proxy.password.isEmpty());
    QCOMPARE(keychainSecret(sync, name, Account::Keychain::Entry::Proxy), std::optional<QByteArray>(ProxyPassword));
    QDirIterator files(m_profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(ProxyPassword), qPrintable(file.fileName()));
    }

    // The next check in the sync thread reads both passwords from the keychain by itself.
    std::optional<Sync::SyncResult> result;
    const QMetaObject::Connection connection = connect(sync.service(), &Sync::SyncService::finished, this,
            [&result](qint64, const Sync::SyncResult &r) { result = r; });
    sync.start({Sync::Operation::Check, *saved, QByteArray(), {}});
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), WaitMs);
    QVERIFY2(result->ok(), qPrintable(result->error.message));
    QCOMPARE(result->newMessages, 1);
    QCOMPARE(accepted().size(), 2);
    disconnect(connection);

    // Edited again without touching the proxy: the stored password stays and keeps working;
    // renamed, it moves with the account.
    w = dialog.editSelected();
    QVERIFY(w);
    type(child<QLineEdit>(w, "accountName"), renamed);
    QVERIFY(clickNext(*w));
    QVERIFY(child<QLineEdit>(w, "proxyPassword")->placeholderText().contains(QLatin1String("keychain")));
    QVERIFY(testsAndFinishes(w));
    QCOMPARE(accepted().size(), 3);
    QCOMPARE(keychainSecret(sync, renamed, Account::Keychain::Entry::Proxy), std::optional<QByteArray>(ProxyPassword));
    QTRY_VERIFY_WITH_TIMEOUT(!keychainSecret(sync, name, Account::Keychain::Entry::Proxy), WaitMs);

    // Back to no proxy: the check goes straight to the server, and no proxy password is kept.
    w = dialog.editSelected();
    QVERIFY(clickNext(*w));
    kind = child<QComboBox>(w, "proxyKind");
    kind->setCurrentIndex(kind->findData(int(Net::ProxySettings::Kind::None)));
    QVERIFY(testsAndFinishes(w));
    QCOMPARE(accepted().size(), 3);
    QCOMPARE(reader->accounts().findByName(renamed)->proxy.kind, Net::ProxySettings::Kind::None);
    QTRY_VERIFY_WITH_TIMEOUT(!keychainSecret(sync, renamed, Account::Keychain::Entry::Proxy), WaitMs);
}

void TestAccountSettings::serverRetentionAndPreviewLines()
{
    Account::AccountSettings original;
    original.name = QStringLiteral("Expiring");
    original.host = QStringLiteral("127.0.0.1");
    original.port = m_server->pop3sPort();
    original.user = QStringLiteral("alice");
    original.caFile = m_server->caCertificatePath();
    QString error;
    const auto settings = [&] {
        // The facts must be there before the dialog reads the account.
        Account::AccountSettings added = original;
        added.id = m_reader->accounts().add(added, &error);
        Account::ServerFacts facts;
        facts.seen = QDateTime::currentDateTimeUtc();
        facts.loginMethod = "USER";
        facts.expireDays = 0;
        facts.loginDelaySeconds = 900;
        if (!m_reader->accounts().rememberServer(added.id, facts, &error))
            qWarning() << error;
        auto dialog = std::make_unique<Ui::AccountsDialog>(m_sync.get(), [this] { return m_reader->accounts().all(); });
        dialog->selectAccount(added.id);
        return dialog;
    }();
    Store::Profile *reader = m_reader.get();
    AccountWizard *w = settings->editSelected();
    type(child<QLineEdit>(w, "password"), QString::fromLatin1(Password));
    QVERIFY(clickNext(*w));
    QVERIFY(clickNext(*w));
    auto *test = qobject_cast<Ui::ConnectionTestPage *>(w->page(AccountWizard::TestPageId));
    QTRY_VERIFY_WITH_TIMEOUT(test->succeeded() || test->lastError().isError(), WaitMs);
    QVERIFY(clickNext(*w));
    QCOMPARE(w->currentId(), int(AccountWizard::PolicyPageId));

    auto *facts = child<Ui::ServerFactsBox>(w, "serverFacts");
    QVERIFY2(facts->factsText().contains(QLatin1String("EXPIRE 0")), qPrintable(facts->factsText()));
    QVERIFY2(facts->factsText().contains(QLatin1String("every 15 minute")), qPrintable(facts->factsText()));
    // Keeping mail on a server that deletes what was retrieved: warned, until the policy agrees.
    QVERIFY(!facts->warningText().isEmpty());
    child<QRadioButton>(w, "policyAfterDownload")->click();
    QVERIFY(facts->warningText().isEmpty());
    child<QRadioButton>(w, "policyDays")->click();
    QVERIFY(!facts->warningText().isEmpty());
    QCOMPARE(child<QSpinBox>(w, "previewLines")->value(), 20);
    child<QSpinBox>(w, "previewLines")->setValue(7);
    child<QSpinBox>(w, "policyDayCount")->setValue(3);
    QVERIFY(finish(w));
    const auto saved = reader->accounts().findByName(QStringLiteral("Expiring"));
    QCOMPARE(saved->previewLines, 7);
    QCOMPARE(saved->policy, Account::RetentionPolicy::DeleteAfterDays);
    QCOMPARE(saved->policyDays, 3);

    // An account that never logged in says so.
    Ui::ServerFactsBox fresh;
    fresh.setFacts({}, Account::RetentionPolicy::Keep, 0);
    QVERIFY(fresh.factsText().contains(QLatin1String("not logged in")));
    QVERIFY(fresh.warningText().isEmpty());
}

void TestAccountSettings::plaintextFallbackAgainstMailutils()
{
    if (Test::MailutilsServer::needsRoot())
        QSKIP("GNU Mailutils' pop3d starts only as root");
    Test::MailutilsServer mailutils;
    QVERIFY(mailutils.addUser("bob", Password));
    QVERIFY2(mailutils.start(), qPrintable(mailutils.error()));
    Account::AccountSettings original;
    original.name = QStringLiteral("Mailutils");
    original.host = QStringLiteral("127.0.0.1");
    original.port = mailutils.pop3Port();
    original.security = Pop3::Security::Plain;
    original.user = QString::fromLatin1(Test::MailutilsServer::loginName("bob"));
    const auto settings = settingsFor(original);
    Store::Profile *reader = m_reader.get();
    for (const bool fallback : {false, true}) {
        AccountWizard *w = settings->editSelected();
        type(child<QLineEdit>(w, "password"), QString::fromLatin1(Password));
        QVERIFY(clickNext(*w));
        auto *box = child<QCheckBox>(w, "plaintextFallback");
        QVERIFY(box->isVisibleTo(w));
        QCOMPARE(box->isChecked(), false);
        box->setChecked(fallback);
        QVERIFY(clickNext(*w));
        auto *test = qobject_cast<Ui::ConnectionTestPage *>(w->page(AccountWizard::TestPageId));
        QTRY_VERIFY_WITH_TIMEOUT(test->succeeded() || test->lastError().isError(), WaitMs);
        const QString details = child<QPlainTextEdit>(w, "testDetails")->toPlainText();
        // APOP is refused (no APOP secret); only with the fallback does USER/PASS follow.
        QVERIFY2(test->succeeded() == fallback, qPrintable(details));
        if (!fallback) {
            QVERIFY2(test->lastError().message.contains(QLatin1String("APOP")), qPrintable(test->lastError().message));
            w->reject();
            continue;
        }
        QVERIFY(clickNext(*w));
        QVERIFY(finish(w));
    }
    QVERIFY(reader->accounts().findByName(QStringLiteral("Mailutils"))->allowPlaintextFallback);
}

int main(int argc, char **argv)
{
    const int outer = Test::runUnderSecretService(argc, argv, "POPLAR_KEYCHAIN_SESSION");
    if (outer >= 0)
        return outer;
    QApplication app(argc, argv);
    TestAccountSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_account_settings.moc"

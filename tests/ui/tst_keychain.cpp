// Account::Keychain against a real Secret Service: the test re-executes itself under
// dbus-run-session with gnome-keyring-daemon (secrets component, empty unlock password) and a
// private HOME, so it never touches the keyring of whoever runs it.

#include "SecretServiceSession.h"
#include "account/Keychain.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Poplar;

namespace {

constexpr const char *SessionMarker = "POPLAR_KEYCHAIN_SESSION";
constexpr int WaitMs = 20000;

struct Outcome {
    bool ok = false;
    QByteArray secret;
    QString error;
};

Outcome read(Account::Keychain &keychain, const QString &name)
{
    QSignalSpy spy(&keychain, &Account::Keychain::secretRead);
    keychain.readSecret(name);
    if (!spy.wait(WaitMs))
        return {false, {}, QStringLiteral("no answer")};
    const QList<QVariant> args = spy.first();
    return {args.at(1).toBool(), args.at(2).toByteArray(), args.at(3).toString()};
}

Outcome write(Account::Keychain &keychain, const QString &name, const QByteArray &secret)
{
    QSignalSpy spy(&keychain, &Account::Keychain::secretWritten);
    keychain.writeSecret(name, secret);
    if (!spy.wait(WaitMs))
        return {false, {}, QStringLiteral("no answer")};
    return {spy.first().at(1).toBool(), {}, spy.first().at(2).toString()};
}

Outcome remove(Account::Keychain &keychain, const QString &name)
{
    QSignalSpy spy(&keychain, &Account::Keychain::secretRemoved);
    keychain.removeSecret(name);
    if (!spy.wait(WaitMs))
        return {false, {}, QStringLiteral("no answer")};
    return {spy.first().at(1).toBool(), {}, spy.first().at(2).toString()};
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadRemove();
    void binaryAndUnicode();
    void accountsAreSeparate();
    void missingEntry();
};

void TestKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "not inside dbus-run-session");
}

void TestKeychain::writeReadRemove()
{
    Account::Keychain keychain;
    const QString name = QStringLiteral("Work");
    Outcome w = write(keychain, name, "first-password");
    QVERIFY2(w.ok, qPrintable(w.error));
    Outcome r = read(keychain, name);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.secret, QByteArray("first-password"));

    // It went to gnome-keyring's own store under the private HOME, not to some fallback file.
    const QDir keyrings(qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings"));
    QVERIFY2(!keyrings.entryList({QStringLiteral("*.keyring")}, QDir::Files).isEmpty(), qPrintable(keyrings.path()));

    w = write(keychain, name, "second-password"); // overwrite, as the wizard does on edit
    QVERIFY2(w.ok, qPrintable(w.error));
    QCOMPARE(read(keychain, name).secret, QByteArray("second-password"));

    const Outcome rm = remove(keychain, name);
    QVERIFY2(rm.ok, qPrintable(rm.error));
    r = read(keychain, name);
    QVERIFY(!r.ok);
    QVERIFY(r.secret.isEmpty());
    QVERIFY(!r.error.isEmpty());
    const Outcome again = remove(keychain, name); // removing what is gone is not a failure
    QVERIFY2(again.ok, qPrintable(again.error));
}

void TestKeychain::binaryAndUnicode()
{
    Account::Keychain keychain;
    const QString name = QString::fromUtf8("Privat – Müller");
    const QByteArray secret = QByteArray("p\xc3\xa4ss \x01\xff\x80 w\xc3\xb6rd", 14);
    QVERIFY(write(keychain, name, secret).ok);
    const Outcome r = read(keychain, name);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.secret, secret);
    QVERIFY(remove(keychain, name).ok);
}

void TestKeychain::accountsAreSeparate()
{
    Account::Keychain keychain;
    QVERIFY(write(keychain, QStringLiteral("A"), "alpha").ok);
    QVERIFY(write(keychain, QStringLiteral("B"), "beta").ok);
    QCOMPARE(read(keychain, QStringLiteral("A")).secret, QByteArray("alpha"));
    QCOMPARE(read(keychain, QStringLiteral("B")).secret, QByteArray("beta"));
    QVERIFY(remove(keychain, QStringLiteral("A")).ok);
    QVERIFY(!read(keychain, QStringLiteral("A")).ok);
    QCOMPARE(read(keychain, QStringLiteral("B")).secret, QByteArray("beta"));
    // A second Keychain object (as the sync thread has) sees the same store.
    Account::Keychain other;
    QCOMPARE(read(other, QStringLiteral("B")).secret, QByteArray("beta"));
    QVERIFY(remove(other, QStringLiteral("B")).ok);
}

void TestKeychain::missingEntry()
{
    Account::Keychain keychain;
    const Outcome r = read(keychain, QStringLiteral("never stored"));
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
}

int main(int argc, char **argv)
{
    const int outer = Test::runUnderSecretService(argc, argv, SessionMarker);
    if (outer >= 0)
        return outer;
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"

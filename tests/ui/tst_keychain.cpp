// Account::Keychain against a real Secret Service: the test re-executes itself under
// dbus-run-session with gnome-keyring-daemon (secrets component, empty unlock password) and a
// private HOME, so it never touches the keyring of whoever runs it.

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

/// Runs this executable again inside a private D-Bus session with an unlocked gnome-keyring.
int runUnderSecretService(int argc, char **argv)
{
    const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbus.isEmpty() || keyring.isEmpty()) {
        std::fprintf(stderr, "tst_keychain: needs dbus-run-session (package dbus-daemon) and gnome-keyring-daemon "
                             "(package gnome-keyring); run scripts/install-deps.sh\n");
        return 1;
    }
    QTemporaryDir home;
    if (!home.isValid() || !QDir(home.path()).mkpath(QStringLiteral("run"))) {
        std::fprintf(stderr, "tst_keychain: cannot create a private HOME\n");
        return 1;
    }
    QFile::setPermissions(home.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(SessionMarker), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    // An empty line unlocks (and first creates) the login keyring, which becomes the default
    // collection; the daemon forks into the background and dies with the bus.
    const QString script = QStringLiteral("printf '\\n' | \"$1\" --unlock --components=secrets >/dev/null || exit 97; "
                                          "shift; exec \"$@\"");
    QStringList args{QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), script,
                     QStringLiteral("sh"), keyring, QCoreApplication::applicationFilePath()};
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(dbus, args);
    if (!child.waitForStarted() || !child.waitForFinished(-1)) {
        std::fprintf(stderr, "tst_keychain: could not run %s\n", qPrintable(dbus));
        return 1;
    }
    if (child.exitCode() == 97)
        std::fprintf(stderr, "tst_keychain: gnome-keyring-daemon --unlock failed\n");
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
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
    if (qEnvironmentVariableIsEmpty(SessionMarker)) {
        QCoreApplication app(argc, argv);
        return runUnderSecretService(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"

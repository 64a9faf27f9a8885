#include "SecretServiceSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace Poplar::Test {

int runUnderSecretService(int argc, char **argv, const char *marker)
{
    if (!qEnvironmentVariableIsEmpty(marker))
        return -1;
    // QCoreApplication::applicationFilePath() needs an application object.
    QCoreApplication app(argc, argv);
    const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbus.isEmpty() || keyring.isEmpty()) {
        std::fprintf(stderr, "%s: needs dbus-run-session (package dbus-daemon) and gnome-keyring-daemon "
                             "(package gnome-keyring); run scripts/install-deps.sh\n", argv[0]);
        return 1;
    }
    QTemporaryDir home;
    if (!home.isValid() || !QDir(home.path()).mkpath(QStringLiteral("run"))) {
        std::fprintf(stderr, "%s: cannot create a private HOME\n", argv[0]);
        return 1;
    }
    QFile::setPermissions(home.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(marker), QStringLiteral("1"));
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
        std::fprintf(stderr, "%s: could not run %s\n", argv[0], qPrintable(dbus));
        return 1;
    }
    if (child.exitCode() == 97)
        std::fprintf(stderr, "%s: gnome-keyring-daemon --unlock failed\n", argv[0]);
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
}

} // namespace Poplar::Test

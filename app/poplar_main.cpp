#include "MainWindow.h"
#include "Translations.h"
#include "MessageWindow.h"
#include "SingleInstance.h"
#include "store/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Poplar"));
    QApplication::setOrganizationName(QStringLiteral("Poplar"));
    QApplication::setApplicationVersion(QStringLiteral(POPLAR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.poplar.Poplar"));
    Poplar::I18n::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("PoplarMain", "Check, preview and download mail from POP3 servers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"), QCoreApplication::translate("PoplarMain", "Profile directory (default: the data directory)."),
                      QStringLiteral("DIR")});
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("PoplarMain", "Message files (.eml) to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);
    const QString profile = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                    : Poplar::Store::Profile::defaultDirectory();
    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files << QFileInfo(file).absoluteFilePath();
    // A second launch for the same profile hands its files to the first one and leaves.
    Poplar::Ui::SingleInstance instance(profile);
    if (instance.handOverOrListen(files))
        return 0;
    Poplar::Ui::MainWindow window(profile);
    QObject::connect(&instance, &Poplar::Ui::SingleInstance::activationRequested, &window,
                     [&window](const QStringList &files) {
                         window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                         window.show();
                         window.raise();
                         window.activateWindow();
                         Poplar::Ui::MessageWindow::openFiles(files);
                     });
    window.show();
    Poplar::Ui::MessageWindow::openFiles(files);
    return app.exec();
}

#include "MainWindow.h"
#include "Translations.h"
#include "MessageWindow.h"
#include "SingleInstance.h"
#include "store/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

#include <memory>

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
    // A second launch for the same profile hands its files to the first one and leaves; the
    // first one (no one took the files) shows its window.
    Poplar::Ui::SingleInstance instance(profile);
    std::unique_ptr<Poplar::Ui::MainWindow> window;
    QObject::connect(&instance, &Poplar::Ui::SingleInstance::handedOver, &app, [] { QCoreApplication::exit(0); });
    QObject::connect(&instance, &Poplar::Ui::SingleInstance::listening, &app, [&window, &instance, profile, files] {
        window = std::make_unique<Poplar::Ui::MainWindow>(profile);
        Poplar::Ui::MainWindow *w = window.get();
        QObject::connect(&instance, &Poplar::Ui::SingleInstance::activationRequested, w, [w](const QStringList &files) {
            w->setWindowState(w->windowState() & ~Qt::WindowMinimized);
            w->show();
            w->raise();
            w->activateWindow();
            Poplar::Ui::MessageWindow::openFiles(files);
        });
        w->show();
        Poplar::Ui::MessageWindow::openFiles(files);
    });
    instance.start(files);
    return app.exec();
}

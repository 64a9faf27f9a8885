#include "MainWindow.h"
#include "Translations.h"
#include "store/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
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
    parser.process(app);
    const QString profile = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                    : Poplar::Store::Profile::defaultDirectory();
    Poplar::Ui::MainWindow window(profile);
    window.show();
    return app.exec();
}

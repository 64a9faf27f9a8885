#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Poplar"));
    QApplication::setOrganizationName(QStringLiteral("Poplar"));
    QApplication::setApplicationVersion(QStringLiteral(POPLAR_VERSION));
    Poplar::Ui::MainWindow window;
    window.show();
    return app.exec();
}

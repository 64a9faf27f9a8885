#include "MainWindow.h"

#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace Poplar::Ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Poplar"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Poplar"), this, [this] {
        QMessageBox::about(this, tr("About Poplar"),
                           tr("Poplar %1: check, preview and download mail from POP3 servers.")
                               .arg(QApplication::applicationVersion()));
    });
    auto *placeholder = new QLabel(tr("No accounts yet. Use poplar-sync to check a mailbox from the command line."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Ready"));
    resize(900, 600);
}

} // namespace Poplar::Ui

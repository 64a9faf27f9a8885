#pragma once

#include <QMainWindow>

namespace Poplar::Ui {

/// The application's main window: accounts, the message list and the preview.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Poplar::Ui

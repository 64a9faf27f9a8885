#pragma once

#include <QWidget>

class QPushButton;

namespace Poplar::Ui {

/// What the main window shows in place of the message list while the profile has no account:
/// what Poplar does and a prominent Add Account button.
class WelcomePanel : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);
    /// The Add Account button (object name "welcomeAddAccount").
    QPushButton *addButton() const { return m_add; }

signals:
    /// The user asked to add an account.
    void addAccountRequested();

private:
    QPushButton *m_add;
};

} // namespace Poplar::Ui

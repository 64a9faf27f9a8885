#pragma once

#include "account/Account.h"

#include <QGroupBox>

class QLabel;

namespace Poplar::Ui {

/// What the server said about itself at the account's last login, in the account settings: how
/// long it keeps retrieved mail (EXPIRE) and the least time between logins (LOGIN-DELAY), with a
/// warning when that retention would delete mail the chosen policy keeps on the server.
class ServerFactsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ServerFactsBox(QWidget *parent = nullptr);

    /// Shows `facts`, weighed against `policy` (and its `policyDays`).
    void setFacts(const Account::ServerFacts &facts, Account::RetentionPolicy policy, int policyDays);
    /// The text shown (tests).
    QString factsText() const;
    /// The retention warning shown; empty when there is none.
    QString warningText() const;

private:
    QLabel *m_facts;
    QLabel *m_warning;
};

} // namespace Poplar::Ui

#pragma once

#include "account/Account.h"

#include <QDateTime>
#include <QListWidget>

namespace Poplar::Ui {

/// The accounts on the left: name, new-message count, and what the account is doing
/// (checking, failed, last checked).
class AccountList : public QListWidget {
    Q_OBJECT
public:
    enum class State { Idle, Busy, Failed };

    explicit AccountList(QWidget *parent = nullptr);
    void setAccounts(const QVector<Account::AccountSettings> &accounts);
    qint64 currentAccountId() const;
    void selectAccount(qint64 accountId);
    void setNewCount(qint64 accountId, int count);
    void setState(qint64 accountId, State state, const QString &detail);
    /// The account's last sync failed: a warning icon, `reason` (a few words) under its name and
    /// `explanation` (what happened and what to do) as its tooltip, until its next sync starts.
    void setFailed(qint64 accountId, const QString &reason, const QString &explanation);
    void setLastChecked(qint64 accountId, const QDateTime &when);
    /// The text shown for an account (for tests and accessibility).
    QString textOf(qint64 accountId) const;

signals:
    void accountSelected(qint64 accountId);

private:
    struct Info {
        QString name;
        int newCount = 0;
        State state = State::Idle;
        QString detail;
        QString explanation; ///< the tooltip of a failed account
        QDateTime lastChecked;
    };
    void render(qint64 accountId);
    QListWidgetItem *itemOf(qint64 accountId) const;
    QHash<qint64, Info> m_info;
};

} // namespace Poplar::Ui

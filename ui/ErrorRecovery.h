#pragma once

#include "AccountErrors.h"
#include "account/Account.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Poplar::Sync { class SyncThread; }

namespace Poplar::Ui {

/// Turns a failed sync into the error bar's entry (explained by Pop3::explainError, with the one
/// action that fits it) and carries that action out: Enter Password Again asks for the password
/// (the refused one is already forgotten), Edit Account and Sign In Again open the account's
/// editor, Trust Certificate… shows the server's certificate and pins it when the user trusts it.
class ErrorRecovery : public QObject {
    Q_OBJECT
public:
    /// Dialogs open over `window`; accounts are saved through `sync` (both outlive this object).
    ErrorRecovery(Sync::SyncThread *sync, QWidget *window);

    /// The error bar's entry for `result` (a failed sync of `account`).
    static AccountErrors::Shown shownFor(const Sync::SyncResult &result, const Account::AccountSettings &account);
    /// Carries out `error`'s action for `account`.
    void act(const Account::AccountSettings &account, const AccountErrors::Shown &error);

signals:
    /// The user typed the password again: keep it for this run and check again with it.
    void passwordEntered(qint64 accountId, const QByteArray &password);
    /// The fix is saved (a trusted certificate): run the failed sync again.
    void retryRequested(qint64 accountId);

private:
    void askPassword(const Account::AccountSettings &account);
    void editAccount(const Account::AccountSettings &account);
    void trustCertificate(const Account::AccountSettings &account, const AccountErrors::Shown &error);

    Sync::SyncThread *m_sync;
    QPointer<QWidget> m_window;
};

} // namespace Poplar::Ui

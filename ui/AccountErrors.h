#pragma once

#include "account/Account.h"
#include "pop3/Error.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace Poplar::Ui {

class ErrorBar;

/// Each account's last error, and the error bar showing the selected account's: selecting
/// another account shows its error or hides the bar. Errors not tied to an account (the
/// profile, an export) are shown as they come and go with the next selection.
class AccountErrors : public QObject {
    Q_OBJECT
public:
    /// One error as the bar shows it.
    struct Shown {
        QString message;    ///< the whole sentence, account and server named
        QString serverText; ///< the server's own words, quoted after it; may be empty
        bool retry = true;  ///< offer Retry
        QString actionText; ///< a button emitting ErrorBar::actionRequested; empty for none
    };

    /// Drives `bar`, which stays owned by its parent widget.
    explicit AccountErrors(ErrorBar *bar, QObject *parent = nullptr);

    /// Keeps `error` as the last one of `accountId`; shows it now when that account is selected.
    void report(qint64 accountId, const Shown &error);
    /// Forgets the error of `accountId` (a new sync started, the user dismissed it) and hides
    /// the bar when it showed that error.
    void clear(qint64 accountId);
    /// The selected account changed: shows its error, or hides the bar.
    void select(qint64 accountId);
    /// The last error of `accountId`, or nullptr when there is none.
    const Shown *errorOf(qint64 accountId) const;

    /// A failed sync's error in plain words with what to do: temporary server failures as
    /// temporary, connection problems naming host and port, prefixed with the account's name.
    static QString describe(const Pop3::Error &error, const Account::AccountSettings &account);

private:
    ErrorBar *m_bar;
    qint64 m_selected = 0;
    QHash<qint64, Shown> m_errors;
};

} // namespace Poplar::Ui

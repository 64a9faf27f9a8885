#pragma once

#include "pop3/ErrorCatalogue.h"

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
        QString actionText; ///< a button emitting actionRequested; empty for none
        QString title;      ///< a few words for the account list; empty for errors without a kind
        Pop3::ErrorRemedy remedy = Pop3::ErrorRemedy::Retry; ///< what the action button does
        QList<QSslCertificate> peerChain; ///< for Trust Certificate…: the server's chain
        QList<QSslError> sslErrors;       ///< and why it was not trusted
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

signals:
    /// The error bar's action button was pressed for the selected account's error.
    void actionRequested(qint64 accountId, const Poplar::Ui::AccountErrors::Shown &error);

private:
    ErrorBar *m_bar;
    qint64 m_selected = 0;
    QHash<qint64, Shown> m_errors;
};

} // namespace Poplar::Ui

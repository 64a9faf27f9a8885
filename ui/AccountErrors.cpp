#include "AccountErrors.h"

#include "ErrorBar.h"

namespace Poplar::Ui {

AccountErrors::AccountErrors(ErrorBar *bar, QObject *parent) : QObject(parent), m_bar(bar)
{
    connect(m_bar, &ErrorBar::dismissed, this, [this] { m_errors.remove(m_selected); });
    connect(m_bar, &ErrorBar::actionRequested, this, [this] {
        if (const Shown *error = errorOf(m_selected)) {
            const Shown copy = *error; // the action may start a sync, which clears the error
            emit actionRequested(m_selected, copy);
        }
    });
}

void AccountErrors::report(qint64 accountId, const Shown &error)
{
    m_errors.insert(accountId, error);
    if (accountId == m_selected)
        m_bar->showError(error.message, error.serverText, error.retry, error.actionText);
}

void AccountErrors::clear(qint64 accountId)
{
    if (m_errors.remove(accountId) && accountId == m_selected)
        m_bar->hide();
}

void AccountErrors::select(qint64 accountId)
{
    m_selected = accountId;
    if (const Shown *error = errorOf(accountId))
        m_bar->showError(error->message, error->serverText, error->retry, error->actionText);
    else
        m_bar->hide();
}

const AccountErrors::Shown *AccountErrors::errorOf(qint64 accountId) const
{
    const auto it = m_errors.constFind(accountId);
    return it == m_errors.constEnd() ? nullptr : &it.value();
}

} // namespace Poplar::Ui

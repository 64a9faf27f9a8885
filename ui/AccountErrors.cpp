#include "AccountErrors.h"

#include "ErrorBar.h"
#include "wizard/ConnectionTestPage.h"

namespace Poplar::Ui {

AccountErrors::AccountErrors(ErrorBar *bar, QObject *parent) : QObject(parent), m_bar(bar)
{
    connect(m_bar, &ErrorBar::dismissed, this, [this] { m_errors.remove(m_selected); });
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

QString AccountErrors::describe(const Pop3::Error &error, const Account::AccountSettings &account)
{
    using Kind = Pop3::Error::Kind;
    const QString host = account.host;
    const quint16 port = account.port;
    QString text;
    switch (error.kind) {
    case Kind::TemporaryFailure:
        text = tr("The server %1 (port %2) is temporarily unable to let you in or to serve the mailbox. This is not "
                  "about your password; try again later.").arg(host).arg(port);
        break;
    case Kind::PermanentFailure:
        text = tr("The server %1 (port %2) reports a lasting problem with this mailbox. Ask your provider.")
                   .arg(host).arg(port);
        break;
    case Kind::Network:
    case Kind::ConnectionClosed:
        text = tr("%1 (port %2): %3 Check your network connection, then try again.").arg(host).arg(port).arg(error.message);
        break;
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::Timeout:
    case Kind::TlsHandshake:
    case Kind::TlsUnavailable:
    case Kind::CertificateUntrusted:
    case Kind::MailboxLocked:
    case Kind::LoginDelay:
        // The wizard's connection test explains these the same way.
        text = ConnectionTestPage::explain(error, host, port);
        break;
    case Kind::AuthenticationFailed:
    case Kind::MechanismUnavailable:
        // The session's words name the login method tried and what to check.
        text = tr("%1 (port %2): %3").arg(host).arg(port).arg(error.message);
        break;
    default:
        text = error.message;
        break;
    }
    return tr("%1: %2").arg(account.name, text);
}

} // namespace Poplar::Ui

#include "AccountList.h"

#include "display/OutsideText.h"

#include "Icons.h"

#include <QLocale>

namespace Poplar::Ui {

AccountList::AccountList(QWidget *parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        // No item (the last account was removed) selects no account: actions follow.
        emit accountSelected(item ? item->data(Qt::UserRole).toLongLong() : 0);
    });
}

void AccountList::setAccounts(const QVector<Account::AccountSettings> &accounts)
{
    const qint64 current = currentAccountId();
    clear();
    for (const Account::AccountSettings &a : accounts) {
        m_info[a.id].name = a.name;
        auto *item = new QListWidgetItem(this);
        item->setData(Qt::UserRole, a.id);
        render(a.id);
    }
    if (current)
        selectAccount(current);
    if (!currentItem() && count() > 0)
        setCurrentRow(0);
}

qint64 AccountList::currentAccountId() const
{
    return currentItem() ? currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

QListWidgetItem *AccountList::itemOf(qint64 accountId) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toLongLong() == accountId)
            return item(i);
    }
    return nullptr;
}

void AccountList::selectAccount(qint64 accountId)
{
    if (QListWidgetItem *i = itemOf(accountId))
        setCurrentItem(i);
}

void AccountList::setNewCount(qint64 accountId, int count)
{
    m_info[accountId].newCount = count;
    render(accountId);
}

void AccountList::setState(qint64 accountId, State state, const QString &detail)
{
    m_info[accountId].state = state;
    m_info[accountId].detail = detail;
    m_info[accountId].explanation.clear();
    render(accountId);
}

void AccountList::setFailed(qint64 accountId, const QString &reason, const QString &explanation)
{
    Info &info = m_info[accountId];
    info.state = State::Failed;
    info.detail = reason;
    info.explanation = explanation;
    render(accountId);
}

void AccountList::setLastChecked(qint64 accountId, const QDateTime &when)
{
    m_info[accountId].lastChecked = when;
    render(accountId);
}

QString AccountList::textOf(qint64 accountId) const
{
    const QListWidgetItem *i = itemOf(accountId);
    return i ? i->text() : QString();
}

void AccountList::render(qint64 accountId)
{
    QListWidgetItem *i = itemOf(accountId);
    if (!i)
        return;
    const Info &info = m_info[accountId];
    QString first = info.name;
    if (info.newCount > 0)
        first += QStringLiteral(" (%1)").arg(info.newCount);
    QString second;
    switch (info.state) {
    case State::Busy: second = info.detail.isEmpty() ? tr("Checking\u2026") : info.detail; break;
    case State::Failed: second = tr("Failed: %1").arg(info.detail); break;
    case State::Idle:
        if (!info.lastChecked.isValid())
            second = tr("Not checked yet");
        else if (info.lastChecked.date() == QDate::currentDate())
            second = tr("Checked %1").arg(QLocale().toString(info.lastChecked.time(), QLocale::ShortFormat));
        else
            second = tr("Checked %1").arg(QLocale().toString(info.lastChecked, QLocale::ShortFormat));
        break;
    }
    // Details may quote a server: plain text, never markup (a plain tooltip string would be taken
    // as rich text when it looks like it).
    i->setText(Display::forLabel(first) + QLatin1Char('\n') + Display::forLabel(second));
    const bool failed = info.state == State::Failed;
    i->setToolTip(Display::toolTip(failed && !info.explanation.isEmpty() ? info.explanation : second));
    i->setIcon(themedIcon(failed ? QStringLiteral("dialog-warning") : QStringLiteral("mail-folder-inbox")));
    QFont font = i->font();
    font.setBold(info.newCount > 0);
    i->setFont(font);
    i->setForeground(info.state == State::Failed ? QBrush(Qt::darkRed) : QBrush());
}

} // namespace Poplar::Ui

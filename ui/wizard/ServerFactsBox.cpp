#include "wizard/ServerFactsBox.h"

#include "sync/RetentionWarning.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Poplar::Ui {

ServerFactsBox::ServerFactsBox(QWidget *parent)
    : QGroupBox(tr("What the server says"), parent), m_facts(new QLabel(this)), m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("serverFacts"));
    m_facts->setObjectName(QStringLiteral("serverFactsText"));
    m_warning->setObjectName(QStringLiteral("serverRetentionWarning"));
    for (QLabel *label : {m_facts, m_warning}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_warning->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addWidget(m_warning);
}

void ServerFactsBox::setFacts(const Account::ServerFacts &facts, Account::RetentionPolicy policy, int policyDays)
{
    if (!facts.seen.isValid()) {
        m_facts->setText(tr("Poplar has not logged in to this server yet. How long it keeps retrieved mail, and "
                            "how often it lets you log in, show here after the first check."));
        m_warning->clear();
        m_warning->setVisible(false);
        return;
    }
    QString expire;
    if (!facts.expireDays)
        expire = tr("It did not say how long it keeps retrieved messages.");
    else if (*facts.expireDays < 0)
        expire = tr("It keeps retrieved messages for as long as you leave them (EXPIRE NEVER).");
    else if (*facts.expireDays == 0)
        expire = tr("It deletes messages as soon as they are retrieved (EXPIRE 0).");
    else
        expire = tr("It deletes retrieved messages after %n day(s) (EXPIRE).", nullptr, *facts.expireDays);
    const QString delay = facts.loginDelaySeconds
                              ? tr("It allows one login every %n minute(s) (LOGIN-DELAY).", nullptr,
                                   qMax(1, (*facts.loginDelaySeconds + 59) / 60))
                              : tr("It announces no least time between logins.");
    m_facts->setText(tr("At the last login, %1: %2 %3")
                         .arg(QLocale().toString(facts.seen.toLocalTime(), QLocale::ShortFormat), expire, delay));
    const QString warning = Sync::retentionWarning(facts.expireDays, policy, policyDays);
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

QString ServerFactsBox::factsText() const
{
    return m_facts->text();
}

QString ServerFactsBox::warningText() const
{
    return m_warning->text();
}

} // namespace Poplar::Ui

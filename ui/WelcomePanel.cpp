#include "WelcomePanel.h"

#include "Icons.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Poplar::Ui {

WelcomePanel::WelcomePanel(QWidget *parent) : QWidget(parent), m_add(new QPushButton(this))
{
    auto *title = new QLabel(tr("Welcome to Poplar"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(tr("Poplar checks your POP3 mailboxes, shows the first lines of each new message while "
                               "it is still on the server, and downloads the ones you want to keep. Add your e-mail "
                               "account to begin: the address and the password are usually enough."),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    m_add->setText(tr("&Add Account\u2026"));
    m_add->setIcon(themedIcon(QStringLiteral("list-add")));
    m_add->setObjectName(QStringLiteral("welcomeAddAccount"));
    m_add->setDefault(true);
    m_add->setMinimumHeight(m_add->sizeHint().height() * 3 / 2);
    connect(m_add, &QPushButton::clicked, this, &WelcomePanel::addAccountRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(m_add, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    layout->setContentsMargins(24, 24, 24, 24);
}

} // namespace Poplar::Ui

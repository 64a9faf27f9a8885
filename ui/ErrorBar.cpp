#include "ErrorBar.h"

#include "display/OutsideText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Poplar::Ui {

ErrorBar::ErrorBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_retry(new QPushButton(tr("&Retry"), this)),
      m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    p.setColor(QPalette::WindowText, QColor(0x5c, 0x0b, 0x0b));
    setPalette(p);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // the server's words are shown, never interpreted
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_retry);
    layout->addWidget(close);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        emit actionRequested();
    });
    m_action->setObjectName(QStringLiteral("errorAction"));
    close->setObjectName(QStringLiteral("errorDismiss"));
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void ErrorBar::showError(const QString &message, const QString &serverText, bool retry, const QString &actionText)
{
    QString text = Display::forLabel(message);
    if (!serverText.isEmpty())
        text += QLatin1Char(' ') + tr("The server said: \u201c%1\u201d").arg(Display::forLabel(serverText, true, 300));
    m_label->setText(text);
    m_retry->setVisible(retry);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString ErrorBar::text() const
{
    return m_label->text();
}

} // namespace Poplar::Ui

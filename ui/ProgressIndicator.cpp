#include "ProgressIndicator.h"

#include <QStyleOptionProgressBar>
#include <QStylePainter>

namespace Poplar::Ui {

ProgressIndicator::ProgressIndicator(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ProgressIndicator::setProgress(int value, int maximum)
{
    maximum = qMax(1, maximum);
    value = qBound(0, value, maximum);
    if (value == m_value && maximum == m_maximum)
        return;
    m_value = value;
    m_maximum = maximum;
    update(); // coalesced with other pending paints
}

QSize ProgressIndicator::sizeHint() const
{
    return {200, fontMetrics().height() + 6};
}

void ProgressIndicator::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionProgressBar option;
    option.initFrom(this);
    option.minimum = 0;
    option.maximum = m_maximum;
    option.progress = m_value;
    option.textVisible = false;
    painter.drawControl(QStyle::CE_ProgressBar, option);
}

} // namespace Poplar::Ui

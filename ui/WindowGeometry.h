#pragma once

#include <QByteArray>
#include <QSize>

class QWidget;

namespace Poplar::Ui {

/// Restores `window` from `saved` (QWidget::saveGeometry), or gives it `preferred`, and then
/// keeps it on its screen: never larger than the screen's available geometry (a 1100×700
/// window at scale factor 2 on a 1280×800 screen is shrunk), and moved back inside it.
void restoreWithinScreen(QWidget *window, const QByteArray &saved, QSize preferred);

/// Shrinks and moves `window` so that it lies within its screen's available geometry.
void fitIntoScreen(QWidget *window);

} // namespace Poplar::Ui

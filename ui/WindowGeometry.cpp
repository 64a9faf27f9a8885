#include "WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Poplar::Ui {

void restoreWithinScreen(QWidget *window, const QByteArray &saved, QSize preferred)
{
    if (saved.isEmpty() || !window->restoreGeometry(saved))
        window->resize(preferred);
    fitIntoScreen(window);
}

void fitIntoScreen(QWidget *window)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame is not known before the window is shown: leave room for a usual title bar.
    const QMargins frame = window->isVisible() ? QMargins(window->geometry().left() - window->frameGeometry().left(),
                                                         window->geometry().top() - window->frameGeometry().top(),
                                                         window->frameGeometry().right() - window->geometry().right(),
                                                         window->frameGeometry().bottom() - window->geometry().bottom())
                                               : QMargins();
    const QSize room = available.size().shrunkBy(frame);
    // A window whose layout cannot get that small still gets its minimum (Qt enforces it).
    window->setMinimumSize(window->minimumSize().boundedTo(room));
    const QSize size = window->size().boundedTo(room);
    if (size != window->size())
        window->resize(size);
    QRect outer = window->geometry().marginsAdded(frame);
    if (!available.contains(outer)) {
        outer.moveLeft(qBound(available.left(), outer.left(), qMax(available.left(), available.right() - outer.width() + 1)));
        outer.moveTop(qBound(available.top(), outer.top(), qMax(available.top(), available.bottom() - outer.height() + 1)));
        window->move(outer.topLeft());
    }
}

} // namespace Poplar::Ui

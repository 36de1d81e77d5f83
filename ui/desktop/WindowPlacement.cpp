#include "desktop/WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace ks::WindowPlacement {

QRect firstStartGeometry(const QRect &available, const QSize &preferred, const QSize &minimum)
{
    const QSize size = preferred.boundedTo(available.size()).expandedTo(minimum);
    QRect rect(QPoint(0, 0), size);
    rect.moveCenter(available.center());
    // A window larger than the screen (its minimum does not fit) keeps its
    // top-left corner, with the menu and the title bar, on screen.
    rect.moveLeft(qMax(rect.left(), available.left()));
    rect.moveTop(qMax(rect.top(), available.top()));
    return rect;
}

void fitToScreen(QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // The frame (title bar, borders) is not known before the window is
    // shown; leave it room so the frame, not only the client, fits.
    constexpr int kFrameAllowance = 40;
    const QRect available = screen->availableGeometry();
    const QRect client = available.adjusted(0, kFrameAllowance, 0, 0);
    window->setGeometry(firstStartGeometry(
        client, window->size(), window->minimumSizeHint().expandedTo(window->minimumSize())));
}

} // namespace ks::WindowPlacement

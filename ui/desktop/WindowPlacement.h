#pragma once
// Where the main window opens the first time (no saved geometry): the size
// the form was designed for, shrunk to the screen's free area so that every
// edge, the estimate and Generate included, is on screen on a 1024×700 or
// 1366×768 display, and centred there. A saved geometry is left to
// QWidget::restoreGeometry, which already keeps it on a screen.

#include <QRect>
#include <QSize>

class QWidget;

namespace ks::WindowPlacement {

// The first-start geometry inside `available`: `preferred` bounded by
// `available` (never below `minimum`), centred.
QRect firstStartGeometry(const QRect &available, const QSize &preferred, const QSize &minimum);

// Applies firstStartGeometry() to `window` on the screen it will open on.
void fitToScreen(QWidget *window);

} // namespace ks::WindowPlacement

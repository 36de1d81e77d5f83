#pragma once
// Small line icons drawn with QPainter at any size, so the shell needs no
// icon theme (none exists on a bare Linux box) and stays crisp on HiDPI.

#include <QColor>
#include <QIcon>

class QPainter;
class QRectF;

namespace ks::Icons {

enum class Glyph {
    Play,
    Pause,
    Save,
    Folder,
    Link,
    Sliders,
    Retry,
    Stop,
    Trash,
    Volume,
    Mute,
    Loop,
    Info,
    Film,
    Key,
    Check
};

// Follows the palette of the widget that paints it (disabled icons are dimmed).
QIcon icon(Glyph glyph);
// The application icon: a violet-to-coral tile with a play mark.
QIcon appIcon();
// For delegates and labels that paint the glyph themselves.
void paintGlyph(QPainter *painter, const QRectF &rect, Glyph glyph, const QColor &color);

} // namespace ks::Icons

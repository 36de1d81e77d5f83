#pragma once
// The studio look: Fusion with a dark, low-glare palette (video work is
// judged on a dark surround) and the colours shared by painted widgets.

#include "jobs/Job.h"

#include <QColor>

class QApplication;
class QPainterPath;
class QPalette;
class QRectF;
class QWidget;

namespace ks::Theme {

void apply(QApplication &app);
QColor accent();
// Chip colour of a job state; readable with white text on light and dark.
QColor stateColor(JobState state);
// Red that stays legible on the palette's base colour.
QColor errorColor(const QPalette &palette);
// Amber for "act soon" notes (a result not downloaded yet).
QColor warningColor(const QPalette &palette);
// Secondary text (summaries, costs).
QColor mutedText(const QPalette &palette);
bool isDark(const QPalette &palette);

// Text tones of notes and counters. Warning and Error are one amber and one
// red on both palettes (both read on light and dark); Normal and Muted follow
// the parent's palette.
enum class Tone { Normal, Muted, Warning, Error };
// Colours a widget's text (its foreground role) for a tone. A palette entry
// rather than a style sheet: a style sheet anywhere in the window puts every
// widget through the slower style sheet style.
void setTone(QWidget *widget, Tone tone);
QColor warningTone(); // amber of Tone::Warning
QColor errorTone(); // red of Tone::Error, also of invalid fields' frames
// Colours a widget's text with a colour of its own (the amber demo banner).
void setTextColor(QWidget *widget, const QColor &color);

// The 1-px frame of a rounded box (an invalid field's ring, a notice): the
// area between `box` and the box 1 px inside it, to fill.
QPainterPath roundedFrame(const QRectF &box, qreal radius);

// Colours of a FilledButton; an invalid pressed colour keeps the hover
// colour, an invalid focus ring draws none.
struct ButtonColors
{
    QColor fill;
    QColor hover;
    QColor pressed;
    QColor text;
    QColor focusRing;
};
// The one action a panel exists for (Generate): blue on both palettes.
ButtonColors primaryButtonColors();
// The action on the amber demo banner.
ButtonColors bannerButtonColors();

} // namespace ks::Theme

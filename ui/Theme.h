#pragma once
// The studio look: Fusion with a dark, low-glare palette (video work is
// judged on a dark surround) and the colours shared by painted widgets.

#include "Job.h"

#include <QColor>

class QApplication;
class QPalette;

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

} // namespace ks::Theme

#pragma once
// The level of a counter or hint ("warn", "error" or none): kept as the
// label's "level" property (tests read it) and shown in its colour.

#include "style/Theme.h"

class QLabel;

namespace ks::FieldLevel {

// Sets the level and the tone it asks for; `rest` is the tone of no level.
void set(QLabel *label, const QString &level, Theme::Tone rest);

} // namespace ks::FieldLevel

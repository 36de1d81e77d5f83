#include "form/FieldLevel.h"

#include <QLabel>
#include <QVariant>

namespace ks::FieldLevel {

namespace {

Theme::Tone levelTone(const QWidget *label, Theme::Tone rest)
{
    const QString level = label->property("level").toString();
    if (level == QLatin1String("error"))
        return Theme::Tone::Error;
    if (level == QLatin1String("warn"))
        return Theme::Tone::Warning;
    return rest;
}

} // namespace

void set(QLabel *label, const QString &level, Theme::Tone rest)
{
    if (label->property("level").toString() == level && label->testAttribute(Qt::WA_SetPalette))
        return;
    label->setProperty("level", level);
    Theme::setTone(label, levelTone(label, rest));
}

} // namespace ks::FieldLevel

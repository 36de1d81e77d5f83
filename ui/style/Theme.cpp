#include "style/Theme.h"

#include "style/StudioStyle.h"

#include <QApplication>
#include <QPainterPath>
#include <QPalette>
#include <QStyleFactory>
#include <QWidget>

namespace ks::Theme {

QColor accent()
{
    return QColor(0x7c, 0x5c, 0xff);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        auto *style = new StudioStyle(fusion);
        style->setQuietChrome(true);
        app.setStyle(style);
    }

    QPalette p;
    const QColor window(0x1e, 0x1f, 0x24);
    const QColor base(0x17, 0x18, 0x1c);
    const QColor alternate(0x23, 0x24, 0x2a);
    const QColor button(0x2a, 0x2b, 0x32);
    const QColor text(0xe8, 0xe8, 0xee);
    const QColor dimText(0x8a, 0x8c, 0x96);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x2e, 0x2f, 0x38));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dimText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3b, 0x44));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x33, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2b, 0x32));
    p.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x16));
    p.setColor(QPalette::Shadow, QColor(0x08, 0x08, 0x0a));
    p.setColor(QPalette::Highlight, accent());
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0xa8, 0x96, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc4, 0xa8, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6a, 0x6c, 0x75));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x24, 0x25, 0x2b));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4b, 0x55));
    app.setPalette(p);
}

QColor stateColor(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QColor(0x6b, 0x6f, 0x7d);
    case JobState::Uploading:
    case JobState::Submitting:
        return QColor(0x3d, 0x7e, 0xd8);
    case JobState::Running:
        return QColor(0x6a, 0x4d, 0xe8);
    case JobState::Downloading:
        return QColor(0x15, 0x8f, 0x9a);
    case JobState::Done:
        return QColor(0x2e, 0x9d, 0x5b);
    case JobState::Failed:
        return QColor(0xd2, 0x3f, 0x4a);
    case JobState::OutcomeUnknown:
    case JobState::Stalled:
        return QColor(0xc7, 0x7d, 0x14);
    case JobState::Cancelled:
    case JobState::Expired:
    case JobState::Stopped:
        return QColor(0x7a, 0x6e, 0x66);
    }
    return QColor(0x6b, 0x6f, 0x7d);
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7a, 0x7a) : QColor(0xc6, 0x28, 0x28);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf5, 0xb9, 0x4a) : QColor(0x9a, 0x5b, 0x00);
}

QColor mutedText(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(isDark(palette) ? 0.62 : 0.66);
    return c;
}

QColor warningTone()
{
    return QColor(0xb7, 0x79, 0x1f);
}

QColor errorTone()
{
    return QColor(0xd6, 0x45, 0x45);
}

void setTone(QWidget *widget, Tone tone)
{
    const QWidget *parent = widget->parentWidget();
    const QPalette inherited = parent ? parent->palette() : QApplication::palette(widget);
    const QPalette::ColorRole role = widget->foregroundRole();
    QPalette palette = widget->palette();
    switch (tone) {
    case Tone::Normal:
        for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            palette.setColor(group, role, inherited.color(group, role));
        break;
    case Tone::Muted: {
        // Between the text and the background colour, opaque so that it
        // blends the same over any background.
        const QColor text = inherited.color(role);
        const QColor back = inherited.color(QPalette::Window);
        palette.setColor(role,
                         QColor::fromRgbF(text.redF() * 0.62f + back.redF() * 0.38f,
                                          text.greenF() * 0.62f + back.greenF() * 0.38f,
                                          text.blueF() * 0.62f + back.blueF() * 0.38f));
        break;
    }
    case Tone::Warning:
        palette.setColor(role, warningTone());
        break;
    case Tone::Error:
        palette.setColor(role, errorTone());
        break;
    }
    widget->setPalette(palette);
}

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette palette = widget->palette();
    palette.setColor(widget->foregroundRole(), color);
    widget->setPalette(palette);
}

ButtonColors primaryButtonColors()
{
    return {QColor(0x3b, 0x6c, 0xf6), QColor(0x2f, 0x5e, 0xe6), QColor(0x23, 0x4b, 0xc4), Qt::white,
            Qt::white};
}

ButtonColors bannerButtonColors()
{
    return {QColor(0xf2, 0xc2, 0x5b), QColor(0xf7, 0xd2, 0x7d), QColor(), QColor(0x1e, 0x1f, 0x24),
            QColor()};
}

QPainterPath roundedFrame(const QRectF &box, qreal radius)
{
    QPainterPath outer;
    outer.addRoundedRect(box, radius, radius);
    QPainterPath inner;
    inner.addRoundedRect(box.adjusted(1, 1, -1, -1), radius - 1, radius - 1);
    return outer.subtracted(inner);
}

} // namespace ks::Theme

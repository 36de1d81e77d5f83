#pragma once
// The application style: the base style (Fusion) with its file-backed standard
// icons loaded when first drawn, so building the window reads no image files,
// and, for the dark theme, quiet window chrome drawn here instead of by an
// application style sheet (which would route every widget through the slower
// style sheet style). Also on both palettes: check boxes and radio buttons
// with an outline that reads when unchecked, dialog buttons without the old
// tick and cross icons, and a menu tool button ("Insert reference ▾") with
// room between its text and its arrow.

#include <QProxyStyle>

namespace ks {

class StudioStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioStyle)

public:
    explicit StudioStyle(QStyle *base = nullptr);

    // Hairline splitters and a rule above the status bar in the palette's
    // dark tone, tooltips framed in its light tone: on a dark palette the
    // base style's bevels and bright tooltip frame glare.
    void setQuietChrome(bool quiet) { m_quietChrome = quiet; }
    bool quietChrome() const { return m_quietChrome; }

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

    // The outline of an unchecked check box or radio button: between the
    // text and the window colour, so it reads on dark and light palettes.
    static QColor indicatorOutline(const QPalette &palette);

private:
    bool m_quietChrome = false;
};

} // namespace ks

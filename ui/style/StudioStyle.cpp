#include "style/StudioStyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QStyleOptionToolButton>

namespace ks {

namespace {

// Stands in for the base style's icon until something draws or measures it.
// QMenuBar asks for its (normally hidden) overflow button's icon in its
// constructor; the base style reads it from PNG files, and the first image
// read makes QImageReader load every image format plugin to sniff the data:
// 8.5% of the start's instructions before the first paint (commit 03a434e).
class DeferredStandardIconEngine final : public QIconEngine
{
public:
    DeferredStandardIconEngine(QStyle *style, QStyle::StandardPixmap pixmap)
        : m_style(style), m_pixmap(pixmap)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        resolved().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().actualSize(size, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().pixmap(size, mode, state);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return resolved().pixmap(size / scale, scale, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().availableSizes(mode, state);
    }

    QString key() const override { return QStringLiteral("ks-deferred-standard"); }

    QIconEngine *clone() const override
    {
        auto *copy = new DeferredStandardIconEngine(m_style, m_pixmap);
        copy->m_icon = m_icon;
        copy->m_resolved = m_resolved;
        return copy;
    }

    // Answered without loading (isNull() is asked while laying out); the
    // resolved icon decides once it exists.
    bool isNull() override { return m_resolved && m_icon.isNull(); }

private:
    const QIcon &resolved()
    {
        if (!m_resolved) {
            m_resolved = true;
            if (m_style)
                m_icon = m_style->standardIcon(m_pixmap);
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_pixmap;
    QIcon m_icon;
    bool m_resolved = false;
};

} // namespace

StudioStyle::StudioStyle(QStyle *base) : QProxyStyle(base) { }

QIcon StudioStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                const QWidget *widget) const
{
    // Only the menu and tool bars' overflow buttons, whose icon is asked for
    // at construction and almost never shown. The base styles draw these
    // from files that depend on neither option nor widget, so without an
    // option the icon is the same whenever it is loaded.
    if (!option
        && (standardIcon == SP_ToolBarHorizontalExtensionButton
            || standardIcon == SP_ToolBarVerticalExtensionButton))
        return QIcon(new DeferredStandardIconEngine(baseStyle(), standardIcon));
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

int StudioStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                             const QWidget *widget) const
{
    if (m_quietChrome) {
        switch (metric) {
        case PM_SplitterWidth:
            return 1;
        case PM_ToolTipLabelFrameWidth:
            // The text 11 px from the tip's edge (QTipLabel adds 1): room
            // for the 1 px frame and generous air, as the tips had before.
            return 10;
        default:
            break;
        }
    }
    return QProxyStyle::pixelMetric(metric, option, widget);
}

QColor StudioStyle::indicatorOutline(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    constexpr float kText = 0.6f;
    return QColor::fromRgbF(text.redF() * kText + back.redF() * (1 - kText),
                            text.greenF() * kText + back.greenF() * (1 - kText),
                            text.blueF() * kText + back.blueF() * (1 - kText));
}

namespace {

// A tool button that opens its menu on click and shows text: the base style
// draws the menu arrow over the end of the text.
bool isTextMenuButton(const QStyleOption *option)
{
    const auto *button = qstyleoption_cast<const QStyleOptionToolButton *>(option);
    return button && (button->features & QStyleOptionToolButton::HasMenu)
        && !(button->features & QStyleOptionToolButton::MenuButtonPopup)
        && button->toolButtonStyle != Qt::ToolButtonIconOnly && !button->text.isEmpty();
}

} // namespace

int StudioStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                           QStyleHintReturn *returnData) const
{
    // OK / Cancel without the tick and cross of old desktop themes.
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

QSize StudioStyle::sizeFromContents(ContentsType type, const QStyleOption *option,
                                    const QSize &size, const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type == CT_ToolButton && isTextMenuButton(option))
        result.rwidth() += pixelMetric(PM_MenuButtonIndicator, option, widget);
    return result;
}

void StudioStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                     QPainter *painter, const QWidget *widget) const
{
    if (control == CC_ToolButton && isTextMenuButton(option)) {
        // The panel as usual, the text left of a column of its own, the
        // arrow centred in that column.
        const auto *button = qstyleoption_cast<const QStyleOptionToolButton *>(option);
        const int indicator = pixelMetric(PM_MenuButtonIndicator, option, widget);
        QStyleOptionToolButton panel(*button);
        panel.features &= ~QStyleOptionToolButton::HasMenu;
        panel.text.clear();
        panel.icon = QIcon();
        QProxyStyle::drawComplexControl(control, &panel, painter, widget);
        QStyleOptionToolButton label(*button);
        label.rect = button->rect.adjusted(0, 0, -indicator, 0);
        drawControl(CE_ToolButtonLabel, &label, painter, widget);
        QStyleOption arrow(*button);
        const int side = qMax(6, indicator - 4);
        arrow.rect = QRect(button->rect.right() - indicator - 1,
                           button->rect.center().y() - side / 2 + 1, side, side);
        drawPrimitive(PE_IndicatorArrowDown, &arrow, painter, widget);
        return;
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

void StudioStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                QPainter *painter, const QWidget *widget) const
{
    if (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) {
        // The base style's outline is the window colour darkened: nearly
        // invisible on a dark window. Drawn over it in a readable tone.
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        painter->save();
        painter->setBrush(Qt::NoBrush);
        QPen pen(indicatorOutline(option->palette));
        pen.setWidthF(1.0);
        painter->setPen(pen);
        const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorCheckBox) {
            painter->drawRect(box);
        } else {
            painter->setRenderHint(QPainter::Antialiasing);
            const qreal radius = qMin(box.width(), box.height()) / 2.0;
            painter->drawEllipse(box.center(), radius, radius);
        }
        painter->restore();
        return;
    }
    if (m_quietChrome) {
        switch (element) {
        case PE_PanelTipLabel:
            // On the window colour, as the tips have always looked here.
            painter->fillRect(option->rect, option->palette.window());
            painter->setPen(option->palette.color(QPalette::Light));
            painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
            return;
        case PE_PanelStatusBar:
            painter->fillRect(option->rect.x(), option->rect.y(), option->rect.width(), 1,
                              option->palette.dark());
            return;
        case PE_FrameStatusBarItem:
            return; // the items sit on the bar without boxes
        default:
            break;
        }
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void StudioStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const
{
    if (m_quietChrome && element == CE_Splitter) {
        painter->fillRect(option->rect, option->palette.dark());
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

} // namespace ks

#include "FilledButton.h"

#include <QPainter>
#include <QPainterPath>

namespace ks {

FilledButton::FilledButton(QWidget *parent)
    : QPushButton(parent), m_colors(Theme::primaryButtonColors())
{
    setAttribute(Qt::WA_Hover); // repaint on enter and leave for the hover colour
    // Bold, not DemiBold: common CJK fonts have no 600 face and would draw
    // the label regular; one weight less also means one font less to load.
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

void FilledButton::setColors(const Theme::ButtonColors &colors)
{
    m_colors = colors;
    update();
}

void FilledButton::setShape(int radius, const QMargins &padding)
{
    m_radius = radius;
    m_padding = padding;
    updateGeometry();
    update();
}

QSize FilledButton::sizeHint() const
{
    // The text and the padding, nothing of the style's button bevel.
    ensurePolished();
    const QString label = text().isEmpty() ? QStringLiteral("XXXX") : text();
    const QSize textSize = fontMetrics().size(Qt::TextShowMnemonic, label);
    return textSize.grownBy(m_padding);
}

QSize FilledButton::minimumSizeHint() const
{
    return sizeHint();
}

void FilledButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    QColor fill = m_colors.fill;
    QColor text = m_colors.text;
    if (!isEnabled()) {
        fill = palette().color(QPalette::Midlight);
        text = palette().color(QPalette::Dark);
    } else if (isDown() && m_colors.pressed.isValid()) {
        fill = m_colors.pressed;
    } else if (underMouse() || isDown()) {
        fill = m_colors.hover;
    }

    const QRectF box = rect();
    QPainterPath shape;
    shape.addRoundedRect(box, m_radius, m_radius);
    painter.fillPath(shape, fill);
    if (hasFocus() && m_colors.focusRing.isValid()) {
        QPainterPath ring;
        ring.addRoundedRect(box.adjusted(2, 2, -2, -2), m_radius - 2, m_radius - 2);
        painter.fillPath(shape.subtracted(ring), m_colors.focusRing);
    }

    painter.setPen(text);
    painter.drawText(rect().marginsRemoved(m_padding), Qt::AlignCenter | Qt::TextShowMnemonic,
                     this->text());
}

} // namespace ks

#include "widgets/FilledButton.h"

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
    if (hasFocus()) {
        // A 2 px ring in the label's colour, 2 px inside the edge: it stands
        // out on the fill (a pale ring on the rim did not) and needs no room
        // outside the button.
        const QColor ringColor = m_colors.focusRing.isValid() ? m_colors.focusRing : text;
        QPen pen(ringColor, 2);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        const qreal radius = qMax(1, m_radius - 3);
        painter.drawRoundedRect(box.adjusted(3, 3, -3, -3), radius, radius);
    }

    painter.setPen(text);
    painter.drawText(rect().marginsRemoved(m_padding), Qt::AlignCenter | Qt::TextShowMnemonic,
                     this->text());
}

} // namespace ks

#include "form/DropZoneParts.h"

#include <QPainter>
#include <QPainterPath>

namespace ks {

DropZoneThumbnail::DropZoneThumbnail(QWidget *parent) : QLabel(parent)
{
    setContentsMargins(1, 1, 1, 1);
}

void DropZoneThumbnail::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath outer;
        outer.addRoundedRect(QRectF(rect()), 4, 4);
        QPainterPath inner;
        inner.addRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
        painter.fillPath(inner, palette().window());
        painter.fillPath(outer.subtracted(inner), palette().midlight());
    }
    QLabel::paintEvent(event);
}

DropZoneRemoveButton::DropZoneRemoveButton(QWidget *parent) : QToolButton(parent)
{
    setAttribute(Qt::WA_Hover);
    QFont glyphFont = font();
    glyphFont.setPointSizeF(14);
    setFont(glyphFont);
}

void DropZoneRemoveButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (underMouse() && isEnabled()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().midlight());
        painter.drawEllipse(QRectF(rect()));
    }
    painter.setPen(palette().color(QPalette::ButtonText));
    painter.drawText(rect(), Qt::AlignCenter, text());
}

} // namespace ks

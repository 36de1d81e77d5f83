#include "NoticeLabel.h"

#include "Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace ks {

namespace {

constexpr int kRadius = 6;
const QColor kAmber(232, 160, 32);

} // namespace

NoticeLabel::NoticeLabel(QWidget *parent) : QLabel(parent)
{
    // The 1 px frame plus 6 × 8 px of padding around the text.
    setContentsMargins(9, 7, 9, 7);
    // And the half "x" a framed label indents its text by.
    setIndent(fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2);
    Theme::setTextColor(this, QColor(0xa8, 0x61, 0x0a));
}

void NoticeLabel::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor fill = kAmber;
        fill.setAlphaF(0.16);
        QColor frame = kAmber;
        frame.setAlphaF(0.45);
        const QRectF box = rect();
        // The tint reaches half-way under the frame, as the box always had.
        QPainterPath tinted;
        tinted.addRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), kRadius - 0.5, kRadius - 0.5);
        painter.fillPath(tinted, fill);
        painter.fillPath(Theme::roundedFrame(box, kRadius), frame);
    }
    QLabel::paintEvent(event);
}

} // namespace ks

#include "widgets/NoticeLabel.h"

#include "style/Theme.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

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
    setWordWrap(false);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
}

QSize NoticeLabel::sizeHint() const
{
    return minimumSizeHint();
}

QSize NoticeLabel::minimumSizeHint() const
{
    // One line, and no width of its own: a long reason is elided rather
    // than widening the form.
    const QMargins m = contentsMargins();
    const QFontMetrics fm = fontMetrics();
    return {m.left() + m.right() + 2 * qMax(0, indent()) + fm.averageCharWidth() * 4,
            m.top() + m.bottom() + fm.height()};
}

QRect NoticeLabel::textRect() const
{
    const int in = qMax(0, indent());
    return contentsRect().adjusted(in, 0, -in, 0);
}

bool NoticeLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > textRect().width();
}

bool NoticeLabel::event(QEvent *event)
{
    // Without a tooltip of its own, an elided notice shows its whole text.
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty() && isElided()) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), this);
        return true;
    }
    return QLabel::event(event);
}

void NoticeLabel::paintEvent(QPaintEvent *)
{
    if (text().isEmpty())
        return;
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
    const QRect area = textRect();
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
}

} // namespace ks

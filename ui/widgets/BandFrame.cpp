#include "widgets/BandFrame.h"

#include <QPainter>

namespace ks {

BandFrame::BandFrame(QWidget *parent) : QFrame(parent)
{
    setRuleEdge(Qt::TopEdge);
}

void BandFrame::setRuleEdge(Qt::Edge edge)
{
    m_edge = edge;
    update();
}

void BandFrame::setColors(const QColor &fill, const QColor &rule)
{
    m_fill = fill;
    m_rule = rule;
    update();
}

void BandFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect r = rect();
    painter.fillRect(r, m_fill.isValid() ? m_fill : palette().color(QPalette::AlternateBase));
    QRect line;
    switch (m_edge) {
    case Qt::TopEdge:
        line = QRect(r.left(), r.top(), r.width(), 1);
        break;
    case Qt::BottomEdge:
        line = QRect(r.left(), r.bottom(), r.width(), 1);
        break;
    case Qt::LeftEdge:
        line = QRect(r.left(), r.top(), 1, r.height());
        break;
    case Qt::RightEdge:
        line = QRect(r.right(), r.top(), 1, r.height());
        break;
    }
    painter.fillRect(line, m_rule.isValid() ? m_rule : palette().color(QPalette::Midlight));
}

} // namespace ks

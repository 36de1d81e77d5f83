#include "style/FocusRing.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace ks {

FocusRing::FocusRing(QWidget *target, QWidget *host) : QWidget(host), m_target(target)
{
    setObjectName(target->objectName() + QStringLiteral("FocusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    host->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, &FocusRing::sync);
    hide();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        sync();
    return QWidget::eventFilter(watched, event);
}

void FocusRing::sync()
{
    QWidget *focus = QApplication::focusWidget();
    const bool on = m_target && focus && (focus == m_target || m_target->isAncestorOf(focus))
        && m_target->isVisible();
    if (on) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    setVisible(on);
    if (on)
        update();
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight), width);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal half = width / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(half, half, -half, -half), 4, 4);
}

} // namespace ks

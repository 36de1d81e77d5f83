#include "widgets/ErrorOutline.h"

#include "style/Theme.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>

namespace ks {

namespace {

// The band the ring and its corners occupy; the mask keeps the overlay off
// the field's contents so typing and scrolling there repaint nothing of it.
constexpr int kBand = 3;

} // namespace

ErrorOutline::ErrorOutline(QWidget *field, int radius) : QWidget(field), m_radius(radius)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    field->installEventFilter(this);
    follow();
}

void ErrorOutline::setShown(QWidget *field, bool shown, int radius)
{
    if (field->property("invalid").toBool() == shown)
        return;
    field->setProperty("invalid", shown);
    auto *outline = field->findChild<ErrorOutline *>(QString(), Qt::FindDirectChildrenOnly);
    if (!outline) {
        if (!shown)
            return;
        outline = new ErrorOutline(field, radius);
    }
    outline->setVisible(shown);
    outline->raise();
}

void ErrorOutline::follow()
{
    const QWidget *field = parentWidget();
    setGeometry(field->rect());
    const QRect all = rect();
    setMask(QRegion(all).subtracted(QRegion(all.adjusted(kBand, kBand, -kBand, -kBand))));
}

bool ErrorOutline::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize)
            follow();
        else if (event->type() == QEvent::ChildAdded)
            raise(); // stay above children the field adds later (a clear button)
    }
    return QWidget::eventFilter(watched, event);
}

void ErrorOutline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = rect();
    // Outside the rounded corners the field's own square frame would show:
    // cover it with the background the field stands on.
    QPainterPath square;
    square.addRect(box);
    QPainterPath rounded;
    rounded.addRoundedRect(box, m_radius, m_radius);
    const QWidget *host = parentWidget()->parentWidget();
    painter.fillPath(square.subtracted(rounded),
                     (host ? host->palette() : palette()).color(QPalette::Window));
    painter.fillPath(Theme::roundedFrame(box, m_radius), Theme::errorTone());
}

} // namespace ks

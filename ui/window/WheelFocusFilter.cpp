#include "window/WheelFocusFilter.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWidget>

namespace ks {

namespace {
QPointer<WheelFocusFilter> g_installed;
} // namespace

WheelFocusFilter::WheelFocusFilter(QObject *parent) : QObject(parent) { }

void WheelFocusFilter::install()
{
    if (g_installed || !qApp)
        return;
    g_installed = new WheelFocusFilter(qApp);
    qApp->installEventFilter(g_installed);
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets)
        takeFocusByClickOnly(widget);
}

bool WheelFocusFilter::guards(const QWidget *widget)
{
    if (!widget)
        return false;
    if (qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    return qobject_cast<const QAbstractSlider *>(widget)
        && !qobject_cast<const QScrollBar *>(widget);
}

void WheelFocusFilter::takeFocusByClickOnly(QWidget *widget)
{
    // Qt::WheelFocus would let the wheel itself give the focus (and then
    // the value): keep Tab and click, drop the wheel.
    if (guards(widget) && (widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
}

bool WheelFocusFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        if (watched->isWidgetType())
            takeFocusByClickOnly(static_cast<QWidget *>(watched));
        break;
    case QEvent::Wheel: {
        if (!watched->isWidgetType())
            break;
        auto *widget = static_cast<QWidget *>(watched);
        if (!guards(widget) || widget->hasFocus())
            break;
        scrollEnclosingArea(widget, static_cast<QWheelEvent *>(event));
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void WheelFocusFilter::scrollEnclosingArea(QWidget *control, QWheelEvent *wheel)
{
    QAbstractScrollArea *area = nullptr;
    for (QWidget *parent = control->parentWidget(); parent && !area;
         parent = parent->isWindow() ? nullptr : parent->parentWidget())
        area = qobject_cast<QAbstractScrollArea *>(parent);
    if (!area) {
        // Nothing to scroll here: the control does not take it, the
        // widgets around it may (Qt passes an ignored wheel event on).
        wheel->ignore();
        return;
    }
    QWidget *viewport = area->viewport();
    QWheelEvent forwarded(control->mapTo(viewport, wheel->position()), wheel->globalPosition(),
                          wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                          wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source(),
                          wheel->pointingDevice());
    forwarded.setTimestamp(wheel->timestamp());
    QCoreApplication::sendEvent(viewport, &forwarded);
    wheel->setAccepted(forwarded.isAccepted());
}

} // namespace ks

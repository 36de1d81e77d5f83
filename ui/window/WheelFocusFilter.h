#pragma once
// The mouse wheel changes a combo box, slider or spin box only when that
// control has the keyboard focus (a click or Tab gives it; the wheel does
// not). Over a control without focus the wheel scrolls the nearest scroll
// area around it instead, so scrolling the form never changes a paid setting
// by passing under the pointer. One application-wide event filter, so every
// such control (form, shots, dialogs) behaves the same without per-widget code.

#include <QObject>

class QWheelEvent;
class QWidget;

namespace ks {

class WheelFocusFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelFocusFilter)

public:
    // Installs the filter on the application once (later calls do nothing)
    // and gives the controls that exist already their click-only focus.
    static void install();
    // True for the controls whose value the wheel changes (scroll bars are
    // not: they scroll, which is what the wheel is for).
    static bool guards(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelFocusFilter(QObject *parent);
    static void takeFocusByClickOnly(QWidget *widget);
    static void scrollEnclosingArea(QWidget *control, QWheelEvent *wheel);
};

} // namespace ks

#pragma once
// A red ring around a field that a validation issue points at (the prompt,
// a line edit). An overlay child that paints only the ring, so the field
// keeps its own style's frame, padding and focus handling, and no style
// sheet is needed to recolour a border.

#include <QWidget>

namespace ks {

class ErrorOutline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorOutline)

public:
    // Shows or hides the ring of `field` (corner radius in px) and mirrors the
    // state in the field's "invalid" property for tests and accessibility tools.
    static void setShown(QWidget *field, bool shown, int radius);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    ErrorOutline(QWidget *field, int radius);
    void follow();

    int m_radius;
};

} // namespace ks

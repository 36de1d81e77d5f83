#pragma once
// A visible focus ring for a widget whose style draws none (the history list,
// the video area): a mouse-transparent overlay over `host` that strokes a
// rounded ring in the highlight colour while `target` (or a child of it) has
// keyboard focus. The host is usually the target itself; for a native video
// surface, which nothing can draw over, it is the frame around it and the
// ring shows in the frame's margin.

#include <QPointer>
#include <QWidget>

namespace ks {

class FocusRing final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRing)
public:
    FocusRing(QWidget *target, QWidget *host);

    // Ring width in pixels.
    static constexpr int width = 2;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void sync();

    QPointer<QWidget> m_target;
};

} // namespace ks

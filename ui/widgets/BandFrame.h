#pragma once
// A band across a window or panel (the form's cost footer, the demo banner):
// a filled strip with a 1 px rule on the edge where it meets the content.
// Painted here rather than by a style sheet, which would put the band and
// everything in it through the slower style sheet style.

#include <QColor>
#include <QFrame>

namespace ks {

class BandFrame final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandFrame)

public:
    // A rule on the top edge; palette colours (alternate base, midlight).
    explicit BandFrame(QWidget *parent = nullptr);

    // The edge that carries the rule, drawn over the layout's margin.
    void setRuleEdge(Qt::Edge edge);
    // Fixed colours instead of the palette's.
    void setColors(const QColor &fill, const QColor &rule);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Qt::Edge m_edge = Qt::TopEdge;
    QColor m_fill; // invalid: the palette's alternate base
    QColor m_rule; // invalid: the palette's midlight
};

} // namespace ks

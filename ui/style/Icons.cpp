#include "style/Icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <cmath>

namespace ks::Icons {

namespace {

// Everything is designed in a 24x24 box and scaled into the target rect.
void drawGlyph(QPainter &p, Glyph glyph, const QColor &color)
{
    QPen pen(color, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Glyph::Play: {
        QPainterPath path;
        path.moveTo(8, 5);
        path.lineTo(19, 12);
        path.lineTo(8, 19);
        path.closeSubpath();
        p.setBrush(color);
        p.drawPath(path);
        break;
    }
    case Glyph::Pause:
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(6.5, 5, 4, 14), 1, 1);
        p.drawRoundedRect(QRectF(13.5, 5, 4, 14), 1, 1);
        break;
    case Glyph::Save:
        p.drawLine(QPointF(12, 4), QPointF(12, 15));
        p.drawPolyline(QPolygonF({QPointF(7.5, 10.5), QPointF(12, 15), QPointF(16.5, 10.5)}));
        p.drawPolyline(
            QPolygonF({QPointF(4, 15), QPointF(4, 20), QPointF(20, 20), QPointF(20, 15)}));
        break;
    case Glyph::Folder: {
        QPainterPath path;
        path.moveTo(3, 7);
        path.lineTo(3, 18);
        path.quadTo(3, 19, 4, 19);
        path.lineTo(20, 19);
        path.quadTo(21, 19, 21, 18);
        path.lineTo(21, 9);
        path.quadTo(21, 8, 20, 8);
        path.lineTo(12, 8);
        path.lineTo(10, 5);
        path.lineTo(4, 5);
        path.quadTo(3, 5, 3, 7);
        p.drawPath(path);
        break;
    }
    case Glyph::Link: {
        p.save();
        p.translate(12, 12);
        p.rotate(-45);
        p.drawRoundedRect(QRectF(-9.5, -3.5, 10, 7), 3.5, 3.5);
        p.drawRoundedRect(QRectF(-0.5, -3.5, 10, 7), 3.5, 3.5);
        p.restore();
        break;
    }
    case Glyph::Sliders:
        p.drawLine(QPointF(4, 7), QPointF(20, 7));
        p.drawLine(QPointF(4, 12), QPointF(20, 12));
        p.drawLine(QPointF(4, 17), QPointF(20, 17));
        p.setBrush(color);
        p.drawEllipse(QPointF(9, 7), 2, 2);
        p.drawEllipse(QPointF(15, 12), 2, 2);
        p.drawEllipse(QPointF(7, 17), 2, 2);
        break;
    case Glyph::Retry: {
        p.drawArc(QRectF(5, 5, 14, 14), 60 * 16, 270 * 16);
        // Arrow head at the open end of the arc (angle 60 degrees).
        const double a = 60.0 * M_PI / 180.0;
        const QPointF tip(12 + 7 * std::cos(a), 12 - 7 * std::sin(a));
        p.drawPolyline(QPolygonF({tip + QPointF(-4.5, -1.0), tip, tip + QPointF(0.5, 4.5)}));
        break;
    }
    case Glyph::Stop:
        p.drawEllipse(QRectF(4, 4, 16, 16));
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(9, 9, 6, 6), 1, 1);
        break;
    case Glyph::Trash:
        p.drawLine(QPointF(4, 7), QPointF(20, 7));
        p.drawPolyline(
            QPolygonF({QPointF(9, 7), QPointF(9, 4.5), QPointF(15, 4.5), QPointF(15, 7)}));
        p.drawPolyline(QPolygonF({QPointF(6, 7), QPointF(7, 20), QPointF(17, 20), QPointF(18, 7)}));
        p.drawLine(QPointF(10, 11), QPointF(10, 16));
        p.drawLine(QPointF(14, 11), QPointF(14, 16));
        break;
    case Glyph::Volume:
    case Glyph::Mute: {
        QPainterPath body;
        body.moveTo(3, 9.5);
        body.lineTo(7, 9.5);
        body.lineTo(12, 5);
        body.lineTo(12, 19);
        body.lineTo(7, 14.5);
        body.lineTo(3, 14.5);
        body.closeSubpath();
        p.setBrush(color);
        p.drawPath(body);
        p.setBrush(Qt::NoBrush);
        if (glyph == Glyph::Volume) {
            p.drawArc(QRectF(10, 8, 8, 8), -50 * 16, 100 * 16);
            p.drawArc(QRectF(9, 4.5, 13, 15), -50 * 16, 100 * 16);
        } else {
            p.drawLine(QPointF(15, 9), QPointF(21, 15));
            p.drawLine(QPointF(21, 9), QPointF(15, 15));
        }
        break;
    }
    case Glyph::Loop:
        p.drawPolyline(QPolygonF({QPointF(4, 13), QPointF(4, 9), QPointF(6, 7), QPointF(19, 7)}));
        p.drawPolyline(QPolygonF({QPointF(16, 4), QPointF(19, 7), QPointF(16, 10)}));
        p.drawPolyline(
            QPolygonF({QPointF(20, 11), QPointF(20, 15), QPointF(18, 17), QPointF(5, 17)}));
        p.drawPolyline(QPolygonF({QPointF(8, 14), QPointF(5, 17), QPointF(8, 20)}));
        break;
    case Glyph::Info:
        p.drawEllipse(QRectF(3, 3, 18, 18));
        p.drawLine(QPointF(12, 11), QPointF(12, 16.5));
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(12, 7.8), 1.3, 1.3);
        break;
    case Glyph::Film:
        p.drawRoundedRect(QRectF(3, 5, 18, 14), 2, 2);
        p.drawLine(QPointF(7, 5), QPointF(7, 19));
        p.drawLine(QPointF(17, 5), QPointF(17, 19));
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        {
            QPainterPath play;
            play.moveTo(10.5, 9);
            play.lineTo(14.5, 12);
            play.lineTo(10.5, 15);
            play.closeSubpath();
            p.drawPath(play);
        }
        break;
    case Glyph::Key:
        p.drawEllipse(QRectF(3, 8, 8, 8));
        p.drawLine(QPointF(11, 12), QPointF(21, 12));
        p.drawLine(QPointF(18, 12), QPointF(18, 15.5));
        p.drawLine(QPointF(15, 12), QPointF(15, 14.5));
        break;
    case Glyph::Check:
        p.drawPolyline(QPolygonF({QPointF(5, 12.5), QPointF(10, 17), QPointF(19, 7)}));
        break;
    }
}

class GlyphEngine final : public QIconEngine
{
public:
    explicit GlyphEngine(Glyph glyph) : m_glyph(glyph) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette pal = QApplication::palette();
        QColor color = pal.color(QPalette::ButtonText);
        if (mode == QIcon::Disabled)
            color = pal.color(QPalette::Disabled, QPalette::ButtonText);
        else if (mode == QIcon::Selected)
            color = pal.color(QPalette::HighlightedText);
        if (mode == QIcon::Disabled && color.alphaF() > 0.5)
            color.setAlphaF(0.45);
        paintGlyph(painter, rect, m_glyph, color);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }

private:
    Glyph m_glyph;
};

} // namespace

void paintGlyph(QPainter *painter, const QRectF &rect, Glyph glyph, const QColor &color)
{
    const double side = qMin(rect.width(), rect.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.center().x() - side / 2, rect.center().y() - side / 2);
    painter->scale(side / 24.0, side / 24.0);
    drawGlyph(*painter, glyph, color);
    painter->restore();
}

QIcon icon(Glyph glyph)
{
    return QIcon(new GlyphEngine(glyph));
}

QIcon appIcon()
{
    // The designed icon from packaging/icons (compiled in by ui/CMakeLists.txt),
    // the same picture the installers and the desktop entry use.
    QIcon result;
    for (int side : {16, 24, 32, 48, 64, 128, 256, 512})
        result.addFile(QStringLiteral(":/klingstudio/icons/klingstudio-%1.png").arg(side),
                       QSize(side, side));
    return result;
}

} // namespace ks::Icons

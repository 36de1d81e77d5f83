#include "history/CardTextCache.h"

#include <QPainter>
#include <QRectF>

namespace ks {

namespace {

// Eliding lays the whole string out, and a prompt is much longer than a card
// is wide. No character is narrower than a fifth of the line height, so the
// first width / (height / 5) characters are wider than the card whenever the
// text has to be cut, and elide to the same text; when they do not (zero-
// width characters), the whole text is elided after all.
QString elided(const QFontMetricsF &metrics, const QString &text, qreal width)
{
    const int enough = int(width / (metrics.height() / 5.0)) + 2;
    if (text.size() <= enough)
        return metrics.elidedText(text, Qt::ElideRight, width);
    const QString prefix = text.left(enough);
    const QString result = metrics.elidedText(prefix, Qt::ElideRight, width);
    return result == prefix ? metrics.elidedText(text, Qt::ElideRight, width) : result;
}

} // namespace

void CardTextCache::setBaseFont(const QFont &font)
{
    if (m_hasBase && font == m_base && font.resolveMask() == m_base.resolveMask())
        return;
    m_base = font;
    m_hasBase = true;
    QFont title = font;
    title.setBold(true); // 600 has no glyphs in common CJK fonts
    QFont body = font;
    body.setPointSizeF(font.pointSizeF() * 0.92);
    QFont chip = font;
    chip.setPointSizeF(font.pointSizeF() * 0.8);
    chip.setBold(true);
    m_fonts = {title, body, chip};
    for (size_t i = 0; i < m_fonts.size(); ++i)
        m_metrics[i].emplace(m_fonts[i]);
    m_texts.clear();
}

const QStaticText &CardTextCache::text(Style style, const QString &text, qreal width)
{
    const Key key {index(style), width < 0 ? -1 : int(width), text};
    auto it = m_texts.find(key);
    if (it != m_texts.end())
        return it.value();
    if (m_texts.size() >= kMaxTexts)
        m_texts.clear(); // cards of a list share few texts; a full cache is stale
    QStaticText laidOut(key.width < 0 ? text : elided(metrics(style), text, key.width));
    laidOut.setTextFormat(Qt::PlainText);
    laidOut.prepare(QTransform(), font(style));
    ++m_layouts;
    return m_texts.insert(key, laidOut).value();
}

void CardTextCache::draw(QPainter *painter, const QRectF &rect, Qt::Alignment alignment,
                         Style style, const QString &text, qreal elideWidth)
{
    const QStaticText &laidOut = this->text(style, text, elideWidth);
    const qreal w = laidOut.size().width();
    qreal x = rect.left();
    if (alignment & Qt::AlignRight)
        x = rect.right() - w;
    else if (alignment & Qt::AlignHCenter)
        x = rect.center().x() - w / 2;
    const qreal y = rect.top() + (rect.height() - metrics(style).height()) / 2;
    painter->setFont(font(style));
    painter->drawStaticText(QPointF(x, y), laidOut);
}

} // namespace ks

#include "widgets/TextLabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QStyle>
#include <QStyleOption>
#include <QTextDocument>

namespace ks {

namespace {

constexpr int kCacheSize = 6;

} // namespace

TextLabel::TextLabel(QWidget *parent) : QLabel(parent) { }

TextLabel::TextLabel(const QString &text, QWidget *parent) : QLabel(text, parent) { }

void TextLabel::setSelectable(bool selectable)
{
    m_selectable = selectable;
    if (!selectable)
        setTextInteractionFlags(textInteractionFlags() & ~Qt::TextSelectableByMouse);
}

bool TextLabel::event(QEvent *event)
{
    // The pointer comes in before any press that could start a selection.
    if (event->type() == QEvent::Enter && m_selectable
        && !(textInteractionFlags() & Qt::TextSelectableByMouse))
        setTextInteractionFlags(textInteractionFlags() | Qt::TextSelectableByMouse);
    return QLabel::event(event);
}

bool TextLabel::measuresItself() const
{
    if (movie() || !pixmap().isNull() || !picture().isNull())
        return false;
    if (textInteractionFlags()
        & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::TextEditable))
        return false; // QLabel measures through its text control
    const QString text = this->text();
    if (text.isEmpty())
        return false;
    switch (textFormat()) {
    case Qt::PlainText:
        return true;
    case Qt::AutoText:
        return !Qt::mightBeRichText(text);
    default:
        return false;
    }
}

QSize TextLabel::sizeHint() const
{
    if (!measuresItself())
        return QLabel::sizeHint();
    ensurePolished();
    return sizeForWidth(-1);
}

QSize TextLabel::minimumSizeHint() const
{
    if (!measuresItself())
        return QLabel::minimumSizeHint();
    ensurePolished();
    // As QLabel: the height of one line (but never above the preferred
    // height) and, when wrapping, the width of the longest word.
    const QSize preferred = sizeForWidth(-1);
    QSize minimum(sizeForWidth(0).width(), sizeForWidth(QWIDGETSIZE_MAX).height());
    if (preferred.height() < minimum.height())
        minimum.setHeight(preferred.height());
    return minimum;
}

int TextLabel::heightForWidth(int width) const
{
    if (!measuresItself())
        return QLabel::heightForWidth(width);
    return sizeForWidth(width).height();
}

// QLabel's plain-text sizing (QLabelPrivate::sizeForWidth), with each text
// layout going through the cache. -1 asks for the preferred size: for
// wrapped text a width of about 80 characters, narrowed for short texts.
QSize TextLabel::sizeForWidth(int width) const
{
    if (minimumWidth() > 0)
        width = qMax(width, minimumWidth());
    const QMargins margins = contentsMargins();
    const QSize marginSize(margins.left() + margins.right(), margins.top() + margins.bottom());
    int hextra = 2 * margin();
    int vextra = hextra;
    const QFontMetrics metrics = fontMetrics();
    const Qt::LayoutDirection direction =
        text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    int align = int(QStyle::visualAlignment(direction, alignment()));
    if (wordWrap())
        align |= Qt::TextWordWrap;

    int indent = this->indent();
    if (indent < 0 && frameWidth()) // no indent, but a frame
        indent = metrics.horizontalAdvance(QLatin1Char('x')) - margin() * 2;
    if (indent > 0) {
        if (align & (Qt::AlignLeft | Qt::AlignRight))
            hextra += indent;
        if (align & (Qt::AlignTop | Qt::AlignBottom))
            vextra += indent;
    }

    // Centring is left out, as QLabel does: only the size matters here.
    int flags = align & ~(Qt::AlignVCenter | Qt::AlignHCenter);
    if (buddy() && text().contains(QLatin1Char('&'))) { // a mnemonic, as QLabel measures it
        flags |= Qt::TextShowMnemonic;
        QStyleOption option;
        option.initFrom(this);
        if (!style()->styleHint(QStyle::SH_UnderlineShortcut, &option, this))
            flags |= Qt::TextHideMnemonic;
    }
    const bool tryWidth = width < 0 && (align & Qt::TextWordWrap);
    if (tryWidth)
        width = qMin(metrics.averageCharWidth() * 80, maximumSize().width());
    else if (width < 0)
        width = 2000;
    width -= hextra + marginSize.width();
    QRect bounds = textBounds(width, flags);
    if (tryWidth && bounds.height() < 4 * metrics.lineSpacing() && bounds.width() > width / 2)
        bounds = textBounds(width / 2, flags);
    if (tryWidth && bounds.height() < 2 * metrics.lineSpacing() && bounds.width() > width / 4)
        bounds = textBounds(width / 4, flags);

    const QSize contentSize(bounds.width() + hextra, bounds.height() + vextra);
    return (contentSize + marginSize).expandedTo(minimumSize());
}

QRect TextLabel::textBounds(int textWidth, int flags) const
{
    const QString text = this->text();
    const QFont font = this->font();
    if (flags != m_measuredFlags || text != m_measuredText || font != m_measuredFont) {
        m_cache.clear();
        m_nextSlot = 0;
        m_measuredText = text;
        m_measuredFont = font;
        m_measuredFlags = flags;
    }
    // Without wrapping, the width given does not change the text's size.
    const int key = (flags & Qt::TextWordWrap) ? textWidth : 0;
    for (const Measurement &measurement : std::as_const(m_cache)) {
        if (measurement.textWidth == key)
            return measurement.bounds;
    }
    const Measurement measurement {
        key, QFontMetrics(font).boundingRect(0, 0, textWidth, 2000, flags, text)};
    ++m_layoutCount;
    if (m_cache.size() < kCacheSize) {
        m_cache.append(measurement);
    } else {
        m_cache[m_nextSlot] = measurement;
        m_nextSlot = (m_nextSlot + 1) % kCacheSize;
    }
    return measurement.bounds;
}

} // namespace ks

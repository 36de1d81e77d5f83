#pragma once
// Text of the history cards, laid out once and drawn from then on.
//
// A card's texts repeat from card to card and from paint to paint (the state
// chip, the length badge, the mode line, the cost) and every paint of a list
// laid each of them out again, two or three times (measure, elide, draw): a
// repaint of the 20-job panel took 2.0 ms with that, 1.5 ms without (commit
// b7fb704). Each (font, text, width) is laid out and elided once into a
// QStaticText here; a bounded number are kept, and all of them go when the
// card's base font changes.

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QStaticText>
#include <QString>

#include <array>
#include <optional>

class QPainter;
class QRectF;

namespace ks {

class CardTextCache final
{
public:
    enum class Style { Title, Body, Chip }; // bold; 0.92×; 0.8× bold

    // The font the card's are derived from (the view's).
    void setBaseFont(const QFont &font);
    const QFont &font(Style style) const { return m_fonts[index(style)]; }
    const QFontMetricsF &metrics(Style style) const { return *m_metrics[index(style)]; }

    // The text in `style`, elided on the right to `width` (none when < 0).
    const QStaticText &text(Style style, const QString &text, qreal width = -1);
    qreal width(Style style, const QString &text) { return this->text(style, text).size().width(); }
    // Draws it in `rect`: left, right or centred; vertically centred.
    void draw(QPainter *painter, const QRectF &rect, Qt::Alignment alignment, Style style,
              const QString &text, qreal elideWidth = -1);

    int size() const { return int(m_texts.size()); }
    int layouts() const { return m_layouts; } // how many texts were laid out (tests)

    static constexpr int kMaxTexts = 200; // 20 cards of about six texts, twice

private:
    static int index(Style style) { return int(style); }

    struct Key
    {
        int style;
        int width;
        QString text;
        bool operator==(const Key &other) const
        {
            return style == other.style && width == other.width && text == other.text;
        }
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.style, key.width, key.text);
    }

    QFont m_base;
    bool m_hasBase = false;
    std::array<QFont, 3> m_fonts;
    std::array<std::optional<QFontMetricsF>, 3> m_metrics;
    QHash<Key, QStaticText> m_texts;
    int m_layouts = 0;
};

} // namespace ks

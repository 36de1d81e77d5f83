#pragma once
// Finished history cards as images, keyed by everything drawn on them.
//
// A card's first paint lays out its texts and loads the fonts they need;
// once drawn, a card is kept as an image and blitted while nothing it shows
// changes. The plain cards drawn last (neither selected nor hovered) are
// written to a file when the window closes and read back at the next start,
// so a returning user's history is blitted in the first frame rather than
// laid out again (the cards' text was a fifth of the start).
//
// A key is the card's whole description (texts, state, colours, font, size,
// device pixel ratio, thumbnail file), not a hash of it: equal keys always
// draw equal cards, and anything that changes what a card shows changes its
// key.

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QList>
#include <QString>

namespace ks {

class CardImageCache final
{
public:
    struct Card
    {
        QImage image;
        bool withThumbnail = false; // false: the placeholder was drawn
    };

    // The card drawn for `key`, or null; a hit counts as a use.
    const Card *find(const QByteArray &key);
    // `plain`: neither selected nor hovered, a card the next start may show.
    void insert(const QByteArray &key, const Card &card, bool plain);
    int size() const { return int(m_cards.size()); }

    // Adds the cards of a file written by save(); false when there is none
    // or it is damaged (then nothing is added).
    bool load(const QString &path);
    // Writes the plain cards drawn most recently (at most kMaxSaved and
    // kMaxSavedBytes); skips the write when the file already holds exactly
    // those. False when it could not be written.
    bool save(const QString &path);

    // In memory: 40 cards at a device pixel ratio of 1 (two screens of the
    // history with their hovered and selected looks), 10 at 2.
    static constexpr qsizetype kMaxBytes = 5 * 1024 * 1024;
    static constexpr int kMaxSaved = 24;
    static constexpr qsizetype kMaxSavedBytes = 4 * 1024 * 1024;

private:
    QList<QByteArray> savedKeys() const;

    QCache<QByteArray, Card> m_cards {kMaxBytes / 1024}; // cost in KiB
    QList<QByteArray> m_recentPlain; // most recent first, at most kMaxSaved
    QList<QByteArray> m_fileKeys; // what the file holds (loaded or saved)
};

} // namespace ks

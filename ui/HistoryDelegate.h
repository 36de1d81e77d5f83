#pragma once
// Paints one history row as a card: thumbnail (cached PNG or a placeholder),
// prompt excerpt, "Text to video · 5 s · 720p · 16:9", a state chip, a
// progress bar with ETA while running, the cost, and the error when failed.

#include "CardImageCache.h"
#include "CardTextCache.h"
#include "Job.h"

#include <QStringList>
#include <QStyledItemDelegate>

namespace ks {

class HistoryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDelegate)
public:
    explicit HistoryDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QSize thumbnailSize() { return {112, 63}; }

    // Finished cards are kept as images (CardImageCache); the plain ones
    // drawn last can be saved for the next start and loaded before it paints.
    bool loadCardImages(const QString &path) { return m_images.load(path); }
    bool saveCardImages(const QString &path) { return m_images.save(path); }
    int cardImageCount() const { return m_images.size(); }
    int textLayouts() const { return m_text.layouts(); } // tests
    // Off: every card is drawn directly (tests compare the two).
    void setCardImagesEnabled(bool on) { m_cardImages = on; }

private:
    struct CardContent
    {
        QString thumbnailPath;
        qint64 thumbnailStamp = 0;
        QString badge; // the length, "" when the mode has none
        JobState state = JobState::Queued;
        QString chip;
        QString prompt;
        QString summary;
        QString error;
        QString warning;
        bool active = false;
        int progress = 0;
        QStringList leftChoices; // longest first
        QStringList costChoices;
    };
    CardContent cardContent(const QModelIndex &index) const;
    QByteArray cardKey(const QStyleOptionViewItem &option, const CardContent &content, qreal dpr,
                       const QColor &background) const;
    // Draws the card in option.rect; true when the thumbnail (not the
    // placeholder) was drawn.
    bool paintCard(QPainter *painter, const QStyleOptionViewItem &option,
                   const CardContent &content, qreal dpr, QWidget *viewport) const;

    mutable CardTextCache m_text;
    mutable CardImageCache m_images;
    bool m_cardImages = true;
};

} // namespace ks

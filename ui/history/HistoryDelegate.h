#pragma once
// Paints one history row as a card: thumbnail (cached PNG or a placeholder),
// prompt excerpt, "Text to video · 5 s · 720p · 16:9", a state chip, a
// progress bar with ETA while running, the cost, and the error when failed.

#include "history/CardImageCache.h"
#include "history/CardTextCache.h"
#include "jobs/Job.h"

#include <QRectF>
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

    // Where a card's parts go in option.rect: the paint and the tests use
    // this one computation. A narrow card shrinks, then drops, the
    // thumbnail, and elides the texts, so the state chip and the cost always
    // lie inside the card.
    struct CardGeometry
    {
        QRectF card;
        QRectF thumb; // empty when the card is too narrow for it
        QRectF text; // the text column
        QRectF chip; // state chip, top right
        QRectF prompt; // line 1
        QRectF summary; // line 2
        QRectF bar; // progress bar (active jobs), line 3 left
        QRectF left; // progress / error / date text, line 3
        QRectF cost; // line 3 right
        int leftChoice = 0; // which of the longer/shorter texts fit
        int costChoice = 0;
    };
    CardGeometry cardGeometry(const QStyleOptionViewItem &option, const QModelIndex &index) const;

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
    CardGeometry geometry(const QStyleOptionViewItem &option, const CardContent &content) const;
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

#pragma once
// Paints one history row as a card: thumbnail (cached PNG or a placeholder),
// prompt excerpt, "Text to video · 5 s · 720p · 16:9", a state chip, a
// progress bar with ETA while running, the cost, and the error when failed.

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

    int textLayouts() const { return m_text.layouts(); } // tests

private:
    struct CardContent
    {
        QString thumbnailPath;
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
    void paintCard(QPainter *painter, const QStyleOptionViewItem &option,
                   const CardContent &content, qreal dpr, QWidget *viewport) const;

    mutable CardTextCache m_text;
};

} // namespace ks

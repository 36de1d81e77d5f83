#pragma once
// Paints one history row as a card: thumbnail (cached PNG or a placeholder),
// prompt excerpt, "Text to video · 5 s · 720p · 16:9", a state chip, a
// progress bar with ETA while running, the cost, and the error when failed.

#include "CardTextCache.h"

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

private:
    mutable CardTextCache m_text;
};

} // namespace ks

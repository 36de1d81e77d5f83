#pragma once
// The two painted parts of a media drop zone (MediaDropZone): the thumbnail's
// thin rounded frame and the round "×" that empties the slot.

#include <QLabel>
#include <QToolButton>

namespace ks {

// The thumbnail in a thin rounded frame on the window colour, so a
// letterboxed picture reads as one tile.
class DropZoneThumbnail final : public QLabel
{
public:
    explicit DropZoneThumbnail(QWidget *parent);

protected:
    void paintEvent(QPaintEvent *event) override;
};

// The round "×" that empties the slot: just the glyph, a soft disc under the mouse.
class DropZoneRemoveButton final : public QToolButton
{
public:
    explicit DropZoneRemoveButton(QWidget *parent);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace ks

#pragma once
// Mouse and keyboard on the player's video area, as video players do it:
// a click takes the focus and plays or pauses; Space or K plays/pauses;
// F or a double-click toggles full screen, Esc leaves it; "," and "." step
// one frame back/forward (pausing first); J and L jump 5 s back/forward.
// It watches the focusable video area and the video surface (which becomes
// its own window in full screen) through an event filter.

#include <QObject>
#include <QPointer>

class QWidget;

namespace ks {

class PlayerWidget;

class PlayerKeys final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerKeys)
public:
    PlayerKeys(PlayerWidget *player, QWidget *area);

    // The video surface to watch (it may change with the backend).
    void setVideo(QWidget *video);
    bool isFullScreen() const;
    void setFullScreen(bool on);
    // Moves by `ms` (negative: back), kept within the clip.
    void seekBy(qint64 ms);
    // One frame back (-1) or forward (+1), paused.
    void stepFrame(int direction);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(int key);

    PlayerWidget *m_player;
    QPointer<QWidget> m_area;
    QPointer<QWidget> m_video;
};

} // namespace ks

#include "player/PlayerKeys.h"

#include "player/MediaBackend.h"
#include "player/PlayerWidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScreen>
#include <QWidget>

namespace ks {

PlayerKeys::PlayerKeys(PlayerWidget *player, QWidget *area)
    : QObject(player), m_player(player), m_area(area)
{
    area->setFocusPolicy(Qt::StrongFocus);
    area->installEventFilter(this);
}

void PlayerKeys::setVideo(QWidget *video)
{
    m_video = video;
    if (video)
        video->installEventFilter(this);
}

bool PlayerKeys::isFullScreen() const
{
    return m_video && m_video->isFullScreen();
}

void PlayerKeys::setFullScreen(bool on)
{
    if (!m_video || on == isFullScreen())
        return;
    // QVideoWidget's own full screen (its window flags and geometry come
    // back on leaving); a plain widget is shown full screen as a window.
    if (!QMetaObject::invokeMethod(m_video, "setFullScreen", Q_ARG(bool, on))) {
        m_video->setWindowFlag(Qt::Window, on);
        if (on)
            m_video->showFullScreen();
        else
            m_video->showNormal();
    }
    if (on) {
        // Without a window manager (bare X servers) the full-screen state
        // alone leaves the window its old size: cover the screen anyway.
        if (QScreen *screen = m_area ? m_area->screen() : m_video->screen())
            m_video->setGeometry(screen->geometry());
        m_video->activateWindow();
        m_video->setFocus(Qt::OtherFocusReason);
    } else if (m_area) {
        m_area->window()->activateWindow();
        m_area->setFocus(Qt::OtherFocusReason);
    }
}

void PlayerKeys::seekBy(qint64 ms)
{
    VideoPlayback *media = m_player->playback();
    if (!media || !media->isLoaded())
        return;
    const qint64 end = qMax<qint64>(0, media->duration() - 1);
    media->setPosition(qBound<qint64>(0, media->position() + ms, end));
}

void PlayerKeys::stepFrame(int direction)
{
    VideoPlayback *media = m_player->playback();
    if (!media || !media->isLoaded())
        return;
    if (m_player->isPlaying())
        m_player->pause();
    seekBy(direction * media->frameDuration());
}

bool PlayerKeys::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Space:
    case Qt::Key_K:
        m_player->togglePlay();
        return true;
    case Qt::Key_F:
        setFullScreen(!isFullScreen());
        return true;
    case Qt::Key_Escape:
        if (!isFullScreen())
            return false;
        setFullScreen(false);
        return true;
    case Qt::Key_Comma:
        stepFrame(-1);
        return true;
    case Qt::Key_Period:
        stepFrame(1);
        return true;
    case Qt::Key_J:
        seekBy(-5000);
        return true;
    case Qt::Key_L:
        seekBy(5000);
        return true;
    default:
        return false;
    }
}

bool PlayerKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_area && watched != m_video)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            break;
        if (isFullScreen())
            m_video->setFocus(Qt::MouseFocusReason);
        else if (m_area)
            m_area->setFocus(Qt::MouseFocusReason);
        m_player->togglePlay();
        return true;
    }
    case QEvent::MouseButtonDblClick:
        if (static_cast<QMouseEvent *>(event)->button() != Qt::LeftButton)
            break;
        setFullScreen(!isFullScreen());
        return true;
    case QEvent::ShortcutOverride: {
        // These keys are the player's while it has the focus, ahead of any
        // window shortcut (Space would otherwise go to a default button).
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            break;
        switch (key->key()) {
        case Qt::Key_Space:
        case Qt::Key_K:
        case Qt::Key_F:
        case Qt::Key_Comma:
        case Qt::Key_Period:
        case Qt::Key_J:
        case Qt::Key_L:
            event->accept();
            return true;
        case Qt::Key_Escape:
            if (isFullScreen()) {
                event->accept();
                return true;
            }
            break;
        default:
            break;
        }
        break;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & ~Qt::KeypadModifier) && handleKey(key->key()))
            return true;
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ks

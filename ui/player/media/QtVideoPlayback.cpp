#include "player/media/QtVideoPlayback.h"

#include <QAudio>
#include <QAudioOutput>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

#include <atomic>
#include <cmath>

namespace ks {

namespace {
std::atomic<int> g_live {0};
} // namespace

QtVideoPlayback::QtVideoPlayback()
{
    ++g_live;
    m_video = new QVideoWidget;
    m_video->setAspectRatioMode(Qt::KeepAspectRatio);
    QPalette black = m_video->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_video->setPalette(black);
    m_video->setAutoFillBackground(true);

    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video.data());

    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (m_listener.durationChanged)
            m_listener.durationChanged(ms);
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (m_listener.positionChanged)
            m_listener.positionChanged(ms);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &QtVideoPlayback::notifyState);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &message) {
                if (error != QMediaPlayer::NoError && m_listener.failed)
                    m_listener.failed(message);
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::InvalidMedia && m_listener.failed)
                    m_listener.failed(m_player->errorString());
                if (status == QMediaPlayer::InvalidMedia && m_playOnLoad) {
                    m_playOnLoad = false;
                    notifyState();
                }
                // Paused once the clip is loaded, not before: the pipeline
                // then prerolls its first frame to the video sink.
                if (status == QMediaPlayer::LoadedMedia && m_prerollOnLoad) {
                    m_prerollOnLoad = false;
                    if (m_player->playbackState() == QMediaPlayer::StoppedState)
                        m_player->pause();
                }
                // A play() asked for while the clip was loading goes to the
                // pipeline now that it has prerolled (see play()).
                if (status == QMediaPlayer::LoadedMedia && m_playOnLoad) {
                    m_playOnLoad = false;
                    m_player->play();
                }
            });
}

QtVideoPlayback::~QtVideoPlayback()
{
    // Stop before the video widget goes, so no frame arrives at a dead sink.
    m_listener = {};
    m_player->stop();
    m_player->setVideoOutput(nullptr);
    delete m_player;
    if (m_video && !m_video->parent())
        delete m_video.data();
    --g_live;
}

int QtVideoPlayback::liveCount()
{
    return g_live.load();
}

QWidget *QtVideoPlayback::videoWidget() const
{
    return m_video.data();
}

void QtVideoPlayback::setListener(Listener listener)
{
    m_listener = std::move(listener);
}

void QtVideoPlayback::notifyState()
{
    if (m_listener.stateChanged)
        m_listener.stateChanged();
}

void QtVideoPlayback::setSource(const QString &localPath)
{
    m_prerollOnLoad = false;
    if (m_playOnLoad) {
        m_playOnLoad = false;
        notifyState();
    }
    m_player->setSource(localPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(localPath));
    // Paused rather than stopped: the pipeline prerolls, so the player shows
    // the clip's first frame instead of a black surface until Play.
    if (localPath.isEmpty())
        return;
    if (isLoaded())
        m_player->pause();
    else
        m_prerollOnLoad = true;
}

bool QtVideoPlayback::hasMedia() const
{
    return m_player->mediaStatus() != QMediaPlayer::NoMedia;
}

bool QtVideoPlayback::isLoaded() const
{
    switch (m_player->mediaStatus()) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::BufferedMedia:
    case QMediaPlayer::EndOfMedia:
        return true;
    default:
        return false;
    }
}

QString QtVideoPlayback::errorString() const
{
    return m_player->errorString();
}

void QtVideoPlayback::play()
{
    m_prerollOnLoad = false;
    // Not while the clip is still loading: Qt 6.4's GStreamer player sets
    // the pipeline to PLAYING during its preroll, the pipeline then stops
    // at PAUSED once prerolled, and the player reports PlayingState over a
    // black frame that never moves (issue 16 item 22). So the wish waits
    // for LoadedMedia; meanwhile state() already answers Playing.
    if (m_player->mediaStatus() == QMediaPlayer::LoadingMedia) {
        if (!m_playOnLoad) {
            m_playOnLoad = true;
            notifyState();
        }
        return;
    }
    m_player->play();
}

void QtVideoPlayback::pause()
{
    if (m_playOnLoad) {
        // Still loading: it stays paused on its first frame.
        m_playOnLoad = false;
        m_prerollOnLoad = true;
        notifyState();
        return;
    }
    m_player->pause();
}

void QtVideoPlayback::stop()
{
    m_prerollOnLoad = false;
    const bool wished = m_playOnLoad;
    m_playOnLoad = false;
    m_player->stop();
    if (wished)
        notifyState();
}

VideoPlayback::State QtVideoPlayback::state() const
{
    if (m_playOnLoad)
        return State::Playing;
    switch (m_player->playbackState()) {
    case QMediaPlayer::PlayingState:
        return State::Playing;
    case QMediaPlayer::PausedState:
        return State::Paused;
    default:
        return State::Stopped;
    }
}

qint64 QtVideoPlayback::position() const
{
    return m_player->position();
}

qint64 QtVideoPlayback::duration() const
{
    return m_player->duration();
}

qint64 QtVideoPlayback::frameDuration() const
{
    const qreal fps = m_player->metaData().value(QMediaMetaData::VideoFrameRate).toReal();
    // Rounded up, so a step always reaches the next frame; 24 fps if unknown.
    return fps > 1 ? qint64(std::ceil(1000.0 / fps)) : 42;
}

void QtVideoPlayback::setPosition(qint64 ms)
{
    m_player->setPosition(ms);
}

void QtVideoPlayback::setLooping(bool looping)
{
    m_player->setLoops(looping ? QMediaPlayer::Infinite : QMediaPlayer::Once);
}

bool QtVideoPlayback::isLooping() const
{
    return m_player->loops() == QMediaPlayer::Infinite;
}

void QtVideoPlayback::setVolume(qreal perceptual)
{
    m_audio->setVolume(
        float(QAudio::convertVolume(qBound<qreal>(0, perceptual, 1), QAudio::LogarithmicVolumeScale,
                                    QAudio::LinearVolumeScale)));
}

float QtVideoPlayback::outputVolume() const
{
    return m_audio->volume();
}

void QtVideoPlayback::setMuted(bool muted)
{
    m_audio->setMuted(muted);
}

bool QtVideoPlayback::isMuted() const
{
    return m_audio->isMuted();
}

QImage QtVideoPlayback::currentFrame() const
{
    if (!m_video || !m_video->videoSink())
        return {};
    QVideoFrame frame = m_video->videoSink()->videoFrame();
    return frame.isValid() ? frame.toImage() : QImage();
}

} // namespace ks

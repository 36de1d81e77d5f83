#include "player/media/QtFrameGrab.h"

#include <QLoggingCategory>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#include <atomic>

namespace ks {

namespace {
Q_LOGGING_CATEGORY(lcMedia, "klingstudio.media")
std::atomic<int> g_live {0};
} // namespace

QtFrameGrab::QtFrameGrab(QString path, qint64 atUs, QSize maxSize, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_targetUs(qMax<qint64>(0, atUs)),
      m_maxSize(maxSize)
{
    ++g_live;
}

QtFrameGrab::~QtFrameGrab()
{
    // The player must stop (and go) before the sink it renders into.
    if (m_player)
        m_player->stop();
    delete m_player;
    --g_live;
}

int QtFrameGrab::liveCount()
{
    return g_live.load();
}

void QtFrameGrab::start(int timeoutMs)
{
    m_sink = new QVideoSink(this);
    m_player = new QMediaPlayer(this); // no QAudioOutput: decoded silently
    m_player->setVideoSink(m_sink);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        qCInfo(lcMedia) << "frame grab timed out for" << m_path;
        finish(true);
    });
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &QtFrameGrab::onFrame);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::LoadedMedia) {
                    const qint64 durationUs = m_player->duration() * 1000;
                    if (durationUs > 0 && durationUs < 2 * m_targetUs)
                        m_targetUs = durationUs / 3;
                    // Played at normal speed, with no seek once playing: a
                    // faster rate made GStreamer (Qt 6.4) seek again from the
                    // start and drop late frames, the target's among them, and
                    // a seek while playing could end the stream in an error.
                    // GStreamer may ignore this seek (it then plays from the
                    // start) or land on the key frame before the target;
                    // either way the frames run on to the target.
                    if (m_targetUs > 0)
                        m_player->setPosition(m_targetUs / 1000);
                    m_player->play();
                } else if (status == QMediaPlayer::EndOfMedia) {
                    finish(true);
                } else if (status == QMediaPlayer::InvalidMedia) {
                    finish(false);
                }
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) {
                qCInfo(lcMedia) << "frame grab failed for" << m_path << message;
                // A frame decoded before the error still shows the video.
                finish(!m_lastFrame.isNull());
            });
    m_timeout->start(timeoutMs);
    m_player->setSource(QUrl::fromLocalFile(m_path));
}

void QtFrameGrab::onFrame(const QVideoFrame &frame)
{
    if (m_done || !frame.isValid())
        return;
    // The last frame seen is the fallback for clips that end before the target.
    QVideoFrame copy(frame);
    const QImage image = copy.toImage();
    if (image.isNull())
        return;
    m_lastFrame = image;
    if (frame.startTime() >= 0 && frame.startTime() + 50000 < m_targetUs)
        return; // not there yet
    qCDebug(lcMedia) << "frame grab took the frame at" << frame.startTime() << "us for"
                     << m_targetUs << "us";
    finish(true);
}

void QtFrameGrab::finish(bool useLastFrame)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    m_player->stop();
    QImage frame = std::exchange(m_lastFrame, QImage());
    if (!useLastFrame)
        frame = QImage();
    if (!frame.isNull()
        && (frame.width() > m_maxSize.width() || frame.height() > m_maxSize.height()))
        frame = frame.scaled(m_maxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Deleted later: this runs inside the player's and the sink's signals.
    deleteLater();
    emit finished(frame);
}

} // namespace ks

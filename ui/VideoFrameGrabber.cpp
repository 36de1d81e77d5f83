#include "VideoFrameGrabber.h"

#include "Logging.h"

#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

namespace ks {

VideoFrameGrabber::VideoFrameGrabber(QString path, QSize maxSize, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_maxSize(maxSize)
{
}

VideoFrameGrabber::~VideoFrameGrabber()
{
    if (m_player)
        m_player->stop();
}

void VideoFrameGrabber::start()
{
    // No audio output is attached: the player decodes video only and stays silent.
    m_player = new QMediaPlayer(this);
    m_sink = new QVideoSink(this);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    m_player->setVideoSink(m_sink);

    connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        if (m_done || !frame.isValid())
            return;
        QImage image = frame.toImage();
        if (image.isNull())
            return;
        if (image.width() > m_maxSize.width() || image.height() > m_maxSize.height())
            image = image.scaled(m_maxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        finish(image);
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) {
                qCInfo(lcUi) << "no video thumbnail for" << m_path << message;
                finish({});
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::InvalidMedia)
                    finish({});
                else if (status == QMediaPlayer::EndOfMedia)
                    finish({});
            });
    connect(m_timeout, &QTimer::timeout, this, [this] {
        qCInfo(lcUi) << "video thumbnail timed out for" << m_path;
        finish({});
    });
    m_timeout->start(kTimeoutMs);
    m_player->setSource(QUrl::fromLocalFile(m_path));
    m_player->play();
}

void VideoFrameGrabber::finish(const QImage &frame)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    m_player->stop();
    emit grabbed(frame);
    deleteLater();
}

} // namespace ks

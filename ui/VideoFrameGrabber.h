#pragma once
// Grabs one frame of a local video for a thumbnail. The multimedia stack is
// created only for this and torn down as soon as a frame (or a failure) comes.

#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>

class QMediaPlayer;
class QTimer;
class QVideoSink;

namespace ks {

class VideoFrameGrabber final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoFrameGrabber)
public:
    static constexpr int kTimeoutMs = 8000;

    VideoFrameGrabber(QString path, QSize maxSize, QObject *parent = nullptr);
    ~VideoFrameGrabber() override;

    QString path() const { return m_path; }
    // Starts loading; `grabbed` follows once, then the grabber deletes itself.
    void start();

signals:
    // A null image when no frame could be had (no codec, timeout, error).
    void grabbed(const QImage &frame);

private:
    void finish(const QImage &frame);

    QString m_path;
    QSize m_maxSize;
    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QTimer *m_timeout = nullptr;
    bool m_done = false;
};

} // namespace ks

#pragma once
// One silent, off-screen frame grab: a QMediaPlayer with a QVideoSink and no
// audio output, torn down as soon as the frame (or a failure) is in.

#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>

class QMediaPlayer;
class QTimer;
class QVideoFrame;
class QVideoSink;

namespace ks {

class QtFrameGrab final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtFrameGrab)
public:
    QtFrameGrab(QString path, qint64 atUs, QSize maxSize, QObject *parent);
    ~QtFrameGrab() override;

    void start(int timeoutMs);
    static int liveCount();

signals:
    // Once; a null image when no frame could be had. The grab then deletes
    // itself.
    void finished(const QImage &frame);

private:
    void onFrame(const QVideoFrame &frame);
    void finish(bool useLastFrame);

    QString m_path;
    qint64 m_targetUs;
    QSize m_maxSize;
    QImage m_lastFrame;
    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QTimer *m_timeout = nullptr;
    bool m_done = false;
};

} // namespace ks

#pragma once
// Grabs one frame of a local video (a drop-zone preview, a history
// thumbnail) through the multimedia plugin, which is loaded on the first
// grab; the decoder exists only until the frame (or a failure) is in.

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

namespace ks {

class VideoFrameGrabber final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoFrameGrabber)
public:
    static constexpr int kTimeoutMs = 8000;

    // atUs: the first frame at or after this time (see MediaBackend::grabFrame).
    VideoFrameGrabber(QString path, QSize maxSize, QObject *parent = nullptr, qint64 atUs = 0);
    ~VideoFrameGrabber() override;

    QString path() const { return m_path; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Starts decoding; `grabbed` follows once (also when the plugin is
    // missing), then the grabber deletes itself.
    void start();

signals:
    // A null image when no frame could be had (no plugin or codec, timeout).
    void grabbed(const QImage &frame);

private:
    void finish(const QImage &frame);

    QString m_path;
    QSize m_maxSize;
    qint64 m_atUs;
    int m_timeoutMs = kTimeoutMs;
    QPointer<QObject> m_grab;
    bool m_done = false;
};

} // namespace ks

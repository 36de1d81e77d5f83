#pragma once
// One PNG per job in <cacheDir>/thumbnails/<jobid>.png: the scaled start
// image for image-to-video, else a frame about 1 s into the finished video.
// Frames are grabbed off-screen (VideoFrameGrabber: the multimedia plugin,
// loaded only when a thumbnail is missing); painting code only ever loads
// the cached PNGs.

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QString>

#include <functional>

class QWidget;

namespace ks {

struct Job;
class VideoFrameGrabber;

class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)
public:
    explicit ThumbnailCache(QObject *parent = nullptr); // Paths::cacheDir()/thumbnails
    explicit ThumbnailCache(const QString &directory, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    static QSize thumbnailSize() { return {320, 180}; }

    QString directory() const { return m_dir; }
    QString pathFor(const QString &jobId) const;
    // The PNG's path when it exists, "" otherwise (no disk access after the
    // first look).
    QString cachedPath(const QString &jobId) const;
    // Queues the thumbnail when it is missing and the job has a source for it.
    void request(const Job &job);
    bool isBusy() const { return m_busy || !m_queue.isEmpty(); }
    // While held, requests only queue: nothing is decoded (and the media
    // plugin is not loaded) before the window's first paint.
    void setHeld(bool held);

    // For painting: the scaled thumbnail when it is in memory (a small
    // bounded cache). Otherwise null, and the PNG is decoded on a worker
    // thread, then `repaint` is updated: neither a window's first frame nor
    // scrolling through new rows waits for image decoding.
    static QPixmap pixmap(const QString &path, const QSize &size, qreal devicePixelRatio,
                          QWidget *repaint);
    // Called on the decoding thread before each decode (tests).
    static void setDecodeObserver(std::function<void()> observer);
    // Loads (once) and scales a cached PNG now.
    static QPixmap loadPixmap(const QString &path, const QSize &size, qreal devicePixelRatio);

signals:
    void thumbnailReady(const QString &jobId);

private:
    struct Task
    {
        QString jobId;
        QString imagePath;
        QString videoPath;
    };
    void startNext();
    void startVideo(const Task &task);
    void finishVideo(const QImage &frame);
    bool store(const QString &jobId, const QImage &image);

    QString m_dir;
    QList<Task> m_queue;
    QSet<QString> m_queued;
    QSet<QString> m_failed; // never retried in this session
    mutable QHash<QString, bool> m_exists;

    bool m_busy = false;
    bool m_held = false;
    Task m_current;
    QPointer<VideoFrameGrabber> m_grabber;
};

} // namespace ks

#include "ThumbnailCache.h"

#include "Job.h"
#include "Logging.h"
#include "Paths.h"

#include <QCache>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMediaPlayer>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace ks {

namespace {
constexpr qint64 kFrameAtUs = 1000 * 1000; // about 1 s in: past fade-ins
constexpr int kVideoTimeoutMs = 15000;

// Decoded thumbnails, bounded (cost in KiB): the history grows by a row per
// job, and the shared QPixmapCache would keep up to 10 MiB of old rows.
constexpr int kPixmapCacheKiB = 3 * 1024;

QCache<QString, QPixmap> &pixmaps()
{
    static QCache<QString, QPixmap> cache(kPixmapCacheKiB);
    // Pixmaps must not outlive the application object.
    static const bool cleared = [] {
        qAddPostRoutine([] { pixmaps().clear(); });
        return true;
    }();
    Q_UNUSED(cleared);
    return cache;
}

// Bumped when a PNG is rewritten so the pixmap cache never serves the old one.
QHash<QString, int> &generations()
{
    static QHash<QString, int> g;
    return g;
}
} // namespace

ThumbnailCache::ThumbnailCache(QObject *parent)
    : ThumbnailCache(QDir(Paths::cacheDir()).filePath(QStringLiteral("thumbnails")), parent)
{
}

ThumbnailCache::ThumbnailCache(const QString &directory, QObject *parent)
    : QObject(parent), m_dir(directory)
{
}

ThumbnailCache::~ThumbnailCache()
{
    // The player must go before the sink it renders into.
    delete m_player;
    delete m_sink;
}

QString ThumbnailCache::pathFor(const QString &jobId) const
{
    return QDir(m_dir).filePath(jobId + QStringLiteral(".png"));
}

QString ThumbnailCache::cachedPath(const QString &jobId) const
{
    if (jobId.isEmpty())
        return {};
    auto it = m_exists.find(jobId);
    if (it == m_exists.end())
        it = m_exists.insert(jobId, QFileInfo::exists(pathFor(jobId)));
    return it.value() ? pathFor(jobId) : QString();
}

void ThumbnailCache::request(const Job &job)
{
    if (job.id.isEmpty() || m_queued.contains(job.id) || m_failed.contains(job.id)
        || (m_busy && m_current.jobId == job.id) || !cachedPath(job.id).isEmpty())
        return;
    Task task;
    task.jobId = job.id;
    if (job.request.mode == Mode::ImageToVideo && job.request.imageStart.isLocal()
        && QFileInfo(job.request.imageStart.localPath).isFile())
        task.imagePath = job.request.imageStart.localPath;
    if (job.state == JobState::Done && QFileInfo(job.videoPath).isFile())
        task.videoPath = job.videoPath;
    if (task.imagePath.isEmpty() && task.videoPath.isEmpty())
        return;
    m_queue.append(task);
    m_queued.insert(task.jobId);
    if (!m_busy)
        QTimer::singleShot(0, this, &ThumbnailCache::startNext);
}

void ThumbnailCache::startNext()
{
    while (!m_busy && !m_queue.isEmpty()) {
        const Task task = m_queue.takeFirst();
        m_queued.remove(task.jobId);
        if (!cachedPath(task.jobId).isEmpty())
            continue;
        if (!task.imagePath.isEmpty()) {
            QImageReader reader(task.imagePath);
            reader.setAutoTransform(true);
            const QSize full = reader.size();
            if (full.isValid())
                reader.setScaledSize(full.scaled(thumbnailSize(), Qt::KeepAspectRatio));
            const QImage image = reader.read();
            if (!image.isNull() && store(task.jobId, image))
                continue;
            qCInfo(lcUi) << "No thumbnail from start image" << task.imagePath
                         << reader.errorString();
        }
        if (!task.videoPath.isEmpty()) {
            startVideo(task);
            return;
        }
        m_failed.insert(task.jobId);
    }
    if (!m_busy && m_queue.isEmpty() && m_trimWhenIdle) {
        m_trimWhenIdle = false;
        // Decoding passes multi-MiB frames through the main heap; glibc keeps
        // the freed pages mapped (fragmented below live blocks), so RSS would
        // ratchet up a little with every grab and every played clip. Hand them
        // back once the grabs are done.
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    }
}

void ThumbnailCache::startVideo(const Task &task)
{
    m_busy = true;
    m_current = task;
    m_lastFrame = QImage();
    m_targetUs = kFrameAtUs;

    m_sink = new QVideoSink(this);
    m_player = new QMediaPlayer(this);
    // No QAudioOutput: the clip is decoded silently.
    m_player->setVideoSink(m_sink);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] { finishVideo(true); });
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &ThumbnailCache::onFrame);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::LoadedMedia) {
                    const qint64 durationUs = m_player->duration() * 1000;
                    if (durationUs > 0 && durationUs < 2 * kFrameAtUs)
                        m_targetUs = durationUs / 3;
                    if (m_targetUs > 0)
                        m_player->setPosition(m_targetUs / 1000);
                    m_player->play();
                } else if (status == QMediaPlayer::EndOfMedia) {
                    finishVideo(true);
                } else if (status == QMediaPlayer::InvalidMedia) {
                    finishVideo(false);
                }
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) {
                qCInfo(lcUi) << "Thumbnail frame grab failed:" << message;
                finishVideo(false);
            });
    m_timeout->start(kVideoTimeoutMs);
    m_player->setSource(QUrl::fromLocalFile(task.videoPath));
}

void ThumbnailCache::onFrame(const QVideoFrame &frame)
{
    if (!m_busy || !frame.isValid())
        return;
    // Keep a copy: the last frame seen is the fallback for clips that end
    // before the target time.
    QVideoFrame copy(frame);
    const QImage image = copy.toImage();
    if (image.isNull())
        return;
    m_lastFrame = image;
    if (frame.startTime() < 0 || frame.startTime() + 50000 >= m_targetUs)
        finishVideo(true);
}

void ThumbnailCache::finishVideo(bool useLastFrame)
{
    if (!m_busy)
        return;
    m_busy = false;
    const Task task = m_current;
    m_current = Task();
    const QImage frame = useLastFrame ? m_lastFrame : QImage();
    m_lastFrame = QImage();
    m_trimWhenIdle = true;

    // Deleted later: this runs inside the player's and the sink's signals.
    if (m_player) {
        m_player->disconnect(this);
        m_player->stop();
        m_player->deleteLater();
        m_player = nullptr;
    }
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->deleteLater();
        m_sink = nullptr;
    }
    if (m_timeout) {
        m_timeout->deleteLater();
        m_timeout = nullptr;
    }

    if (frame.isNull()
        || !store(task.jobId,
                  frame.scaled(thumbnailSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation)))
        m_failed.insert(task.jobId);
    QTimer::singleShot(0, this, &ThumbnailCache::startNext);
}

bool ThumbnailCache::store(const QString &jobId, const QImage &image)
{
    if (!QDir().mkpath(m_dir)) {
        qCWarning(lcUi) << "Cannot create the thumbnail folder" << m_dir;
        return false;
    }
    const QString path = pathFor(jobId);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        qCWarning(lcUi) << "Cannot write thumbnail" << path << file.errorString();
        return false;
    }
    generations()[path] += 1;
    m_exists.insert(jobId, true);
    emit thumbnailReady(jobId);
    return true;
}

QPixmap ThumbnailCache::pixmap(const QString &path, const QSize &size, qreal devicePixelRatio)
{
    if (path.isEmpty() || size.isEmpty())
        return {};
    const QSize pixels = size * devicePixelRatio;
    const QString key = QStringLiteral("ks-thumb|%1|%2|%3x%4")
                            .arg(path)
                            .arg(generations().value(path))
                            .arg(pixels.width())
                            .arg(pixels.height());
    if (const QPixmap *cached = pixmaps().object(key))
        return *cached;
    QImageReader reader(path);
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(pixels, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    QPixmap pm = QPixmap::fromImage(image);
    pm.setDevicePixelRatio(devicePixelRatio);
    const qint64 costKiB =
        qMax<qint64>(1, qint64(pm.width()) * pm.height() * pm.depth() / 8 / 1024);
    pixmaps().insert(key, new QPixmap(pm), int(costKiB));
    return pm;
}

} // namespace ks

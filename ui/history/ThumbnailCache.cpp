#include "history/ThumbnailCache.h"

#include "jobs/Job.h"
#include "platform/HeapTrimmer.h"
#include "platform/Logging.h"
#include "platform/Paths.h"
#include "player/VideoFrameGrabber.h"

#include <QCache>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <optional>

namespace ks {

namespace {
constexpr qint64 kFrameAtUs = 1000 * 1000; // about 1 s in: past fade-ins
constexpr int kVideoTimeoutMs = 15000;

// Decoded thumbnails, bounded by count: the history shows at most
// HistoryModel::kLimit rows, so a few more than that is every thumbnail a
// screen can show (the shared QPixmapCache would keep up to 10 MiB of rows
// long gone, and a size-bounded cache kept filling for a hundred jobs).
constexpr int kPixmapCacheEntries = 32;

QCache<QString, QPixmap> &pixmaps()
{
    static QCache<QString, QPixmap> cache(kPixmapCacheEntries);
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

ThumbnailCache::~ThumbnailCache() = default; // a running grabber is a child

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
    if (!m_busy && !m_held)
        QTimer::singleShot(0, this, &ThumbnailCache::startNext);
}

void ThumbnailCache::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    if (!m_held && !m_busy && !m_queue.isEmpty())
        QTimer::singleShot(0, this, &ThumbnailCache::startNext);
}

void ThumbnailCache::startNext()
{
    while (!m_busy && !m_held && !m_queue.isEmpty()) {
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
}

void ThumbnailCache::startVideo(const Task &task)
{
    m_busy = true;
    m_current = task;
    auto *grabber = new VideoFrameGrabber(task.videoPath, thumbnailSize(), this, kFrameAtUs);
    grabber->setTimeoutMs(kVideoTimeoutMs);
    m_grabber = grabber;
    connect(grabber, &VideoFrameGrabber::grabbed, this, &ThumbnailCache::finishVideo);
    grabber->start();
}

void ThumbnailCache::finishVideo(const QImage &frame)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_grabber = nullptr; // deletes itself
    const Task task = std::exchange(m_current, Task());
    HeapTrimmer::requestTrim(); // the grab's decode buffers, once grabs go quiet
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

namespace {

QString pixmapKey(const QString &path, const QSize &pixels)
{
    return QStringLiteral("ks-thumb|%1|%2|%3x%4")
        .arg(path)
        .arg(generations().value(path))
        .arg(pixels.width())
        .arg(pixels.height());
}

// Decodes asked for by paints: queued here on the GUI thread, read on the
// decode pool, turned into pixmaps back on the GUI thread.
struct PendingDecode
{
    qreal dpr = 1;
    QList<QPointer<QWidget>> repaint;
};

QHash<QString, PendingDecode> &pendingDecodes()
{
    static QHash<QString, PendingDecode> pending;
    return pending;
}

// Keys whose PNG could not be decoded: not queued again on every repaint
// (a rewritten PNG gets a new key through its generation).
QSet<QString> &undecodable()
{
    static QSet<QString> keys;
    return keys;
}

std::function<void()> &decodeObserver()
{
    static std::function<void()> observer;
    return observer;
}

// One worker, so thumbnails arrive in the order they were asked for, at idle
// priority, so it never takes a core from the GUI thread or the display
// server. Emptied and joined with the application.
QThreadPool *decodePool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("ks-thumbnail-decode"));
        pool->setMaxThreadCount(1);
        pool->setThreadPriority(QThread::IdlePriority);
        pool->setExpiryTimeout(5000);
        qAddPostRoutine([] {
            if (pool) {
                pool->clear(); // those not started yet
                pool->waitForDone();
            }
        });
    }
    return pool;
}

// Our own PNGs: naming the format keeps QImageReader from loading every
// image format plugin to sniff the file. Read whole and scaled after:
// QImage's smooth scaling is several times cheaper than the PNG handler's
// own scaled read. Safe on any thread.
QImage readThumbnail(const QString &path, const QSize &pixels)
{
    QImageReader reader(path, "png");
    reader.setAutoDetectImageFormat(false);
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > pixels.width() || image.height() > pixels.height()))
        image = image.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QPixmap insertPixmap(const QString &key, const QImage &image, qreal devicePixelRatio)
{
    QPixmap pm = QPixmap::fromImage(image);
    pm.setDevicePixelRatio(devicePixelRatio);
    pixmaps().insert(key, new QPixmap(pm));
    return pm;
}

// The decoded thumbnail of `path` at `pixels` when it is in memory; `key`
// gets its cache key ("" when there is nothing to look up).
std::optional<QPixmap> cachedPixmap(const QString &path, const QSize &pixels, QString *key)
{
    key->clear();
    if (path.isEmpty() || pixels.isEmpty())
        return std::nullopt;
    *key = pixmapKey(path, pixels);
    if (const QPixmap *cached = pixmaps().object(*key))
        return *cached;
    return std::nullopt;
}

void finishDecode(const QString &key, const QImage &image)
{
    const PendingDecode decode = pendingDecodes().take(key);
    if (image.isNull()) {
        undecodable().insert(key);
        return;
    }
    insertPixmap(key, image, decode.dpr);
    for (const QPointer<QWidget> &widget : decode.repaint)
        if (widget)
            widget->update();
}

struct DecodeRequest
{
    QString key;
    QString path;
    QSize pixels;
};

// Decodes asked for during a paint, not handed to the pool yet.
QList<DecodeRequest> &unstartedDecodes()
{
    static QList<DecodeRequest> requests;
    return requests;
}

void startDecodeNow(const DecodeRequest &request)
{
    decodePool()->start([key = request.key, path = request.path, pixels = request.pixels] {
        if (const auto &observer = decodeObserver())
            observer();
        const QImage image = readThumbnail(path, pixels);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [key, image] { finishDecode(key, image); },
            Qt::QueuedConnection);
    });
}

// A decode is for the widgets that painted without it; when all of them
// have been hidden since (the window closed, the application quitting), it
// is not started.
bool stillWanted(const QString &key)
{
    const QList<QPointer<QWidget>> widgets = pendingDecodes().value(key).repaint;
    if (widgets.isEmpty())
        return true; // asked for without a widget
    return std::any_of(widgets.cbegin(), widgets.cend(), [](const QPointer<QWidget> &widget) {
        return widget && widget->isVisible();
    });
}

// Paints ask for decodes; the pool gets them once the event loop is back,
// in the order asked. A worker decoding while the GUI thread still paints
// the frame would only slow that frame (allocations, page faults and cache
// traffic on the other core), and the frame shows placeholders either way:
// the window's first paint is the case that matters.
void startDecode(const QString &key, const QString &path, const QSize &pixels)
{
    QList<DecodeRequest> &requests = unstartedDecodes();
    requests.append({key, path, pixels});
    if (requests.size() > 1)
        return; // already scheduled
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [] {
            const QList<DecodeRequest> started = std::exchange(unstartedDecodes(), {});
            for (const DecodeRequest &request : started) {
                if (stillWanted(request.key))
                    startDecodeNow(request);
                else
                    pendingDecodes().remove(request.key); // the next paint asks again
            }
        },
        Qt::QueuedConnection);
}

} // namespace

QPixmap ThumbnailCache::pixmap(const QString &path, const QSize &size, qreal devicePixelRatio,
                               QWidget *repaint)
{
    const QSize pixels = size * devicePixelRatio;
    QString key;
    if (const std::optional<QPixmap> cached = cachedPixmap(path, pixels, &key))
        return *cached;
    if (key.isEmpty() || undecodable().contains(key))
        return {};
    auto &pending = pendingDecodes();
    const bool queued = pending.contains(key);
    PendingDecode &decode = pending[key];
    if (repaint && !decode.repaint.contains(repaint))
        decode.repaint.append(repaint);
    if (!queued) {
        decode.dpr = devicePixelRatio;
        startDecode(key, path, pixels);
    }
    return {};
}

void ThumbnailCache::setDecodeObserver(std::function<void()> observer)
{
    decodeObserver() = std::move(observer);
}

QPixmap ThumbnailCache::loadPixmap(const QString &path, const QSize &size, qreal devicePixelRatio)
{
    const QSize pixels = size * devicePixelRatio;
    QString key;
    if (const std::optional<QPixmap> cached = cachedPixmap(path, pixels, &key))
        return *cached;
    if (key.isEmpty())
        return {};
    const QImage image = readThumbnail(path, pixels);
    return image.isNull() ? QPixmap() : insertPixmap(key, image, devicePixelRatio);
}

} // namespace ks

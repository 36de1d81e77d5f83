#include "sim/SimResults.h"

#include "sim/SimClipLoop.h"
#include "sim/SimHttpServer.h"
#include "sim/SimLog.h"
#include "sim/SimMedia.h"
#include "sim/SimPatternDevice.h"
#include "sim/SimTaskStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ks {

namespace {

std::shared_ptr<QIODevice> bufferOver(const QByteArray &bytes)
{
    auto buffer = std::make_shared<QBuffer>();
    buffer->setData(bytes); // implicitly shared, no copy
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

QString clipName(const QString &aspectRatio)
{
    if (aspectRatio == u"9:16"_s)
        return u"9x16"_s;
    if (aspectRatio == u"1:1"_s)
        return u"1x1"_s;
    return u"16x9"_s;
}

} // namespace

SimResults::SimResults(const SimTaskStore &store) : m_store(store)
{
    for (const QString &name : {u"16x9"_s, u"9x16"_s, u"1x1"_s}) {
        QFile f(u":/klingstudio/sim/sample-%1.mp4"_s.arg(name));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcSimServer) << "sample clip missing from resources:" << f.fileName();
            continue;
        }
        const QByteArray bytes = f.readAll();
        m_clips.insert(name, bytes);
        m_etags.insert(
            name,
            '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(20) + '"');
    }
}

QString SimResults::prefix() const
{
    return m_base + u"/results/"_s;
}

QString SimResults::urlFor(const QString &taskId) const
{
    return prefix() + taskId + u".mp4"_s;
}

bool SimResults::isResultUrl(const QString &url) const
{
    return url.startsWith(prefix());
}

// For a URL isResultUrl() took; the last four characters are taken for ".mp4".
QString SimResults::taskIdOf(const QString &url) const
{
    QString id = url.mid(prefix().size());
    id.chop(4);
    return id;
}

QByteArray SimResults::clipFor(const QString &aspectRatio, int seconds) const
{
    const QString name = clipName(aspectRatio);
    const QByteArray clip = m_clips.value(name);
    if (seconds <= 0 || clip.isEmpty())
        return clip;
    const QString key = name + u'@' + QString::number(seconds);
    auto it = m_stretched.constFind(key);
    if (it == m_stretched.constEnd()) {
        // The sample repeated until it plays that long; only if its tables
        // cannot be rebuilt, the headers alone say so.
        QByteArray played = qAbs(SimMedia::mp4DurationSeconds(clip) - seconds) < 0.01
            ? clip
            : SimClipLoop::looped(clip, seconds);
        if (played.isEmpty()) {
            qCWarning(lcSimServer) << "sample clip cannot be looped:" << name;
            played = SimMedia::withDuration(clip, seconds);
        }
        it = m_stretched.insert(key, played);
    }
    return *it;
}

QByteArray SimResults::etagFor(const QString &aspectRatio, int seconds) const
{
    const QByteArray etag = m_etags.value(clipName(aspectRatio));
    // The sample itself (already that long) keeps its own tag.
    if (seconds <= 0 || etag.size() < 2
        || clipFor(aspectRatio, seconds).isSharedWith(m_clips.value(clipName(aspectRatio))))
        return etag;
    return etag.chopped(1) + '-' + QByteArray::number(seconds) + '"';
}

SimMediaRef SimResults::media(const QString &url) const
{
    SimMediaRef ref;
    const SimTaskStore::Task *t = m_store.find(taskIdOf(url));
    if (!t || t->expired || m_store.phase(*t).status != u"completed"_s || t->perCall) {
        ref.origin = SimMediaRef::Origin::OwnMissing;
        return ref;
    }
    const QByteArray clip = clipFor(t->aspectRatio, t->videoSeconds);
    ref.origin = SimMediaRef::Origin::Own;
    ref.mime = QByteArrayLiteral("video/mp4");
    ref.size = clip.size();
    ref.durationSeconds = SimMedia::mp4DurationSeconds(clip);
    ref.videoSize = SimMedia::mp4VideoSize(clip);
    return ref;
}

QByteArray SimResults::clipAt(const QString &url) const
{
    const SimTaskStore::Task *t = m_store.find(taskIdOf(url));
    if (t && m_store.phase(*t).status == u"completed"_s && !t->perCall)
        return clipFor(t->aspectRatio, t->videoSeconds);
    return {};
}

void SimResults::addLarge(const QString &taskId, qint64 bytes)
{
    m_large.insert(taskId, qMax<qint64>(0, bytes));
}

void SimResults::forget(const QSet<QString> &taskIds)
{
    for (const QString &id : taskIds)
        m_large.remove(id);
}

SimReply SimResults::serve(const SimRequest &req) const
{
    QString id = req.path.mid(9);
    if (!id.endsWith(u".mp4"_s))
        return SimReply::apiError(404, u"resource_not_found"_s, u"No result at this URL"_s);
    id.chop(4);
    if (m_large.contains(id)) {
        const qint64 size = m_large.value(id);
        auto device = std::make_shared<SimPatternDevice>(m_clips.value(u"16x9"_s), size);
        device->open(QIODevice::ReadOnly);
        return SimReply::download(req, device, size, QByteArrayLiteral("video/mp4"),
                                  "\"large-" + QByteArray::number(size) + '"');
    }
    const SimTaskStore::Task *t = m_store.find(id);
    if (!t || t->perCall || m_store.phase(*t).status != u"completed"_s)
        return SimReply::apiError(404, u"resource_not_found"_s, u"No result at this URL"_s);
    if (t->expired) {
        return SimReply::apiError(403, u"link_expired"_s,
                                  u"This result link has expired (links are valid for 24 hours)"_s);
    }
    const QByteArray clip = clipFor(t->aspectRatio, t->videoSeconds);
    if (clip.isEmpty())
        return SimReply::apiError(500, u"internal_error"_s, u"The sample clip is missing"_s);
    return SimReply::download(req, bufferOver(clip), clip.size(), QByteArrayLiteral("video/mp4"),
                              etagFor(t->aspectRatio, t->videoSeconds));
}

} // namespace ks

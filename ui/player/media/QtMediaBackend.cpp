#include "player/media/QtMediaBackend.h"

#include "player/media/QtFrameGrab.h"
#include "player/media/QtVideoPlayback.h"

namespace ks {

std::unique_ptr<VideoPlayback> QtMediaBackend::createPlayback()
{
    return std::make_unique<QtVideoPlayback>();
}

QObject *QtMediaBackend::grabFrame(const QString &path, qint64 atUs, QSize maxSize, int timeoutMs,
                                   QObject *context, FrameCallback done)
{
    auto *grab = new QtFrameGrab(path, atUs, maxSize, context);
    connect(grab, &QtFrameGrab::finished, context, [done = std::move(done)](const QImage &frame) {
        if (done)
            done(frame);
    });
    grab->start(timeoutMs);
    return grab;
}

int QtMediaBackend::liveObjects() const
{
    return QtVideoPlayback::liveCount() + QtFrameGrab::liveCount();
}

} // namespace ks

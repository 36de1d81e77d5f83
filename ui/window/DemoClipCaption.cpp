#include "window/DemoClipCaption.h"

#include "core/Mp4Boxes.h"
#include "jobs/Job.h"

#include <QFile>

namespace ks {

QString DemoClipCaption::note(const Job &job)
{
    if (!job.demo || job.videoPath.isEmpty())
        return {};
    QFile file(job.videoPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Mp4Boxes::Walk walk = Mp4Boxes::walk(file);
    if (!walk.hasMoov || walk.movie.videoTracks.isEmpty())
        return tr("Demo clip");
    const Mp4VideoTrack &track = walk.movie.videoTracks.first();
    int width = track.width > 0 ? track.width : track.entryWidth;
    int height = track.height > 0 ? track.height : track.entryHeight;
    if (track.rotated)
        std::swap(width, height);
    if (width <= 0 || height <= 0)
        return tr("Demo clip");
    return tr("Demo clip, scaled to %1×%2").arg(width).arg(height);
}

QString DemoClipCaption::caption(const Job &job, const QString &title)
{
    const QString demo = note(job);
    if (demo.isEmpty())
        return title;
    return tr("%1 · %2", "demo note · prompt").arg(demo, title);
}

} // namespace ks

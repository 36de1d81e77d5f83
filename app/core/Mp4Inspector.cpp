#include "core/Mp4Inspector.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QIODevice>

namespace ks {

namespace {

Mp4Report failed(const QString &problem)
{
    Mp4Report report;
    report.problem = problem;
    return report;
}

} // namespace

QString Mp4Inspector::boxProblem(const Mp4Boxes::Walk &walk)
{
    using Ending = Mp4Boxes::Ending;
    const QByteArray start = walk.head.left(8);
    if (start.size() == 8 && start.mid(4) != "ftyp") {
        if (start.contains('<'))
            return tr("it looks like a web page, not an MP4 file");
        return tr("it does not start like an MP4 file");
    }
    switch (walk.ending) {
    case Ending::TooManyBoxes:
        return tr("too many boxes");
    case Ending::ReadError:
        return tr("the file cannot be read");
    case Ending::MoovTooLarge:
        return tr("the movie header is implausibly large");
    default:
        break;
    }
    const bool boxDoesNotFit = walk.ending == Ending::PastEnd || walk.ending == Ending::BadSize;
    if (walk.wholeBoxes == 0 && boxDoesNotFit)
        return tr("the file type box is damaged");
    if (walk.hasMoov && walk.hasMedia)
        return {}; // whatever follows a complete movie does not matter
    if (walk.ending == Ending::CutHeader)
        return tr("the file ends inside a box header");
    if (boxDoesNotFit)
        return tr("the file is cut off (a box runs past its end)");
    return {};
}

QString Mp4Inspector::movieProblem(const Mp4Boxes::Walk &walk)
{
    if (!walk.hasMoov)
        return tr("no movie header (moov box)");
    if (!walk.movie.structureOk)
        return tr("the movie header is damaged");
    if (!walk.movie.hasMvhd)
        return tr("no movie header (mvhd box)");
    if (walk.movie.videoTracks.isEmpty())
        return tr("it has no video track");
    if (!walk.hasMedia)
        return tr("it holds no media data");
    return {};
}

Mp4Report Mp4Inspector::inspect(QIODevice *device)
{
    if (!device || !device->isOpen() || device->isSequential())
        return failed(tr("the file cannot be read"));
    if (device->size() <= 0)
        return failed(tr("the file is empty"));
    const Mp4Boxes::Walk walk = Mp4Boxes::walk(*device);
    QString problem = boxProblem(walk);
    if (problem.isEmpty())
        problem = movieProblem(walk);
    if (!problem.isEmpty())
        return failed(problem);

    Mp4Report report;
    report.videoTracks = int(walk.movie.videoTracks.size());
    report.durationSeconds = walk.movie.seconds;
    if (!(report.durationSeconds > 0)) {
        for (const Mp4VideoTrack &track : walk.movie.videoTracks)
            report.durationSeconds = qMax(report.durationSeconds, track.seconds());
    }
    if (!(report.durationSeconds > 0))
        return failed(tr("it has no duration"));
    report.isVideo = true;
    return report;
}

Mp4Report Mp4Inspector::inspectData(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return inspect(&buffer);
}

Mp4Report Mp4Inspector::inspectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("the file cannot be read"));
    return inspect(&file);
}

} // namespace ks

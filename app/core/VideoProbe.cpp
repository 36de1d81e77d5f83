#include "core/VideoProbe.h"

#include "core/ByteReader.h"
#include "core/Mp4Boxes.h"

#include <QIODevice>

#include <cmath>
#include <utility>

namespace ks {

namespace {

bool isIsoBoxType(const ByteReader &b, qint64 o)
{
    static const char *const types[] = {"ftyp", "moov", "mdat", "wide", "free", "skip", "pnot"};
    for (const char *t : types) {
        if (b.equals(o, t, 4))
            return true;
    }
    return false;
}

double roundedTo3Decimals(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

// Length, picture size (as shown) and frame rate from the movie's first video track.
void describe(const Mp4Movie &movie, MediaInfo &info)
{
    double seconds = movie.seconds;
    info.noVideoTrack = movie.videoTracks.isEmpty();
    if (!info.noVideoTrack) {
        const Mp4VideoTrack &video = movie.videoTracks.first();
        int w = video.width > 0 ? video.width : video.entryWidth;
        int h = video.height > 0 ? video.height : video.entryHeight;
        if (video.rotated)
            std::swap(w, h);
        info.width = w;
        info.height = h;
        if (video.timescale > 0 && video.sampleTime > 0 && video.samples > 0) {
            // Rounded so that 24 fps is 24, not 23.99999.
            info.fps = roundedTo3Decimals(double(video.samples) * double(video.timescale)
                                          / double(video.sampleTime));
        }
        if (!(seconds > 0))
            seconds = video.seconds();
    }
    if (std::isfinite(seconds) && seconds > 0)
        info.durationSeconds = roundedTo3Decimals(seconds);
}

} // namespace

namespace VideoProbe {

bool looksLikeVideo(const QByteArray &head)
{
    const ByteReader b(head);
    return b.has(0, 8) && isIsoBoxType(b, 4) && b.be32(0) != 0
        && (b.be32(0) >= 8 || b.be32(0) == 1);
}

MediaInfo probe(QIODevice &device)
{
    MediaInfo info;
    info.probed = true;
    info.bytes = device.size();
    const Mp4Boxes::Walk walk = Mp4Boxes::walk(device);
    const ByteReader head(walk.head);
    info.format = head.equals(4, "ftyp", 4) && !head.equals(8, "qt  ", 4) ? MediaFormat::Mp4
                                                                          : MediaFormat::Mov;
    using Ending = Mp4Boxes::Ending;
    // Garbage after the boxes (BadSize) is judged by what was found before it.
    const bool cutShort = walk.ending == Ending::CutHeader || walk.ending == Ending::PastEnd
        || walk.ending == Ending::ReadError;
    if (!walk.hasMoov) {
        info.defect = cutShort ? MediaDefect::Truncated : MediaDefect::NoMovieHeader;
        return info;
    }
    describe(walk.movie, info);
    const quint64 lastChunk =
        walk.movie.videoTracks.isEmpty() ? 0 : walk.movie.videoTracks.first().lastChunkOffset;
    if (cutShort || lastChunk >= quint64(walk.fileSize))
        info.defect = MediaDefect::Truncated; // samples promised beyond the end of the file
    return info;
}

} // namespace VideoProbe

} // namespace ks

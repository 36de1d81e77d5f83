#include "VideoProbe.h"

#include "ByteReader.h"

#include <QIODevice>

#include <cmath>
#include <cstring>
#include <functional>

namespace ks {

namespace {

// moov of a long, many-track clip is a few MB; anything larger is not a file we accept.
constexpr qint64 kMaxMoovBytes = 32 * 1024 * 1024;
constexpr int kMaxTopLevelBoxes = 4096;
constexpr int kMaxNestedBoxes = 100000;

bool isIsoBoxType(const ByteReader &b, qint64 o)
{
    static const char *const types[] = {"ftyp", "moov", "mdat", "wide", "free", "skip", "pnot"};
    for (const char *t : types) {
        if (b.equals(o, t, 4))
            return true;
    }
    return false;
}

using BoxVisitor = std::function<bool(const char *type, qint64 payload, qint64 end)>;

// Walks the boxes in [begin, end) of a buffer; stops when the visitor returns false.
void forEachBox(const ByteReader &b, qint64 begin, qint64 end, const BoxVisitor &visit)
{
    qint64 o = begin;
    int guard = 0;
    while (o + 8 <= end && b.has(o, 8) && ++guard < kMaxNestedBoxes) {
        quint64 size = b.be32(o);
        qint64 header = 8;
        if (size == 1) {
            if (!b.has(o + 8, 8))
                return;
            size = b.be64(o + 8);
            header = 16;
        } else if (size == 0) {
            size = quint64(end - o);
        }
        if (size < quint64(header) || size > quint64(end - o))
            return; // truncated or garbage: stop rather than read past the box
        char type[5] = {};
        for (int i = 0; i < 4; ++i)
            type[i] = char(b.u8(o + 4 + i));
        if (!visit(type, o + header, o + qint64(size)))
            return;
        o += qint64(size);
    }
}

struct TrackFacts
{
    bool video = false;
    int width = 0;
    int height = 0;
    bool rotated = false;
    quint32 timescale = 0;
    quint64 duration = 0;
    quint64 samples = 0;
    quint64 sampleTime = 0;
    int entryWidth = 0;
    int entryHeight = 0;
    quint64 lastChunkOffset = 0; // largest stco/co64 entry: where the last chunk starts
};

void parseTkhd(const ByteReader &b, qint64 p, qint64 end, TrackFacts &t)
{
    const int version = b.u8(p);
    // creation, modification, track id, reserved, duration; then 8 reserved,
    // layer, alternate group, volume, reserved (8 bytes), matrix (36), w, h.
    const qint64 fixed = version == 1 ? 4 + 8 + 8 + 4 + 4 + 8 : 4 + 4 + 4 + 4 + 4 + 4;
    const qint64 matrix = p + fixed + 8 + 8;
    const qint64 dims = matrix + 36;
    if (dims + 8 > end || !b.has(dims, 8))
        return;
    t.width = int(b.be32(dims) >> 16);
    t.height = int(b.be32(dims + 4) >> 16);
    // A 90°/270° rotation matrix has a == d == 0: the picture is shown turned.
    const quint32 a = b.be32(matrix);
    const quint32 d = b.be32(matrix + 16);
    t.rotated = a == 0 && d == 0 && b.be32(matrix + 4) != 0;
}

void parseMdhd(const ByteReader &b, qint64 p, qint64 end, TrackFacts &t)
{
    const int version = b.u8(p);
    if (version == 1) {
        if (p + 32 > end)
            return;
        t.timescale = b.be32(p + 20);
        t.duration = b.be64(p + 24);
    } else {
        if (p + 20 > end)
            return;
        t.timescale = b.be32(p + 12);
        t.duration = b.be32(p + 16);
    }
}

void parseStts(const ByteReader &b, qint64 p, qint64 end, TrackFacts &t)
{
    if (p + 8 > end)
        return;
    const quint32 count = b.be32(p + 4);
    qint64 o = p + 8;
    for (quint32 i = 0; i < count && o + 8 <= end && b.has(o, 8); ++i, o += 8) {
        const quint64 n = b.be32(o);
        const quint64 delta = b.be32(o + 4);
        t.samples += n;
        t.sampleTime += n * delta;
    }
}

void parseStsd(const ByteReader &b, qint64 p, qint64 end, TrackFacts &t)
{
    // version/flags, entry count, then the first sample entry: size, format,
    // 6 reserved, data ref index, 16 bytes pre-defined/reserved, width, height.
    const qint64 entry = p + 8;
    if (entry + 36 > end)
        return;
    t.entryWidth = int(b.be16(entry + 32));
    t.entryHeight = int(b.be16(entry + 34));
}

void parseChunkOffsets(const ByteReader &b, qint64 p, qint64 end, bool wide, TrackFacts &t)
{
    if (p + 8 > end)
        return;
    const quint32 count = b.be32(p + 4);
    const qint64 step = wide ? 8 : 4;
    qint64 o = p + 8;
    for (quint32 i = 0; i < count && o + step <= end && b.has(o, step); ++i, o += step)
        t.lastChunkOffset = qMax<quint64>(t.lastChunkOffset, wide ? b.be64(o) : b.be32(o));
}

void parseStbl(const ByteReader &b, qint64 p, qint64 end, TrackFacts &t)
{
    forEachBox(b, p, end, [&](const char *st, qint64 sp, qint64 se) {
        if (std::strcmp(st, "stts") == 0)
            parseStts(b, sp, se, t);
        else if (std::strcmp(st, "stsd") == 0)
            parseStsd(b, sp, se, t);
        else if (std::strcmp(st, "stco") == 0)
            parseChunkOffsets(b, sp, se, false, t);
        else if (std::strcmp(st, "co64") == 0)
            parseChunkOffsets(b, sp, se, true, t);
        return true;
    });
}

void parseTrak(const ByteReader &b, qint64 p, qint64 end, TrackFacts &t)
{
    forEachBox(b, p, end, [&](const char *type, qint64 bp, qint64 be) {
        if (std::strcmp(type, "tkhd") == 0) {
            parseTkhd(b, bp, be, t);
        } else if (std::strcmp(type, "mdia") == 0) {
            forEachBox(b, bp, be, [&](const char *mt, qint64 mp, qint64 me) {
                if (std::strcmp(mt, "mdhd") == 0) {
                    parseMdhd(b, mp, me, t);
                } else if (std::strcmp(mt, "hdlr") == 0) {
                    t.video = mp + 12 <= me && b.equals(mp + 8, "vide", 4);
                } else if (std::strcmp(mt, "minf") == 0) {
                    forEachBox(b, mp, me, [&](const char *nt, qint64 np, qint64 ne) {
                        if (std::strcmp(nt, "stbl") == 0)
                            parseStbl(b, np, ne, t);
                        return true;
                    });
                }
                return true;
            });
        }
        return true;
    });
}

// Fills `info` from a whole moov box held in `b` (payload [p, end)). Returns
// the offset in the file where the video track's last chunk starts (0: none).
quint64 parseMoov(const ByteReader &b, qint64 p, qint64 end, MediaInfo &info)
{
    double movieSeconds = 0;
    bool haveVideo = false;
    TrackFacts video;
    forEachBox(b, p, end, [&](const char *type, qint64 bp, qint64 be) {
        if (std::strcmp(type, "mvhd") == 0) {
            const int version = b.u8(bp);
            quint32 timescale = 0;
            quint64 duration = 0;
            if (version == 1 && bp + 32 <= be) {
                timescale = b.be32(bp + 20);
                duration = b.be64(bp + 24);
            } else if (version == 0 && bp + 20 <= be) {
                timescale = b.be32(bp + 12);
                duration = b.be32(bp + 16);
            }
            if (timescale > 0 && duration != ~quint64(0) && duration != 0xFFFFFFFFu)
                movieSeconds = double(duration) / double(timescale);
        } else if (std::strcmp(type, "trak") == 0 && !haveVideo) {
            TrackFacts t;
            parseTrak(b, bp, be, t);
            if (t.video) {
                video = t;
                haveVideo = true;
            }
        }
        return true;
    });

    info.noVideoTrack = !haveVideo;
    if (haveVideo) {
        int w = video.width > 0 ? video.width : video.entryWidth;
        int h = video.height > 0 ? video.height : video.entryHeight;
        if (video.rotated)
            std::swap(w, h);
        info.width = w;
        info.height = h;
        if (video.timescale > 0 && video.sampleTime > 0 && video.samples > 0) {
            const double fps =
                double(video.samples) * double(video.timescale) / double(video.sampleTime);
            // Round to 3 decimals so 24 fps is 24, not 23.99999.
            info.fps = std::round(fps * 1000.0) / 1000.0;
        }
        if (movieSeconds <= 0 && video.timescale > 0)
            movieSeconds = double(video.duration) / double(video.timescale);
    }
    if (std::isfinite(movieSeconds) && movieSeconds > 0)
        info.durationSeconds = std::round(movieSeconds * 1000.0) / 1000.0;
    return haveVideo ? video.lastChunkOffset : 0;
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
    const qint64 fileSize = device.size();
    info.bytes = fileSize;
    if (!device.seek(0))
        return info;
    {
        const ByteReader head(device.peek(12));
        info.format = head.equals(4, "ftyp", 4) && !head.equals(8, "qt  ", 4) ? MediaFormat::Mp4
                                                                              : MediaFormat::Mov;
    }

    // moov may sit after a large mdat: walk the top-level boxes by seeking and read only moov.
    bool foundMoov = false;
    bool cutShort = false;
    quint64 lastChunk = 0;
    qint64 offset = 0;
    for (int i = 0; i < kMaxTopLevelBoxes && offset < fileSize; ++i) {
        if (fileSize - offset < 8 || !device.seek(offset)) {
            cutShort = true;
            break;
        }
        const ByteReader h(device.read(16));
        if (h.size() < 8) {
            cutShort = true;
            break;
        }
        quint64 size = h.be32(0);
        qint64 headerSize = 8;
        if (size == 1) {
            if (h.size() < 16) {
                cutShort = true;
                break;
            }
            size = h.be64(8);
            headerSize = 16;
        } else if (size == 0) {
            size = quint64(fileSize - offset); // "to the end of the file"
        }
        if (size < quint64(headerSize))
            break; // garbage after the boxes: judged by what was found before it
        if (size > quint64(fileSize - offset)) {
            cutShort = true; // the box runs past the end of the file
            break;
        }
        if (h.equals(4, "moov", 4) && !foundMoov) {
            if (qint64(size) > kMaxMoovBytes || !device.seek(offset))
                break;
            const QByteArray moov = device.read(qint64(size));
            if (moov.size() != qint64(size)) {
                cutShort = true;
                break;
            }
            const ByteReader mb(moov);
            lastChunk = parseMoov(mb, headerSize, mb.size(), info);
            foundMoov = true;
        }
        offset += qint64(size);
    }

    if (!foundMoov)
        info.defect = cutShort ? MediaDefect::Truncated : MediaDefect::NoMovieHeader;
    else if (cutShort || lastChunk >= quint64(fileSize))
        info.defect = MediaDefect::Truncated; // samples promised beyond the end of the file
    return info;
}

} // namespace VideoProbe

} // namespace ks

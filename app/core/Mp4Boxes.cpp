#include "core/Mp4Boxes.h"

#include "core/ByteReader.h"

#include <QIODevice>

namespace ks {

namespace {

constexpr int kMaxChildBoxes = 4096;
constexpr quint64 kUnknownDuration = ~quint64(0);

constexpr quint32 fourcc(const char (&t)[5])
{
    return (quint32(uchar(t[0])) << 24) | (quint32(uchar(t[1])) << 16) | (quint32(uchar(t[2])) << 8)
        | quint32(uchar(t[3]));
}

// One box inside a parent: its type and its payload [payload, end).
struct Box
{
    quint32 type = 0;
    qint64 payload = 0;
    qint64 end = 0;
    qint64 size() const { return end - payload; }
};

// Visits the child boxes of [begin, end) in `b`. False when a box header is
// cut off, a box claims more than its parent holds or there are too many;
// the boxes before the fault have been visited. Fewer than 8 bytes left over
// at the end are tolerated.
template<typename Visit>
bool forEachChild(const ByteReader &b, qint64 begin, qint64 end, Visit visit)
{
    qint64 at = begin;
    for (int count = 0; end - at >= 8; ++count) {
        if (count >= kMaxChildBoxes)
            return false;
        quint64 size = b.be32(at);
        qint64 header = 8;
        if (size == 1) {
            if (end - at < 16)
                return false;
            size = b.be64(at + 8);
            header = 16;
        } else if (size == 0) {
            size = quint64(end - at); // "to the end of the parent"
        }
        if (size < quint64(header) || size > quint64(end - at))
            return false;
        visit(Box {b.be32(at + 4), at + header, at + qint64(size)});
        at += qint64(size);
    }
    return true;
}

// Timescale and duration of an mvhd or mdhd payload (the same layout up to
// the duration); false when the box is too short. All ones means "unknown"
// (ISO 14496-12 §8.2.2) and gives kUnknownDuration.
bool readTiming(const ByteReader &b, const Box &box, quint32 *timescale, quint64 *duration)
{
    const qint64 p = box.payload;
    if (box.size() < 4)
        return false;
    if (b.u8(p) == 1) {
        if (box.size() < 32)
            return false;
        *timescale = b.be32(p + 20);
        *duration = b.be64(p + 24);
    } else {
        if (box.size() < 20)
            return false;
        *timescale = b.be32(p + 12);
        const quint32 d = b.be32(p + 16);
        *duration = d == 0xffffffffu ? kUnknownDuration : d;
    }
    return true;
}

double secondsOf(quint32 timescale, quint64 duration)
{
    if (timescale == 0 || duration == kUnknownDuration)
        return -1;
    return double(duration) / double(timescale);
}

void readTkhd(const ByteReader &b, const Box &box, Mp4VideoTrack &t)
{
    const qint64 p = box.payload;
    const int version = b.u8(p);
    // creation, modification, track id, reserved, duration; then 8 reserved,
    // layer, alternate group, volume, reserved (8 bytes), matrix (36), w, h.
    const qint64 fixed = version == 1 ? 4 + 8 + 8 + 4 + 4 + 8 : 4 + 4 + 4 + 4 + 4 + 4;
    const qint64 matrix = p + fixed + 8 + 8;
    const qint64 dims = matrix + 36;
    if (dims + 8 > box.end)
        return;
    t.width = int(b.be32(dims) >> 16);
    t.height = int(b.be32(dims + 4) >> 16);
    // A 90°/270° rotation matrix has a == d == 0: the picture is shown turned.
    t.rotated = b.be32(matrix) == 0 && b.be32(matrix + 16) == 0 && b.be32(matrix + 4) != 0;
}

void readStts(const ByteReader &b, const Box &box, Mp4VideoTrack &t)
{
    if (box.size() < 8)
        return;
    const quint32 count = b.be32(box.payload + 4);
    qint64 o = box.payload + 8;
    for (quint32 i = 0; i < count && o + 8 <= box.end; ++i, o += 8) {
        const quint64 n = b.be32(o);
        t.samples += n;
        t.sampleTime += n * quint64(b.be32(o + 4));
    }
}

void readStsd(const ByteReader &b, const Box &box, Mp4VideoTrack &t)
{
    // version/flags, entry count, then the first sample entry: size, format,
    // 6 reserved, data ref index, 16 bytes pre-defined/reserved, width, height.
    const qint64 entry = box.payload + 8;
    if (entry + 36 > box.end)
        return;
    t.entryWidth = int(b.be16(entry + 32));
    t.entryHeight = int(b.be16(entry + 34));
}

void readChunkOffsets(const ByteReader &b, const Box &box, bool wide, Mp4VideoTrack &t)
{
    if (box.size() < 8)
        return;
    const quint32 count = b.be32(box.payload + 4);
    const qint64 step = wide ? 8 : 4;
    qint64 o = box.payload + 8;
    for (quint32 i = 0; i < count && o + step <= box.end; ++i, o += step)
        t.lastChunkOffset = qMax<quint64>(t.lastChunkOffset, wide ? b.be64(o) : b.be32(o));
}

// The sample table, read leniently: what fits is taken.
void readStbl(const ByteReader &b, const Box &stbl, Mp4VideoTrack &t)
{
    forEachChild(b, stbl.payload, stbl.end, [&](const Box &box) {
        switch (box.type) {
        case fourcc("stts"):
            readStts(b, box, t);
            break;
        case fourcc("stsd"):
            readStsd(b, box, t);
            break;
        case fourcc("stco"):
            readChunkOffsets(b, box, false, t);
            break;
        case fourcc("co64"):
            readChunkOffsets(b, box, true, t);
            break;
        default:
            break;
        }
    });
}

// One trak: appended to the movie's video tracks when its handler is 'vide'.
void readTrak(const ByteReader &b, const Box &trak, Mp4Movie &movie)
{
    Mp4VideoTrack t;
    bool video = false;
    const bool trakOk = forEachChild(b, trak.payload, trak.end, [&](const Box &box) {
        if (box.type == fourcc("tkhd")) {
            readTkhd(b, box, t);
        } else if (box.type == fourcc("mdia")) {
            const bool mdiaOk = forEachChild(b, box.payload, box.end, [&](const Box &m) {
                if (m.type == fourcc("mdhd")) {
                    readTiming(b, m, &t.timescale, &t.duration);
                } else if (m.type == fourcc("hdlr")) {
                    video = m.size() >= 12 && b.equals(m.payload + 8, "vide", 4);
                } else if (m.type == fourcc("minf")) {
                    forEachChild(b, m.payload, m.end, [&](const Box &s) {
                        if (s.type == fourcc("stbl"))
                            readStbl(b, s, t);
                    });
                }
            });
            movie.structureOk = movie.structureOk && mdiaOk;
        }
    });
    movie.structureOk = movie.structureOk && trakOk;
    if (video)
        movie.videoTracks.append(t);
}

Mp4Movie readMovie(const QByteArray &moov)
{
    const ByteReader b(moov);
    Mp4Movie movie;
    const bool ok = forEachChild(b, 0, b.size(), [&](const Box &box) {
        if (box.type == fourcc("mvhd")) {
            movie.hasMvhd = true;
            quint32 timescale = 0;
            quint64 duration = kUnknownDuration;
            readTiming(b, box, &timescale, &duration);
            movie.seconds = secondsOf(timescale, duration);
        } else if (box.type == fourcc("trak")) {
            readTrak(b, box, movie);
        }
    });
    movie.structureOk = movie.structureOk && ok;
    return movie;
}

} // namespace

double Mp4VideoTrack::seconds() const
{
    return secondsOf(timescale, duration);
}

Mp4Boxes::Walk Mp4Boxes::walk(QIODevice &device)
{
    Walk walk;
    const auto stop = [&walk](Ending ending) {
        walk.ending = ending;
        return walk;
    };
    if (!device.isOpen() || device.isSequential())
        return stop(Ending::ReadError);
    walk.fileSize = device.size();
    qint64 at = 0;
    while (at < walk.fileSize) {
        if (walk.wholeBoxes >= kMaxTopLevelBoxes)
            return stop(Ending::TooManyBoxes);
        const qint64 left = walk.fileSize - at;
        if (!device.seek(at))
            return stop(Ending::ReadError);
        const QByteArray bytes = device.read(qMin<qint64>(16, left));
        if (at == 0)
            walk.head = bytes;
        if (left < 8)
            return stop(Ending::CutHeader);
        if (bytes.size() < 8)
            return stop(Ending::ReadError);
        const ByteReader h(bytes);
        quint64 size = h.be32(0);
        qint64 header = 8;
        if (size == 1) {
            if (left < 16)
                return stop(Ending::CutHeader);
            if (bytes.size() < 16)
                return stop(Ending::ReadError);
            size = h.be64(8);
            header = 16;
        } else if (size == 0) {
            size = quint64(left); // "to the end of the file"
        }
        if (size < quint64(header))
            return stop(Ending::BadSize);
        if (size > quint64(left))
            return stop(Ending::PastEnd);
        const qint64 payload = qint64(size) - header;
        const quint32 type = h.be32(4);
        if (type == fourcc("moov") && !walk.hasMoov) {
            if (payload > kMaxMoovBytes)
                return stop(Ending::MoovTooLarge);
            // Bounded by kMaxMoovBytes and by what the file holds.
            const QByteArray moov = device.seek(at + header) ? device.read(payload) : QByteArray();
            if (moov.size() != payload)
                return stop(Ending::ReadError);
            walk.movie = readMovie(moov);
            walk.hasMoov = true;
        } else if ((type == fourcc("mdat") || type == fourcc("moof")) && payload > 0) {
            walk.hasMedia = true;
        }
        ++walk.wholeBoxes;
        at += qint64(size);
    }
    return walk;
}

} // namespace ks

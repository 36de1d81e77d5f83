#include "Mp4Inspector.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace ks {

namespace {

constexpr int kMaxDepth = 8;
constexpr int kMaxChildBoxes = 4096;

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

quint64 be64(const char *p)
{
    return qFromBigEndian<quint64>(p);
}

// One box inside a byte range: [payload, end) and its four-character type.
struct Box
{
    char type[4] = {0, 0, 0, 0};
    qint64 payload = 0;
    qint64 end = 0;
    bool is(const char *t) const { return std::memcmp(type, t, 4) == 0; }
};

// Walks the child boxes of [begin, end) in `data`; false when a box header
// is cut off or claims more than its parent holds.
template<typename Visit>
bool forEachChild(const QByteArray &data, qint64 begin, qint64 end, Visit visit)
{
    qint64 at = begin;
    int count = 0;
    while (at + 8 <= end) {
        if (++count > kMaxChildBoxes)
            return false;
        const char *p = data.constData() + at;
        quint64 size = be32(p);
        qint64 header = 8;
        if (size == 1) {
            if (at + 16 > end)
                return false;
            size = be64(p + 8);
            header = 16;
        } else if (size == 0) {
            size = quint64(end - at);
        }
        if (size < quint64(header) || size > quint64(end - at))
            return false;
        Box box;
        std::memcpy(box.type, p + 4, 4);
        box.payload = at + header;
        box.end = at + qint64(size);
        if (!visit(box))
            return true; // the visitor has what it needs
        at = box.end;
    }
    return at == end || end - at < 8;
}

struct MoovFacts
{
    bool structureOk = true;
    bool hasMvhd = false;
    double movieSeconds = -1;
    double videoTrackSeconds = -1;
    int videoTracks = 0;
};

// Seconds from an mvhd or mdhd payload (same layout up to the duration).
double durationOf(const QByteArray &d, const Box &box)
{
    const qint64 size = box.end - box.payload;
    if (size < 4)
        return -1;
    const char *p = d.constData() + box.payload;
    const int version = uchar(p[0]);
    quint32 timescale = 0;
    quint64 duration = 0;
    if (version == 1) {
        if (size < 32)
            return -1;
        timescale = be32(p + 20);
        duration = be64(p + 24);
    } else {
        if (size < 20)
            return -1;
        timescale = be32(p + 12);
        duration = be32(p + 16);
    }
    // All ones means "unknown" (ISO 14496-12 §8.2.2).
    if (timescale == 0 || duration == (version == 1 ? ~quint64(0) : quint64(0xffffffffu)))
        return -1;
    return double(duration) / double(timescale);
}

void readTrack(const QByteArray &d, const Box &trak, MoovFacts *facts, int depth)
{
    if (depth > kMaxDepth)
        return;
    bool video = false;
    double seconds = -1;
    const bool ok = forEachChild(d, trak.payload, trak.end, [&](const Box &child) {
        if (!child.is("mdia"))
            return true;
        const bool inner = forEachChild(d, child.payload, child.end, [&](const Box &box) {
            if (box.is("hdlr") && box.end - box.payload >= 12)
                video = std::memcmp(d.constData() + box.payload + 8, "vide", 4) == 0;
            else if (box.is("mdhd"))
                seconds = durationOf(d, box);
            return true;
        });
        facts->structureOk = facts->structureOk && inner;
        return true;
    });
    facts->structureOk = facts->structureOk && ok;
    if (video) {
        ++facts->videoTracks;
        facts->videoTrackSeconds = qMax(facts->videoTrackSeconds, seconds);
    }
}

MoovFacts readMoov(const QByteArray &moov)
{
    MoovFacts facts;
    const bool ok = forEachChild(moov, 0, moov.size(), [&](const Box &box) {
        if (box.is("mvhd")) {
            facts.hasMvhd = true;
            facts.movieSeconds = durationOf(moov, box);
        } else if (box.is("trak")) {
            readTrack(moov, box, &facts, 1);
        }
        return true;
    });
    facts.structureOk = facts.structureOk && ok;
    return facts;
}

Mp4Report failed(const QString &problem)
{
    Mp4Report report;
    report.problem = problem;
    return report;
}

} // namespace

Mp4Report Mp4Inspector::inspect(QIODevice *device)
{
    if (!device || !device->isOpen() || device->isSequential())
        return failed(tr("the file cannot be read"));
    const qint64 fileSize = device->size();
    if (fileSize <= 0)
        return failed(tr("the file is empty"));

    QByteArray moov;
    bool haveMoov = false;
    bool haveMedia = false;
    qint64 at = 0;
    for (int count = 0; at < fileSize; ++count) {
        if (count >= kMaxTopLevelBoxes)
            return failed(tr("too many boxes"));
        if (fileSize - at < 8) {
            if (haveMoov && haveMedia)
                break; // a few stray bytes after a complete movie
            return failed(tr("the file ends inside a box header"));
        }
        if (!device->seek(at))
            return failed(tr("the file cannot be read"));
        char header[16];
        if (device->read(header, 8) != 8)
            return failed(tr("the file cannot be read"));
        quint64 size = be32(header);
        qint64 headerSize = 8;
        if (size == 1) {
            if (fileSize - at < 16 || device->read(header + 8, 8) != 8)
                return failed(tr("the file ends inside a box header"));
            size = be64(header + 8);
            headerSize = 16;
        } else if (size == 0) {
            size = quint64(fileSize - at);
        }
        const bool fits = size >= quint64(headerSize) && size <= quint64(fileSize - at);
        if (count == 0) {
            if (std::memcmp(header + 4, "ftyp", 4) != 0) {
                const QByteArray start = QByteArray(header, 8);
                if (start.contains('<'))
                    return failed(tr("it looks like a web page, not an MP4 file"));
                return failed(tr("it does not start like an MP4 file"));
            }
            if (!fits)
                return failed(tr("the file type box is damaged"));
        }
        if (!fits) {
            if (haveMoov && haveMedia)
                break; // trailing bytes that are not a box: the movie is complete
            return failed(tr("the file is cut off (a box runs past its end)"));
        }
        const qint64 payload = at + headerSize;
        const qint64 payloadSize = qint64(size) - headerSize;
        if (std::memcmp(header + 4, "moov", 4) == 0 && !haveMoov) {
            if (payloadSize > kMaxMoovBytes)
                return failed(tr("the movie header is implausibly large"));
            if (!device->seek(payload))
                return failed(tr("the file cannot be read"));
            moov = device->read(payloadSize);
            if (moov.size() != payloadSize)
                return failed(tr("the file cannot be read"));
            haveMoov = true;
        } else if ((std::memcmp(header + 4, "mdat", 4) == 0
                    || std::memcmp(header + 4, "moof", 4) == 0)
                   && payloadSize > 0) {
            haveMedia = true;
        }
        at += qint64(size);
    }
    if (!haveMoov)
        return failed(tr("no movie header (moov box)"));
    const MoovFacts facts = readMoov(moov);
    if (!facts.structureOk)
        return failed(tr("the movie header is damaged"));
    if (!facts.hasMvhd)
        return failed(tr("no movie header (mvhd box)"));
    if (facts.videoTracks == 0)
        return failed(tr("it has no video track"));
    if (!haveMedia)
        return failed(tr("it holds no media data"));
    Mp4Report report;
    report.videoTracks = facts.videoTracks;
    report.durationSeconds = facts.movieSeconds > 0 ? facts.movieSeconds : facts.videoTrackSeconds;
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

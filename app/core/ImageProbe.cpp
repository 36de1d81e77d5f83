#include "ImageProbe.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <cstring>
#include <functional>

namespace ks {

namespace {

constexpr qint64 kImageHeadBytes = 64 * 1024;
// moov of a long, many-track clip is a few MB; anything larger is not a file we accept.
constexpr qint64 kMaxMoovBytes = 32 * 1024 * 1024;
constexpr int kMaxTopLevelBoxes = 4096;

// Bounds-checked big/little-endian reads: every read states whether it fit.
class Bytes
{
public:
    explicit Bytes(const QByteArray &data)
        : m_data(reinterpret_cast<const uchar *>(data.constData())), m_size(data.size())
    {
    }
    qint64 size() const { return m_size; }
    bool has(qint64 offset, qint64 count) const
    {
        return offset >= 0 && count >= 0 && offset <= m_size && count <= m_size - offset;
    }
    uchar u8(qint64 o) const { return has(o, 1) ? m_data[o] : 0; }
    quint32 be16(qint64 o) const
    {
        return has(o, 2) ? (quint32(m_data[o]) << 8) | m_data[o + 1] : 0;
    }
    quint32 be32(qint64 o) const
    {
        if (!has(o, 4))
            return 0;
        return (quint32(m_data[o]) << 24) | (quint32(m_data[o + 1]) << 16)
            | (quint32(m_data[o + 2]) << 8) | m_data[o + 3];
    }
    quint64 be64(qint64 o) const { return has(o, 8) ? (quint64(be32(o)) << 32) | be32(o + 4) : 0; }
    quint32 le16(qint64 o) const
    {
        return has(o, 2) ? m_data[o] | (quint32(m_data[o + 1]) << 8) : 0;
    }
    quint32 le24(qint64 o) const
    {
        return has(o, 3)
            ? m_data[o] | (quint32(m_data[o + 1]) << 8) | (quint32(m_data[o + 2]) << 16)
            : 0;
    }
    quint32 le32(qint64 o) const { return has(o, 4) ? le16(o) | (le16(o + 2) << 16) : 0; }
    bool equals(qint64 o, const char *text, qint64 n) const
    {
        return has(o, n) && std::memcmp(m_data + o, text, size_t(n)) == 0;
    }

private:
    const uchar *m_data;
    qint64 m_size;
};

bool isIsoBoxType(const Bytes &b, qint64 o)
{
    static const char *const types[] = {"ftyp", "moov", "mdat", "wide", "free", "skip", "pnot"};
    for (const char *t : types) {
        if (b.equals(o, t, 4))
            return true;
    }
    return false;
}

void probePng(const Bytes &b, MediaInfo &info)
{
    info.format = MediaFormat::Png;
    if (b.equals(12, "IHDR", 4)) {
        info.width = int(qMin<quint32>(b.be32(16), 0x7FFFFFFF));
        info.height = int(qMin<quint32>(b.be32(20), 0x7FFFFFFF));
    }
}

void probeJpeg(const Bytes &b, MediaInfo &info)
{
    info.format = MediaFormat::Jpeg;
    qint64 o = 2;
    while (b.has(o, 2)) {
        if (b.u8(o) != 0xFF) {
            ++o; // tolerate stray bytes between segments
            continue;
        }
        while (b.has(o, 1) && b.u8(o) == 0xFF)
            ++o; // fill bytes
        if (!b.has(o, 1))
            return;
        const uchar marker = b.u8(o++);
        if (marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // markers without a length
        if (marker == 0xD9 || marker == 0xDA)
            return; // end of image or scan data before any frame header
        const quint32 length = b.be16(o);
        if (length < 2 || !b.has(o, 2))
            return;
        const bool sof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (!b.has(o, 7))
                return;
            info.height = int(b.be16(o + 3));
            info.width = int(b.be16(o + 5));
            return;
        }
        o += length;
    }
}

void probeGif(const Bytes &b, MediaInfo &info)
{
    info.format = MediaFormat::Gif;
    if (b.has(6, 4)) {
        info.width = int(b.le16(6));
        info.height = int(b.le16(8));
    }
}

void probeWebp(const Bytes &b, MediaInfo &info)
{
    info.format = MediaFormat::Webp;
    if (b.equals(12, "VP8 ", 4)) {
        // Frame tag (3 bytes) then the key-frame start code 9d 01 2a.
        if (b.u8(23) == 0x9D && b.u8(24) == 0x01 && b.u8(25) == 0x2A && b.has(26, 4)) {
            info.width = int(b.le16(26) & 0x3FFF);
            info.height = int(b.le16(28) & 0x3FFF);
        }
    } else if (b.equals(12, "VP8L", 4)) {
        if (b.u8(20) == 0x2F && b.has(21, 4)) {
            const quint32 bits = b.le32(21);
            info.width = int((bits & 0x3FFF) + 1);
            info.height = int(((bits >> 14) & 0x3FFF) + 1);
        }
    } else if (b.equals(12, "VP8X", 4)) {
        if (b.has(24, 6)) {
            info.width = int(b.le24(24) + 1);
            info.height = int(b.le24(27) + 1);
        }
    }
}

// ---- ISO base media (MP4 / MOV) ------------------------------------------

using BoxVisitor = std::function<bool(const char *type, qint64 payload, qint64 end)>;

// Walks the boxes in [begin, end); stops when the visitor returns false.
void forEachBox(const Bytes &b, qint64 begin, qint64 end, const BoxVisitor &visit)
{
    qint64 o = begin;
    int guard = 0;
    while (o + 8 <= end && b.has(o, 8) && ++guard < 100000) {
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
};

void parseTkhd(const Bytes &b, qint64 p, qint64 end, TrackFacts &t)
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

void parseMdhd(const Bytes &b, qint64 p, qint64 end, TrackFacts &t)
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

void parseStts(const Bytes &b, qint64 p, qint64 end, TrackFacts &t)
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

void parseStsd(const Bytes &b, qint64 p, qint64 end, TrackFacts &t)
{
    // version/flags, entry count, then the first sample entry: size, format,
    // 6 reserved, data ref index, 16 bytes pre-defined/reserved, width, height.
    const qint64 entry = p + 8;
    if (entry + 36 > end)
        return;
    t.entryWidth = int(b.be16(entry + 32));
    t.entryHeight = int(b.be16(entry + 34));
}

void parseTrak(const Bytes &b, qint64 p, qint64 end, TrackFacts &t)
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
                        if (std::strcmp(nt, "stbl") == 0) {
                            forEachBox(b, np, ne, [&](const char *st, qint64 sp, qint64 se) {
                                if (std::strcmp(st, "stts") == 0)
                                    parseStts(b, sp, se, t);
                                else if (std::strcmp(st, "stsd") == 0)
                                    parseStsd(b, sp, se, t);
                                return true;
                            });
                        }
                        return true;
                    });
                }
                return true;
            });
        }
        return true;
    });
}

void parseMoov(const Bytes &b, qint64 p, qint64 end, MediaInfo &info)
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
}

MediaFormat isoFormat(const Bytes &b)
{
    if (b.equals(4, "ftyp", 4))
        return b.equals(8, "qt  ", 4) ? MediaFormat::Mov : MediaFormat::Mp4;
    // Old QuickTime files start straight with moov/mdat/wide.
    return MediaFormat::Mov;
}

MediaFormat sniff(const Bytes &b)
{
    if (b.equals(0, "\x89PNG\r\n\x1a\n", 8))
        return MediaFormat::Png;
    if (b.u8(0) == 0xFF && b.u8(1) == 0xD8 && b.u8(2) == 0xFF)
        return MediaFormat::Jpeg;
    if (b.equals(0, "GIF87a", 6) || b.equals(0, "GIF89a", 6))
        return MediaFormat::Gif;
    if (b.equals(0, "RIFF", 4) && b.equals(8, "WEBP", 4))
        return MediaFormat::Webp;
    if (b.has(0, 8) && isIsoBoxType(b, 4) && b.be32(0) != 0 && (b.be32(0) >= 8 || b.be32(0) == 1))
        return isoFormat(b);
    return MediaFormat::Unknown;
}

void probeImage(const Bytes &b, MediaFormat f, MediaInfo &info)
{
    switch (f) {
    case MediaFormat::Png:
        probePng(b, info);
        break;
    case MediaFormat::Jpeg:
        probeJpeg(b, info);
        break;
    case MediaFormat::Gif:
        probeGif(b, info);
        break;
    case MediaFormat::Webp:
        probeWebp(b, info);
        break;
    default:
        break;
    }
    if (info.width <= 0 || info.height <= 0) {
        info.width = 0;
        info.height = 0;
    }
}

} // namespace

namespace ImageProbe {

MediaInfo probeData(const QByteArray &data)
{
    MediaInfo info;
    info.probed = true;
    info.bytes = data.size();
    const Bytes b(data);
    const MediaFormat f = sniff(b);
    if (f == MediaFormat::Mp4 || f == MediaFormat::Mov) {
        info.format = f;
        forEachBox(b, 0, b.size(), [&](const char *type, qint64 p, qint64 end) {
            if (std::strcmp(type, "moov") == 0) {
                parseMoov(b, p, end, info);
                return false;
            }
            return true;
        });
        return info;
    }
    probeImage(b, f, info);
    return info;
}

MediaInfo probeFile(const QString &path, QString *error)
{
    MediaInfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate("ImageProbe", "Cannot open %1: %2")
                         .arg(path, file.errorString());
        }
        return info;
    }
    const qint64 fileSize = file.size();
    const QByteArray head = file.read(kImageHeadBytes);
    if (head.isEmpty() && fileSize != 0) {
        if (error) {
            *error = QCoreApplication::translate("ImageProbe", "Cannot read %1: %2")
                         .arg(path, file.errorString());
        }
        return info;
    }
    info.probed = true;
    info.bytes = fileSize;
    const Bytes hb(head);
    const MediaFormat f = sniff(hb);
    if (f != MediaFormat::Mp4 && f != MediaFormat::Mov) {
        probeImage(hb, f, info);
        if (f == MediaFormat::Unknown && error) {
            *error = QCoreApplication::translate("ImageProbe",
                                                 "%1 is not a JPEG, PNG, WEBP or GIF image or an "
                                                 "MP4 or MOV video.")
                         .arg(path);
        }
        return info;
    }

    // MP4/MOV: moov may sit after a large mdat, so walk the top-level boxes
    // by seeking and read only moov.
    info.format = f;
    qint64 offset = 0;
    for (int i = 0; i < kMaxTopLevelBoxes && offset + 8 <= fileSize; ++i) {
        if (!file.seek(offset))
            break;
        const QByteArray header = file.read(16);
        const Bytes h(header);
        if (h.size() < 8)
            break;
        quint64 size = h.be32(0);
        qint64 headerSize = 8;
        if (size == 1) {
            if (h.size() < 16)
                break;
            size = h.be64(8);
            headerSize = 16;
        } else if (size == 0) {
            size = quint64(fileSize - offset);
        }
        if (size < quint64(headerSize) || size > quint64(fileSize - offset))
            break;
        if (h.equals(4, "moov", 4)) {
            if (qint64(size) > kMaxMoovBytes)
                break;
            if (!file.seek(offset))
                break;
            const QByteArray moov = file.read(qint64(size));
            const Bytes mb(moov);
            if (mb.size() == qint64(size))
                parseMoov(mb, headerSize, mb.size(), info);
            break;
        }
        offset += qint64(size);
    }
    return info;
}

} // namespace ImageProbe

} // namespace ks

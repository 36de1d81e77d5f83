#include "sim/SimMedia.h"

#include <QList>
#include <QtEndian>

#include <cstring>

namespace ks::SimMedia {

namespace {

quint32 be32(const QByteArray &d, qint64 at)
{
    return qFromBigEndian<quint32>(d.constData() + at);
}

quint64 be64(const QByteArray &d, qint64 at)
{
    return qFromBigEndian<quint64>(d.constData() + at);
}

quint16 be16(const QByteArray &d, qint64 at)
{
    return qFromBigEndian<quint16>(d.constData() + at);
}

quint16 le16(const QByteArray &d, qint64 at)
{
    return qFromLittleEndian<quint16>(d.constData() + at);
}

quint32 le24(const QByteArray &d, qint64 at)
{
    const auto *p = reinterpret_cast<const uchar *>(d.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16);
}

// Finds the child box `type` inside [begin, end); returns the payload range.
bool findBox(const QByteArray &d, qint64 begin, qint64 end, const char *type, qint64 *payload,
             qint64 *payloadEnd)
{
    qint64 at = begin;
    while (at + 8 <= end) {
        quint64 size = be32(d, at);
        qint64 header = 8;
        if (size == 1) {
            if (at + 16 > end)
                return false;
            size = be64(d, at + 8);
            header = 16;
        } else if (size == 0) {
            size = quint64(end - at);
        }
        if (size < quint64(header) || quint64(end - at) < size)
            return false;
        if (std::memcmp(d.constData() + at + 4, type, 4) == 0) {
            *payload = at + header;
            *payloadEnd = at + qint64(size);
            return true;
        }
        at += qint64(size);
    }
    return false;
}

bool isQuickTimeAtom(const QByteArray &d)
{
    if (d.size() < 8)
        return false;
    const QByteArray t = d.mid(4, 4);
    return t == "moov" || t == "mdat" || t == "wide" || t == "free" || t == "skip";
}

} // namespace

QByteArray sniffMime(const QByteArray &d)
{
    if (d.startsWith("\xFF\xD8\xFF"))
        return QByteArrayLiteral("image/jpeg");
    if (d.startsWith("\x89PNG\r\n\x1A\n"))
        return QByteArrayLiteral("image/png");
    if (d.startsWith("GIF87a") || d.startsWith("GIF89a"))
        return QByteArrayLiteral("image/gif");
    if (d.size() >= 12 && d.startsWith("RIFF") && d.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("image/webp");
    if (d.size() >= 12 && d.mid(4, 4) == "ftyp") {
        const QByteArray brand = d.mid(8, 4);
        if (brand == "qt  ")
            return QByteArrayLiteral("video/quicktime");
        static const QList<QByteArray> mp4Brands = {"isom", "iso2", "iso3", "iso4", "iso5",
                                                    "iso6", "mp41", "mp42", "avc1", "M4V ",
                                                    "M4VH", "M4VP", "dash", "mmp4", "f4v "};
        if (mp4Brands.contains(brand))
            return QByteArrayLiteral("video/mp4");
        return {}; // e.g. HEIC/AVIF/3GP: not a type the files API takes
    }
    if (isQuickTimeAtom(d))
        return QByteArrayLiteral("video/quicktime");
    return {};
}

double mp4DurationSeconds(const QByteArray &d)
{
    qint64 moov = 0;
    qint64 moovEnd = 0;
    if (!findBox(d, 0, d.size(), "moov", &moov, &moovEnd))
        return -1;
    qint64 mvhd = 0;
    qint64 mvhdEnd = 0;
    if (!findBox(d, moov, moovEnd, "mvhd", &mvhd, &mvhdEnd))
        return -1;
    if (mvhdEnd - mvhd < 20)
        return -1;
    const int version = uchar(d.at(mvhd));
    quint32 timescale = 0;
    quint64 duration = 0;
    if (version == 1) {
        if (mvhdEnd - mvhd < 32)
            return -1;
        timescale = be32(d, mvhd + 20);
        duration = be64(d, mvhd + 24);
    } else {
        timescale = be32(d, mvhd + 12);
        duration = be32(d, mvhd + 16);
    }
    if (timescale == 0)
        return -1;
    return double(duration) / double(timescale);
}

QSize mp4VideoSize(const QByteArray &d)
{
    qint64 moov = 0;
    qint64 moovEnd = 0;
    if (!findBox(d, 0, d.size(), "moov", &moov, &moovEnd))
        return {};
    qint64 at = moov;
    while (at < moovEnd) {
        qint64 trak = 0;
        qint64 trakEnd = 0;
        if (!findBox(d, at, moovEnd, "trak", &trak, &trakEnd))
            return {};
        qint64 tkhd = 0;
        qint64 tkhdEnd = 0;
        if (findBox(d, trak, trakEnd, "tkhd", &tkhd, &tkhdEnd)) {
            // Width and height are the last 8 bytes, 16.16 fixed point.
            const qint64 sizeAt = tkhd + (uchar(d.at(tkhd)) == 1 ? 88 : 76);
            if (sizeAt + 8 <= tkhdEnd) {
                const int w = int(be32(d, sizeAt) >> 16);
                const int h = int(be32(d, sizeAt + 4) >> 16);
                if (w > 0 && h > 0)
                    return QSize(w, h);
            }
        }
        at = trakEnd;
    }
    return {};
}

namespace {

void putBe32(QByteArray &d, qint64 at, quint32 v)
{
    qToBigEndian(v, d.data() + at);
}

void putBe64(QByteArray &d, qint64 at, quint64 v)
{
    qToBigEndian(v, d.data() + at);
}

quint64 scaled(quint64 value, double factor)
{
    return quint64(double(value) * factor + 0.5);
}

// A full box's duration field: version 0 is 32-bit at v0, version 1 64-bit at v1.
void scaleField(QByteArray &d, qint64 payload, qint64 end, qint64 v0, qint64 v1, double factor)
{
    if (payload >= end)
        return;
    if (uchar(d.at(payload)) == 1) {
        if (payload + v1 + 8 <= end)
            putBe64(d, payload + v1, scaled(be64(d, payload + v1), factor));
    } else if (payload + v0 + 4 <= end) {
        putBe32(d, payload + v0,
                quint32(qMin<quint64>(scaled(be32(d, payload + v0), factor), 0xfffffffeu)));
    }
}

void scaleEditList(QByteArray &d, qint64 payload, qint64 end, double factor)
{
    if (payload + 8 > end)
        return;
    const bool v1 = uchar(d.at(payload)) == 1;
    const quint32 count = be32(d, payload + 4);
    const qint64 entry = v1 ? 20 : 12;
    qint64 at = payload + 8;
    for (quint32 i = 0; i < count && at + entry <= end; ++i, at += entry) {
        if (v1)
            putBe64(d, at, scaled(be64(d, at), factor));
        else
            putBe32(d, at, quint32(qMin<quint64>(scaled(be32(d, at), factor), 0xfffffffeu)));
    }
}

void scaleDurations(QByteArray &d, qint64 begin, qint64 end, double factor, int depth)
{
    if (depth > 6)
        return;
    qint64 at = begin;
    while (at + 8 <= end) {
        const quint64 size = be32(d, at);
        if (size < 8 || quint64(end - at) < size)
            return;
        const QByteArray type = d.mid(at + 4, 4);
        const qint64 payload = at + 8;
        const qint64 boxEnd = at + qint64(size);
        if (type == "trak" || type == "mdia" || type == "edts")
            scaleDurations(d, payload, boxEnd, factor, depth + 1);
        else if (type == "mvhd" || type == "mdhd")
            scaleField(d, payload, boxEnd, 16, 24, factor);
        else if (type == "tkhd")
            scaleField(d, payload, boxEnd, 20, 28, factor);
        else if (type == "elst")
            scaleEditList(d, payload, boxEnd, factor);
        at = boxEnd;
    }
}

} // namespace

QByteArray withDuration(const QByteArray &mp4, double seconds)
{
    const double current = mp4DurationSeconds(mp4);
    if (current <= 0 || seconds <= 0 || qAbs(current - seconds) < 0.01)
        return mp4;
    qint64 moov = 0;
    qint64 moovEnd = 0;
    if (!findBox(mp4, 0, mp4.size(), "moov", &moov, &moovEnd))
        return mp4;
    QByteArray out = mp4;
    scaleDurations(out, moov, moovEnd, seconds / current, 0);
    return out;
}

QSize imageSize(const QByteArray &d)
{
    const QByteArray mime = sniffMime(d);
    if (mime == "image/png") {
        if (d.size() >= 24 && d.mid(12, 4) == "IHDR")
            return QSize(int(be32(d, 16)), int(be32(d, 20)));
        return {};
    }
    if (mime == "image/gif") {
        if (d.size() >= 10)
            return QSize(le16(d, 6), le16(d, 8));
        return {};
    }
    if (mime == "image/webp") {
        if (d.size() < 30)
            return {};
        const QByteArray chunk = d.mid(12, 4);
        if (chunk == "VP8X")
            return QSize(int(le24(d, 24) + 1), int(le24(d, 27) + 1));
        if (chunk == "VP8 ")
            return QSize(le16(d, 26) & 0x3FFF, le16(d, 28) & 0x3FFF);
        if (chunk == "VP8L" && d.size() >= 25) {
            const auto *p = reinterpret_cast<const uchar *>(d.constData() + 21);
            const quint32 bits = quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16)
                | (quint32(p[3]) << 24);
            return QSize(int((bits & 0x3FFF) + 1), int(((bits >> 14) & 0x3FFF) + 1));
        }
        return {};
    }
    if (mime == "image/jpeg") {
        qint64 at = 2;
        while (at + 4 <= d.size()) {
            if (uchar(d.at(at)) != 0xFF)
                return {};
            const uchar marker = uchar(d.at(at + 1));
            if (marker == 0xFF) { // fill byte
                ++at;
                continue;
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                at += 2;
                continue;
            }
            const quint16 len = be16(d, at + 2);
            const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                && marker != 0xCC;
            if (sof) {
                if (at + 9 > d.size())
                    return {};
                return QSize(be16(d, at + 7), be16(d, at + 5));
            }
            at += 2 + len;
        }
    }
    return {};
}

QByteArray extensionFor(const QByteArray &mime)
{
    if (mime == "image/jpeg")
        return QByteArrayLiteral("jpg");
    if (mime == "image/png")
        return QByteArrayLiteral("png");
    if (mime == "image/gif")
        return QByteArrayLiteral("gif");
    if (mime == "image/webp")
        return QByteArrayLiteral("webp");
    if (mime == "video/mp4")
        return QByteArrayLiteral("mp4");
    if (mime == "video/quicktime")
        return QByteArrayLiteral("mov");
    return QByteArrayLiteral("bin");
}

} // namespace ks::SimMedia

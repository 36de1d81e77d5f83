#include "core/ImageProbe.h"

#include "core/ByteReader.h"
#include "core/VideoProbe.h"
#include "platform/RegularFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <initializer_list>

namespace ks {

namespace {

constexpr qint64 kImageHeadBytes = 64 * 1024;

void probePng(const ByteReader &b, MediaInfo &info)
{
    info.format = MediaFormat::Png;
    if (b.equals(12, "IHDR", 4)) {
        info.width = int(qMin<quint32>(b.be32(16), 0x7FFFFFFF));
        info.height = int(qMin<quint32>(b.be32(20), 0x7FFFFFFF));
    }
}

void probeJpeg(const ByteReader &b, MediaInfo &info)
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

void probeGif(const ByteReader &b, MediaInfo &info)
{
    info.format = MediaFormat::Gif;
    if (b.has(6, 4)) {
        info.width = int(b.le16(6));
        info.height = int(b.le16(8));
    }
}

void probeWebp(const ByteReader &b, MediaInfo &info)
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

bool isOneOf(const ByteReader &b, qint64 at, std::initializer_list<const char *> brands)
{
    for (const char *brand : brands) {
        if (b.equals(at, brand, 4))
            return true;
    }
    return false;
}

// HEIC and AVIF are ISO boxes like MP4: "ftyp" then a major brand and the
// compatible ones. Named so they are refused as what they are, not as a
// broken video (API.md §10.1 #14).
MediaFormat sniffHeif(const ByteReader &b)
{
    if (!b.equals(4, "ftyp", 4) || !b.has(8, 4))
        return MediaFormat::Unknown;
    if (isOneOf(b, 8, {"avif", "avis"}))
        return MediaFormat::Avif;
    if (isOneOf(b, 8, {"heic", "heix", "heim", "heis", "hevc", "hevx"}))
        return MediaFormat::Heic;
    if (!isOneOf(b, 8, {"mif1", "msf1"}))
        return MediaFormat::Unknown;
    // A generic HEIF brand: the compatible brands say whether it is AV1.
    const qint64 boxEnd = qMin<qint64>(b.be32(0), 256);
    for (qint64 o = 16; o + 4 <= boxEnd && b.has(o, 4); o += 4) {
        if (isOneOf(b, o, {"avif", "avis"}))
            return MediaFormat::Avif;
    }
    return MediaFormat::Heic;
}

MediaFormat sniff(const ByteReader &b, const QByteArray &head)
{
    if (b.equals(0, "\x89PNG\r\n\x1a\n", 8))
        return MediaFormat::Png;
    if (b.u8(0) == 0xFF && b.u8(1) == 0xD8 && b.u8(2) == 0xFF)
        return MediaFormat::Jpeg;
    if (b.equals(0, "GIF87a", 6) || b.equals(0, "GIF89a", 6))
        return MediaFormat::Gif;
    if (b.equals(0, "RIFF", 4) && b.equals(8, "WEBP", 4))
        return MediaFormat::Webp;
    if (b.equals(0, "II*\0", 4) || b.equals(0, "MM\0*", 4))
        return MediaFormat::Tiff;
    if (const MediaFormat heif = sniffHeif(b); heif != MediaFormat::Unknown)
        return heif;
    if (VideoProbe::looksLikeVideo(head))
        return MediaFormat::Mp4; // Mp4 or Mov: VideoProbe tells them apart
    return MediaFormat::Unknown;
}

void probeImage(const ByteReader &b, MediaFormat f, MediaInfo &info)
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
        info.format = f; // HEIC, AVIF, TIFF: named, never measured (refused)
        break;
    }
    if (info.width <= 0 || info.height <= 0) {
        info.width = 0;
        info.height = 0;
    }
}

} // namespace

namespace ImageProbe {

MediaFormat sniffFormat(const QByteArray &head)
{
    return sniff(ByteReader(head), head);
}

MediaInfo probeData(const QByteArray &data)
{
    const ByteReader b(data);
    const MediaFormat f = sniff(b, data);
    if (f == MediaFormat::Mp4) {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        return VideoProbe::probe(buffer);
    }
    MediaInfo info;
    info.probed = true;
    info.bytes = data.size();
    probeImage(b, f, info);
    return info;
}

MediaInfo probeFile(const QString &path, QString *error)
{
    MediaInfo info;
    QFile file(path);
    QString why;
    // Never a plain open: a FIFO given as an input would block it for ever.
    if (!RegularFile::open(file, &why)) {
        if (error)
            *error = QCoreApplication::translate("ImageProbe", "Cannot open %1: %2").arg(path, why);
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
    const ByteReader hb(head);
    const MediaFormat f = sniff(hb, head);
    if (f == MediaFormat::Mp4)
        return VideoProbe::probe(file);
    info.probed = true;
    info.bytes = fileSize;
    probeImage(hb, f, info);
    if (f == MediaFormat::Unknown && error) {
        *error = QCoreApplication::translate("ImageProbe",
                                             "%1 is not a JPEG, PNG, WEBP or GIF image or an "
                                             "MP4 or MOV video.")
                     .arg(path);
    }
    return info;
}

} // namespace ImageProbe

} // namespace ks

#include "core/MediaRef.h"

namespace ks {

QString mediaFormatName(MediaFormat f)
{
    switch (f) {
    case MediaFormat::Jpeg:
        return QStringLiteral("JPEG");
    case MediaFormat::Png:
        return QStringLiteral("PNG");
    case MediaFormat::Webp:
        return QStringLiteral("WEBP");
    case MediaFormat::Gif:
        return QStringLiteral("GIF");
    case MediaFormat::Mp4:
        return QStringLiteral("MP4");
    case MediaFormat::Mov:
        return QStringLiteral("MOV");
    case MediaFormat::Heic:
        return QStringLiteral("HEIC");
    case MediaFormat::Avif:
        return QStringLiteral("AVIF");
    case MediaFormat::Tiff:
        return QStringLiteral("TIFF");
    case MediaFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString mediaMimeType(MediaFormat f)
{
    switch (f) {
    case MediaFormat::Jpeg:
        return QStringLiteral("image/jpeg");
    case MediaFormat::Png:
        return QStringLiteral("image/png");
    case MediaFormat::Webp:
        return QStringLiteral("image/webp");
    case MediaFormat::Gif:
        return QStringLiteral("image/gif");
    case MediaFormat::Mp4:
        return QStringLiteral("video/mp4");
    case MediaFormat::Mov:
        return QStringLiteral("video/quicktime");
    case MediaFormat::Heic:
        return QStringLiteral("image/heic");
    case MediaFormat::Avif:
        return QStringLiteral("image/avif");
    case MediaFormat::Tiff:
        return QStringLiteral("image/tiff");
    case MediaFormat::Unknown:
        break;
    }
    return QStringLiteral("application/octet-stream");
}

bool isRefusedImageFormat(MediaFormat f)
{
    return f == MediaFormat::Heic || f == MediaFormat::Avif || f == MediaFormat::Tiff;
}

} // namespace ks

#pragma once
// One media input of a request: a local file (probed once when it is chosen)
// or a remote https URL. After upload, `url` holds the files-API URL.

#include <QDateTime>
#include <QString>

namespace ks {

// Heic, Avif and Tiff are images EvoLink refuses (API.md §10.1 #14): known
// only so that the refusal can name them.
enum class MediaFormat { Unknown, Jpeg, Png, Webp, Gif, Mp4, Mov, Heic, Avif, Tiff };

// What a content check found wrong with a local file that has a known type:
// such a file is refused before anything is uploaded or paid.
enum class MediaDefect {
    None,
    NoMovieHeader, // MP4/MOV without a readable moov box (no length, size or frame rate)
    Truncated, // the file ends before its boxes or samples do
    Undecodable, // an image whose pixels could not be decoded (MediaInfo::defectDetail says why)
};

// Facts read from the file's content (never from its name).
struct MediaInfo
{
    MediaFormat format = MediaFormat::Unknown;
    qint64 bytes = 0;
    int width = 0;
    int height = 0;
    double durationSeconds = 0; // videos only
    double fps = 0; // videos only
    bool probed = false; // false for remote URLs (unknown)
    bool noVideoTrack = false; // an MP4/MOV whose movie has no video track (sound only)
    MediaDefect defect = MediaDefect::None; // found by the probe or the decoder; not journaled
    QString defectDetail = {}; // the decoder's own words for Undecodable, if any
};

struct MediaRef
{
    QString localPath; // empty for a remote URL
    QString url; // https URL: given by the user, or the uploaded file_url
    QDateTime uploadedAt; // when `url` came from an upload (expires after 72 h)
    MediaInfo info;

    bool isSet() const { return !localPath.isEmpty() || !url.isEmpty(); }
    bool isLocal() const { return !localPath.isEmpty(); }
    bool needsUpload() const { return isLocal() && url.isEmpty(); }
    friend bool operator==(const MediaRef &a, const MediaRef &b)
    {
        return a.localPath == b.localPath && a.url == b.url;
    }
};

QString mediaFormatName(MediaFormat f); // "JPEG", "PNG", ...
QString mediaMimeType(MediaFormat f); // "image/jpeg", ...
bool isRefusedImageFormat(MediaFormat f); // HEIC, AVIF, TIFF

} // namespace ks

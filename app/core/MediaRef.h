#pragma once
// One media input of a request: a local file (probed once when it is chosen)
// or a remote https URL. After upload, `url` holds the files-API URL.

#include <QDateTime>
#include <QString>

namespace ks {

enum class MediaFormat { Unknown, Jpeg, Png, Webp, Gif, Mp4, Mov };

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

} // namespace ks

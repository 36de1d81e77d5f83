#pragma once
// What the simulator learns from an uploaded file's bytes: its type from the
// magic bytes (never from the name), an MP4/MOV duration from the mvhd box
// and picture size from the video track's tkhd box,
// and an image's pixel size from its header.

#include <QByteArray>
#include <QSize>

namespace ks::SimMedia {

// "image/jpeg", "image/png", "image/gif", "image/webp", "video/mp4",
// "video/quicktime", or empty when the type is not one the files API takes.
QByteArray sniffMime(const QByteArray &data);

// Seconds from moov/mvhd, or -1 when there is no readable mvhd box.
double mp4DurationSeconds(const QByteArray &data);

// Picture size from the first moov/trak/tkhd with a non-zero width (the video
// track; sound tracks declare 0 x 0), or an invalid QSize when there is none.
QSize mp4VideoSize(const QByteArray &data);

// The clip with the lengths its headers declare (mvhd, tkhd, mdhd, elst)
// scaled so that it says it lasts `seconds`; the samples are unchanged, so a
// player shows the clip and holds (or cuts) its end. Unchanged when the clip
// has no readable moov or already lasts that long.
QByteArray withDuration(const QByteArray &mp4, double seconds);

// Width x height from a JPEG/PNG/GIF/WebP header; invalid QSize if unreadable.
QSize imageSize(const QByteArray &data);

// File name extension for a sniffed type ("jpg", "png", ..., "mp4", "mov").
QByteArray extensionFor(const QByteArray &mime);

} // namespace ks::SimMedia

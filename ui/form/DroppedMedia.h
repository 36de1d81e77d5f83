#pragma once

#include <QImage>
#include <QString>

class QMimeData;

namespace ks {

// What a drop or a paste offers a media slot, read from its QMimeData: a
// local file, a remote link, or (for image slots) pixels. The slot decides
// what to do with it; this only reads, in the order a desktop offers them
// (file URLs first, then image data, then a link typed as text).
struct DroppedMedia
{
    enum class Kind { Nothing, LocalFile, RemoteUrl, Pixels };

    Kind kind = Kind::Nothing;
    QString location; // the local path or the link
    QImage pixels;

    // acceptPixels: image slots take raw image data; video slots do not.
    static DroppedMedia read(const QMimeData *mime, bool acceptPixels);
    // Cheap test for drag-enter: no image is decoded.
    static bool offersSomething(const QMimeData *mime, bool acceptPixels);

    // Pasted pixels become a PNG in the cache folder ("pasted/"), so the
    // upload, the journal and "reuse settings" deal with one kind of input:
    // a local path. Returns the path, or an empty string with *failedPath
    // naming the folder or file that could not be written.
    static QString savePixels(const QImage &image, QString *failedPath, bool *folderFailed);
};

} // namespace ks

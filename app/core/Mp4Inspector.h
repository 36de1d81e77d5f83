#pragma once
// Decides whether a downloaded MP4/MOV file is a video: an ftyp box first, a
// moov with its mvhd, a track whose handler is 'vide', media data, and the
// movie's duration. The boxes are read by Mp4Boxes (bounded and safe on any
// bytes); this class only judges what they say, in the user's words.

#include "core/Mp4Boxes.h"

#include <QCoreApplication>
#include <QString>

class QByteArray;
class QIODevice;

namespace ks {

struct Mp4Report
{
    bool isVideo = false; // every check passed
    QString problem; // why not, translated, for "… is not a video (%1)"
    double durationSeconds = -1; // from mvhd (or the video track), -1 when unknown
    int videoTracks = 0;
};

class Mp4Inspector final
{
    Q_DECLARE_TR_FUNCTIONS(Mp4Inspector)
public:
    // `device` open for reading and random access; its position is changed.
    static Mp4Report inspect(QIODevice *device);
    static Mp4Report inspectData(const QByteArray &bytes);
    static Mp4Report inspectFile(const QString &path);

private:
    // Why the box structure is not a whole MP4 file; empty when it is.
    static QString boxProblem(const Mp4Boxes::Walk &walk);
    // Why the movie is not a video; empty when it is.
    static QString movieProblem(const Mp4Boxes::Walk &walk);
};

} // namespace ks

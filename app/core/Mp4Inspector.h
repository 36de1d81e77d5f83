#pragma once
// Reads an MP4/MOV file's ISO-BMFF box structure far enough to tell whether
// it is a video: an ftyp box first, a moov with its mvhd, a track whose
// handler is 'vide', media data, and the movie's duration. Bounded and safe
// on any bytes: it reads box headers and the moov only (never more than
// kMaxMoovBytes), and never allocates by a size the file claims.

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
    static constexpr qint64 kMaxMoovBytes = 32 * 1024 * 1024;
    static constexpr int kMaxTopLevelBoxes = 4096;

    // `device` open for reading and random access; its position is changed.
    static Mp4Report inspect(QIODevice *device);
    static Mp4Report inspectData(const QByteArray &bytes);
    static Mp4Report inspectFile(const QString &path);
};

} // namespace ks

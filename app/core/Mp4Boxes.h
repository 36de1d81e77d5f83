#pragma once
// The one ISO-BMFF (MP4/MOV) box walker. It walks a file's top-level boxes by
// seeking (at most kMaxTopLevelBoxes of them), reads the first moov into
// memory once (at most kMaxMoovBytes, and never more than the file holds),
// and reads what the movie says: its duration and, for each video track, the
// picture size, timing and where its last chunk starts. It never allocates by
// a size the file claims and stops at the first box that does not fit. It
// judges nothing: Mp4Inspector (is a download a video?) and VideoProbe (what
// is this input?) decide what a walk's facts mean for them. Core-only.

#include <QByteArray>
#include <QList>
#include <QtGlobal>

class QIODevice;

namespace ks {

// One video track ('vide' handler) of a movie, as its boxes describe it.
struct Mp4VideoTrack
{
    int width = 0; // tkhd, display size
    int height = 0;
    bool rotated = false; // tkhd matrix turns the picture by 90° or 270°
    int entryWidth = 0; // stsd's first sample entry, coded size
    int entryHeight = 0;
    quint32 timescale = 0; // mdhd
    quint64 duration = 0; // mdhd, in timescale units
    quint64 samples = 0; // stts: how many samples
    quint64 sampleTime = 0; // stts: their total duration, in timescale units
    quint64 lastChunkOffset = 0; // largest stco/co64 entry: where the last chunk starts

    double seconds() const; // -1 when the track's length is unknown
};

// What a moov box says.
struct Mp4Movie
{
    // moov, its tracks and their media boxes hold their children exactly
    // (sample tables are read leniently and do not count).
    bool structureOk = true;
    bool hasMvhd = false;
    double seconds = -1; // mvhd; -1 when unknown
    QList<Mp4VideoTrack> videoTracks; // in file order
};

class Mp4Boxes final
{
public:
    static constexpr qint64 kMaxMoovBytes = 32 * 1024 * 1024;
    static constexpr int kMaxTopLevelBoxes = 4096;

    // Why the walk over the top-level boxes stopped.
    enum class Ending {
        Complete, // the boxes fill the file exactly
        CutHeader, // fewer bytes are left than the next box header needs
        PastEnd, // a box claims more bytes than the file has left
        BadSize, // a box's size is smaller than its own header
        TooManyBoxes, // more than kMaxTopLevelBoxes
        MoovTooLarge, // the first moov is larger than kMaxMoovBytes
        ReadError, // not a readable random-access device, or a read failed
    };

    struct Walk
    {
        Ending ending = Ending::Complete;
        qint64 fileSize = 0;
        QByteArray head; // the file's first (up to) 16 bytes
        int wholeBoxes = 0; // top-level boxes that fit before the walk stopped
        bool hasMoov = false; // the first moov was read whole (then `movie` is what it says)
        bool hasMedia = false; // an mdat or moof box with a payload
        Mp4Movie movie;
    };

    // `device` open for reading and random access; its position is changed.
    static Walk walk(QIODevice &device);
};

} // namespace ks

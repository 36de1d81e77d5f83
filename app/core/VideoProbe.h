#pragma once
// Reads an MP4/MOV input's facts (length, picture size, frame rate) from its
// moov box, as Mp4Boxes walks it (by seeking, moov read once and bounded, so
// a multi-gigabyte file costs a few reads). A file without a readable moov,
// or cut short before its boxes or samples end, is marked with a
// MediaDefect. Core-only: no Qt Gui.

#include "core/MediaRef.h"

class QIODevice;

namespace ks::VideoProbe {

// True when the first bytes look like an ISO base media file (MP4/MOV).
bool looksLikeVideo(const QByteArray &head);
// `device` open for reading and not sequential; its size is the file's.
// Sets format (Mp4/Mov), bytes, probed, and what moov tells.
MediaInfo probe(QIODevice &device);

} // namespace ks::VideoProbe

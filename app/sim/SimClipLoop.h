#pragma once
// Makes a bundled sample clip really play for the length a demo task asked
// for: every track's sample tables are rebuilt so that its samples repeat
// (and are cut at the requested length), pointing again at the same media
// data. Unlike SimMedia::withDuration, which only rewrites the headers, the
// result plays for that long in any player, and its sample tables say so.

#include <QByteArray>

namespace ks::SimClipLoop {

// `mp4` (a progressive MP4 with stts/stsz/stsc/stco tables, the moov read
// whole) played for `seconds`, or an empty array when its boxes are not ones
// this can rebuild.
QByteArray looped(const QByteArray &mp4, double seconds);

} // namespace ks::SimClipLoop

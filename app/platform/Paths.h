#pragma once
// Where the app keeps its files. $KLINGSTUDIO_DATA_DIR overrides the data
// dir (tests, portable use).

#include <QString>

namespace ks::Paths {
QString dataDir(); // journal lives here
QString journalPath(); // dataDir()/journal.sqlite
QString cacheDir(); // thumbnails
QString defaultLibraryDir(); // MoviesLocation/Kling Studio
} // namespace ks::Paths

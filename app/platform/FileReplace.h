#pragma once
// Replaces a small file (a JSON library or cache) with new contents in one
// step: written beside it, then renamed over it (QSaveFile), so a reader sees
// the old file or the new one, never half of either, and a failed write
// leaves the old file as it was.
//
// On Windows the rename fails while anyone holds the old file open (Qt, like
// most programs, opens files without FILE_SHARE_DELETE): the other process of
// Kling Studio reading it, a virus scanner, the search indexer. Such holds
// last milliseconds, so there the rename is tried again for up to about a
// second (FileReplace_win.cpp); elsewhere a rename does not fail that way and
// is tried once (FileReplace_other.cpp).

#include <QByteArray>
#include <QString>

namespace ks::FileReplace {

// Writes `contents` to `path` (its folder made if missing). On failure
// returns false with the reason (translated, without the path) in `why`.
bool write(const QString &path, const QByteArray &contents, QString *why);

// How often, and how far apart, the final rename is tried (per OS).
int renameAttempts();
int msBetweenAttempts();

} // namespace ks::FileReplace

#pragma once
// Opens a user's input file for reading only when it is a regular file, and
// never blocks doing so: a FIFO, a device or a socket given as an input would
// otherwise hang the open (a FIFO waits for a writer) or stream forever. One
// implementation per OS, chosen in CMake: RegularFile_unix.cpp (open with
// O_NONBLOCK, then fstat) and RegularFile_win.cpp (QFileInfo, then a
// sequential-device check on the opened handle).

#include <QFile>
#include <QString>

namespace ks::RegularFile {

// Opens `file` (its fileName set) read-only. On failure returns false with a
// translated reason (without the file name) in `why`.
bool open(QFile &file, QString *why);

} // namespace ks::RegularFile

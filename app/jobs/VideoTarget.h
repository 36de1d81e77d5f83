#pragma once
// Where a job's video goes: the folder (the job's own path or the library),
// a file name of our own that a restarted download finds again, and whether
// that folder can take the video, asked before anything is paid for.

#include "core/ApiError.h"

#include <QString>

namespace ks {

struct Job;

namespace VideoTarget {

// An explicit target (CLI --out) as the journal keeps it: absolute, and a
// folder with a trailing separator so the video gets our own name in it.
// Empty stays empty (the library folder).
QString journaledOutPath(const QString &outPath);
// The folder the video is saved in.
QString folder(const Job &job, const QString &libraryFolder);
// A local error when the folder cannot be made, written to, or has no room
// for the result; none when the video could be saved (custom elements have
// no video).
ApiError preflight(const Job &job, const QString &libraryFolder);
// The file the download writes in `dir`: a stable name (so a restart resumes
// its .part file, under the name earlier versions gave it too), never over an
// existing file.
QString downloadPath(const Job &job, const QString &dir);

} // namespace VideoTarget

} // namespace ks

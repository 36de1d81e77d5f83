#pragma once
// The last look at a local input right before it is uploaded (a job resumed
// from the journal, or one whose file was checked minutes ago): it must still
// be a regular file (never a FIFO the upload would block on) of the size it
// had when it was checked, or it could be something else than what was
// priced and validated. Opens the file without reading it: cheap enough for
// the thread that runs the jobs.

#include "core/MediaRef.h"

#include <QCoreApplication>
#include <QString>

namespace ks {

class UploadPrecheck final
{
    Q_DECLARE_TR_FUNCTIONS(UploadPrecheck)
public:
    // Empty when `input` can be uploaded; otherwise a translated sentence
    // naming the file, what is wrong and what to do.
    static QString problem(const MediaRef &input);
};

} // namespace ks

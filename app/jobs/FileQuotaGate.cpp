#include "jobs/FileQuotaGate.h"

namespace ks {

ApiError FileQuotaGate::verdict(const std::optional<FileQuota> &quota, int filesToUpload)
{
    // No answer, or nothing to upload: the quota cannot say no. The quota
    // endpoint is advisory (undocumented before 2026, may be missing behind
    // a proxy): blocking on its failure would stop jobs the files API
    // would take, and the upload itself still refuses when storage is full.
    if (!quota || filesToUpload <= 0 || quota->remainFiles >= filesToUpload)
        return {};
    ApiError error = ApiError::local(
        tr("Your EvoLink file storage has %1 of %2 files left, and this job needs to upload %3. "
           "Nothing was uploaded, sent or paid. Uploaded files expire after 72 hours, which frees "
           "room: generate again then, or use https links to images instead of local files.")
            .arg(quota->remainFiles)
            .arg(quota->maxFiles)
            .arg(filesToUpload));
    error.code = errorCode();
    return error;
}

} // namespace ks

#pragma once
// Decides, before a job uploads its local files, whether EvoLink's file
// quota (GET /api/v1/files/quota, API.md §10.1 #10) can take them. A job the
// quota cannot take stops before anything is uploaded or paid, with the
// numbers. The quota answer is advisory: when it cannot be read, the job
// uploads as before (the upload itself is refused if the storage is full).

#include "core/ApiError.h"
#include "core/FileQuota.h"

#include <QCoreApplication>

#include <optional>

namespace ks {

class FileQuotaGate final
{
    Q_DECLARE_TR_FUNCTIONS(FileQuotaGate)
public:
    // The app's code on the error of a job stopped this way.
    static QString errorCode() { return QStringLiteral("file_quota_full"); }

    // `quota` is nullopt when the quota call failed or was not understood.
    // Returns no error (go on and upload) or the error the job stops with.
    static ApiError verdict(const std::optional<FileQuota> &quota, int filesToUpload);
};

} // namespace ks

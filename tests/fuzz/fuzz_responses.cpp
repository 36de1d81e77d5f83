// libFuzzer entry: every parser of a server answer must take any bytes
// without crashing: task JSON (create / query), the error envelope of any
// HTTP status, and the files-API upload answer.

#include "core/ApiError.h"
#include "core/TaskSnapshot.h"
#include "core/UploadResult.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // First byte picks the HTTP status, as the parsers see all of them.
    const int statuses[] = {200, 400, 401, 402, 403, 404, 413, 429, 500, 502, 503};
    const int status = size > 0 ? statuses[data[0] % (sizeof statuses / sizeof *statuses)] : 200;
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString why;
    if (const auto task = ks::TaskParser::parse(body, &why)) {
        // A parsed task must be self-consistent enough to drive a job.
        volatile bool terminal = task->isTerminal();
        volatile int progress = task->progress;
        (void)terminal;
        (void)progress;
        for (const QString &url : task->resultUrls)
            (void)url.size();
    }
    const ks::ApiError error = ks::ApiError::fromHttp(status, body);
    (void)ks::ErrorCatalog::userMessage(error);
    (void)ks::ErrorCatalog::isTransient(error);
    (void)ks::UploadResult::parse(body, &why);
    return 0;
}

// libFuzzer entry: the MP4/MOV box walker that checks a download is a video
// (issue 15 item 7). Any bytes (cut off, lying box sizes, deep nesting) must
// give an answer without crashing or allocating by a claimed size.

#include "core/Mp4Inspector.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ks::Mp4Report report = ks::Mp4Inspector::inspectData(bytes);
    volatile double seconds = report.durationSeconds;
    (void)seconds;
    return 0;
}

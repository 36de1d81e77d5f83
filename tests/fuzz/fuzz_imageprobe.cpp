// libFuzzer entry: the image validator reads type and size from headers
// only. Any bytes (truncated, lying about their type, absurd dimensions)
// must give an answer without crashing or allocating by the claimed size.

#include "core/ImageProbe.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ks::MediaInfo info = ks::ImageProbe::probeData(bytes);
    volatile qint64 pixels = qint64(info.width) * qint64(info.height);
    (void)pixels;
    return 0;
}

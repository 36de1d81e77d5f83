#include "core/ResultSize.h"

#include <algorithm>
#include <cmath>

namespace ks::ResultSize {

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr int kEditLongestInputSeconds = 10; // API.md §10.1 #8
constexpr int kElementPreviewSeconds = 10;

// Typical Kling MP4s run at 0.5–1.5 MiB/s at 1080p; these are well above.
qint64 expectedBytesPerSecond(Quality quality)
{
    switch (quality) {
    case Quality::P720:
        return 2 * kMiB;
    case Quality::P1080:
        return 4 * kMiB;
    case Quality::P4K:
        return 16 * kMiB;
    }
    return 16 * kMiB;
}

// The cut-off: four times the generous figure, plus room for the container.
qint64 maxBytesPerSecond(Quality quality)
{
    return 4 * expectedBytesPerSecond(quality);
}

} // namespace

int outputSeconds(const GenerationRequest &request)
{
    switch (request.mode) {
    case Mode::CustomElement:
        return 0;
    case Mode::VideoEdit: {
        const double input = request.video.info.durationSeconds;
        if (input > 0 && std::isfinite(input))
            return std::max(1, int(std::ceil(input - 1e-6)));
        return kEditLongestInputSeconds;
    }
    default:
        return std::max(1, request.durationSeconds);
    }
}

qint64 expectedBytes(const GenerationRequest &request)
{
    const int seconds = std::max(outputSeconds(request), kElementPreviewSeconds / 2);
    return expectedBytesPerSecond(request.quality) * seconds + 4 * kMiB;
}

qint64 maxBytes(const GenerationRequest &request)
{
    const int seconds = std::max(outputSeconds(request), kElementPreviewSeconds);
    return maxBytesPerSecond(request.quality) * seconds + 16 * kMiB;
}

} // namespace ks::ResultSize

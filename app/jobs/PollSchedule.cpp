#include "jobs/PollSchedule.h"

#include <algorithm>
#include <cmath>

namespace ks {

int PollSchedule::scaled(double ms, double scale)
{
    return std::max(1, int(std::lround(ms * scale)));
}

int PollSchedule::firstDelayMs(std::optional<int> estimatedTimeSeconds) const
{
    // API.md §8.1: max(5, min(estimated_time / 4, 15)) s; unknown: the
    // regular 8 s interval.
    double seconds = 8.0;
    if (estimatedTimeSeconds && *estimatedTimeSeconds >= 0)
        seconds = std::max(5.0, std::min(*estimatedTimeSeconds / 4.0, 15.0));
    return scaled(seconds * 1000.0, scale);
}

int PollSchedule::nextDelayMs(qint64 elapsedMs) const
{
    // The phase boundaries shrink with the delays, so a scaled schedule
    // keeps the same shape.
    double seconds = 8.0;
    if (elapsedMs >= 10 * 60 * 1000 * scale)
        seconds = 30.0;
    else if (elapsedMs >= 2 * 60 * 1000 * scale)
        seconds = 15.0;
    return scaled(seconds * 1000.0, scale);
}

} // namespace ks

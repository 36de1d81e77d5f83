#pragma once
// Poll delays of API.md §8 (seconds), kept apart so tests and the simulator
// time scale can shrink them.

#include <QtGlobal>

#include <optional>

namespace ks {

struct PollSchedule
{
    double scale = 1.0; // multiply every delay (tests use e.g. 0.01)
    int firstDelayMs(std::optional<int> estimatedTimeSeconds) const;
    int nextDelayMs(qint64 elapsedMs) const;
    // `ms` scaled, at least 1 ms.
    static int scaled(double ms, double scale);
};

} // namespace ks

#include "core/ShotSeconds.h"

#include <algorithm>

namespace ks {

namespace {

constexpr int kMinShotSeconds = 1;

} // namespace

int ShotSeconds::sum(const QList<Shot> &shots)
{
    int total = 0;
    for (const Shot &shot : shots)
        total += shot.durationSeconds;
    return total;
}

std::optional<ShotSeconds::Storyboard>
ShotSeconds::withShotAdded(const QList<Shot> &shots, int totalSeconds, int maxTotalSeconds)
{
    Storyboard board {shots, totalSeconds};
    const int used = sum(shots);
    if (used < totalSeconds) {
        board.shots << Shot {QString(), totalSeconds - used};
        return board;
    }
    for (qsizetype i = board.shots.size() - 1; i >= 0; --i) {
        Shot &donor = board.shots[i];
        if (donor.durationSeconds >= 2 * kMinShotSeconds) {
            const int taken = donor.durationSeconds / 2;
            donor.durationSeconds -= taken;
            board.shots << Shot {QString(), taken};
            return board;
        }
    }
    // Every shot is at its minimum: only a longer video makes room.
    if (used + kMinShotSeconds > maxTotalSeconds)
        return std::nullopt;
    board.shots << Shot {QString(), kMinShotSeconds};
    board.totalSeconds = std::max(totalSeconds, used + kMinShotSeconds);
    return board;
}

QList<Shot> ShotSeconds::withShotRemoved(const QList<Shot> &shots, int index, int maxShotSeconds)
{
    if (index < 0 || index >= shots.size())
        return shots;
    QList<Shot> list = shots;
    const int freed = list.takeAt(index).durationSeconds;
    if (!list.isEmpty()) {
        Shot &heir = list[index > 0 ? index - 1 : 0];
        heir.durationSeconds = std::min(maxShotSeconds, heir.durationSeconds + freed);
    }
    return list;
}

} // namespace ks

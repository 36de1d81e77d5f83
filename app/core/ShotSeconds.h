#pragma once
// Shares a multi-shot video's seconds between its shots when a shot is added
// or removed, so the shots keep adding up to the duration (API.md §2.1: each
// shot lasts at least 1 s, the lengths sum to `duration`).

#include "core/GenerationRequest.h"

#include <QList>

#include <optional>

namespace ks {

class ShotSeconds final
{
public:
    struct Storyboard
    {
        QList<Shot> shots;
        int totalSeconds = 0;
    };

    // A new empty shot at the end. It takes the seconds not yet used; else
    // half of the last shot that can spare a second; else one more second of
    // video when `maxTotalSeconds` allows it. nullopt: no room for a shot.
    static std::optional<Storyboard> withShotAdded(const QList<Shot> &shots, int totalSeconds,
                                                   int maxTotalSeconds);
    // Shot `index` removed; its seconds go to the shot before it (the next
    // one when it was first), so the sum stays what it was.
    static QList<Shot> withShotRemoved(const QList<Shot> &shots, int index, int maxShotSeconds);
    static int sum(const QList<Shot> &shots);
};

} // namespace ks

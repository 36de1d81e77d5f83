#include "sim/SimPrices.h"

#include <QLatin1String>

#include <cmath>
#include <iterator>

namespace ks {

namespace {

// One row per (model family, quality, sound); multiplier in thousandths.
struct PriceRow
{
    const char *family; // "t2v" (T2V and I2V) or "v2v" (Ref2V and Edit)
    const char *quality;
    int sound; // 0 off, 1 on, -1 either
    qint64 multiplierMilli;
};

constexpr PriceRow kRows[] = {
    {"t2v", "720p", 0, 1000},   {"t2v", "720p", 1, 1334}, {"t2v", "1080p", 0, 1334},
    {"t2v", "1080p", 1, 1667},  {"t2v", "4k", -1, 5000},  {"v2v", "720p", -1, 1000},
    {"v2v", "1080p", -1, 1334},
};

constexpr qint64 kT2vBaseUcPerSecond = 54000; // 5.4 credits/s
constexpr qint64 kV2vBaseUcPerSecond = 81000; // 8.1 credits/s
constexpr qint64 kT2vMinimumUc = 162000; // 16.2 credits
constexpr qint64 kV2vMinimumUc = 243000; // 24.3 credits
constexpr qint64 kElementUc = 10000; // 1 credit per call

} // namespace

bool SimPrices::isPerCall(const QString &model)
{
    return model == QLatin1String("kling-custom-element");
}

qint64 SimPrices::reservationUc(const QString &model, const QString &quality, bool sound,
                                int seconds)
{
    if (isPerCall(model))
        return kElementUc;
    const bool t2v = model == QLatin1String("kling-o3-text-to-video")
        || model == QLatin1String("kling-o3-image-to-video");
    const char *family = t2v ? "t2v" : "v2v";
    const qint64 base = t2v ? kT2vBaseUcPerSecond : kV2vBaseUcPerSecond;
    const qint64 minimum = t2v ? kT2vMinimumUc : kV2vMinimumUc;
    const int soundFlag = (t2v && sound) ? 1 : 0;
    for (const PriceRow &row : kRows) {
        if (QLatin1String(row.family) != QLatin1String(family)
            || quality != QLatin1String(row.quality) || (row.sound >= 0 && row.sound != soundFlag))
            continue;
        // seconds * base * multiplier / 1000, half up; all in UC = 4 decimals.
        const qint64 uc = (qint64(seconds) * base * row.multiplierMilli + 500) / 1000;
        return qMax(uc, minimum);
    }
    return -1;
}

qint64 SimPrices::fromCredits(double credits)
{
    return qint64(std::llround(credits * double(kUcPerCredit)));
}

} // namespace ks

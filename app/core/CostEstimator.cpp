#include "core/CostEstimator.h"

#include <cmath>

namespace ks {

namespace {

constexpr qint64 kUcPerCredit = 10000;
constexpr qint64 kPpm = 1000000;
// Video edit reserves on the input length; 5 s when it is unknown (API.md §7.3).
constexpr int kEditUnknownSeconds = 5;

// "5.4", "27", "8.1": an exact decimal, trailing zeros dropped.
QString compactDecimal(qint64 value, qint64 scale, int decimals)
{
    const bool negative = value < 0;
    const qint64 v = negative ? -value : value;
    QString s = QString::number(v / scale);
    QString frac = QString::number(v % scale).rightJustified(decimals, u'0');
    while (frac.endsWith(u'0'))
        frac.chop(1);
    if (!frac.isEmpty())
        s += u'.' + frac;
    return negative ? u'-' + s : s;
}

QString compactCredits(qint64 uc)
{
    return compactDecimal(uc, kUcPerCredit, 4);
}

qint64 roundHalfUpDiv(qint64 numerator, qint64 denominator)
{
    // Only non-negative amounts are priced.
    return (numerator + denominator / 2) / denominator;
}

} // namespace

CostEstimator::CostEstimator(PriceTable table) : m_table(std::move(table)) { }

Estimate CostEstimator::estimate(const GenerationRequest &request) const
{
    Estimate e;
    const auto rule = m_table.rule(request.mode);
    if (!rule)
        return e;

    e.baseRateUc = rule->baseRateUc;
    if (rule->perCall) {
        e.perCall = true;
        e.multiplier = 1.0;
        e.ratePerSecondUc = 0;
        e.billedSeconds = 0;
        e.totalUc = qMax(rule->baseRateUc, rule->minimumChargeUc);
        e.formula = rule->baseRateUc == kUcPerCredit
            ? tr("1 credit per element")
            : tr("%1 credits per element").arg(compactCredits(rule->baseRateUc));
        e.driver = tr("per call, refunded if it fails");
        e.valid = true;
        return e;
    }

    const std::optional<bool> sound =
        ModeInfo::hasSound(request.mode) ? std::optional<bool>(request.sound) : std::nullopt;
    const auto mult = m_table.multiplier(request.mode, request.quality, sound);
    if (!mult)
        return e;

    int seconds = request.durationSeconds;
    QString lengthNote;
    if (request.mode == Mode::VideoEdit) {
        const double input = request.video.info.durationSeconds;
        if (input > 0 && std::isfinite(input)) {
            // A tiny epsilon so 5.0000000001 from a float division is still 5 s.
            seconds = int(std::ceil(input - 1e-6));
            lengthNote = tr("input video %1 s, rounded up").arg(QString::number(input, 'g', 6));
        } else {
            seconds = kEditUnknownSeconds;
            lengthNote = tr("input length unknown, %1 s assumed").arg(kEditUnknownSeconds);
        }
    }
    if (seconds <= 0)
        return e;

    // Multipliers have at most a few decimals; as integer ppm the arithmetic is exact.
    const qint64 multPpm = std::llround(*mult * double(kPpm));
    e.multiplier = *mult;
    e.ratePerSecondUc = roundHalfUpDiv(rule->baseRateUc * multPpm, kPpm);
    e.billedSeconds = seconds;
    const qint64 raw = e.ratePerSecondUc * seconds;
    e.totalUc = qMax(raw, rule->minimumChargeUc);

    const QString multText = compactDecimal(multPpm, kPpm, 6);
    e.formula = tr("%1 credits/s × %2 s × %3")
                    .arg(compactCredits(rule->baseRateUc))
                    .arg(seconds)
                    .arg(multText);
    const QString q = qualityName(request.quality);
    if (sound) {
        e.driver = *sound ? tr("%1, sound on ×%2").arg(q, multText)
                          : tr("%1, sound off ×%2").arg(q, multText);
    } else {
        e.driver = tr("%1 ×%2").arg(q, multText);
    }
    if (!lengthNote.isEmpty())
        e.driver += QStringLiteral(" · ") + lengthNote;
    if (rule->rulesOnlyQualities.contains(q)) {
        e.fromPricingRulesOnly = true;
        e.driver += QStringLiteral(" · ")
            + tr("per EvoLink's published pricing rules (the product page shows no %1 price)")
                  .arg(q);
    }
    if (raw < rule->minimumChargeUc) {
        e.driver += QStringLiteral(" · ")
            + tr("minimum charge %1 credits").arg(formatCredits(rule->minimumChargeUc));
    }
    e.valid = true;
    return e;
}

QString CostEstimator::formatCredits(qint64 uc)
{
    const bool negative = uc < 0;
    const qint64 cents = roundHalfUpDiv(negative ? -uc : uc, kUcPerCredit / 100);
    const QString s =
        QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
    return negative ? u'-' + s : s;
}

} // namespace ks

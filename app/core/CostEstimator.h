#pragma once
// Live credit estimate from the data-driven price table (API.md §7).
// Money is kept in UC (1 credit = 10,000 UC) so sums are exact.

#include "core/GenerationRequest.h"
#include "core/PriceTable.h"

#include <QCoreApplication>
#include <QString>

namespace ks {

struct Estimate
{
    bool valid = false;
    qint64 totalUc = 0; // exact total, 1 credit = 10000 UC
    qint64 ratePerSecondUc = 0; // base rate x multiplier, per second
    qint64 baseRateUc = 0; // base rate per second
    double multiplier = 1.0;
    int billedSeconds = 0; // 0 for per-call (custom element)
    bool perCall = false;
    double credits() const { return double(totalUc) / 10000.0; }
    double usd(double creditsPerUsd) const { return credits() / creditsPerUsd; }
    // The price comes from EvoLink's published pricing rules only (4k: the
    // product page shows no price for it); the driver text says so.
    bool fromPricingRulesOnly = false;
    QString formula; // "5.4 credits/s × 10 s × 1.667"  (translated)
    QString driver; // "1080p ×1.334 · sound on ×1.667" (translated)
};

class CostEstimator final
{
    Q_DECLARE_TR_FUNCTIONS(CostEstimator)
public:
    explicit CostEstimator(PriceTable table = PriceTable::builtIn());
    Estimate estimate(const GenerationRequest &request) const;
    static QString formatCredits(qint64 uc); // "90.02" (2 decimals, half up)
    const PriceTable &table() const { return m_table; }

private:
    PriceTable m_table;
};

} // namespace ks

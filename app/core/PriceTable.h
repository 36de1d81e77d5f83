#pragma once
// The published Kling O3 prices (API.md §7.2) loaded from a JSON resource,
// so a price change is a data edit, not a code change.

#include "core/Mode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ks {

struct PriceRule
{
    qint64 baseRateUc = 0; // per second (or per call)
    bool perCall = false;
    qint64 minimumChargeUc = 0;
    // multiplier by "quality" + "|" + "on"/"off"/"none"
    QHash<QString, double> multipliers;
    // Qualities whose price comes from the published pricing rules only
    // (EvoLink's product page lists none): "4k" (API.md §10.1 #5).
    QStringList rulesOnlyQualities;
};

class PriceTable final
{
    Q_DECLARE_TR_FUNCTIONS(PriceTable)
public:
    static PriceTable builtIn(); // :/klingstudio/pricing.json
    static std::optional<PriceTable> fromJson(const QByteArray &json, QString *error = nullptr);
    std::optional<PriceRule> rule(Mode mode) const;
    // empty when the combination has no price (e.g. 4k for Ref2V)
    std::optional<double> multiplier(Mode mode, Quality quality, std::optional<bool> sound) const;

private:
    QHash<int, PriceRule> m_rules;
};

} // namespace ks

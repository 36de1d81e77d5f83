#include "core/ReservedCredits.h"

#include "core/MoneyText.h"

#include <cmath>

namespace ks {

namespace {

bool within(double value, double expected, double tolerance)
{
    // The bound itself is inside: 1.01 × 27 must not fall out by a rounding.
    return std::fabs(value - expected) <= expected * tolerance * (1 + 1e-9);
}

} // namespace

ReservedCredits::Reading ReservedCredits::read(double raw, qint64 estimateUc)
{
    Reading r;
    r.raw = raw;
    if (!std::isfinite(raw) || raw < 0 || estimateUc <= 0)
        return r;
    const double estimateCredits = double(estimateUc) / kUcPerCredit;
    // Both windows cannot hold at once: they are 10,000× apart.
    if (within(raw, double(estimateUc), kTolerance)) {
        r.unit = Unit::Uc;
        r.credits = raw / kUcPerCredit;
    } else if (within(raw, estimateCredits, kTolerance)) {
        r.unit = Unit::Credits;
        r.credits = raw;
    }
    return r;
}

QString ReservedCredits::unclearText(double raw, qint64 estimateUc)
{
    const QString sent = QString::number(raw, 'g', 15);
    if (estimateUc <= 0)
        return tr("EvoLink reserved %1 (unit unclear)").arg(sent);
    return tr("EvoLink reserved %1 (unit unclear: expected about %2 credits)")
        .arg(sent, MoneyText::creditsUc(estimateUc));
}

} // namespace ks

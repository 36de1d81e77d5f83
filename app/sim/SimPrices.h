#pragma once
// The simulator's own price table (API.md §7), kept apart from core's on
// purpose. Amounts are in UC (1 credit = 10,000 UC) so that the half-up
// rounding to 4 decimals of a credit is exact integer arithmetic.

#include <QString>

namespace ks {

class SimPrices final
{
public:
    static constexpr qint64 kUcPerCredit = 10000;

    // Reservation for a create request; `seconds` is the billed duration
    // (requested duration, or the edit input length rounded up).
    static qint64 reservationUc(const QString &model, const QString &quality, bool sound,
                                int seconds);
    static bool isPerCall(const QString &model);
    static double toCredits(qint64 uc) { return double(uc) / double(kUcPerCredit); }
    static qint64 fromCredits(double credits);
};

} // namespace ks

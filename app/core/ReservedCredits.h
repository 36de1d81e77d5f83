#pragma once
// Reads usage.credits_reserved by the rule of API.md §10.1 #9: EvoLink may
// send it in credits or in UC (1 credit = 10,000 UC). A value within ±1 % of
// the job's estimate × 10,000 is UC, one within ±1 % of the estimate is
// credits; anything else cannot be read either way and is kept as sent.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ks {

class ReservedCredits final
{
    Q_DECLARE_TR_FUNCTIONS(ReservedCredits)
public:
    enum class Unit { Credits, Uc, Unknown };

    struct Reading
    {
        std::optional<double> credits; // set unless unit is Unknown
        Unit unit = Unit::Unknown;
        double raw = 0; // what EvoLink sent
    };

    static constexpr double kUcPerCredit = 10000.0;
    static constexpr double kTolerance = 0.01; // ±1 %

    // `estimateUc`: the job's own estimate in UC (0 or less: unknown, so
    // nothing can be read). A negative or non-finite raw value is Unknown.
    static Reading read(double raw, qint64 estimateUc);

    // For people: "EvoLink reserved 270000 (unit unclear: expected about 27
    // credits)"; without an estimate "EvoLink reserved 270000 (unit unclear)".
    static QString unclearText(double raw, qint64 estimateUc);
};

} // namespace ks

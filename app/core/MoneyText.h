#pragma once
// The one rule for showing money: credits and US dollars with two decimals
// in the UI language's number format, and the exact figure for a tooltip.
// Amounts in UC (1 credit = 10,000 UC) are rounded half up to the cent.

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ks {

class MoneyText final
{
    Q_DECLARE_TR_FUNCTIONS(MoneyText)
public:
    // "90.02" (two decimals, grouped per locale): from UC, rounded half up.
    static QString creditsUc(qint64 uc, const QLocale &locale = QLocale());
    // "90.02" from a figure the server reported (credits as a number).
    static QString credits(double credits, const QLocale &locale = QLocale());
    // "90.018": every decimal the amount has, nothing rounded.
    static QString exactCreditsUc(qint64 uc, const QLocale &locale = QLocale());
    static QString exactCredits(double credits, const QLocale &locale = QLocale());
    // "$1.13" / "$0.225": two decimals, or every decimal.
    static QString usd(double usd, const QLocale &locale = QLocale());
    static QString exactUsd(double usd, const QLocale &locale = QLocale());
    // Tooltip text: "Exactly 90.018 credits".
    static QString creditsToolTipUc(qint64 uc);
    static QString creditsToolTip(double credits);
};

} // namespace ks

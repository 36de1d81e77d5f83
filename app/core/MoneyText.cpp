#include "core/MoneyText.h"

#include <cmath>

namespace ks {

namespace {

constexpr qint64 kUcPerCredit = 10000;
constexpr qint64 kUcPerCent = kUcPerCredit / 100;

// Sub-cent noise from binary doubles ("0.30000000000000004") is not a figure
// anyone was charged; nine decimals keep every real one (1 UC = 0.0001).
constexpr int kExactDecimals = 9;

QString twoDecimals(double value, const QLocale &locale)
{
    // Round half away from zero at the cent, as the UC path does, before the
    // locale formats it (its own rounding sees 0.125 as 0.12499...).
    const double cents = std::round(value * 100.0);
    return locale.toString(cents / 100.0, 'f', 2);
}

QString allDecimals(double value, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', kExactDecimals);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(locale.zeroDigit().size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace

QString MoneyText::creditsUc(qint64 uc, const QLocale &locale)
{
    const bool negative = uc < 0;
    const qint64 cents = ((negative ? -uc : uc) + kUcPerCent / 2) / kUcPerCent;
    const double value = double(cents) / 100.0;
    return locale.toString(negative ? -value : value, 'f', 2);
}

QString MoneyText::credits(double credits, const QLocale &locale)
{
    return twoDecimals(credits, locale);
}

QString MoneyText::exactCreditsUc(qint64 uc, const QLocale &locale)
{
    return allDecimals(double(uc) / double(kUcPerCredit), locale);
}

QString MoneyText::exactCredits(double credits, const QLocale &locale)
{
    return allDecimals(credits, locale);
}

QString MoneyText::usd(double usd, const QLocale &locale)
{
    return u'$' + twoDecimals(usd, locale);
}

QString MoneyText::exactUsd(double usd, const QLocale &locale)
{
    return u'$' + allDecimals(usd, locale);
}

QString MoneyText::creditsToolTipUc(qint64 uc)
{
    return tr("Exactly %1 credits").arg(exactCreditsUc(uc));
}

QString MoneyText::creditsToolTip(double credits)
{
    return tr("Exactly %1 credits").arg(exactCredits(credits));
}

} // namespace ks

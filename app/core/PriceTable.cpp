#include "core/PriceTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>

#include <cmath>

namespace ks {

namespace {
Q_LOGGING_CATEGORY(lcCorePricing, "klingstudio.core.pricing")

std::optional<qint64> ucValue(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d != std::floor(d) || d > 9.0e15)
        return std::nullopt;
    return qint64(d);
}
} // namespace

PriceTable PriceTable::builtIn()
{
    QFile file(QStringLiteral(":/klingstudio/pricing.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCorePricing) << "built-in price table missing:" << file.errorString();
        return {};
    }
    QString error;
    const auto table = fromJson(file.readAll(), &error);
    if (!table) {
        qCWarning(lcCorePricing) << "built-in price table invalid:" << error;
        return {};
    }
    return *table;
}

std::optional<PriceTable> PriceTable::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<PriceTable> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("The price table is not a JSON object."));
    const QJsonObject models = doc.object().value(u"models").toObject();
    if (models.isEmpty())
        return fail(tr("The price table lists no models."));

    PriceTable table;
    for (auto it = models.begin(); it != models.end(); ++it) {
        const auto mode = ModeInfo::fromModelName(it.key());
        if (!mode)
            continue; // prices for models this app does not offer
        const QJsonObject m = it.value().toObject();
        PriceRule rule;
        const auto base = ucValue(m.value(u"base_rate_uc"));
        if (!base || *base == 0)
            return fail(tr("The price of %1 has no valid base_rate_uc.").arg(it.key()));
        rule.baseRateUc = *base;
        const QString unit = m.value(u"unit").toString(QStringLiteral("second"));
        if (unit != u"second" && unit != u"call")
            return fail(tr("The price of %1 has an unknown unit \"%2\".").arg(it.key(), unit));
        rule.perCall = unit == u"call";
        if (m.contains(u"minimum_charge_uc")) {
            const auto min = ucValue(m.value(u"minimum_charge_uc"));
            if (!min)
                return fail(tr("The price of %1 has an invalid minimum_charge_uc.").arg(it.key()));
            rule.minimumChargeUc = *min;
        }
        const QJsonObject mult = m.value(u"multipliers").toObject();
        for (auto mi = mult.begin(); mi != mult.end(); ++mi) {
            const double f = mi.value().toDouble(-1);
            if (!std::isfinite(f) || f <= 0) {
                return fail(tr("The price of %1 has an invalid multiplier for %2.")
                                .arg(it.key(), mi.key()));
            }
            rule.multipliers.insert(mi.key(), f);
        }
        const QJsonValue rulesOnly = m.value(u"rules_only_qualities");
        if (!rulesOnly.isUndefined() && !rulesOnly.isArray()) {
            return fail(tr("The price of %1 has an invalid rules_only_qualities.").arg(it.key()));
        }
        for (const QJsonValue &q : rulesOnly.toArray())
            rule.rulesOnlyQualities.append(q.toString());
        if (!rule.perCall && rule.multipliers.isEmpty())
            return fail(tr("The price of %1 has no multipliers.").arg(it.key()));
        table.m_rules.insert(int(*mode), rule);
    }
    if (table.m_rules.isEmpty())
        return fail(tr("The price table lists none of the Kling O3 models."));
    return table;
}

std::optional<PriceRule> PriceTable::rule(Mode mode) const
{
    const auto it = m_rules.constFind(int(mode));
    if (it == m_rules.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<double> PriceTable::multiplier(Mode mode, Quality quality,
                                             std::optional<bool> sound) const
{
    const auto r = rule(mode);
    if (!r)
        return std::nullopt;
    if (r->perCall)
        return 1.0;
    const QString q = qualityName(quality);
    const QString soundKey =
        sound ? (*sound ? QStringLiteral("on") : QStringLiteral("off")) : QStringLiteral("none");
    auto find = [&](const QString &s) -> std::optional<double> {
        const auto it = r->multipliers.constFind(q + u'|' + s);
        if (it == r->multipliers.constEnd())
            return std::nullopt;
        return *it;
    };
    if (auto m = find(soundKey))
        return m;
    // A mode without a sound option ignores the flag; a caller that does not
    // know about sound gets the silent price.
    if (sound)
        return find(QStringLiteral("none"));
    return find(QStringLiteral("off"));
}

} // namespace ks

#include "core/ModerationResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ks {

QString ModerationResult::mainCategory() const
{
    return violations.isEmpty() ? maxCategory : violations.constFirst();
}

std::optional<ModerationResult> ModerationResult::parse(const QByteArray &body, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ModerationResult> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("the moderation answer is not a JSON object"));
    const QJsonValue summaryValue = doc.object().value(QLatin1String("evolink_summary"));
    if (!summaryValue.isObject())
        return fail(QStringLiteral("no \"evolink_summary\" object in the moderation answer"));
    const QJsonObject summary = summaryValue.toObject();
    const QJsonValue flagged = summary.value(QLatin1String("flagged"));
    if (!flagged.isBool())
        return fail(QStringLiteral("\"evolink_summary.flagged\" is not a boolean"));
    ModerationResult r;
    r.flagged = flagged.toBool();
    r.riskLevel = summary.value(QLatin1String("risk_level")).toString();
    r.maxScore = summary.value(QLatin1String("max_score")).toDouble();
    r.maxCategory = summary.value(QLatin1String("max_category")).toString();
    const QJsonArray violations = summary.value(QLatin1String("violations")).toArray();
    for (const QJsonValue &v : violations) {
        if (v.isString() && !v.toString().isEmpty())
            r.violations.append(v.toString());
    }
    return r;
}

} // namespace ks

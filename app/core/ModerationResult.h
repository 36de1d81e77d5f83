#pragma once
// Parsed answer of POST /v1/moderations (model evolink-moderation-1.0,
// API.md §10.1 #15). Only evolink_summary is read: EvoLink recommends its
// `flagged` (risk_level high) for allow / refuse decisions.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ks {

struct ModerationResult
{
    bool flagged = false;
    QString riskLevel; // low | medium | high
    QStringList violations; // categories past their high threshold
    double maxScore = 0;
    QString maxCategory;

    // The category to name to the user: the first violation, else max_category.
    QString mainCategory() const;

    // nullopt (and *error) unless the body holds an evolink_summary object
    // with a boolean `flagged`.
    static std::optional<ModerationResult> parse(const QByteArray &body, QString *error = nullptr);
};

} // namespace ks

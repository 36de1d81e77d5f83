#include "core/FileQuota.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ks {

namespace {

// A count as JSON number or numeric string; -1 when it is neither.
qint64 count(const QJsonValue &v)
{
    double d = -1;
    if (v.isDouble())
        d = v.toDouble();
    else if (v.isString()) {
        bool ok = false;
        d = v.toString().trimmed().toDouble(&ok);
        if (!ok)
            d = -1;
    }
    if (!std::isfinite(d) || d < 0 || d > 1e15)
        return -1;
    return qint64(std::floor(d));
}

} // namespace

std::optional<FileQuota> FileQuota::parse(const QByteArray &body, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<FileQuota> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("the quota answer is not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("success")) == QJsonValue(false))
        return fail(QStringLiteral("the quota answer says success=false"));
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    FileQuota q;
    q.userGroup = data.value(QLatin1String("user_group")).toString();
    q.usedFiles = count(data.value(QLatin1String("used_files")));
    q.maxFiles = count(data.value(QLatin1String("max_files")));
    q.remainFiles = count(data.value(QLatin1String("remain_files")));
    if (q.maxFiles < 0 || q.remainFiles < 0)
        return fail(QStringLiteral("no numeric data.max_files / data.remain_files"));
    if (q.usedFiles < 0)
        q.usedFiles = qMax<qint64>(0, q.maxFiles - q.remainFiles);
    return q;
}

} // namespace ks

#include "core/TaskSnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace ks {

QString taskStatusName(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Pending:
        return QStringLiteral("pending");
    case TaskStatus::Processing:
        return QStringLiteral("processing");
    case TaskStatus::Completed:
        return QStringLiteral("completed");
    case TaskStatus::Failed:
        return QStringLiteral("failed");
    case TaskStatus::Cancelled:
        return QStringLiteral("cancelled");
    case TaskStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

namespace {

// Numbers arrive as JSON numbers or as numeric strings depending on the
// gateway version (API.md §3, §9.9); accept both.
std::optional<double> numberOf(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d))
            return d;
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<int> intOf(const QJsonValue &v)
{
    const auto d = numberOf(v);
    if (!d || *d > 2147483647.0 || *d < -2147483648.0)
        return std::nullopt;
    return int(std::llround(*d));
}

// A code or id that may be a string or an integer: 402 -> "402", not "402.0".
QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool boolOf(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        return s == u"true" || s == u"1" || s == u"yes";
    }
    return false;
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(u"https://", Qt::CaseInsensitive)
        || s.startsWith(u"http://", Qt::CaseInsensitive);
}

TaskStatus statusFromName(const QString &raw)
{
    const QString s = raw.trimmed().toLower();
    if (s == u"pending" || s == u"queued" || s == u"queuing" || s == u"submitted" || s == u"created"
        || s == u"waiting")
        return TaskStatus::Pending;
    if (s == u"processing" || s == u"running" || s == u"in_progress" || s == u"generating")
        return TaskStatus::Processing;
    if (s == u"completed" || s == u"succeeded" || s == u"success" || s == u"done")
        return TaskStatus::Completed;
    if (s == u"failed" || s == u"failure" || s == u"error")
        return TaskStatus::Failed;
    if (s == u"cancelled" || s == u"canceled")
        return TaskStatus::Cancelled;
    return TaskStatus::Unknown;
}

void addUrl(QStringList &urls, const QString &url)
{
    const QString u = url.trimmed();
    if (!u.isEmpty() && !urls.contains(u))
        urls.append(u);
}

// result_data items carry video_url (or image_url for other task types); the
// video is what we download, but take any media link a video task reports.
void readResultItem(const QJsonObject &item, TaskSnapshot &t, QString &elementId)
{
    for (const auto key : {u"video_url", u"url"}) {
        const QString url = item.value(key).toString();
        if (looksLikeUrl(url))
            addUrl(t.resultUrls, url);
    }
    if (elementId.isEmpty())
        elementId = textOf(item.value(u"element_id"));
}

} // namespace

namespace TaskParser {

std::optional<TaskSnapshot> parse(const QByteArray &body, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = pe.error != QJsonParseError::NoError
                ? QCoreApplication::translate("TaskParser",
                                              "The task reply is not valid JSON (%1).")
                      .arg(pe.errorString())
                : QCoreApplication::translate("TaskParser", "The task reply is not a JSON object.");
        }
        return std::nullopt;
    }
    return parse(doc.object(), error);
}

std::optional<TaskSnapshot> parse(const QJsonObject &input, QString *error)
{
    QJsonObject o = input;
    // Some envelopes wrap the task in {"data": {...}}.
    if (!o.contains(u"id") && !o.contains(u"status") && o.value(u"data").isObject())
        o = o.value(u"data").toObject();

    if (!o.contains(u"id") && !o.contains(u"status")) {
        if (error) {
            *error = QCoreApplication::translate("TaskParser",
                                                 "The task reply has neither an id nor a status.");
        }
        return std::nullopt;
    }

    TaskSnapshot t;
    t.id = textOf(o.value(u"id")).trimmed();
    t.model = o.value(u"model").toString();
    t.status = statusFromName(o.value(u"status").toString());
    if (const auto p = intOf(o.value(u"progress")))
        t.progress = qBound(0, *p, 100);
    // Out of qint64's range the cast is undefined (found by fuzz_responses).
    // Task objects say "created"; items of the task list "created_at" (API.md §1.1).
    QJsonValue created = o.value(u"created");
    if (created.isUndefined() || created.isNull())
        created = o.value(u"created_at");
    if (const auto c = numberOf(created); c && std::abs(*c) < 9.0e15)
        t.created = qint64(*c);

    const QJsonObject info = o.value(u"task_info").toObject();
    t.canCancel = boolOf(info.value(u"can_cancel"));
    if (const auto e = intOf(info.value(u"estimated_time")))
        t.estimatedTimeSeconds = qMax(0, *e);
    else if (const auto e2 = intOf(o.value(u"estimated_time")))
        t.estimatedTimeSeconds = qMax(0, *e2);
    if (const auto d = intOf(info.value(u"video_duration")))
        t.videoDurationSeconds = *d;

    const QJsonObject usage = o.value(u"usage").toObject();
    t.billingRule = usage.value(u"billing_rule").toString();
    t.creditsReserved = numberOf(usage.value(u"credits_reserved"));
    t.creditsUsed = numberOf(usage.value(u"credits_used"));
    if (!t.creditsUsed)
        t.creditsUsed = numberOf(usage.value(u"cost").toObject().value(u"credits"));
    const QJsonObject billing = o.value(u"billing").toObject();
    if (!t.creditsReserved)
        t.creditsReserved = numberOf(billing.value(u"reserved_credits"));
    if (!t.creditsUsed)
        t.creditsUsed = numberOf(billing.value(u"charged_credits"));

    QString elementId;
    const QJsonValue results = o.value(u"results");
    if (results.isArray()) {
        const QJsonArray arr = results.toArray();
        for (int i = 0; i < arr.size(); ++i) {
            const QJsonValue v = arr.at(i);
            if (v.isObject()) {
                readResultItem(v.toObject(), t, elementId);
                continue;
            }
            const QString s = textOf(v).trimmed();
            if (looksLikeUrl(s))
                addUrl(t.resultUrls, s);
            else if (i == 0 && !s.isEmpty())
                elementId = s; // kling-custom-element may report the id here
        }
    } else if (results.isString() && looksLikeUrl(results.toString())) {
        addUrl(t.resultUrls, results.toString());
    }

    const QJsonValue resultData = o.value(u"result_data");
    QString dataElementId;
    if (resultData.isArray()) {
        for (const QJsonValue &v : resultData.toArray()) {
            if (v.isObject())
                readResultItem(v.toObject(), t, dataElementId);
        }
    } else if (resultData.isObject()) {
        readResultItem(resultData.toObject(), t, dataElementId);
    }
    // The documented place (result_data) wins over a bare results[0].
    if (!dataElementId.isEmpty())
        elementId = dataElementId;
    if (elementId.isEmpty())
        elementId = textOf(o.value(u"element_id"));
    t.elementId = elementId.trimmed();

    const QJsonValue err = o.value(u"error");
    if (err.isObject()) {
        const QJsonObject e = err.toObject();
        t.errorCode = textOf(e.value(u"code")).trimmed();
        t.errorMessage = e.value(u"message").toString();
        if (t.errorMessage.isEmpty())
            t.errorMessage = e.value(u"msg").toString();
        t.errorType = e.value(u"type").toString();
    } else if (err.isString()) {
        t.errorMessage = err.toString();
    }

    if (t.status == TaskStatus::Failed && t.errorCode == u"request_cancelled")
        t.status = TaskStatus::Cancelled;
    if (t.status == TaskStatus::Completed)
        t.progress = 100;

    return t;
}

} // namespace TaskParser

} // namespace ks

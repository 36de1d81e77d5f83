#pragma once
// Parsed task object (create response, task query, callback payload:
// API.md §3). Tolerant: unknown fields ignored, both result shapes, error
// code as string or number, missing estimated_time.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ks {

enum class TaskStatus { Pending, Processing, Completed, Failed, Cancelled, Unknown };

QString taskStatusName(TaskStatus s); // "pending", ...

struct TaskSnapshot
{
    QString id;
    QString model;
    TaskStatus status = TaskStatus::Unknown;
    int progress = 0;
    std::optional<int> estimatedTimeSeconds;
    std::optional<int> videoDurationSeconds;
    // usage.credits_reserved as sent: credits or UC (API.md §10.1 #9); read it
    // with ReservedCredits against the job's estimate.
    std::optional<double> creditsReserved;
    std::optional<double> creditsUsed;
    QString billingRule;
    bool canCancel = false;
    QStringList resultUrls; // results[] and result_data[].video_url, de-duplicated
    QString elementId; // kling-custom-element result (several shapes accepted)
    QString errorCode; // status failed: error.code as string
    QString errorMessage;
    QString errorType;
    qint64 created = 0;

    bool isTerminal() const
    {
        return status == TaskStatus::Completed || status == TaskStatus::Failed
            || status == TaskStatus::Cancelled;
    }
};

namespace TaskParser {
std::optional<TaskSnapshot> parse(const QByteArray &body, QString *error = nullptr);
std::optional<TaskSnapshot> parse(const QJsonObject &object, QString *error = nullptr);
} // namespace TaskParser

} // namespace ks

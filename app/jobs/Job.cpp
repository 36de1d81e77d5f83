#include "jobs/Job.h"

#include "core/MoneyText.h"
#include "core/ReservedCredits.h"

#include <QCoreApplication>

#include <QUuid>

namespace ks {

namespace {

struct StateName
{
    JobState state;
    const char *storage;
};

// Storage names are part of the journal format: never rename one.
constexpr StateName kStateNames[] = {
    {JobState::Queued, "queued"},
    {JobState::Uploading, "uploading"},
    {JobState::Submitting, "submitting"},
    {JobState::Running, "running"},
    {JobState::Downloading, "downloading"},
    {JobState::Done, "done"},
    {JobState::Failed, "failed"},
    {JobState::Cancelled, "cancelled"},
    {JobState::OutcomeUnknown, "outcome_unknown"},
    {JobState::Stalled, "stalled"},
    {JobState::Expired, "expired"},
    {JobState::Stopped, "stopped"},
};

} // namespace

QString jobStateName(JobState s)
{
    for (const auto &entry : kStateNames) {
        if (entry.state == s)
            return QLatin1String(entry.storage);
    }
    return QStringLiteral("queued");
}

std::optional<JobState> jobStateFromName(const QString &name)
{
    for (const auto &entry : kStateNames) {
        if (name == QLatin1String(entry.storage))
            return entry.state;
    }
    return std::nullopt;
}

QString jobStateDisplayName(JobState s)
{
    switch (s) {
    case JobState::Queued:
        return QCoreApplication::translate("JobState", "Queued");
    case JobState::Uploading:
        return QCoreApplication::translate("JobState", "Uploading");
    case JobState::Submitting:
        return QCoreApplication::translate("JobState", "Submitting");
    case JobState::Running:
        return QCoreApplication::translate("JobState", "Running");
    case JobState::Downloading:
        return QCoreApplication::translate("JobState", "Downloading");
    case JobState::Done:
        return QCoreApplication::translate("JobState", "Done");
    case JobState::Failed:
        return QCoreApplication::translate("JobState", "Failed");
    case JobState::Cancelled:
        return QCoreApplication::translate("JobState", "Cancelled");
    case JobState::OutcomeUnknown:
        return QCoreApplication::translate("JobState", "Outcome unknown");
    case JobState::Stalled:
        return QCoreApplication::translate("JobState", "Still running on the server");
    case JobState::Expired:
        return QCoreApplication::translate("JobState", "Link expired");
    case JobState::Stopped:
        return QCoreApplication::translate("JobState", "Stopped");
    }
    return QString();
}

bool isActive(JobState s)
{
    switch (s) {
    case JobState::Queued:
    case JobState::Uploading:
    case JobState::Submitting:
    case JobState::Running:
    case JobState::Downloading:
        return true;
    default:
        return false;
    }
}

bool isSettled(JobState s)
{
    switch (s) {
    case JobState::Done:
    case JobState::Failed:
    case JobState::Cancelled:
    case JobState::Expired:
    case JobState::Stopped:
        return true;
    default:
        return false;
    }
}

Job Job::create(const GenerationRequest &request)
{
    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.updatedAt = job.createdAt;
    job.request = request;
    job.state = JobState::Queued;
    job.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return job;
}

bool Job::takeReservation(double raw)
{
    const ReservedCredits::Reading r = ReservedCredits::read(raw, estimateUc);
    if (creditsReservedRaw == raw && creditsReserved == r.credits)
        return false;
    creditsReservedRaw = raw;
    creditsReserved = r.credits;
    return true;
}

QString Job::reservationText() const
{
    if (creditsReserved)
        return MoneyText::credits(*creditsReserved);
    if (creditsReservedRaw)
        return ReservedCredits::unclearText(*creditsReservedRaw, estimateUc);
    return {};
}

} // namespace ks

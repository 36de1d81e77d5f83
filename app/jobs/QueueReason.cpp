#include "jobs/QueueReason.h"

#include "core/Mode.h"

namespace ks {

QString QueueReason::text(const Job &job)
{
    if (job.state != JobState::Queued)
        return {};
    if (ErrorCatalog::isTaskLimit(job.error))
        return tr("Waiting: EvoLink is running as many tasks as your account allows");
    if (job.error.kind == ErrorKind::Http && job.error.httpStatus == 429)
        return tr("Waiting: EvoLink asked for fewer requests; trying again shortly");
    const int running = job.modelJobsRunning;
    if (running <= 0)
        return {};
    const QString model = ModeInfo::modelName(job.request.mode);
    if (running == 1)
        return tr("Waiting: 1 %1 job is running").arg(model);
    return tr("Waiting: %1 %2 jobs are running").arg(running).arg(model);
}

QString QueueReason::shortText(const Job &job)
{
    if (job.state != JobState::Queued)
        return {};
    if (ErrorCatalog::isTaskLimit(job.error))
        return tr("waiting: account limit");
    if (job.error.kind == ErrorKind::Http && job.error.httpStatus == 429)
        return tr("waiting: too many requests");
    if (job.modelJobsRunning <= 0)
        return {};
    return tr("waiting: %1 running").arg(job.modelJobsRunning);
}

} // namespace ks

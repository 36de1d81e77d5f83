#include "jobs/JobManager.h"

#include "core/CostEstimator.h"
#include "jobs/CreateSpacing.h"
#include "jobs/DownloadClaim.h"
#include "jobs/ElementLibrary.h"
#include "jobs/FileQuotaGate.h"
#include "jobs/JobRun.h"
#include "jobs/JobStore.h"
#include "jobs/ModelCreateHolds.h"
#include "jobs/VideoTarget.h"
#include "platform/Logging.h"
#include "platform/Settings.h"

#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace ks {

// ---- Private: the queue, the per-model slots and the journal of the jobs
// this process drives; each job's own steps are its JobRun's.
class JobManager::Private final : public JobRunHost
{
public:
    Private(JobManager *qq, JobStore *s, EvoLinkClient *c, QNetworkAccessManager *n, Settings *st)
        : q(qq), store(s), m_client(c), nam(n), m_settings(st), m_claim(s)
    {
    }

    JobManager *q;
    QPointer<JobStore> store; // may go first at shutdown
    EvoLinkClient *m_client;
    QNetworkAccessManager *nam;
    Settings *m_settings;
    PollSchedule m_schedule;
    QString libraryDir;
    QPointer<ElementLibrary> m_elementLibrary;
    bool demo = false;
    DownloadClaim m_claim; // one process drives a job at a time
    QHash<QString, JobRun *> runs;
    QStringList queue; // ids of Queued runs, oldest first
    CostEstimator estimator;
    ResumePolicy resumePolicy = ResumePolicy::LostCreatesWaitForUser;
    // Jobs whose last state could not be journaled: shown from here so the
    // user sees what happened (and the task id) although the journal cannot.
    QHash<QString, Job> unjournaled;
    QString submitError;
    CreateSpacing m_spacing; // creates of this process at least 1 s apart
    ModelCreateHolds m_holds; // models EvoLink just refused a create for
    bool pumping = false;
    bool pumpAgain = false;
    // Journals the new jobs in one transaction (one batch id when
    // `asBatch`), then queues them; outPaths match the requests.
    QStringList submitJobs(const QList<GenerationRequest> &requests, const QStringList &outPaths,
                           bool asBatch);

    // ---- JobRunHost ----

    EvoLinkClient *client() const override { return m_client; }
    QNetworkAccessManager *network() const override { return nam; }
    Settings *settings() const override { return m_settings; }
    const PollSchedule &schedule() const override { return m_schedule; }
    ElementLibrary *elementLibrary() const override { return m_elementLibrary; }
    DownloadClaim &claim() override { return m_claim; }
    ModelCreateHolds &holds() override { return m_holds; }
    CreateSpacing &spacing() override { return m_spacing; }
    void jobChanged(const QString &id) override { emit q->jobChanged(id); }
    bool isCurrent(const JobRun *run) const override { return runs.value(run->job.id) == run; }

    QString libraryFolder() const override
    {
        if (!libraryDir.isEmpty())
            return libraryDir;
        return m_settings ? m_settings->libraryDir() : QString();
    }

    bool taskHeldByAnotherJob(const QString &self, const QString &taskId) const override
    {
        const QString holder = store ? store->jobIdForTask(taskId) : QString();
        if (!holder.isEmpty() && holder != self)
            return true;
        return std::any_of(runs.cbegin(), runs.cend(), [&](const JobRun *other) {
            return other->job.id != self && other->job.taskId == taskId;
        });
    }

    void setUpClaimRenewal()
    {
        // Later, not inside the step that ended the hold.
        m_holds.setOnReleased([this](const QString &) {
            QMetaObject::invokeMethod(
                q, [this] { pump(); }, Qt::QueuedConnection);
        });
        QObject::connect(&m_claim, &DownloadClaim::renewalDue, q, [this] { renewLeases(); });
    }

    JobRun *addRun(const Job &job)
    {
        auto *run = new JobRun(job, *this, q);
        runs.insert(job.id, run);
        unjournaled.remove(job.id);
        updateLeaseTimer();
        return run;
    }

    // Writes the run's row, trying a failed write again a moment later (a
    // busy lock, a disk that is briefly full). False when it stayed unwritten.
    bool journal(JobRun *run) override
    {
        run->job.updatedAt = QDateTime::currentDateTimeUtc();
        if (!store)
            return false;
        bool written = false;
        for (int attempt = 0; attempt < 3 && !written; ++attempt) {
            if (attempt > 0)
                QThread::msleep(attempt == 1 ? 50 : 250);
            written = store->update(run->job);
        }
        if (!written)
            qCWarning(lcJobs) << "could not journal job" << run->job.id << store->lastError();
        emit q->jobChanged(run->job.id);
        return written;
    }

    // For writes whose loss costs nothing that cannot be asked for again
    // (progress, the state of a poll): logged, and the job goes on.
    void persist(JobRun *run) { journal(run); }

    QString journalError() const override
    {
        return store ? store->lastError() : JobManager::tr("The job history is not open.");
    }

    // The journal refused a write that must be durable before the job may
    // go on: stop driving the job, keep what is known on screen, and ask the
    // user to act (the CLI prints it and exits, the app shows a dialog).
    void stopUnjournaled(JobRun *run, JobState state, const QString &message) override
    {
        const QString id = run->job.id;
        run->job.state = state;
        run->job.error = ApiError::local(message);
        run->job.error.code = QStringLiteral("journal_write_failed");
        run->job.etaSeconds.reset();
        unjournaled.insert(id, run->job);
        qCCritical(lcJobs).noquote() << message;
        dropRun(run);
        emit q->jobChanged(id);
        emit q->attentionNeeded(id, unjournaled.value(id).error);
        emit q->jobFinished(id);
        pump();
        checkAllSettled();
    }

    // ---- ownership: one process drives a job at a time ----

    bool own(const QString &id) { return m_claim.claim(id); }

    void release(const QString &id) { m_claim.release(id); }

    void updateLeaseTimer()
    {
        m_claim.setDriving(std::any_of(runs.cbegin(), runs.cend(),
                                       [](const JobRun *run) { return !run->watching; }));
    }

    void renewLeases()
    {
        const QList<JobRun *> all = runs.values();
        for (JobRun *run : all) {
            if (run->watching || own(run->job.id))
                continue;
            // Our lease ran out (the computer slept?) and another process
            // took the job: it drives it now, this one only follows.
            qCWarning(lcJobs) << "job" << run->job.id << "was taken over by another process";
            detach(run);
            queue.removeAll(run->job.id);
            watchOwner(run);
        }
        updateLeaseTimer();
    }

    // Another live process drives this job (the app and the CLI share the
    // journal): follow its row until it settles there, or take the job over
    // as soon as that process is gone or its lease has run out.
    void watchOwner(JobRun *run) override
    {
        run->watching = true;
        updateLeaseTimer();
        run->after(m_schedule.nextDelayMs(0), [this, r = run] {
            const QString id = r->job.id;
            const std::optional<Job> row = store ? store->job(id) : std::nullopt;
            if (!row) { // removed from the history meanwhile
                dropRun(r);
                emit q->jobChanged(id);
                emit q->jobFinished(id);
                pump();
                checkAllSettled();
                return;
            }
            r->job = *row;
            if (!isActive(row->state)) {
                dropRun(r);
                emit q->jobChanged(id);
                emit q->jobFinished(id);
                pump();
                checkAllSettled();
                return;
            }
            if (!own(id)) {
                emit q->jobChanged(id);
                watchOwner(r);
                return;
            }
            // Its holder is gone: go on from what the journal says.
            qCInfo(lcJobs) << "taking over job" << id << "from a process that is gone";
            dropRun(r);
            resumeJob(*row);
            pump();
            checkAllSettled();
        });
    }

    void setState(JobRun *run, JobState state)
    {
        run->job.state = state;
        persist(run);
    }

    static bool takesSlot(JobState s)
    {
        return s == JobState::Uploading || s == JobState::Submitting || s == JobState::Running;
    }

    // Jobs of `model` this process has past the queue.
    int slotsInUse(const QString &model) const
    {
        int n = 0;
        for (const JobRun *run : runs) {
            if (!run->watching && (takesSlot(run->job.state) || run->admitted)
                && run->model() == model)
                ++n;
        }
        return n;
    }

    // EvoLink limits tasks per model (API.md §10.1 #12), so the limit is per
    // model too; what the account allows overall shows up as quota_exceeded.
    int maxSlotsPerModel() const
    {
        return std::max(1, m_settings ? m_settings->maxConcurrentTasks() : 3);
    }

    // The live note on a queued job of why it waits (not journaled).
    void noteWaiting(JobRun *run, int modelJobsRunning)
    {
        if (run->job.modelJobsRunning == modelJobsRunning)
            return;
        run->job.modelJobsRunning = modelJobsRunning;
        emit q->jobChanged(run->job.id);
    }

    // Lets queued jobs in, oldest first, as long as their model has a free
    // slot and EvoLink is not holding its creates back.
    void pump()
    {
        if (pumping) { // a job let in settled at once: scan again after
            pumpAgain = true;
            return;
        }
        pumping = true;
        const int limit = maxSlotsPerModel();
        do {
            pumpAgain = false;
            for (int i = 0; i < queue.size();) {
                JobRun *run = runs.value(queue.at(i));
                if (!run || run->job.state != JobState::Queued) {
                    queue.removeAt(i);
                    continue;
                }
                const QString model = run->model();
                const int busy = slotsInUse(model);
                if (m_holds.isHeld(model) || busy >= limit) {
                    noteWaiting(run, m_holds.isHeld(model) ? 0 : busy);
                    ++i;
                    continue;
                }
                queue.removeAt(i);
                noteWaiting(run, 0);
                run->admitted = true;
                run->uploadNext();
                i = 0; // the queue may have changed meanwhile
            }
        } while (pumpAgain);
        pumping = false;
    }

    // EvoLink refused the create before making a task (nothing was billed):
    // the job goes back to the queue with the refusal as its reason, and is
    // sent again, with the same idempotency key, once the hold ends.
    void requeueRefused(JobRun *run, const ApiError &error,
                        ModelCreateHolds::Reason reason) override
    {
        const int ms = m_holds.hold(run->model(), reason, error.retryAfterSeconds);
        qCInfo(lcJobs) << "job" << run->job.id << "waits" << ms << "ms:" << error.code
                       << error.message;
        run->admitted = false;
        run->job.error = error;
        run->job.state = JobState::Queued;
        persist(run);
        // Back to its place in line: ahead of the jobs queued after it.
        int at = 0;
        while (at < queue.size()) {
            const JobRun *other = runs.value(queue.at(at));
            if (other && other->job.createdAt > run->job.createdAt)
                break;
            ++at;
        }
        queue.insert(at, run->job.id);
        pump();
    }

    // Drops a run from this process without touching its journal row.
    void dropRun(JobRun *run)
    {
        detach(run);
        runs.remove(run->job.id);
        queue.removeAll(run->job.id);
        // A job with a task leaves: EvoLink has room for another of its model.
        if (!run->watching && !run->job.taskId.isEmpty())
            m_holds.jobFinished(run->model());
        // After the outcome is journaled (finish() writes first): a process
        // that takes the job over finds it settled, never runs it again.
        if (!run->watching)
            release(run->job.id);
        run->deleteLater();
        updateLeaseTimer();
    }

    // Disconnects and aborts whatever the run has in flight.
    void detach(JobRun *run)
    {
        run->abortInFlight();
        m_spacing.cancel(run);
    }

    void checkAllSettled()
    {
        if (runs.isEmpty())
            emit q->allSettled();
    }

    // The job leaves the active states: journal it, forget the run, let the
    // next queued job in.
    void finish(JobRun *run, JobState state, const ApiError &error = {}) override
    {
        const QString id = run->job.id;
        run->job.state = state;
        run->job.error = error;
        if (state != JobState::Running)
            run->job.etaSeconds.reset();
        persist(run);
        dropRun(run);
        if (error.kind != ErrorKind::None
            && (ErrorCatalog::needsDialog(error) || error.code == FileQuotaGate::errorCode()))
            emit q->attentionNeeded(id, error);
        emit q->jobFinished(id);
        pump();
        checkAllSettled();
    }

    // Another process (the app and the CLI share the journal) settled this
    // job meanwhile: take its row instead of overwriting it.
    bool adoptSettledElsewhere(JobRun *run) override
    {
        const std::optional<Job> row = store ? store->job(run->job.id) : std::nullopt;
        if (!row || !isSettled(row->state))
            return false;
        const QString id = run->job.id;
        qCInfo(lcJobs) << "job" << id << "was settled by another process";
        dropRun(run);
        emit q->jobChanged(id);
        emit q->jobFinished(id);
        pump();
        checkAllSettled();
        return true;
    }

    // ---- resuming ----

    // A create whose answer was lost with the previous process: its task may
    // exist. Looked up at once, or left for the user's "Check again"; never
    // sent again blindly.
    void lostCreate(Job job, bool lookUp)
    {
        if (lookUp) {
            addRun(job)->lookUpLostTask();
            return;
        }
        job.state = JobState::OutcomeUnknown;
        job.updatedAt = QDateTime::currentDateTimeUtc();
        store->update(job);
        release(job.id);
        emit q->jobChanged(job.id);
        emit q->jobFinished(job.id);
    }

    // Continues one job of the journal in this process, or follows it when
    // another live process drives it.
    void resumeJob(const Job &stored)
    {
        Job job = stored;
        if (!own(job.id)) {
            watchOwner(addRun(job));
            return;
        }
        const bool lookUp = resumePolicy == ResumePolicy::LookUpLostCreates;
        switch (job.state) {
        case JobState::Queued:
        case JobState::Uploading: {
            JobRun *run = addRun(job);
            if (job.state != JobState::Queued)
                setState(run, JobState::Queued);
            queue.append(job.id);
            return;
        }
        case JobState::Submitting:
            lostCreate(job, lookUp);
            return;
        case JobState::Running:
        case JobState::Stalled:
            if (!job.taskId.isEmpty()) {
                addRun(job)->startPolling(0);
                return;
            }
            lostCreate(job, lookUp);
            return;
        case JobState::Downloading: {
            JobRun *run = addRun(job);
            // A demo link names the port of the previous simulator: ask the
            // (persisted) simulator again for a fresh one.
            if (!job.resultUrl.isEmpty() && !(job.demo && !job.taskId.isEmpty())) {
                run->startPollClock();
                run->startDownload();
            } else if (!job.taskId.isEmpty()) {
                run->startPolling(0);
            } else {
                finish(run, JobState::OutcomeUnknown);
            }
            return;
        }
        case JobState::OutcomeUnknown:
            if (lookUp) {
                addRun(job)->lookUpLostTask();
                return;
            }
            break; // waits for the user's "check again"
        case JobState::Failed:
            // A paid result that never reached the disk: ask for a fresh
            // link and download it (strandedResults()).
            if (!job.taskId.isEmpty() && !job.resultUrl.isEmpty() && job.videoPath.isEmpty()) {
                addRun(job)->startPolling(0);
                return;
            }
            break;
        default:
            break;
        }
        release(job.id);
    }
};

// ---- JobManager -------------------------------------------------------------

JobManager::JobManager(JobStore *store, EvoLinkClient *client, QNetworkAccessManager *nam,
                       Settings *settings, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, store, client, nam, settings))
{
    d->setUpClaimRenewal();
    // Direct: the jobs go back in before the write that noticed the loss.
    connect(store, &JobStore::recreated, this, [this] { emit journalRecreated(rejournalLive()); });
}

JobManager::~JobManager()
{
    // Runs are children of this object; their replies die with them. The
    // journal keeps every job for resumeUnfinished() next time.
    for (JobRun *run : std::as_const(d->runs)) {
        d->detach(run);
        // Free for the next process at once (a killed one is taken over
        // at once too: its owner name says it is gone).
        if (!run->watching)
            d->release(run->job.id);
    }
}

void JobManager::setPollSchedule(const PollSchedule &schedule)
{
    d->m_schedule = schedule;
    d->m_holds.setScale(schedule.scale);
}

PollSchedule JobManager::pollSchedule() const
{
    return d->m_schedule;
}

void JobManager::setLibraryDir(const QString &dir)
{
    d->libraryDir = dir;
}

void JobManager::setElementLibrary(ElementLibrary *library)
{
    d->m_elementLibrary = library;
}

void JobManager::setDemoMode(bool demo)
{
    if (d->demo == demo)
        return;
    d->demo = demo;
    const QList<JobRun *> runs = d->runs.values();
    for (JobRun *run : runs) {
        if (run->job.demo == demo)
            continue;
        if (run->job.demo) {
            // Demo tasks live only in the simulator: nothing to come back to.
            d->detach(run);
            d->finish(run, JobState::Stopped);
        } else {
            // A real task keeps running on the server; resume it later.
            d->dropRun(run);
            emit jobChanged(run->job.id);
        }
    }
    d->pump();
    d->checkAllSettled();
}

bool JobManager::isDemoMode() const
{
    return d->demo;
}

QString JobManager::submit(const GenerationRequest &request, const QString &outPath)
{
    return d->submitJobs({request}, {outPath}, false).value(0); // empty when refused
}

QStringList JobManager::submitTakes(const GenerationRequest &request, int takes)
{
    const int count = std::clamp(takes, 1, kMaxTakes);
    return d->submitJobs(QList<GenerationRequest>(count, request), QStringList(count, QString()),
                         count > 1);
}

QStringList JobManager::submitBatch(const QList<GenerationRequest> &requests,
                                    const QStringList &outPaths)
{
    return d->submitJobs(requests, outPaths, requests.size() > 1);
}

QStringList JobManager::Private::submitJobs(const QList<GenerationRequest> &requests,
                                            const QStringList &outPaths, bool asBatch)
{
    submitError.clear();
    // A journal that lives only in memory (its file could not be opened)
    // forgets the job and its task id at exit: no paid request on that.
    if (!demo && !store->isDurable()) {
        submitError =
            JobManager::tr("The job history could not be opened, so a paid job could not be "
                           "recorded: nothing was sent. Fix the problem shown at start (disk "
                           "space, permissions of the data folder), then try again.");
        qCWarning(lcJobs) << "journal not durable, paid job not sent";
        return {};
    }
    const QString batchId =
        asBatch ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    QList<Job> jobs;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        Job job = Job::create(requests.at(i));
        const Estimate estimate = estimator.estimate(job.request);
        job.estimateUc = estimate.valid ? estimate.totalUc : 0;
        job.outPath = VideoTarget::journaledOutPath(outPaths.value(i));
        job.demo = demo;
        job.batchId = batchId;
        job.batchIndex = asBatch ? int(i) + 1 : 0;
        jobs.append(job);
    }
    // Journal first: whatever happens on the network from here on, every
    // job (and later its task id) can be found again.
    if (!store->insertAll(jobs)) {
        submitError =
            JobManager::tr("The job could not be written to the journal (%1); nothing was "
                           "sent.")
                .arg(store->lastError());
        qCWarning(lcJobs) << "job not journaled, not sent:" << store->lastError();
        return {};
    }
    QStringList ids;
    for (const Job &job : std::as_const(jobs)) {
        JobRun *run = addRun(job);
        ids << job.id;
        // Another process may pick a new job up at once (a `resume` started
        // this very moment): it drives it then, this one follows.
        if (own(job.id))
            queue.append(job.id);
        else
            watchOwner(run);
        emit q->jobChanged(job.id);
    }
    pump();
    return ids;
}

QString JobManager::resubmit(const QString &jobId, std::optional<Quality> quality)
{
    const std::optional<Job> old = job(jobId);
    if (!old)
        return QString();
    GenerationRequest request = old->request;
    request.quality = quality.value_or(request.quality);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (MediaRef *media : request.mediaSlots()) {
        if (media->isLocal() && !media->url.isEmpty() && JobRun::uploadIsStale(*media, now)) {
            media->url.clear();
            media->uploadedAt = QDateTime();
        }
    }
    return submit(request);
}

void JobManager::stopTracking(const QString &jobId)
{
    if (JobRun *run = d->runs.value(jobId)) {
        if (run->watching) {
            // Another live process (the CLI, a second window) drives the
            // job and writes its row: a Stopped written here would be
            // overwritten there, or hide the video it downloads. The UI
            // does not offer Stop for such a job.
            qCInfo(lcJobs) << "job" << jobId << "is driven by another process; not stopped";
            return;
        }
        if (run->job.state == JobState::Submitting && run->hasReply()) {
            // The answer carries the task id: wait for it so the journal
            // still knows the (billed) task.
            run->stopRequested = true;
            return;
        }
        d->detach(run);
        d->finish(run, JobState::Stopped);
        return;
    }
    std::optional<Job> job = d->store->job(jobId);
    if (!job || isSettled(job->state))
        return;
    if (!d->own(jobId)) {
        qCInfo(lcJobs) << "job" << jobId << "is driven by another process; not stopped";
        return;
    }
    job->state = JobState::Stopped;
    job->updatedAt = QDateTime::currentDateTimeUtc();
    d->store->update(*job);
    d->release(jobId);
    emit jobChanged(jobId);
    emit jobFinished(jobId);
}

bool JobManager::isDrivenElsewhere(const QString &jobId) const
{
    const JobRun *run = d->runs.value(jobId);
    return run && run->watching;
}

void JobManager::checkAgain(const QString &jobId)
{
    if (JobRun *run = d->runs.value(jobId)) {
        // Already tracked here: poll now instead of waiting for the timer.
        if (run->job.state == JobState::Running && !run->hasReply())
            run->schedulePoll(0);
        return;
    }
    const std::optional<Job> job = d->store->job(jobId);
    if (!job || job->state == JobState::Done)
        return;
    if (job->demo != d->demo) {
        qCInfo(lcJobs) << "job" << jobId << "belongs to the other mode (demo/real)";
        return;
    }
    if (!d->own(jobId)) {
        d->watchOwner(d->addRun(*job)); // another process drives it
        emit jobChanged(jobId);
        return;
    }
    if (isActive(job->state)) {
        // Left active by a process that is gone: go on where it stopped.
        d->release(jobId);
        d->resumeJob(*job);
        d->pump();
        return;
    }
    if (!job->taskId.isEmpty()) {
        JobRun *run = d->addRun(*job);
        run->startPolling(0);
        return;
    }
    if (job->state == JobState::OutcomeUnknown) {
        JobRun *run = d->addRun(*job);
        run->lookUpLostTask();
        return;
    }
    d->release(jobId);
}

void JobManager::removeFromHistory(const QString &jobId)
{
    JobRun *run = d->runs.value(jobId);
    if (run)
        d->dropRun(run);
    // The row only: the video file belongs to the user.
    d->store->remove(jobId);
    emit jobChanged(jobId);
    if (run) {
        d->pump();
        d->checkAllSettled();
    }
}

void JobManager::resumeUnfinished(ResumePolicy policy)
{
    d->resumePolicy = policy;
    QList<Job> jobs = d->store->unfinished();
    jobs += d->store->strandedResults();
    for (const Job &stored : std::as_const(jobs)) {
        if (d->runs.contains(stored.id) || stored.demo != d->demo)
            continue;
        d->resumeJob(stored);
    }
    d->pump();
    d->checkAllSettled();
}

QString JobManager::submitError() const
{
    return d->submitError;
}

int JobManager::runningCount() const
{
    int n = 0;
    for (const JobRun *run : std::as_const(d->runs)) {
        if ((run->job.state != JobState::Queued || run->admitted) && isActive(run->job.state))
            ++n;
    }
    return n;
}

int JobManager::rejournalLive()
{
    if (!d->store)
        return 0;
    int written = 0;
    for (const JobRun *run : std::as_const(d->runs)) {
        if (run->watching)
            continue; // its owner writes it back
        if (d->store->update(run->job) || d->store->insert(run->job))
            ++written;
        else
            qCCritical(lcJobs) << "could not journal job" << run->job.id
                               << "again:" << d->store->lastError();
    }
    return written;
}

int JobManager::activeTimerCount() const
{
    // The lease timer runs while jobs run here; counted only if it outlived them.
    int n = d->m_claim.isRenewalTimerActive() && d->runs.isEmpty() ? 1 : 0;
    n += d->m_holds.count() + d->m_spacing.waiting();
    for (const JobRun *run : std::as_const(d->runs)) {
        n += run->isTimerActive() ? 1 : 0;
        n += run->isDownloadRetryPending() ? 1 : 0;
    }
    return n;
}

std::optional<Job> JobManager::job(const QString &id) const
{
    if (const JobRun *run = d->runs.value(id))
        return run->job;
    if (const auto it = d->unjournaled.constFind(id); it != d->unjournaled.cend())
        return *it;
    return d->store->job(id);
}

} // namespace ks

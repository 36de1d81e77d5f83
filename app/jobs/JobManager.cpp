#include "jobs/JobManager.h"

#include "api/ApiReply.h"
#include "api/Downloader.h"
#include "api/EvoLinkClient.h"
#include "core/ByteSizeText.h"
#include "core/CostEstimator.h"
#include "core/Mode.h"
#include "core/RequestJson.h"
#include "core/ResultCheck.h"
#include "core/ResultFileName.h"
#include "core/ResultSize.h"
#include "core/UploadPrecheck.h"
#include "jobs/CreateSpacing.h"
#include "jobs/ElementLibrary.h"
#include "jobs/FileQuotaGate.h"
#include "jobs/JobStore.h"
#include "jobs/LostTaskFinder.h"
#include "jobs/ModelCreateHolds.h"
#include "platform/Logging.h"
#include "platform/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

namespace ks {

namespace {

// Uploaded inputs expire after 72 h (API.md §5); re-upload an hour early so
// the server never fetches a link that dies while the task waits.
constexpr qint64 kUploadLifetimeSeconds = 72 * 3600;
constexpr qint64 kUploadMarginSeconds = 3600;
constexpr int kMaxTransientRetries = 3;
constexpr int kProgressPersistMs = 500;
constexpr int kLeaseRenewMs = 60 * 1000;

int scaled(double ms, double scale)
{
    return std::max(1, int(std::lround(ms * scale)));
}

bool uploadIsStale(const MediaRef &m, const QDateTime &now)
{
    return !m.uploadedAt.isValid()
        || m.uploadedAt.secsTo(now) > kUploadLifetimeSeconds - kUploadMarginSeconds;
}

bool needsUploadNow(const MediaRef &m, const QDateTime &now)
{
    return m.isLocal() && (m.url.isEmpty() || uploadIsStale(m, now));
}

bool isVideo(const MediaRef &m)
{
    return m.info.format == MediaFormat::Mp4 || m.info.format == MediaFormat::Mov;
}

// The files API documents images only (API.md §5): a video may be refused by
// status (400/413/415), by a files-API code in a 200 body, or by being stored
// as something other than a video.
bool isVideoRefusal(const ApiError &e)
{
    static const QStringList codes = {QStringLiteral("400"),
                                      QStringLiteral("413"),
                                      QStringLiteral("415"),
                                      QStringLiteral("invalid_request"),
                                      QStringLiteral("request_too_large"),
                                      QStringLiteral("unsupported_media_type"),
                                      QStringLiteral("upload_type_mismatch")};
    if (e.kind == ErrorKind::Http
        && (e.httpStatus == 400 || e.httpStatus == 413 || e.httpStatus == 415))
        return true;
    return (e.kind == ErrorKind::Http || e.kind == ErrorKind::BadResponse)
        && codes.contains(e.code.trimmed().toLower());
}

// One job while this process drives it. Timers and replies are its
// children, so dropping the run cancels everything it had in flight.
class Run final : public QObject
{
public:
    explicit Run(const Job &j, QObject *parent) : QObject(parent), job(j)
    {
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, this, [this] {
            // Taken first: the step may schedule the next one.
            const std::function<void(Run *)> step = std::exchange(pending, nullptr);
            if (step)
                step(this);
        });
    }

    // A stopped QTimer never fires: a run that settles or is dropped leaves
    // no timer behind (a QTimer::singleShot would still fire once, empty).
    void cancelTimer()
    {
        timer.stop();
        pending = nullptr;
    }

    Job job;
    QPointer<ApiReply> reply;
    QPointer<Downloader> downloader;
    QPointer<LostTaskFinder> finder;
    // Another live process owns the job: this run only follows its row.
    bool watching = false;
    QElapsedTimer pollClock; // since this process began polling the task
    QElapsedTimer persistClock; // throttles progress writes while downloading
    QElapsedTimer leaseClock; // renews the download claim
    QTimer timer; // the one pending step: next poll, retry or claim check
    std::function<void(Run *)> pending;
    int transientRetries = 0;
    int rateLimitHits = 0;
    int uploadRetries = 0;
    bool quotaChecked = false; // the file quota was read before this run's uploads
    // Sent again after a lost create was looked for and not found: its first
    // request may still have made a task, so a refusal of this one does not
    // put it back in the queue (a restart would then send it unasked).
    bool resentAfterLostCreate = false;
    bool stopRequested = false;
    // Let out of the queue and not yet uploading or sending (waiting for the
    // create spacing): holds its model's slot all the same.
    bool admitted = false;
    QString downloadTemp; // set when the file is renamed to outPath at the end
};

} // namespace

// ---- PollSchedule ---------------------------------------------------------

int PollSchedule::firstDelayMs(std::optional<int> estimatedTimeSeconds) const
{
    // API.md §8.1: max(5, min(estimated_time / 4, 15)) s; unknown: the
    // regular 8 s interval.
    double seconds = 8.0;
    if (estimatedTimeSeconds && *estimatedTimeSeconds >= 0)
        seconds = std::max(5.0, std::min(*estimatedTimeSeconds / 4.0, 15.0));
    return scaled(seconds * 1000.0, scale);
}

int PollSchedule::nextDelayMs(qint64 elapsedMs) const
{
    // The phase boundaries shrink with the delays, so a scaled schedule
    // keeps the same shape.
    double seconds = 8.0;
    if (elapsedMs >= 10 * 60 * 1000 * scale)
        seconds = 30.0;
    else if (elapsedMs >= 2 * 60 * 1000 * scale)
        seconds = 15.0;
    return scaled(seconds * 1000.0, scale);
}

// ---- Private ----------------------------------------------------------------

class JobManager::Private
{
public:
    Private(JobManager *qq, JobStore *s, EvoLinkClient *c, QNetworkAccessManager *n, Settings *st)
        : q(qq), store(s), client(c), nam(n), settings(st),
          owner(JobStore::processOwnerName(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
    }

    JobManager *q;
    QPointer<JobStore> store; // may go first at shutdown
    EvoLinkClient *client;
    QNetworkAccessManager *nam;
    Settings *settings;
    PollSchedule schedule;
    QString libraryDir;
    QPointer<ElementLibrary> elementLibrary;
    bool demo = false;
    const QString owner; // this manager's name in download claims
    QHash<QString, Run *> runs;
    QStringList queue; // ids of Queued runs, oldest first
    CostEstimator estimator;
    ResumePolicy resumePolicy = ResumePolicy::LostCreatesWaitForUser;
    QTimer leaseTimer; // renews this process's claims while it drives jobs
    // Jobs whose last state could not be journaled: shown from here so the
    // user sees what happened (and the task id) although the journal cannot.
    QHash<QString, Job> unjournaled;
    QString submitError;
    CreateSpacing spacing; // creates of this process at least 1 s apart
    ModelCreateHolds holds; // models EvoLink just refused a create for
    bool pumping = false;
    bool pumpAgain = false;

    void setUpLeaseTimer()
    {
        // Later, not inside the step that ended the hold.
        holds.setOnReleased([this](const QString &) {
            QMetaObject::invokeMethod(
                q, [this] { pump(); }, Qt::QueuedConnection);
        });
        leaseTimer.setInterval(kLeaseRenewMs);
        QObject::connect(&leaseTimer, &QTimer::timeout, q, [this] { renewLeases(); });
    }

    Run *addRun(const Job &job)
    {
        auto *run = new Run(job, q);
        runs.insert(job.id, run);
        unjournaled.remove(job.id);
        updateLeaseTimer();
        return run;
    }

    // Writes the run's row, trying a failed write again a moment later (a
    // busy lock, a disk that is briefly full). False when it stayed unwritten.
    bool journal(Run *run)
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
    void persist(Run *run) { journal(run); }

    QString journalError() const
    {
        return store ? store->lastError() : JobManager::tr("The job history is not open.");
    }

    // The journal refused a write that must be durable before the job may
    // go on: stop driving the job, keep what is known on screen, and ask the
    // user to act (the CLI prints it and exits, the app shows a dialog).
    void stopUnjournaled(Run *run, JobState state, const QString &message)
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

    bool own(const QString &id) { return !store || store->claimJob(id, owner); }

    void release(const QString &id)
    {
        if (store)
            store->releaseJob(id, owner);
    }

    void updateLeaseTimer()
    {
        const bool driving =
            std::any_of(runs.cbegin(), runs.cend(), [](const Run *run) { return !run->watching; });
        if (driving && !leaseTimer.isActive())
            leaseTimer.start();
        else if (!driving)
            leaseTimer.stop();
    }

    void renewLeases()
    {
        const QList<Run *> all = runs.values();
        for (Run *run : all) {
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
    void watchOwner(Run *run)
    {
        run->watching = true;
        updateLeaseTimer();
        after(run, schedule.nextDelayMs(0), [this](Run *r) {
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

    void setState(Run *run, JobState state)
    {
        run->job.state = state;
        persist(run);
    }

    static bool takesSlot(JobState s)
    {
        return s == JobState::Uploading || s == JobState::Submitting || s == JobState::Running;
    }

    static QString modelOf(const Run *run) { return ModeInfo::modelName(run->job.request.mode); }

    // Jobs of `model` this process has past the queue.
    int slotsInUse(const QString &model) const
    {
        int n = 0;
        for (const Run *run : runs) {
            if (!run->watching && (takesSlot(run->job.state) || run->admitted)
                && modelOf(run) == model)
                ++n;
        }
        return n;
    }

    // EvoLink limits tasks per model (API.md §10.1 #12), so the limit is per
    // model too; what the account allows overall shows up as quota_exceeded.
    int maxSlotsPerModel() const
    {
        return std::max(1, settings ? settings->maxConcurrentTasks() : 3);
    }

    // The live note on a queued job of why it waits (not journaled).
    void noteWaiting(Run *run, int modelJobsRunning)
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
                Run *run = runs.value(queue.at(i));
                if (!run || run->job.state != JobState::Queued) {
                    queue.removeAt(i);
                    continue;
                }
                const QString model = modelOf(run);
                const int busy = slotsInUse(model);
                if (holds.isHeld(model) || busy >= limit) {
                    noteWaiting(run, holds.isHeld(model) ? 0 : busy);
                    ++i;
                    continue;
                }
                queue.removeAt(i);
                noteWaiting(run, 0);
                run->admitted = true;
                uploadNext(run);
                i = 0; // the queue may have changed meanwhile
            }
        } while (pumpAgain);
        pumping = false;
    }

    // EvoLink refused the create before making a task (nothing was billed):
    // the job goes back to the queue with the refusal as its reason, and is
    // sent again, with the same idempotency key, once the hold ends.
    void requeueRefused(Run *run, const ApiError &error, ModelCreateHolds::Reason reason)
    {
        const int ms = holds.hold(modelOf(run), reason, error.retryAfterSeconds);
        qCInfo(lcJobs) << "job" << run->job.id << "waits" << ms << "ms:" << error.code
                       << error.message;
        run->admitted = false;
        run->job.error = error;
        run->job.state = JobState::Queued;
        persist(run);
        // Back to its place in line: ahead of the jobs queued after it.
        int at = 0;
        while (at < queue.size()) {
            const Run *other = runs.value(queue.at(at));
            if (other && other->job.createdAt > run->job.createdAt)
                break;
            ++at;
        }
        queue.insert(at, run->job.id);
        pump();
    }

    // Drops a run from this process without touching its journal row.
    void dropRun(Run *run)
    {
        detach(run);
        runs.remove(run->job.id);
        queue.removeAll(run->job.id);
        // A job with a task leaves: EvoLink has room for another of its model.
        if (!run->watching && !run->job.taskId.isEmpty())
            holds.jobFinished(modelOf(run));
        // After the outcome is journaled (finish() writes first): a process
        // that takes the job over finds it settled, never runs it again.
        if (!run->watching)
            release(run->job.id);
        run->deleteLater();
        updateLeaseTimer();
    }

    // Disconnects and aborts whatever the run has in flight.
    void detach(Run *run)
    {
        run->cancelTimer();
        spacing.cancel(run);
        if (run->reply) {
            QObject::disconnect(run->reply, nullptr, run, nullptr);
            run->reply->abort();
            run->reply->deleteLater();
            run->reply = nullptr;
        }
        if (run->downloader) {
            QObject::disconnect(run->downloader, nullptr, run, nullptr);
            run->downloader->abort();
            run->downloader->deleteLater();
            run->downloader = nullptr;
        }
        if (run->finder) {
            QObject::disconnect(run->finder, nullptr, run, nullptr);
            run->finder->deleteLater();
            run->finder = nullptr;
        }
    }

    void checkAllSettled()
    {
        if (runs.isEmpty())
            emit q->allSettled();
    }

    // The job leaves the active states: journal it, forget the run, let the
    // next queued job in.
    void finish(Run *run, JobState state, const ApiError &error = {})
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

    void after(Run *run, int ms, std::function<void(Run *)> fn)
    {
        // Replaces whatever step was pending: a run waits for one thing at a time.
        run->pending = std::move(fn);
        run->timer.start(ms);
    }

    // ---- uploads ----

    void uploadNext(Run *run)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<MediaRef *> media = run->job.request.mediaSlots();
        int index = -1;
        for (int i = 0; i < media.size(); ++i) {
            if (needsUploadNow(*media.at(i), now)) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            create(run);
            return;
        }
        if (run->job.state != JobState::Uploading)
            setState(run, JobState::Uploading);
        if (!run->quotaChecked) {
            checkFileQuota(run);
            return;
        }
        const MediaRef &input = *media.at(index);
        const QString mime = mediaMimeType(input.info.format);
        if (mime.isEmpty()) {
            finish(run, JobState::Failed,
                   ApiError::local(JobManager::tr("The type of %1 is not supported for upload.")
                                       .arg(QDir::toNativeSeparators(input.localPath))));
            return;
        }
        // The journal may hold an input for hours: still a regular file of the size checked?
        if (const QString problem = UploadPrecheck::problem(input); !problem.isEmpty()) {
            finish(run, JobState::Failed, ApiError::local(problem));
            return;
        }
        ApiReply *reply = client->uploadFile(input.localPath, mime);
        reply->setParent(run);
        run->reply = reply;
        // Upload progress for the history row: live copy only, the journal needs none of it.
        int pending = 0;
        for (MediaRef *m : media)
            pending += needsUploadNow(*m, now) ? 1 : 0;
        int done = 0;
        for (int i = 0; i < index; ++i)
            done += media.at(i)->isLocal() ? 1 : 0;
        run->job.uploadFile = done + 1;
        run->job.uploadFiles = done + pending;
        run->job.uploadedBytes = 0;
        run->job.uploadTotalBytes = input.info.bytes;
        QObject::connect(reply, &ApiReply::uploadProgress, run,
                         [this, run](qint64 sent, qint64 total) {
                             run->job.uploadedBytes = sent;
                             if (total > 0)
                                 run->job.uploadTotalBytes = total;
                             emit q->jobChanged(run->job.id);
                         });
        QObject::connect(reply, &ApiReply::finished, run,
                         [this, run, reply, index] { onUploaded(run, reply, index); });
    }

    // Before the run's first upload: can the file quota take all of its
    // files? If not, the job stops here, before anything is uploaded or paid.
    void checkFileQuota(Run *run)
    {
        run->quotaChecked = true;
        ApiReply *reply = client->getFileQuota();
        reply->setParent(run);
        run->reply = reply;
        QObject::connect(reply, &ApiReply::finished, run, [this, run, reply] {
            run->reply = nullptr;
            reply->deleteLater();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QList<MediaRef *> media = run->job.request.mediaSlots();
            const int needed = int(std::count_if(media.cbegin(), media.cend(), [&](MediaRef *m) {
                return needsUploadNow(*m, now);
            }));
            std::optional<FileQuota> quota;
            if (reply->error().isError())
                qCInfo(lcJobs) << "file quota unknown, uploading anyway:" << reply->error().code
                               << reply->error().message;
            else
                quota = reply->fileQuota();
            if (const ApiError stop = FileQuotaGate::verdict(quota, needed); stop.isError()) {
                finish(run, JobState::Failed, stop);
                return;
            }
            uploadNext(run);
        });
    }

    void onUploaded(Run *run, ApiReply *reply, int index)
    {
        run->reply = nullptr;
        reply->deleteLater();
        if (run->stopRequested) {
            finish(run, JobState::Stopped);
            return;
        }
        if (reply->error().isError()) {
            const ApiError error = reply->error();
            const QList<MediaRef *> inputs = run->job.request.mediaSlots();
            if (index < inputs.size() && isVideo(*inputs.at(index)) && isVideoRefusal(error)) {
                ApiError refused = error;
                refused.kind = ErrorKind::Http;
                refused.code = QStringLiteral("video_upload_refused");
                refused.message = JobManager::tr("%1 was refused by the file service: %2")
                                      .arg(QDir::toNativeSeparators(inputs.at(index)->localPath),
                                           error.message.isEmpty() ? error.code : error.message);
                finish(run, JobState::Failed, refused);
                return;
            }
            // Uploading twice costs nothing, so transient failures are retried.
            if (ErrorCatalog::isTransient(error) && run->uploadRetries < kMaxTransientRetries) {
                ++run->uploadRetries;
                const int delay = error.retryAfterSeconds >= 0
                    ? error.retryAfterSeconds * 1000
                    : scaled(1500.0 * run->uploadRetries, schedule.scale);
                after(run, delay, [this](Run *r) { uploadNext(r); });
                return;
            }
            finish(run, JobState::Failed, error);
            return;
        }
        const QString url = reply->upload().fileUrl;
        if (url.isEmpty()) {
            ApiError error;
            error.kind = ErrorKind::BadResponse;
            error.message =
                JobManager::tr("The file service did not return a link for the uploaded file.");
            finish(run, JobState::Failed, error);
            return;
        }
        run->uploadRetries = 0;
        const QList<MediaRef *> media = run->job.request.mediaSlots();
        if (index < media.size()) {
            media[index]->url = url;
            media[index]->uploadedAt = QDateTime::currentDateTimeUtc();
        }
        persist(run);
        uploadNext(run);
    }

    // ---- create ----

    // Whether the video could be saved at all, checked before anything is
    // paid for: the folder is writable and has room for the result.
    ApiError preflight(const Job &job) const
    {
        if (job.request.mode == Mode::CustomElement)
            return {};
        const QString dir = outputFolder(job);
        const QString native = QDir::toNativeSeparators(dir);
        if (dir.isEmpty() || !QDir().mkpath(dir)) {
            return ApiError::local(
                JobManager::tr("The folder %1 for the video cannot be created. Nothing was sent "
                               "or paid: choose another folder, then generate again.")
                    .arg(native));
        }
        QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".klingstudio-write-test-XXXXXX")));
        if (!probe.open()) {
            return ApiError::local(
                JobManager::tr("Kling Studio cannot write to the folder %1 (%2). Nothing was "
                               "sent or paid: choose a folder you may write to, then generate "
                               "again.")
                    .arg(native, probe.errorString()));
        }
        probe.close();
        const QStorageInfo disk(dir);
        const qint64 needed =
            ResultSize::expectedBytes(job.request) + ResultSize::kFreeSpaceHeadroomBytes;
        if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < needed) {
            return ApiError::local(
                JobManager::tr("The disk of %1 is nearly full: %2 free, and this video needs "
                               "about %3 with room to spare. Nothing was sent or paid: free some "
                               "space or choose another folder, then generate again.")
                    .arg(native, ByteSizeText::format(disk.bytesAvailable()),
                         ByteSizeText::format(needed)));
        }
        return {};
    }

    void create(Run *run)
    {
        if (const ApiError problem = preflight(run->job); problem.isError()) {
            finish(run, JobState::Failed, problem);
            return;
        }
        // Creates leave at least 1 s apart (API.md §10.1 #12); the job
        // keeps its slot while it waits its turn.
        run->admitted = true;
        const QString id = run->job.id;
        spacing.whenClear(run, [this, run, id] {
            if (runs.value(id) == run)
                sendCreate(run);
        });
    }

    void sendCreate(Run *run)
    {
        run->admitted = false; // Submitting holds the slot from here on
        run->job.error = {};
        if (run->stopRequested) {
            finish(run, JobState::Stopped);
            return;
        }
        // The paid request leaves only once the journal durably says so
        // (with the moment it left, for finding its task if the answer is lost).
        run->job.state = JobState::Submitting;
        run->job.createSentAt = QDateTime::currentDateTimeUtc();
        if (!journal(run)) {
            stopUnjournaled(
                run, JobState::Failed,
                JobManager::tr("The job could not be written to the journal (%1), so its paid "
                               "request was not sent. Free some disk space or check the data "
                               "folder, then generate again.")
                    .arg(journalError()));
            return;
        }
        ApiReply *reply =
            client->createTask(RequestJson::toApiJson(run->job.request), run->job.idempotencyKey);
        reply->setParent(run);
        run->reply = reply;
        QObject::connect(reply, &ApiReply::finished, run,
                         [this, run, reply] { onCreated(run, reply); });
    }

    void onCreated(Run *run, ApiReply *reply)
    {
        run->reply = nullptr;
        reply->deleteLater();
        if (reply->outcomeUnknown()) {
            // The server may have created (and billed) the task: never resend
            // on our own; checkAgain() looks it up first.
            finish(run, run->stopRequested ? JobState::Stopped : JobState::OutcomeUnknown,
                   reply->error());
            return;
        }
        const ApiError &error = reply->error();
        if (error.httpStatus == 409
            || error.code.compare(u"idempotency_conflict", Qt::CaseInsensitive) == 0) {
            // The key was seen before: a task for this job may well exist.
            // Never "Failed": that would invite paying for it again.
            finish(run, run->stopRequested ? JobState::Stopped : JobState::OutcomeUnknown, error);
            return;
        }
        // A 429 naming the balance or a key's quota is not waited out: it
        // would be sent on its own once the user tops up or the day turns.
        if (run->resentAfterLostCreate
            && (ErrorCatalog::isTaskLimit(error) || ErrorCatalog::isRateLimit(error))) {
            // The earlier request's task may exist (and fill EvoLink's limit):
            // the user decides again, after another look, never a timer.
            ApiError unsure = ApiError::local(
                JobManager::tr(
                    "EvoLink refused to take this job again for now (%1). Its first request may "
                    "still have made a task, so it is not sent on its own: Check Again looks for "
                    "that task first.")
                    .arg(error.message.isEmpty() ? error.code : error.message));
            unsure.code = QStringLiteral("lost_task_uncertain");
            finish(run, run->stopRequested ? JobState::Stopped : JobState::OutcomeUnknown, unsure);
            return;
        }
        if (!run->stopRequested
            && (ErrorCatalog::isTaskLimit(error) || ErrorCatalog::isRateLimit(error))) {
            // Refused before any task exists (API.md §6.1, §10.1 #12): the
            // job waits in the queue and is sent again with the same
            // idempotency key, which cannot bill twice. Never failed for it.
            requeueRefused(run, error,
                           ErrorCatalog::isTaskLimit(error) ? ModelCreateHolds::Reason::TaskLimit
                                                            : ModelCreateHolds::Reason::RateLimit);
            return;
        }
        if (error.isError()) {
            finish(run, run->stopRequested ? JobState::Stopped : JobState::Failed, error);
            return;
        }
        const TaskSnapshot &task = reply->task();
        if (task.id.isEmpty()) {
            ApiError error;
            error.kind = ErrorKind::BadResponse;
            error.message =
                JobManager::tr("The server accepted the request but returned no task id.");
            finish(run, JobState::OutcomeUnknown, error);
            return;
        }
        holds.createAccepted(modelOf(run));
        run->job.taskId = task.id;
        if (task.creditsReserved)
            run->job.takeReservation(*task.creditsReserved);
        run->job.etaSeconds = task.estimatedTimeSeconds;
        run->job.progress = std::clamp(task.progress, 0, 100);
        run->job.state = run->stopRequested ? JobState::Stopped : JobState::Running;
        // The task id is the way back to a paid task: it is durably journaled
        // before anything else happens, or the job stops here, loudly.
        if (!journal(run)) {
            stopUnjournaled(
                run, JobState::Stalled,
                JobManager::tr("EvoLink created task %1 for this job, but it could not be "
                               "written to the journal (%2). Note the task id now: Kling Studio "
                               "stopped tracking the job so that nothing is lost unseen. Free "
                               "some disk space or check the data folder, then get the video "
                               "with: klingstudio-cli status %1")
                    .arg(task.id, journalError()));
            return;
        }
        if (run->stopRequested) {
            finish(run, JobState::Stopped);
            return;
        }
        run->pollClock.start();
        if (task.isTerminal()) {
            handleSnapshot(run, task);
            return;
        }
        schedulePoll(run, schedule.firstDelayMs(task.estimatedTimeSeconds));
    }

    // ---- polling ----

    void schedulePoll(Run *run, int ms)
    {
        after(run, ms, [this](Run *r) { poll(r); });
    }

    void startPolling(Run *run, int firstDelayMs)
    {
        run->job.error = {};
        run->transientRetries = 0;
        run->rateLimitHits = 0;
        run->pollClock.start();
        if (run->job.state != JobState::Running)
            setState(run, JobState::Running);
        schedulePoll(run, firstDelayMs);
    }

    // Another process (the app and the CLI share the journal) settled this
    // job meanwhile: take its row instead of overwriting it.
    bool adoptSettledElsewhere(Run *run)
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

    void poll(Run *run)
    {
        if (adoptSettledElsewhere(run))
            return;
        ApiReply *reply = client->getTask(run->job.taskId);
        reply->setParent(run);
        run->reply = reply;
        QObject::connect(reply, &ApiReply::finished, run,
                         [this, run, reply] { onPolled(run, reply); });
    }

    bool timedOut(Run *run) const
    {
        const int minutes = settings ? settings->pollTimeoutMinutes() : 30;
        return run->pollClock.isValid()
            && run->pollClock.elapsed() > qint64(minutes) * 60 * 1000 * schedule.scale;
    }

    // Schedules the next regular poll, or gives up locally when the limit is
    // reached (the task keeps running on the server).
    void pollLater(Run *run, int ms)
    {
        if (timedOut(run)) {
            finish(run, JobState::Stalled);
            return;
        }
        schedulePoll(run, ms);
    }

    void onPolled(Run *run, ApiReply *reply)
    {
        run->reply = nullptr;
        reply->deleteLater();
        const ApiError error = reply->error();
        if (!error.isError()) {
            run->transientRetries = 0;
            run->rateLimitHits = 0;
            handleSnapshot(run, reply->task());
            return;
        }
        const int status = error.httpStatus;
        if (status == 404 || status == 403) {
            finish(run, JobState::Failed, error);
            return;
        }
        if (ErrorCatalog::needsDialog(error)) {
            // The key or the balance needs the user; the task itself may
            // still finish on the server, so keep it for "check again".
            finish(run, JobState::Stalled, error);
            return;
        }
        if (status == 429) {
            int delay = 0;
            if (error.retryAfterSeconds >= 0) {
                delay = error.retryAfterSeconds * 1000;
            } else {
                static constexpr int kBackoff[] = {30, 60, 120};
                const int base = kBackoff[std::min(run->rateLimitHits, 2)];
                const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
                delay = scaled(base * 1000.0 * jitter, schedule.scale);
            }
            ++run->rateLimitHits;
            pollLater(run, delay);
            return;
        }
        if (ErrorCatalog::isTransient(error) || error.kind == ErrorKind::Network
            || error.kind == ErrorKind::BadResponse || status >= 500) {
            if (run->transientRetries < kMaxTransientRetries) {
                ++run->transientRetries;
                pollLater(run, scaled(1500.0 * run->transientRetries, schedule.scale));
            } else {
                pollLater(run, schedule.nextDelayMs(run->pollClock.elapsed()));
            }
            return;
        }
        finish(run, JobState::Failed, error);
    }

    // A new custom element goes into the library with a copy of its frontal
    // image, so it can be picked by name long after the upload has expired.
    void rememberElement(const Job &job)
    {
        if (!elementLibrary)
            return;
        const GenerationRequest &r = job.request;
        Element element;
        element.elementId = job.elementId;
        element.name = r.elementName.trimmed();
        element.description = r.elementDescription.trimmed();
        element.madeFromVideo = r.elementUsesVideo();
        if (element.madeFromVideo)
            element.voiceId = r.elementVoiceId.trimmed();
        element.jobId = job.id;
        element.demo = job.demo;
        element.createdAt = QDateTime::currentDateTimeUtc();
        QString image;
        if (!element.madeFromVideo) {
            if (r.elementFrontal.isLocal())
                image = r.elementFrontal.localPath;
            else if (!r.elementAngles.isEmpty() && r.elementAngles.first().isLocal())
                image = r.elementAngles.first().localPath;
        }
        if (!image.isEmpty() && QFileInfo::exists(image)) {
            element.thumbnailPath = elementLibrary->storeThumbnail(job.elementId, image);
            if (element.thumbnailPath.isEmpty())
                qCWarning(lcJobs) << "element thumbnail:" << elementLibrary->lastError();
        }
        if (!elementLibrary->add(element))
            qCWarning(lcJobs) << "could not store element" << job.elementId << ":"
                              << elementLibrary->lastError();
    }

    void handleSnapshot(Run *run, const TaskSnapshot &task)
    {
        Job &job = run->job;
        bool changed = false;
        const int progress = std::clamp(task.progress, 0, 100);
        if (progress != job.progress) {
            job.progress = progress;
            changed = true;
        }
        if (task.estimatedTimeSeconds != job.etaSeconds) {
            job.etaSeconds = task.estimatedTimeSeconds;
            changed = true;
        }
        if (task.creditsReserved && job.takeReservation(*task.creditsReserved))
            changed = true;
        if (task.creditsUsed && task.creditsUsed != job.creditsUsed) {
            job.creditsUsed = task.creditsUsed;
            changed = true;
        }

        switch (task.status) {
        case TaskStatus::Completed:
            if (adoptSettledElsewhere(run))
                return;
            job.progress = 100;
            job.etaSeconds.reset();
            if (job.request.mode == Mode::CustomElement) {
                if (task.elementId.isEmpty()) {
                    ApiError error;
                    error.kind = ErrorKind::BadResponse;
                    error.message = JobManager::tr("The element was created but the server did not "
                                                   "return its id.");
                    finish(run, JobState::Failed, error);
                    return;
                }
                job.elementId = task.elementId;
                rememberElement(job);
                finish(run, JobState::Done);
                return;
            }
            if (task.resultUrls.isEmpty()) {
                ApiError error;
                error.kind = ErrorKind::BadResponse;
                error.message =
                    JobManager::tr("The task completed but the server returned no video link.");
                finish(run, JobState::Failed, error);
                return;
            }
            if (job.resultUrl != task.resultUrls.first() || !job.resultAt.isValid()) {
                job.resultUrl = task.resultUrls.first();
                job.resultAt = QDateTime::currentDateTimeUtc();
            }
            // The link is the one thing that cannot be recovered later:
            // journal it before the download starts.
            persist(run);
            startDownload(run);
            return;
        case TaskStatus::Failed:
            if (task.errorCode == u"request_cancelled") {
                finish(run, JobState::Cancelled,
                       ApiError::fromTask(task.errorCode, task.errorMessage));
                return;
            }
            finish(run, JobState::Failed,
                   ApiError::fromTask(task.errorCode.isEmpty() ? QStringLiteral("unknown_error")
                                                               : task.errorCode,
                                      task.errorMessage));
            return;
        case TaskStatus::Cancelled:
            finish(run, JobState::Cancelled,
                   task.errorCode.isEmpty()
                       ? ApiError {}
                       : ApiError::fromTask(task.errorCode, task.errorMessage));
            return;
        case TaskStatus::Pending:
        case TaskStatus::Processing:
        case TaskStatus::Unknown:
            break;
        }
        if (changed)
            persist(run);
        pollLater(run, schedule.nextDelayMs(run->pollClock.elapsed()));
    }

    // ---- download ----

    QString libraryFolder() const
    {
        if (!libraryDir.isEmpty())
            return libraryDir;
        return settings ? settings->libraryDir() : QString();
    }

    // Our own name, never the server's: no path tricks, no surprises. Made
    // from the prompt and the date, with the job id's start so that two jobs
    // of one prompt never share a name (or a .part file).
    static QString fileNameFor(const Job &job)
    {
        return ResultFileName::forRequest(job.request, creationTime(job).date(), job.id.left(8));
    }

    // The name earlier versions gave the file; a .part under it (a
    // download that an update interrupted) is resumed, not started again.
    static QString legacyFileNameFor(const Job &job)
    {
        return QStringLiteral("kling-%1-%2.mp4")
            .arg(creationTime(job).toString(QStringLiteral("yyyyMMdd-HHmmss")), job.id.left(8));
    }

    static QDateTime creationTime(const Job &job)
    {
        return (job.createdAt.isValid() ? job.createdAt : QDateTime::currentDateTimeUtc())
            .toLocalTime();
    }

    QString outputFolder(const Job &job) const
    {
        if (job.outPath.isEmpty())
            return libraryFolder();
        return job.outPath.endsWith(u'/') ? QDir::cleanPath(job.outPath)
                                          : QFileInfo(job.outPath).absolutePath();
    }

    void startDownload(Run *run)
    {
        if (!own(run->job.id)) {
            watchOwner(run);
            return;
        }
        if (adoptSettledElsewhere(run))
            return;
        run->leaseClock.start();
        Job &job = run->job;
        const bool outIsFolder = job.outPath.endsWith(u'/');
        const QString dir = outputFolder(job);
        if (dir.isEmpty() || !QDir().mkpath(dir)) {
            finish(run, JobState::Failed,
                   ApiError::local(JobManager::tr("Cannot create the folder %1 for the video.")
                                       .arg(QDir::toNativeSeparators(dir))));
            return;
        }
        // A stable name lets a restarted download resume its .part file.
        QString base = fileNameFor(job);
        if (QFileInfo::exists(QDir(dir).filePath(legacyFileNameFor(job) + QStringLiteral(".part"))))
            base = legacyFileNameFor(job);
        QString target = QDir(dir).filePath(base);
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = QDir(dir).filePath(base.chopped(4) + QStringLiteral("-%1.mp4").arg(n));
        run->downloadTemp = job.outPath.isEmpty() || outIsFolder ? QString() : target;

        job.downloadedBytes = 0;
        job.totalBytes = 0;
        setState(run, JobState::Downloading);
        // Its task is done on the server: room for another of its model.
        holds.jobFinished(modelOf(run));
        run->persistClock.start();

        auto *downloader = new Downloader(nam, QUrl(job.resultUrl), target, run);
        run->downloader = downloader;
        // Bounded by what this job's video can be, and checked to be that
        // video before it takes the final name.
        downloader->setMaxBytes(ResultSize::maxBytes(job.request));
        downloader->setVerifier([request = job.request](const QString &path) {
            const ResultCheck::Verdict verdict = ResultCheck::check(path, request);
            return Downloader::Verdict {verdict.problem, verdict.keepBytes};
        });
        QObject::connect(downloader, &Downloader::progress, run,
                         [this, run](qint64 received, qint64 total) {
                             run->job.downloadedBytes = received;
                             run->job.totalBytes = std::max<qint64>(total, 0);
                             if (run->leaseClock.elapsed() > kLeaseRenewMs) {
                                 own(run->job.id);
                                 run->leaseClock.restart();
                             }
                             if (run->persistClock.elapsed() >= kProgressPersistMs) {
                                 run->persistClock.restart();
                                 persist(run);
                             }
                         });
        QObject::connect(downloader, &Downloader::finished, run,
                         [this, run, downloader] { onDownloaded(run, downloader); });
        downloader->start();
    }

    void onDownloaded(Run *run, Downloader *downloader)
    {
        run->downloader = nullptr;
        downloader->deleteLater();
        Job &job = run->job;
        if (downloader->error().isError() || downloader->linkExpired()) {
            ApiError error = downloader->error();
            if (downloader->linkExpired()) {
                if (!error.isError())
                    error = ApiError::network(JobManager::tr("The video link has expired."));
                finish(run, JobState::Expired, error);
            } else {
                if (error.kind == ErrorKind::Local) {
                    // Full disk or a read-only folder: the link is kept, so
                    // tell the user how to still get the paid result.
                    const QDateTime expiry =
                        (job.resultAt.isValid() ? job.resultAt : QDateTime::currentDateTimeUtc())
                            .addSecs(24 * 3600);
                    error.message += QLatin1Char(' ')
                        + JobManager::tr("Free some disk space or choose a writable folder, then "
                                         "use \"Check again\" in the app or run "
                                         "\"klingstudio-cli resume\": the video link stays valid "
                                         "until %1.")
                              .arg(QLocale().toString(expiry.toLocalTime(), QLocale::ShortFormat));
                }
                finish(run, JobState::Failed, error);
            }
            return;
        }
        QString path = downloader->targetPath();
        if (!run->downloadTemp.isEmpty()) {
            // Replace the requested file only once the new one is complete.
            // Never over another file: if one appeared meanwhile, the video
            // keeps its own free name beside it.
            const QString out = QFileInfo(job.outPath).absoluteFilePath();
            if (!QFileInfo::exists(out) && QFile::rename(path, out))
                path = out;
            else
                qCWarning(lcJobs) << "kept" << path << "beside the existing" << out;
        }
        job.videoPath = path;
        job.progress = 100;
        if (job.totalBytes > 0)
            job.downloadedBytes = job.totalBytes;
        else
            job.totalBytes = job.downloadedBytes = QFileInfo(path).size();
        finish(run, JobState::Done);
    }

    // ---- outcome unknown ----

    void lookUpLostTask(Run *run)
    {
        run->job.error = {};
        setState(run, JobState::Submitting);
        const QString self = run->job.id;
        auto *finder = new LostTaskFinder(
            client, run->job,
            [this, self](const QString &taskId) {
                const QString holder = store ? store->jobIdForTask(taskId) : QString();
                if (!holder.isEmpty() && holder != self)
                    return true;
                return std::any_of(runs.cbegin(), runs.cend(), [&](const Run *other) {
                    return other->job.id != self && other->job.taskId == taskId;
                });
            },
            run);
        run->finder = finder;
        QObject::connect(finder, &LostTaskFinder::finished, run,
                         [this, run, finder] { onLostTaskLookedUp(run, finder); });
        finder->start();
    }

    void onLostTaskLookedUp(Run *run, LostTaskFinder *finder)
    {
        run->finder = nullptr;
        finder->deleteLater();
        switch (finder->outcome()) {
        case LostTaskFinder::Outcome::NotFound:
            // Not there: resend with the SAME idempotency key, so a task that
            // does exist after all is replayed instead of billed twice.
            run->resentAfterLostCreate = true;
            uploadNext(run);
            return;
        case LostTaskFinder::Outcome::Failed:
            finish(run, JobState::OutcomeUnknown, finder->error());
            return;
        case LostTaskFinder::Outcome::Uncertain:
            finish(run, JobState::OutcomeUnknown, [&] {
                ApiError error = ApiError::local(finder->explanation());
                error.code = QStringLiteral("lost_task_uncertain");
                return error;
            }());
            return;
        case LostTaskFinder::Outcome::Found:
            break;
        }
        const TaskSnapshot &task = finder->task();
        qCInfo(lcJobs) << "job" << run->job.id << "found its lost task" << task.id;
        run->job.taskId = task.id;
        run->job.progress = std::clamp(task.progress, 0, 100);
        run->job.state = JobState::Running;
        if (!journal(run)) {
            stopUnjournaled(
                run, JobState::Stalled,
                JobManager::tr("This job's task is %1, but that could not be written to the "
                               "journal (%2). Note the task id now; free some disk space or "
                               "check the data folder, then get the video with: "
                               "klingstudio-cli status %1")
                    .arg(task.id, journalError()));
            return;
        }
        startPolling(run, 0);
    }

    // A create whose answer was lost with the previous process: its task may
    // exist. Looked up at once, or left for the user's "Check again"; never
    // sent again blindly.
    void lostCreate(Job job, bool lookUp)
    {
        if (lookUp) {
            lookUpLostTask(addRun(job));
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
            Run *run = addRun(job);
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
                startPolling(addRun(job), 0);
                return;
            }
            lostCreate(job, lookUp);
            return;
        case JobState::Downloading: {
            Run *run = addRun(job);
            // A demo link names the port of the previous simulator: ask the
            // (persisted) simulator again for a fresh one.
            if (!job.resultUrl.isEmpty() && !(job.demo && !job.taskId.isEmpty())) {
                run->pollClock.start();
                startDownload(run);
            } else if (!job.taskId.isEmpty()) {
                startPolling(run, 0);
            } else {
                finish(run, JobState::OutcomeUnknown);
            }
            return;
        }
        case JobState::OutcomeUnknown:
            if (lookUp) {
                lookUpLostTask(addRun(job));
                return;
            }
            break; // waits for the user's "check again"
        case JobState::Failed:
            // A paid result that never reached the disk: ask for a fresh
            // link and download it (strandedResults()).
            if (!job.taskId.isEmpty() && !job.resultUrl.isEmpty() && job.videoPath.isEmpty()) {
                startPolling(addRun(job), 0);
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
    : QObject(parent), d(new Private(this, store, client, nam, settings))
{
    d->setUpLeaseTimer();
    // Direct: the jobs go back in before the write that noticed the loss.
    connect(store, &JobStore::recreated, this, [this] { emit journalRecreated(rejournalLive()); });
}

JobManager::~JobManager()
{
    // Runs are children of this object; their replies die with them. The
    // journal keeps every job for resumeUnfinished() next time.
    for (Run *run : std::as_const(d->runs)) {
        d->detach(run);
        // Free for the next process at once (a killed one is taken over
        // at once too: its owner name says it is gone).
        if (!run->watching)
            d->release(run->job.id);
    }
    delete d;
}

void JobManager::setPollSchedule(const PollSchedule &schedule)
{
    d->schedule = schedule;
    d->holds.setScale(schedule.scale);
}

PollSchedule JobManager::pollSchedule() const
{
    return d->schedule;
}

void JobManager::setLibraryDir(const QString &dir)
{
    d->libraryDir = dir;
}

void JobManager::setElementLibrary(ElementLibrary *library)
{
    d->elementLibrary = library;
}

void JobManager::setDemoMode(bool demo)
{
    if (d->demo == demo)
        return;
    d->demo = demo;
    const QList<Run *> runs = d->runs.values();
    for (Run *run : runs) {
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
    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.updatedAt = job.createdAt;
    job.request = request;
    job.state = JobState::Queued;
    job.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Estimate estimate = d->estimator.estimate(request);
    job.estimateUc = estimate.valid ? estimate.totalUc : 0;
    job.outPath = outPath.isEmpty() ? QString() : QFileInfo(outPath).absoluteFilePath();
    // A folder keeps a trailing separator: the video gets our own name in it.
    if (!outPath.isEmpty() && QFileInfo(outPath).isDir() && !job.outPath.endsWith(u'/'))
        job.outPath += u'/';
    job.demo = d->demo;
    d->submitError.clear();
    // A journal that lives only in memory (its file could not be opened)
    // forgets the job and its task id at exit: no paid request on that.
    if (!job.demo && !d->store->isDurable()) {
        d->submitError = tr("The job history could not be opened, so a paid job could not be "
                            "recorded: nothing was sent. Fix the problem shown at start (disk "
                            "space, permissions of the data folder), then try again.");
        qCWarning(lcJobs) << "journal not durable, paid job not sent";
        return QString();
    }
    // Journal first: whatever happens on the network from here on, the job
    // (and later its task id) can be found again.
    if (!d->store->insert(job)) {
        d->submitError = tr("The job could not be written to the journal (%1); nothing was "
                            "sent.")
                             .arg(d->store->lastError());
        qCWarning(lcJobs) << "job not journaled, not sent:" << d->store->lastError();
        return QString();
    }
    Run *run = d->addRun(job);
    if (!d->own(job.id)) {
        // Another process picked the new job up at once (a `resume`
        // started this very moment): it drives it, this one follows.
        d->watchOwner(run);
        emit jobChanged(job.id);
        return job.id;
    }
    d->queue.append(job.id);
    emit jobChanged(job.id);
    d->pump();
    return job.id;
}

QString JobManager::resubmit(const QString &jobId)
{
    const std::optional<Job> old = job(jobId);
    if (!old)
        return QString();
    GenerationRequest request = old->request;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (MediaRef *media : request.mediaSlots()) {
        if (media->isLocal() && !media->url.isEmpty() && uploadIsStale(*media, now)) {
            media->url.clear();
            media->uploadedAt = QDateTime();
        }
    }
    return submit(request);
}

void JobManager::stopTracking(const QString &jobId)
{
    if (Run *run = d->runs.value(jobId)) {
        if (run->watching) {
            // Another live process (the CLI, a second window) drives the
            // job and writes its row: a Stopped written here would be
            // overwritten there, or hide the video it downloads. The UI
            // does not offer Stop for such a job.
            qCInfo(lcJobs) << "job" << jobId << "is driven by another process; not stopped";
            return;
        }
        if (run->job.state == JobState::Submitting && run->reply) {
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
    const Run *run = d->runs.value(jobId);
    return run && run->watching;
}

void JobManager::checkAgain(const QString &jobId)
{
    if (Run *run = d->runs.value(jobId)) {
        // Already tracked here: poll now instead of waiting for the timer.
        if (run->job.state == JobState::Running && !run->reply)
            d->schedulePoll(run, 0);
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
        Run *run = d->addRun(*job);
        d->startPolling(run, 0);
        return;
    }
    if (job->state == JobState::OutcomeUnknown) {
        Run *run = d->addRun(*job);
        d->lookUpLostTask(run);
        return;
    }
    d->release(jobId);
}

void JobManager::removeFromHistory(const QString &jobId)
{
    Run *run = d->runs.value(jobId);
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
    for (const Run *run : std::as_const(d->runs)) {
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
    for (const Run *run : std::as_const(d->runs)) {
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
    int n = d->leaseTimer.isActive() && d->runs.isEmpty() ? 1 : 0;
    n += d->holds.count() + d->spacing.waiting();
    for (const Run *run : std::as_const(d->runs)) {
        n += run->timer.isActive() ? 1 : 0;
        n += run->downloader && run->downloader->isRetryPending() ? 1 : 0;
    }
    return n;
}

std::optional<Job> JobManager::job(const QString &id) const
{
    if (const Run *run = d->runs.value(id))
        return run->job;
    if (const auto it = d->unjournaled.constFind(id); it != d->unjournaled.cend())
        return *it;
    return d->store->job(id);
}

} // namespace ks

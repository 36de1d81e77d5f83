#include "jobs/JobRun.h"

#include "api/ApiReply.h"
#include "api/Downloader.h"
#include "api/EvoLinkClient.h"
#include "core/Mode.h"
#include "core/RequestJson.h"
#include "core/ResultCheck.h"
#include "core/ResultSize.h"
#include "core/UploadPrecheck.h"
#include "jobs/CreateSpacing.h"
#include "jobs/DownloadClaim.h"
#include "jobs/ElementLibrary.h"
#include "jobs/FileQuotaGate.h"
#include "jobs/JobManager.h"
#include "jobs/LostTaskFinder.h"
#include "jobs/VideoTarget.h"
#include "platform/Logging.h"
#include "platform/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

namespace ks {

namespace {

// Uploaded inputs expire after 72 h (API.md §5); re-upload an hour early so
// the server never fetches a link that dies while the task waits.
constexpr qint64 kUploadLifetimeSeconds = 72 * 3600;
constexpr qint64 kUploadMarginSeconds = 3600;
constexpr int kMaxTransientRetries = 3;
constexpr int kProgressPersistMs = 500;

bool needsUploadNow(const MediaRef &m, const QDateTime &now)
{
    return m.isLocal() && (m.url.isEmpty() || JobRun::uploadIsStale(m, now));
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

} // namespace

JobRun::JobRun(const Job &j, JobRunHost &host, QObject *parent)
    : QObject(parent), job(j), m_host(host)
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
        // Taken first: the step may schedule the next one.
        const std::function<void()> step = std::exchange(m_pending, nullptr);
        if (step)
            step();
    });
}

bool JobRun::uploadIsStale(const MediaRef &m, const QDateTime &now)
{
    return !m.uploadedAt.isValid()
        || m.uploadedAt.secsTo(now) > kUploadLifetimeSeconds - kUploadMarginSeconds;
}

QString JobRun::model() const
{
    return ModeInfo::modelName(job.request.mode);
}

void JobRun::after(int ms, std::function<void()> step)
{
    m_pending = std::move(step);
    m_timer.start(ms);
}

void JobRun::abortInFlight()
{
    // A stopped QTimer never fires: a run that settles or is dropped leaves
    // no timer behind (a QTimer::singleShot would still fire once, empty).
    m_timer.stop();
    m_pending = nullptr;
    if (m_reply) {
        QObject::disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_downloader) {
        QObject::disconnect(m_downloader, nullptr, this, nullptr);
        m_downloader->abort();
        m_downloader->deleteLater();
        m_downloader = nullptr;
    }
    if (m_finder) {
        QObject::disconnect(m_finder, nullptr, this, nullptr);
        m_finder->deleteLater();
        m_finder = nullptr;
    }
}

bool JobRun::isDownloadRetryPending() const
{
    return m_downloader && m_downloader->isRetryPending();
}

void JobRun::setState(JobState state)
{
    job.state = state;
    persist();
}

void JobRun::persist()
{
    m_host.journal(this);
}

void JobRun::finish(JobState state, const ApiError &error)
{
    m_host.finish(this, state, error);
}

// ---- uploads ----

void JobRun::uploadNext()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<MediaRef *> media = job.request.mediaSlots();
    int index = -1;
    for (int i = 0; i < media.size(); ++i) {
        if (needsUploadNow(*media.at(i), now)) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        create();
        return;
    }
    if (job.state != JobState::Uploading)
        setState(JobState::Uploading);
    if (!m_quotaChecked) {
        checkFileQuota();
        return;
    }
    const MediaRef &input = *media.at(index);
    const QString mime = mediaMimeType(input.info.format);
    if (mime.isEmpty()) {
        finish(JobState::Failed,
               ApiError::local(JobManager::tr("The type of %1 is not supported for upload.")
                                   .arg(QDir::toNativeSeparators(input.localPath))));
        return;
    }
    // The journal may hold an input for hours: still a regular file of the size checked?
    if (const QString problem = UploadPrecheck::problem(input); !problem.isEmpty()) {
        finish(JobState::Failed, ApiError::local(problem));
        return;
    }
    ApiReply *reply = m_host.client()->uploadFile(input.localPath, mime);
    reply->setParent(this);
    m_reply = reply;
    // Upload progress for the history row: live copy only, the journal needs none of it.
    int pending = 0;
    for (MediaRef *m : media)
        pending += needsUploadNow(*m, now) ? 1 : 0;
    int done = 0;
    for (int i = 0; i < index; ++i)
        done += media.at(i)->isLocal() ? 1 : 0;
    job.uploadFile = done + 1;
    job.uploadFiles = done + pending;
    job.uploadedBytes = 0;
    job.uploadTotalBytes = input.info.bytes;
    QObject::connect(reply, &ApiReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        job.uploadedBytes = sent;
        if (total > 0)
            job.uploadTotalBytes = total;
        m_host.jobChanged(job.id);
    });
    QObject::connect(reply, &ApiReply::finished, this,
                     [this, reply, index] { onUploaded(reply, index); });
}

// Before the run's first upload: can the file quota take all of its
// files? If not, the job stops here, before anything is uploaded or paid.
void JobRun::checkFileQuota()
{
    m_quotaChecked = true;
    ApiReply *reply = m_host.client()->getFileQuota();
    reply->setParent(this);
    m_reply = reply;
    QObject::connect(reply, &ApiReply::finished, this, [this, reply] {
        m_reply = nullptr;
        reply->deleteLater();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<MediaRef *> media = job.request.mediaSlots();
        const int needed = int(std::count_if(media.cbegin(), media.cend(),
                                             [&](MediaRef *m) { return needsUploadNow(*m, now); }));
        std::optional<FileQuota> quota;
        if (reply->error().isError())
            qCInfo(lcJobs) << "file quota unknown, uploading anyway:" << reply->error().code
                           << reply->error().message;
        else
            quota = reply->fileQuota();
        if (const ApiError stop = FileQuotaGate::verdict(quota, needed); stop.isError()) {
            finish(JobState::Failed, stop);
            return;
        }
        uploadNext();
    });
}

void JobRun::onUploaded(ApiReply *reply, int index)
{
    m_reply = nullptr;
    reply->deleteLater();
    if (stopRequested) {
        finish(JobState::Stopped);
        return;
    }
    if (reply->error().isError()) {
        const ApiError error = reply->error();
        const QList<MediaRef *> inputs = job.request.mediaSlots();
        if (index < inputs.size() && isVideo(*inputs.at(index)) && isVideoRefusal(error)) {
            ApiError refused = error;
            refused.kind = ErrorKind::Http;
            refused.code = QStringLiteral("video_upload_refused");
            refused.message = JobManager::tr("%1 was refused by the file service: %2")
                                  .arg(QDir::toNativeSeparators(inputs.at(index)->localPath),
                                       error.message.isEmpty() ? error.code : error.message);
            finish(JobState::Failed, refused);
            return;
        }
        // Uploading twice costs nothing, so transient failures are retried.
        if (ErrorCatalog::isTransient(error) && m_uploadRetries < kMaxTransientRetries) {
            ++m_uploadRetries;
            const int delay = error.retryAfterSeconds >= 0
                ? error.retryAfterSeconds * 1000
                : PollSchedule::scaled(1500.0 * m_uploadRetries, m_host.schedule().scale);
            after(delay, [this] { uploadNext(); });
            return;
        }
        finish(JobState::Failed, error);
        return;
    }
    const QString url = reply->upload().fileUrl;
    if (url.isEmpty()) {
        ApiError error;
        error.kind = ErrorKind::BadResponse;
        error.message =
            JobManager::tr("The file service did not return a link for the uploaded file.");
        finish(JobState::Failed, error);
        return;
    }
    m_uploadRetries = 0;
    const QList<MediaRef *> media = job.request.mediaSlots();
    if (index < media.size()) {
        media[index]->url = url;
        media[index]->uploadedAt = QDateTime::currentDateTimeUtc();
    }
    persist();
    uploadNext();
}

// ---- create ----

void JobRun::create()
{
    // Whether the video could be saved at all, checked before anything is paid for.
    if (const ApiError problem = VideoTarget::preflight(job, m_host.libraryFolder());
        problem.isError()) {
        finish(JobState::Failed, problem);
        return;
    }
    // Creates leave at least 1 s apart (API.md §10.1 #12); the job
    // keeps its slot while it waits its turn.
    admitted = true;
    m_host.spacing().whenClear(this, [this] {
        if (m_host.isCurrent(this))
            sendCreate();
    });
}

void JobRun::sendCreate()
{
    admitted = false; // Submitting holds the slot from here on
    job.error = {};
    if (stopRequested) {
        finish(JobState::Stopped);
        return;
    }
    // The paid request leaves only once the journal durably says so
    // (with the moment it left, for finding its task if the answer is lost).
    job.state = JobState::Submitting;
    job.createSentAt = QDateTime::currentDateTimeUtc();
    if (!m_host.journal(this)) {
        m_host.stopUnjournaled(
            this, JobState::Failed,
            JobManager::tr("The job could not be written to the journal (%1), so its paid "
                           "request was not sent. Free some disk space or check the data "
                           "folder, then generate again.")
                .arg(m_host.journalError()));
        return;
    }
    ApiReply *reply =
        m_host.client()->createTask(RequestJson::toApiJson(job.request), job.idempotencyKey);
    reply->setParent(this);
    m_reply = reply;
    QObject::connect(reply, &ApiReply::finished, this, [this, reply] { onCreated(reply); });
}

void JobRun::onCreated(ApiReply *reply)
{
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->outcomeUnknown()) {
        // The server may have created (and billed) the task: never resend
        // on our own; checkAgain() looks it up first.
        finish(stopRequested ? JobState::Stopped : JobState::OutcomeUnknown, reply->error());
        return;
    }
    const ApiError &error = reply->error();
    if (error.httpStatus == 409
        || error.code.compare(u"idempotency_conflict", Qt::CaseInsensitive) == 0) {
        // The key was seen before: a task for this job may well exist.
        // Never "Failed": that would invite paying for it again.
        finish(stopRequested ? JobState::Stopped : JobState::OutcomeUnknown, error);
        return;
    }
    // A 429 naming the balance or a key's quota is not waited out: it
    // would be sent on its own once the user tops up or the day turns.
    if (m_resentAfterLostCreate
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
        finish(stopRequested ? JobState::Stopped : JobState::OutcomeUnknown, unsure);
        return;
    }
    if (!stopRequested && (ErrorCatalog::isTaskLimit(error) || ErrorCatalog::isRateLimit(error))) {
        // Refused before any task exists (API.md §6.1, §10.1 #12): the
        // job waits in the queue and is sent again with the same
        // idempotency key, which cannot bill twice. Never failed for it.
        m_host.requeueRefused(this, error,
                              ErrorCatalog::isTaskLimit(error)
                                  ? ModelCreateHolds::Reason::TaskLimit
                                  : ModelCreateHolds::Reason::RateLimit);
        return;
    }
    if (error.isError()) {
        finish(stopRequested ? JobState::Stopped : JobState::Failed, error);
        return;
    }
    const TaskSnapshot &task = reply->task();
    if (task.id.isEmpty()) {
        ApiError error;
        error.kind = ErrorKind::BadResponse;
        error.message = JobManager::tr("The server accepted the request but returned no task id.");
        finish(JobState::OutcomeUnknown, error);
        return;
    }
    m_host.holds().createAccepted(model());
    job.taskId = task.id;
    if (task.creditsReserved)
        job.takeReservation(*task.creditsReserved);
    job.etaSeconds = task.estimatedTimeSeconds;
    job.progress = std::clamp(task.progress, 0, 100);
    job.state = stopRequested ? JobState::Stopped : JobState::Running;
    // The task id is the way back to a paid task: it is durably journaled
    // before anything else happens, or the job stops here, loudly.
    if (!m_host.journal(this)) {
        m_host.stopUnjournaled(
            this, JobState::Stalled,
            JobManager::tr("EvoLink created task %1 for this job, but it could not be "
                           "written to the journal (%2). Note the task id now: Kling Studio "
                           "stopped tracking the job so that nothing is lost unseen. Free "
                           "some disk space or check the data folder, then get the video "
                           "with: klingstudio-cli status %1")
                .arg(task.id, m_host.journalError()));
        return;
    }
    if (stopRequested) {
        finish(JobState::Stopped);
        return;
    }
    m_pollClock.start();
    if (task.isTerminal()) {
        handleSnapshot(task);
        return;
    }
    schedulePoll(m_host.schedule().firstDelayMs(task.estimatedTimeSeconds));
}

// ---- polling ----

void JobRun::schedulePoll(int ms)
{
    after(ms, [this] { poll(); });
}

void JobRun::startPolling(int firstDelayMs)
{
    job.error = {};
    m_transientRetries = 0;
    m_rateLimitHits = 0;
    m_pollClock.start();
    if (job.state != JobState::Running)
        setState(JobState::Running);
    schedulePoll(firstDelayMs);
}

void JobRun::poll()
{
    if (m_host.adoptSettledElsewhere(this))
        return;
    ApiReply *reply = m_host.client()->getTask(job.taskId);
    reply->setParent(this);
    m_reply = reply;
    QObject::connect(reply, &ApiReply::finished, this, [this, reply] { onPolled(reply); });
}

bool JobRun::timedOut() const
{
    const int minutes = m_host.settings() ? m_host.settings()->pollTimeoutMinutes() : 30;
    return m_pollClock.isValid()
        && m_pollClock.elapsed() > qint64(minutes) * 60 * 1000 * m_host.schedule().scale;
}

// Schedules the next regular poll, or gives up locally when the limit is
// reached (the task keeps running on the server).
void JobRun::pollLater(int ms)
{
    if (timedOut()) {
        finish(JobState::Stalled);
        return;
    }
    schedulePoll(ms);
}

void JobRun::onPolled(ApiReply *reply)
{
    m_reply = nullptr;
    reply->deleteLater();
    const ApiError error = reply->error();
    if (!error.isError()) {
        m_transientRetries = 0;
        m_rateLimitHits = 0;
        handleSnapshot(reply->task());
        return;
    }
    const int status = error.httpStatus;
    if (status == 404 || status == 403) {
        finish(JobState::Failed, error);
        return;
    }
    if (ErrorCatalog::needsDialog(error)) {
        // The key or the balance needs the user; the task itself may
        // still finish on the server, so keep it for "check again".
        finish(JobState::Stalled, error);
        return;
    }
    const double scale = m_host.schedule().scale;
    if (status == 429) {
        int delay = 0;
        if (error.retryAfterSeconds >= 0) {
            delay = error.retryAfterSeconds * 1000;
        } else {
            static constexpr int kBackoff[] = {30, 60, 120};
            const int base = kBackoff[std::min(m_rateLimitHits, 2)];
            const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
            delay = PollSchedule::scaled(base * 1000.0 * jitter, scale);
        }
        ++m_rateLimitHits;
        pollLater(delay);
        return;
    }
    if (ErrorCatalog::isTransient(error) || error.kind == ErrorKind::Network
        || error.kind == ErrorKind::BadResponse || status >= 500) {
        if (m_transientRetries < kMaxTransientRetries) {
            ++m_transientRetries;
            pollLater(PollSchedule::scaled(1500.0 * m_transientRetries, scale));
        } else {
            pollLater(m_host.schedule().nextDelayMs(m_pollClock.elapsed()));
        }
        return;
    }
    finish(JobState::Failed, error);
}

// A new custom element goes into the library with a copy of its frontal
// image, so it can be picked by name long after the upload has expired.
void JobRun::rememberElement()
{
    ElementLibrary *library = m_host.elementLibrary();
    if (!library)
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
        element.thumbnailPath = library->storeThumbnail(job.elementId, image);
        if (element.thumbnailPath.isEmpty())
            qCWarning(lcJobs) << "element thumbnail:" << library->lastError();
    }
    if (!library->add(element))
        qCWarning(lcJobs) << "could not store element" << job.elementId << ":"
                          << library->lastError();
}

void JobRun::handleSnapshot(const TaskSnapshot &task)
{
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
        if (m_host.adoptSettledElsewhere(this))
            return;
        job.progress = 100;
        job.etaSeconds.reset();
        if (job.request.mode == Mode::CustomElement) {
            if (task.elementId.isEmpty()) {
                ApiError error;
                error.kind = ErrorKind::BadResponse;
                error.message = JobManager::tr("The element was created but the server did not "
                                               "return its id.");
                finish(JobState::Failed, error);
                return;
            }
            job.elementId = task.elementId;
            rememberElement();
            finish(JobState::Done);
            return;
        }
        if (task.resultUrls.isEmpty()) {
            ApiError error;
            error.kind = ErrorKind::BadResponse;
            error.message =
                JobManager::tr("The task completed but the server returned no video link.");
            finish(JobState::Failed, error);
            return;
        }
        if (job.resultUrl != task.resultUrls.first() || !job.resultAt.isValid()) {
            job.resultUrl = task.resultUrls.first();
            job.resultAt = QDateTime::currentDateTimeUtc();
        }
        // The link is the one thing that cannot be recovered later:
        // journal it before the download starts.
        persist();
        startDownload();
        return;
    case TaskStatus::Failed:
        if (task.errorCode == u"request_cancelled") {
            finish(JobState::Cancelled, ApiError::fromTask(task.errorCode, task.errorMessage));
            return;
        }
        finish(JobState::Failed,
               ApiError::fromTask(task.errorCode.isEmpty() ? QStringLiteral("unknown_error")
                                                           : task.errorCode,
                                  task.errorMessage));
        return;
    case TaskStatus::Cancelled:
        finish(JobState::Cancelled,
               task.errorCode.isEmpty() ? ApiError {}
                                        : ApiError::fromTask(task.errorCode, task.errorMessage));
        return;
    case TaskStatus::Pending:
    case TaskStatus::Processing:
    case TaskStatus::Unknown:
        break;
    }
    if (changed)
        persist();
    pollLater(m_host.schedule().nextDelayMs(m_pollClock.elapsed()));
}

// ---- download ----

void JobRun::startDownload()
{
    if (!m_host.claim().claim(job.id)) {
        m_host.watchOwner(this);
        return;
    }
    if (m_host.adoptSettledElsewhere(this))
        return;
    m_leaseClock.start();
    const bool outIsFolder = job.outPath.endsWith(u'/');
    const QString dir = VideoTarget::folder(job, m_host.libraryFolder());
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        finish(JobState::Failed,
               ApiError::local(JobManager::tr("Cannot create the folder %1 for the video.")
                                   .arg(QDir::toNativeSeparators(dir))));
        return;
    }
    // A stable name lets a restarted download resume its .part file.
    const QString target = VideoTarget::downloadPath(job, dir);
    m_downloadTemp = job.outPath.isEmpty() || outIsFolder ? QString() : target;

    job.downloadedBytes = 0;
    job.totalBytes = 0;
    setState(JobState::Downloading);
    // Its task is done on the server: room for another of its model.
    m_host.holds().jobFinished(model());
    m_persistClock.start();

    auto *downloader = new Downloader(m_host.network(), QUrl(job.resultUrl), target, this);
    m_downloader = downloader;
    // Bounded by what this job's video can be, and checked to be that
    // video before it takes the final name.
    downloader->setMaxBytes(ResultSize::maxBytes(job.request));
    downloader->setVerifier([request = job.request](const QString &path) {
        const ResultCheck::Verdict verdict = ResultCheck::check(path, request);
        return Downloader::Verdict {verdict.problem, verdict.keepBytes};
    });
    QObject::connect(downloader, &Downloader::progress, this,
                     [this](qint64 received, qint64 total) {
                         job.downloadedBytes = received;
                         job.totalBytes = std::max<qint64>(total, 0);
                         if (m_host.claim().renewIfDue(job.id, m_leaseClock.elapsed()))
                             m_leaseClock.restart();
                         if (m_persistClock.elapsed() >= kProgressPersistMs) {
                             m_persistClock.restart();
                             persist();
                         }
                     });
    QObject::connect(downloader, &Downloader::finished, this,
                     [this, downloader] { onDownloaded(downloader); });
    downloader->start();
}

void JobRun::onDownloaded(Downloader *downloader)
{
    m_downloader = nullptr;
    downloader->deleteLater();
    if (downloader->error().isError() || downloader->linkExpired()) {
        ApiError error = downloader->error();
        if (downloader->linkExpired()) {
            if (!error.isError())
                error = ApiError::network(JobManager::tr("The video link has expired."));
            finish(JobState::Expired, error);
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
            finish(JobState::Failed, error);
        }
        return;
    }
    QString path = downloader->targetPath();
    if (!m_downloadTemp.isEmpty()) {
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
    finish(JobState::Done);
}

// ---- outcome unknown ----

void JobRun::lookUpLostTask()
{
    job.error = {};
    setState(JobState::Submitting);
    const QString self = job.id;
    auto *finder = new LostTaskFinder(
        m_host.client(), job,
        [this, self](const QString &taskId) { return m_host.taskHeldByAnotherJob(self, taskId); },
        this);
    m_finder = finder;
    QObject::connect(finder, &LostTaskFinder::finished, this,
                     [this, finder] { onLostTaskLookedUp(finder); });
    finder->start();
}

void JobRun::onLostTaskLookedUp(LostTaskFinder *finder)
{
    m_finder = nullptr;
    finder->deleteLater();
    switch (finder->outcome()) {
    case LostTaskFinder::Outcome::NotFound:
        // Not there: resend with the SAME idempotency key, so a task that
        // does exist after all is replayed instead of billed twice.
        m_resentAfterLostCreate = true;
        uploadNext();
        return;
    case LostTaskFinder::Outcome::Failed:
        finish(JobState::OutcomeUnknown, finder->error());
        return;
    case LostTaskFinder::Outcome::Uncertain:
        finish(JobState::OutcomeUnknown, [&] {
            ApiError error = ApiError::local(finder->explanation());
            error.code = QStringLiteral("lost_task_uncertain");
            return error;
        }());
        return;
    case LostTaskFinder::Outcome::Found:
        break;
    }
    const TaskSnapshot &task = finder->task();
    qCInfo(lcJobs) << "job" << job.id << "found its lost task" << task.id;
    job.taskId = task.id;
    job.progress = std::clamp(task.progress, 0, 100);
    job.state = JobState::Running;
    if (!m_host.journal(this)) {
        m_host.stopUnjournaled(
            this, JobState::Stalled,
            JobManager::tr("This job's task is %1, but that could not be written to the "
                           "journal (%2). Note the task id now; free some disk space or "
                           "check the data folder, then get the video with: "
                           "klingstudio-cli status %1")
                .arg(task.id, m_host.journalError()));
        return;
    }
    startPolling(0);
}

} // namespace ks

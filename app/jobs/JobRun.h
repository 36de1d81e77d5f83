#pragma once
// One job while this process drives it: the state machine upload → create
// → poll → download, with its one pending step on a timer and its one
// request in flight. Timers and replies are its children, so dropping the
// run cancels everything it had in flight. The queue, the per-model slots,
// the journal and the signals stay with JobManager, reached through
// JobRunHost.

#include "jobs/Job.h"
#include "jobs/ModelCreateHolds.h"
#include "jobs/PollSchedule.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace ks {

class ApiReply;
class CreateSpacing;
class Downloader;
class DownloadClaim;
class ElementLibrary;
class EvoLinkClient;
class JobRun;
class LostTaskFinder;
class Settings;
struct TaskSnapshot;

// What a run needs from the manager that drives it: the services it talks
// to, and the manager's side of its outcomes (journal, queue, signals).
class JobRunHost
{
public:
    virtual EvoLinkClient *client() const = 0;
    virtual QNetworkAccessManager *network() const = 0;
    virtual Settings *settings() const = 0;
    virtual const PollSchedule &schedule() const = 0;
    virtual ElementLibrary *elementLibrary() const = 0;
    virtual QString libraryFolder() const = 0;
    virtual DownloadClaim &claim() = 0;
    virtual ModelCreateHolds &holds() = 0;
    virtual CreateSpacing &spacing() = 0;

    // Writes the run's row (retrying briefly); false when it stayed unwritten.
    virtual bool journal(JobRun *run) = 0;
    virtual QString journalError() const = 0;
    virtual void jobChanged(const QString &id) = 0;
    // The job leaves the active states: journaled, dropped, next one let in.
    virtual void finish(JobRun *run, JobState state, const ApiError &error) = 0;
    // A write that had to be durable failed: stop driving the job, loudly.
    virtual void stopUnjournaled(JobRun *run, JobState state, const QString &message) = 0;
    // EvoLink refused the create before making a task: back to the queue.
    virtual void requeueRefused(JobRun *run, const ApiError &error,
                                ModelCreateHolds::Reason reason) = 0;
    // Another live process drives the job: follow its row from now on.
    virtual void watchOwner(JobRun *run) = 0;
    // Another process settled the job: take its row, drop the run; true then.
    virtual bool adoptSettledElsewhere(JobRun *run) = 0;
    // Whether `run` still drives its job here (not dropped meanwhile).
    virtual bool isCurrent(const JobRun *run) const = 0;
    // Whether another job (journaled or running here) holds `taskId`.
    virtual bool taskHeldByAnotherJob(const QString &jobId, const QString &taskId) const = 0;

protected:
    ~JobRunHost() = default;
};

class JobRun final : public QObject
{
    Q_DISABLE_COPY_MOVE(JobRun)
public:
    JobRun(const Job &job, JobRunHost &host, QObject *parent);

    // An input that must be uploaded (again) before the create: its link is
    // missing or dies within the hour (API.md §5).
    static bool uploadIsStale(const MediaRef &media, const QDateTime &now);

    // ---- the steps; each ends in the next step, a wait, or host.finish() ----
    void uploadNext(); // then create()
    void startPolling(int firstDelayMs);
    void schedulePoll(int ms);
    void startDownload();
    void lookUpLostTask(); // a create whose answer was lost

    // Runs `step` after `ms`, replacing whatever step was pending: a run
    // waits for one thing at a time.
    void after(int ms, std::function<void()> step);
    // Disconnects and aborts whatever the run has in flight, timer included.
    void abortInFlight();

    bool isTimerActive() const { return m_timer.isActive(); }
    bool hasReply() const { return !m_reply.isNull(); }
    bool isDownloadRetryPending() const;
    void startPollClock() { m_pollClock.start(); }
    QString model() const;

    Job job;
    // Another live process owns the job: this run only follows its row.
    bool watching = false;
    bool stopRequested = false;
    // Let out of the queue and not yet uploading or sending (waiting for the
    // create spacing): holds its model's slot all the same.
    bool admitted = false;

private:
    void setState(JobState state);
    void persist(); // a write whose loss costs nothing that cannot be asked again
    void finish(JobState state, const ApiError &error = {});

    void checkFileQuota();
    void onUploaded(ApiReply *reply, int index);
    void create();
    void sendCreate();
    void onCreated(ApiReply *reply);
    void poll();
    bool timedOut() const;
    void pollLater(int ms);
    void onPolled(ApiReply *reply);
    void handleSnapshot(const TaskSnapshot &task);
    void rememberElement();
    void onDownloaded(Downloader *downloader);
    void onLostTaskLookedUp(LostTaskFinder *finder);

    JobRunHost &m_host;
    QPointer<ApiReply> m_reply;
    QPointer<Downloader> m_downloader;
    QPointer<LostTaskFinder> m_finder;
    QElapsedTimer m_pollClock; // since this process began polling the task
    QElapsedTimer m_persistClock; // throttles progress writes while downloading
    QElapsedTimer m_leaseClock; // renews the download claim
    QTimer m_timer; // the one pending step: next poll, retry or claim check
    std::function<void()> m_pending;
    int m_transientRetries = 0;
    int m_rateLimitHits = 0;
    int m_uploadRetries = 0;
    bool m_quotaChecked = false; // the file quota was read before this run's uploads
    // Sent again after a lost create was looked for and not found: its first
    // request may still have made a task, so a refusal of this one does not
    // put it back in the queue (a restart would then send it unasked).
    bool m_resentAfterLostCreate = false;
    QString m_downloadTemp; // set when the file is renamed to outPath at the end
};

} // namespace ks

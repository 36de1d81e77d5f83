#pragma once
// Owns the job lifecycle: journal first, then uploads, create, polling on the
// API.md §8 schedule, download, done. Several jobs run at once, up to the
// limit per model; the rest wait in order. Creates leave 1 s apart, and one
// EvoLink refuses before making a task waits in the queue to be sent again.

#include "jobs/Job.h"
#include "jobs/PollSchedule.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace ks {

class ElementLibrary;
class EvoLinkClient;
class JobStore;
class Settings;

enum class ResumePolicy {
    // The app: a create whose answer was lost waits for "Check again".
    LostCreatesWaitForUser,
    // `klingstudio-cli resume`: the user asked to finish everything, so lost
    // creates are looked up (and only ever re-sent with the same key).
    LookUpLostCreates,
};

class JobManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobManager)
public:
    JobManager(JobStore *store, EvoLinkClient *client, QNetworkAccessManager *nam,
               Settings *settings, QObject *parent = nullptr);
    ~JobManager() override;

    void setPollSchedule(const PollSchedule &schedule);
    PollSchedule pollSchedule() const;
    void setLibraryDir(const QString &dir); // overrides Settings (CLI, tests)
    // Completed kling-custom-element jobs are added here (may be null).
    void setElementLibrary(ElementLibrary *library);
    // Demo and real jobs never mix: only jobs made in the current mode are
    // resumed; on a switch, running demo jobs stop and real ones are set
    // aside untouched until the real API is back.
    void setDemoMode(bool demo);
    bool isDemoMode() const;

    // Journals the job, then runs it. Returns the new job id, or an empty
    // string when the journal refused the write (then nothing is sent).
    QString submit(const GenerationRequest &request, const QString &outPath = {});
    // The most takes one click makes (the form's "× N").
    static constexpr int kMaxTakes = 4;
    // `takes` identical jobs of one request (1..kMaxTakes), sharing a batch
    // id when there are several, each with its own idempotency key. All are
    // journaled in one transaction before any is sent; returns their ids in
    // order, or none (submitError() says why) and nothing is sent.
    QStringList submitTakes(const GenerationRequest &request, int takes);
    // The jobs of a batch file, in its order, the same way: one transaction,
    // one batch id; outPaths (CLI --out, per job, may be empty) match the
    // requests one to one.
    QStringList submitBatch(const QList<GenerationRequest> &requests, const QStringList &outPaths);
    // New job with the same parameters (re-uploads stale inputs); with
    // `quality`, the same at that quality (a take promoted).
    QString resubmit(const QString &jobId, std::optional<Quality> quality = std::nullopt);
    // Stops following the job here and marks it Stopped; nothing happens
    // for a job another live process drives (see isDrivenElsewhere).
    void stopTracking(const QString &jobId);
    // True while another live process (the CLI, a second window) drives
    // the job and this one only follows its journal row.
    bool isDrivenElsewhere(const QString &jobId) const;
    // Stalled / OutcomeUnknown, or Stopped with a task id: follows the task
    // again (and downloads its video while the link is valid).
    void checkAgain(const QString &jobId);
    void removeFromHistory(const QString &jobId); // keeps the video on disk
    // At start: continue every unfinished job of the journal, and fetch paid
    // results a local failure kept from the disk. A job another live process
    // drives is followed until it settles there (or taken over once that
    // process is gone).
    void resumeUnfinished(ResumePolicy policy = ResumePolicy::LostCreatesWaitForUser);
    // Why the last submit() returned an empty id (in the user's language).
    QString submitError() const;
    // Jobs past the queue: uploading, submitting, running or downloading.
    int runningCount() const;
    // The live copy while the job runs here, else the journal's row.
    std::optional<Job> job(const QString &id) const;
    // Writes every job this process drives (queued or running) into the
    // journal again, inserting the rows that are missing; returns how many.
    // Called when the journal was deleted and made again (JobStore::recreated).
    int rejournalLive();
    // Pending poll / retry / download-retry timers (0 once nothing runs; tests).
    int activeTimerCount() const;

signals:
    void jobChanged(const QString &id);
    // Left the active states: settled, or waiting for the user
    // (OutcomeUnknown, Stalled).
    void jobFinished(const QString &id);
    // 401 / 402: the user must act (UI shows a dialog, CLI prints and exits).
    void attentionNeeded(const QString &id, const ks::ApiError &error);
    void allSettled();
    // The journal was deleted while this process ran and was made again;
    // `liveJobs` jobs running here were written back into it.
    void journalRecreated(int liveJobs);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks

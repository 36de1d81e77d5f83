#pragma once
// One generation as the journal keeps it: what was asked, where it is in its
// life, and where its result is.

#include "core/ApiError.h"
#include "core/GenerationRequest.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ks {

enum class JobState {
    Queued, // journaled, waiting for a free slot (concurrency limit)
    Uploading, // local media going to the files API
    Submitting, // create request sent, no answer yet
    Running, // task id known; server pending/processing
    Downloading, // completed on the server; result streaming to disk
    Done, // video on disk
    Failed, // task or request failed; parameters kept for resubmit
    Cancelled, // server reported cancelled / request_cancelled
    OutcomeUnknown, // create sent, answer lost: the task may exist
    Stalled, // local poll limit reached; still running on the server
    Expired, // result link expired before download
    Stopped // user stopped tracking
};

QString jobStateName(JobState s); // stable, for storage: "queued", ...
std::optional<JobState> jobStateFromName(const QString &name);
QString jobStateDisplayName(JobState s); // translated
bool isActive(JobState s); // Queued..Downloading
bool isSettled(JobState s); // Done/Failed/Cancelled/Expired/Stopped

struct Job
{
    QString id; // local uuid
    QDateTime createdAt;
    QDateTime updatedAt;
    GenerationRequest request;
    JobState state = JobState::Queued;
    QString idempotencyKey;
    QString taskId;
    int progress = 0;
    std::optional<int> etaSeconds;
    qint64 estimateUc = 0;
    // The reservation in credits, read by ReservedCredits (API.md §10.1 #9);
    // unset when EvoLink's figure could not be read as credits or UC.
    std::optional<double> creditsReserved;
    // usage.credits_reserved exactly as EvoLink sent it (credits or UC).
    std::optional<double> creditsReservedRaw;
    std::optional<double> creditsUsed;
    QString resultUrl;
    QDateTime resultAt; // when the task completed (link expires 24 h later)
    QString videoPath; // final file, set when Done
    QString outPath; // explicit target (CLI --out); empty = library folder
    QString elementId; // custom element result
    ApiError error; // last error (kind None when fine)
    qint64 downloadedBytes = 0;
    qint64 totalBytes = 0;
    // Live upload progress while Uploading (not journaled): file n of m, bytes of that file.
    int uploadFile = 0; // 1-based
    int uploadFiles = 0;
    qint64 uploadedBytes = 0;
    qint64 uploadTotalBytes = 0;
    // Live while Queued here (not journaled): how many jobs of its model this
    // process runs when the per-model limit keeps it waiting; 0 otherwise.
    int modelJobsRunning = 0;
    // Made against the demo simulator: never resumed against the real API
    // (and vice versa), the task ids belong to different servers.
    bool demo = false;
    // When the create request was (about to be) sent: a lost answer is only
    // ever matched with a task created around this moment.
    QDateTime createSentAt;
    // Takes made by one click (or one batch) share a batch id; batchIndex is
    // the take's place in it, from 1. Empty and 0 for a job made alone.
    // Set when the job is journaled, never changed after.
    QString batchId;
    int batchIndex = 0;

    // A new queued job of the request: a fresh id and idempotency key, made now.
    static Job create(const GenerationRequest &request);

    // Takes usage.credits_reserved as EvoLink sent it: keeps it raw and in
    // credits when ReservedCredits can read it against estimateUc. True when
    // anything changed.
    bool takeReservation(double raw);
    // What to show for the reservation: "27.00" credits, EvoLink's figure with
    // a note when its unit is unclear, or "" when none was reported.
    QString reservationText() const;
};

} // namespace ks

#pragma once
// Requests and journal rows for the job suites: the text-to-video request
// the simulator completes, and a job row as a process that was killed leaves
// it in the journal (written straight to a JobStore by the test).

#include "core/GenerationRequest.h"
#include "jobs/Job.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace ks::test {

// A text-to-video request the simulator accepts and completes (16:9, 720p,
// 5 s, no sound: the sample-16x9.mp4 result).
inline GenerationRequest textRequest()
{
    GenerationRequest r;
    r.mode = Mode::TextToVideo;
    r.prompt = QStringLiteral("A red fox walks through fresh snow at dawn");
    r.durationSeconds = 5;
    r.aspectRatio = AspectRatio::Wide16x9;
    r.quality = Quality::P720;
    r.sound = false;
    return r;
}

// A job row for `request` in `state` as a killed process leaves it: its own
// id and idempotency key, made and last written now. Nothing else is set
// (no task id, estimate or output path): the test adds what it needs.
inline Job leftBehindJob(const GenerationRequest &request, JobState state)
{
    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.updatedAt = job.createdAt;
    job.request = request;
    job.state = state;
    job.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return job;
}

} // namespace ks::test

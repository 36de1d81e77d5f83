#pragma once
// How large a job's result file may be: what the pre-flight check asks the
// output disk to have free before anything is paid for, and where a
// download is cut off as not the video (an endless or absurd body).
// Generous on purpose: a real clip is far below both.

#include "core/GenerationRequest.h"

#include <QtGlobal>

namespace ks::ResultSize {

// Seconds of video the job will produce (video edit: the input's length,
// rounded up, or the longest allowed input when unknown; custom element: 0).
int outputSeconds(const GenerationRequest &request);

// A generous estimate of the result's size, for the free-space check.
qint64 expectedBytes(const GenerationRequest &request);

// The most a download for this job may write before it is refused.
qint64 maxBytes(const GenerationRequest &request);

// Free space to leave on the user's disk beyond the result itself.
constexpr qint64 kFreeSpaceHeadroomBytes = qint64(256) * 1024 * 1024;

} // namespace ks::ResultSize

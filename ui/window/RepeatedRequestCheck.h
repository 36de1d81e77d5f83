#pragma once
// Remembers the last request the form submitted and when, so that the same
// request again within kWindowMs can be confirmed before a second paid job is
// made of what was most likely one intention (a repeated click, a shortcut
// pressed twice). Only the form's Generate asks: "Generate again" in the
// history and the command line are explicit and are not checked.

#include "core/GenerationRequest.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace ks {

class RepeatedRequestCheck
{
public:
    // How long after a submit the same request counts as a repeat.
    static constexpr qint64 kWindowMs = 10'000;

    // Call once the request was journaled as a job.
    void remember(const GenerationRequest &request);
    // Whether `request` equals the last one remembered, within kWindowMs.
    bool isRepeat(const GenerationRequest &request) const;

private:
    QJsonObject m_last; // RequestJson::toStorage of the last request
    QElapsedTimer m_since;
};

} // namespace ks

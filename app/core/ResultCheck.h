#pragma once
// Decides whether a downloaded file is the video a job asked for before it
// is moved to its final name: an MP4/MOV with a video track whose length is
// close to the job's (generously: ±max(1.5 s, 30 %)). A video edit's length
// follows its input, so it is only compared when the input's length is known.

#include "core/GenerationRequest.h"

#include <QCoreApplication>
#include <QString>

namespace ks {

class ResultCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ResultCheck)
public:
    struct Verdict
    {
        QString problem; // empty: the file is the video
        // A real video of an unexpected length: kept (not the final name) so
        // that a paid result is never thrown away on a guess.
        bool keepBytes = false;
    };

    // Seconds the result should last, or -1 when it is not known beforehand.
    static double expectedSeconds(const GenerationRequest &request);
    static bool durationFits(double actualSeconds, double expectedSeconds);
    static Verdict check(const QString &path, const GenerationRequest &request);
};

} // namespace ks

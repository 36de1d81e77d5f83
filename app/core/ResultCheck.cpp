#include "core/ResultCheck.h"

#include "core/Mp4Inspector.h"

#include <QLocale>

#include <cmath>

namespace ks {

namespace {
constexpr double kMinToleranceSeconds = 1.5;
constexpr double kRelativeTolerance = 0.3;
} // namespace

double ResultCheck::expectedSeconds(const GenerationRequest &request)
{
    switch (request.mode) {
    case Mode::CustomElement:
        return -1;
    case Mode::VideoEdit: {
        const double input = request.video.info.durationSeconds;
        return input > 0 && std::isfinite(input) ? input : -1;
    }
    default:
        return request.durationSeconds > 0 ? double(request.durationSeconds) : -1;
    }
}

bool ResultCheck::durationFits(double actualSeconds, double expected)
{
    if (!(expected > 0))
        return actualSeconds > 0;
    const double tolerance = std::max(kMinToleranceSeconds, kRelativeTolerance * expected);
    return std::abs(actualSeconds - expected) <= tolerance;
}

ResultCheck::Verdict ResultCheck::check(const QString &path, const GenerationRequest &request)
{
    Verdict verdict;
    const Mp4Report report = Mp4Inspector::inspectFile(path);
    if (!report.isVideo) {
        verdict.problem = report.problem;
        return verdict;
    }
    const double expected = expectedSeconds(request);
    if (!durationFits(report.durationSeconds, expected)) {
        verdict.problem = tr("it lasts %1 s, the job asked for %2 s")
                              .arg(QLocale().toString(report.durationSeconds, 'f', 1),
                                   QLocale().toString(expected, 'f', 1));
        verdict.keepBytes = true;
    }
    return verdict;
}

} // namespace ks

#pragma once
// The simulator's table of the models POST /v1/videos/generations takes
// (API.md §2): per model, its kind, the top-level and model_params fields it
// accepts, its duration range, qualities and reference image types. SimRules
// checks a body against it.

#include <QList>
#include <QString>
#include <QStringList>

namespace ks {

enum class SimModelKind { TextToVideo, ImageToVideo, ReferenceToVideo, VideoEdit, CustomElement };

struct SimModelRule
{
    QString name;
    SimModelKind kind;
    QStringList fields; // accepted top-level fields
    QStringList params; // accepted model_params fields
    int minDuration; // 0: the model has no duration field
    int maxDuration;
    QStringList qualities;
    QStringList imageTypes; // accepted types of image_urls[] files uploaded here
};

// Every model the simulator knows, in the order the docs list them.
const QList<SimModelRule> &simModelTable();

} // namespace ks

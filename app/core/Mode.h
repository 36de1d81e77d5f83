#pragma once
// The five EvoLink Kling O3 models and the per-mode facts the form and the
// validator need (API.md §2.6). Pure data, no Qt GUI.

#include <QList>
#include <QString>

#include <optional>

namespace ks {

enum class Mode { TextToVideo, ImageToVideo, ReferenceToVideo, VideoEdit, CustomElement };
enum class Quality { P720, P1080, P4K };
enum class AspectRatio { Wide16x9, Tall9x16, Square1x1 };

struct DurationRange
{
    int min = 3;
    int max = 15;
    int defaultValue = 5;
};

namespace ModeInfo {
QString modelName(Mode mode); // "kling-o3-text-to-video"
std::optional<Mode> fromModelName(const QString &model);
QString cliName(Mode mode); // "text-to-video"
std::optional<Mode> fromCliName(const QString &name);
QString displayName(Mode mode); // translated, e.g. "Text to video"
std::optional<DurationRange> durationRange(Mode mode); // empty for VideoEdit / CustomElement
bool hasSound(Mode mode); // T2V, I2V only
bool hasAspectRatio(Mode mode); // T2V, I2V, Ref2V
bool hasPrompt(Mode mode); // all but CustomElement
bool promptOptional(Mode mode); // VideoEdit: EvoLink requires no prompt (API.md §10.1 #7)
bool hasVideoInput(Mode mode); // Ref2V, Edit
bool supportsMultiShot(Mode mode); // T2V, I2V
QList<Quality> qualities(Mode mode); // 4k for T2V and I2V only (API.md §10.1 #5)
// The next quality above `q` the mode offers (a take promoted); none at the top.
std::optional<Quality> higherQuality(Mode mode, Quality q);
QList<Mode> allModes();
} // namespace ModeInfo

QString qualityName(Quality q); // "720p" / "1080p" / "4k"
std::optional<Quality> qualityFromName(const QString &name);
QString aspectName(AspectRatio a); // "16:9" / "9:16" / "1:1"
std::optional<AspectRatio> aspectFromName(const QString &name);

} // namespace ks

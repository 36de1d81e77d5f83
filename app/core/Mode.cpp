#include "core/Mode.h"

#include <QCoreApplication>

namespace ks {

namespace {
struct ModeNames
{
    Mode mode;
    const char *model;
    const char *cli;
};

constexpr ModeNames kModeNames[] = {
    {Mode::TextToVideo, "kling-o3-text-to-video", "text-to-video"},
    {Mode::ImageToVideo, "kling-o3-image-to-video", "image-to-video"},
    {Mode::ReferenceToVideo, "kling-o3-reference-to-video", "reference-to-video"},
    {Mode::VideoEdit, "kling-o3-video-edit", "video-edit"},
    {Mode::CustomElement, "kling-custom-element", "custom-element"},
};
} // namespace

namespace ModeInfo {

QString modelName(Mode mode)
{
    for (const auto &n : kModeNames) {
        if (n.mode == mode)
            return QLatin1String(n.model);
    }
    return {};
}

std::optional<Mode> fromModelName(const QString &model)
{
    const QString m = model.trimmed();
    for (const auto &n : kModeNames) {
        if (m == QLatin1String(n.model))
            return n.mode;
    }
    return std::nullopt;
}

QString cliName(Mode mode)
{
    for (const auto &n : kModeNames) {
        if (n.mode == mode)
            return QLatin1String(n.cli);
    }
    return {};
}

std::optional<Mode> fromCliName(const QString &name)
{
    const QString m = name.trimmed().toLower();
    for (const auto &n : kModeNames) {
        if (m == QLatin1String(n.cli))
            return n.mode;
    }
    // Accept the full model name too, so scripts can pass either.
    return fromModelName(m);
}

QString displayName(Mode mode)
{
    switch (mode) {
    case Mode::TextToVideo:
        return QCoreApplication::translate("ModeInfo", "Text to video");
    case Mode::ImageToVideo:
        return QCoreApplication::translate("ModeInfo", "Image to video");
    case Mode::ReferenceToVideo:
        return QCoreApplication::translate("ModeInfo", "Reference to video");
    case Mode::VideoEdit:
        return QCoreApplication::translate("ModeInfo", "Video edit");
    case Mode::CustomElement:
        return QCoreApplication::translate("ModeInfo", "Custom element");
    }
    return {};
}

std::optional<DurationRange> durationRange(Mode mode)
{
    switch (mode) {
    case Mode::TextToVideo:
    case Mode::ImageToVideo:
        return DurationRange {3, 15, 5};
    case Mode::ReferenceToVideo:
        return DurationRange {3, 10, 5};
    case Mode::VideoEdit:
    case Mode::CustomElement:
        break;
    }
    return std::nullopt;
}

bool hasSound(Mode mode)
{
    return mode == Mode::TextToVideo || mode == Mode::ImageToVideo;
}

bool hasAspectRatio(Mode mode)
{
    return mode == Mode::TextToVideo || mode == Mode::ImageToVideo
        || mode == Mode::ReferenceToVideo;
}

bool hasPrompt(Mode mode)
{
    return mode != Mode::CustomElement;
}

bool promptOptional(Mode mode)
{
    return mode == Mode::VideoEdit;
}

bool hasVideoInput(Mode mode)
{
    return mode == Mode::ReferenceToVideo || mode == Mode::VideoEdit;
}

bool supportsMultiShot(Mode mode)
{
    return mode == Mode::TextToVideo || mode == Mode::ImageToVideo;
}

QList<Quality> qualities(Mode mode)
{
    switch (mode) {
    case Mode::TextToVideo:
    case Mode::ImageToVideo:
        // API.md §10.1 #5: 4k is documented for these two models only.
        return {Quality::P720, Quality::P1080, Quality::P4K};
    case Mode::ReferenceToVideo:
    case Mode::VideoEdit:
        return {Quality::P720, Quality::P1080};
    case Mode::CustomElement:
        break;
    }
    return {};
}

std::optional<Quality> higherQuality(Mode mode, Quality q)
{
    const QList<Quality> offered = qualities(mode);
    const qsizetype at = offered.indexOf(q);
    if (at < 0 || at + 1 >= offered.size())
        return std::nullopt;
    return offered.at(at + 1);
}

QList<Mode> allModes()
{
    return {Mode::TextToVideo, Mode::ImageToVideo, Mode::ReferenceToVideo, Mode::VideoEdit,
            Mode::CustomElement};
}

} // namespace ModeInfo

QString qualityName(Quality q)
{
    switch (q) {
    case Quality::P720:
        return QStringLiteral("720p");
    case Quality::P1080:
        return QStringLiteral("1080p");
    case Quality::P4K:
        return QStringLiteral("4k");
    }
    return {};
}

std::optional<Quality> qualityFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"720p" || n == u"720")
        return Quality::P720;
    if (n == u"1080p" || n == u"1080")
        return Quality::P1080;
    if (n == u"4k" || n == u"2160p")
        return Quality::P4K;
    return std::nullopt;
}

QString aspectName(AspectRatio a)
{
    switch (a) {
    case AspectRatio::Wide16x9:
        return QStringLiteral("16:9");
    case AspectRatio::Tall9x16:
        return QStringLiteral("9:16");
    case AspectRatio::Square1x1:
        return QStringLiteral("1:1");
    }
    return {};
}

std::optional<AspectRatio> aspectFromName(const QString &name)
{
    const QString n = name.trimmed();
    if (n == u"16:9")
        return AspectRatio::Wide16x9;
    if (n == u"9:16")
        return AspectRatio::Tall9x16;
    if (n == u"1:1")
        return AspectRatio::Square1x1;
    return std::nullopt;
}

} // namespace ks

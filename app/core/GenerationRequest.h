#pragma once
// Everything the user asked for, as a value. Built by the form on every
// change, validated by RequestValidator, priced by CostEstimator, stored in
// the journal (RequestJson::toStorage) and sent (RequestJson::toApiJson).

#include "core/MediaRef.h"
#include "core/Mode.h"

#include <QList>
#include <QString>

#include <optional>

namespace ks {

struct Shot
{
    QString prompt;
    int durationSeconds = 0;
    friend bool operator==(const Shot &a, const Shot &b)
    {
        return a.prompt == b.prompt && a.durationSeconds == b.durationSeconds;
    }
};

struct ElementRef
{
    QString elementId;
    bool madeFromVideo = false; // video_refer elements are refused with a video input
    friend bool operator==(const ElementRef &a, const ElementRef &b)
    {
        return a.elementId == b.elementId && a.madeFromVideo == b.madeFromVideo;
    }
};

struct GenerationRequest
{
    Mode mode = Mode::TextToVideo;
    QString prompt;
    int durationSeconds = 5;
    std::optional<AspectRatio> aspectRatio = AspectRatio::Wide16x9; // empty: follow the start frame
    Quality quality = Quality::P720;
    bool sound = false;

    MediaRef imageStart; // I2V
    MediaRef imageEnd; // I2V, needs imageStart
    QList<MediaRef> referenceImages; // I2V / Ref2V / Edit -> image_urls
    MediaRef video; // Ref2V / Edit -> video_url
    bool keepOriginalSound = true; // Ref2V / Edit

    bool multiShot = false; // T2V / I2V
    QList<Shot> shots; // index = position + 1

    QList<ElementRef> elements; // model_params.element_list
    std::optional<bool> watermark; // model_params.watermark_info.enabled
    QString callbackUrl;

    // kling-custom-element
    QString elementName; // <= 20 chars
    QString elementDescription; // <= 100 chars
    MediaRef elementFrontal; // image_refer
    QList<MediaRef> elementAngles; // image_refer, 1..3
    MediaRef elementVideo; // video_refer
    // model_params.element_voice_id: the voice a video-made element speaks with
    // (API.md §10.1 #4); optional, and only sent with video_refer.
    QString elementVoiceId;

    // All media slots in request order (for uploads and for <<<image_N>>> numbering).
    QList<MediaRef *> mediaSlots();
    // Custom element reference_type: "video_refer" only when no image is set
    // (images take precedence, so a stale video slot never changes the type).
    bool elementUsesVideo() const
    {
        return !elementFrontal.isSet() && elementAngles.isEmpty() && elementVideo.isSet();
    }
};

} // namespace ks

#pragma once
// Checks a GenerationRequest against every rule of API.md §2 before any
// credit is spent. Messages are translated at call time.

#include "core/GenerationRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ks {

enum class Field {
    Mode,
    Prompt,
    Duration,
    AspectRatio,
    Quality,
    Sound,
    ImageStart,
    ImageEnd,
    ReferenceImages,
    Video,
    Shots,
    Elements,
    Watermark,
    CallbackUrl,
    ElementName,
    ElementDescription,
    ElementImages,
    ElementVideo,
    ElementVoice
};

struct ValidationIssue
{
    Field field;
    QString message; // translated, one sentence, says the limit and the actual value
};

class RequestValidator final
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)
public:
    static constexpr int kMaxPromptChars = 2500;
    static constexpr int kPromptHintChars = 2000;
    static constexpr int kMaxShotPromptChars = 512;
    static constexpr int kMaxShots = 6;
    // API.md states the limits as "10 MB" / "200 MB" without saying which MB.
    // The smaller reading (SI, 10^6 bytes) is taken, so no file the API could
    // refuse is uploaded and paid for; sizes are shown in SI units (ByteSizeText).
    static constexpr qint64 kMaxImageBytes = 10LL * 1000 * 1000;
    static constexpr int kMinImageSide = 300;
    static constexpr qint64 kMaxVideoBytes = 200LL * 1000 * 1000;
    // Images whose header claims more pixels than this are refused without
    // decoding: a small PNG can expand to gigabytes (decompression bomb). No
    // camera photo within the 10 MB limit comes near it.
    static constexpr qint64 kMaxImagePixels = 100LL * 1000 * 1000;
    // A custom element's name and description, in characters, and how many
    // images besides the frontal one it takes (API.md §2.5).
    static constexpr int kMaxElementName = 20;
    static constexpr int kMaxElementDescription = 100;
    static constexpr int kMaxElementAngles = 3;
    // Reference images and elements together: image-to-video (API.md §2.2),
    // reference-to-video and video edit (§2.3, §2.4).
    static constexpr int kI2vMaxInputs = 7;
    static constexpr int kVideoModeMaxInputs = 4;
    // How many reference images the mode's list takes (0: the mode has none).
    static int maxReferenceImages(Mode mode);

    static QList<ValidationIssue> validate(const GenerationRequest &request);
    // Problems the API does not reject but the user should see (prompt reference
    // tokens that name nothing, see PromptReferences). Never blocks Generate.
    static QList<ValidationIssue> warnings(const GenerationRequest &request);
    // Checks one image on its own (used by drop zones before it enters a request).
    // `allowWebp` for reference images. A local file's info must come from
    // InputFileCheck (decoded): a defect it found is refused here.
    static QList<QString> checkImage(const MediaInfo &info, bool allowWebp = false);
    // Which limits a video is held to: an input of reference-to-video or video
    // edit (API.md §2.3, §2.4), or the video a custom element is made from
    // (§10.1 #3: at most 8 s, 720-2160 px wide, any height, at most 100 MB).
    enum class VideoUse { Input, Element };
    static constexpr qint64 kMaxElementVideoBytes = 100LL * 1000 * 1000;
    static QList<QString> checkVideo(const MediaInfo &info, VideoUse use = VideoUse::Input);
    // Video edit's input may last at most kMaxEditInputSeconds (API.md §10.1 #8);
    // empty when it does or when its length is unknown.
    static constexpr int kMaxEditInputSeconds = 10;
    static std::optional<QString> editInputLengthIssue(const MediaRef &video);
    // https only, no private/loopback/link-local/unique-local hosts, <= 2048 chars.
    static std::optional<QString> checkCallbackUrl(const QString &url);
    // Prompt length as the API counts it: Unicode code points (an emoji counts 1).
    static int promptLength(const QString &prompt);

private:
    // The rule groups validate() runs, each adding what it finds, in order.
    using Issues = QList<ValidationIssue>;
    static void checkElementText(Issues &issues, const GenerationRequest &r);
    static void checkElementMedia(Issues &issues, const GenerationRequest &r);
    static void checkPrompt(Issues &issues, const GenerationRequest &r);
    static void checkDurationAndQuality(Issues &issues, const GenerationRequest &r);
    static void checkShots(Issues &issues, const GenerationRequest &r);
    static void checkElementIds(Issues &issues, const GenerationRequest &r);
    static void checkTextToVideo(Issues &issues, const GenerationRequest &r);
    static void checkImageToVideo(Issues &issues, const GenerationRequest &r);
    // Reference-to-video and video edit: the video, its inputs and elements.
    static void checkVideoInput(Issues &issues, const GenerationRequest &r);
    static void checkCallback(Issues &issues, const GenerationRequest &r);
    static void checkRef(Issues &issues, const MediaRef &m, Field f, const QString &subject,
                         const QStringList &localIssues);
    static void checkImageRef(Issues &issues, const MediaRef &m, Field f, const QString &subject,
                              bool allowWebp);
    static void checkVideoRef(Issues &issues, const MediaRef &m, Field f, const QString &subject,
                              VideoUse use);
};

} // namespace ks

#include "core/RequestValidator.h"

#include "core/ByteSizeText.h"
#include "core/IpLiteral.h"
#include "core/PromptReferences.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

namespace ks {

namespace {

constexpr int kMaxCallbackChars = 2048;
constexpr int kMinVideoSide = 720;
constexpr int kMaxVideoSide = 2160;
constexpr double kMinVideoSeconds = 3.0;
constexpr double kMaxElementVideoSeconds = 8.0; // API.md §10.1 #3
constexpr double kMinFps = 24.0;
constexpr double kMaxFps = 60.0;
// 23.976 and 59.94 fps footage is everywhere and is what "24" and "60" mean to users.
constexpr double kFpsTolerance = 0.05;
constexpr int kT2vMaxElements = 7;
constexpr int kI2vMaxElementsWithStart = 3;
constexpr int kI2vMaxImagesWithEnd = 2;

QString fpsText(double fps)
{
    return QString::number(fps, 'g', 4);
}

bool isBlank(const QString &s)
{
    return s.trimmed().isEmpty();
}

// 1-based code-point position of the first control character other than \n and \t.
int firstControlChar(const QString &s)
{
    int pos = 0;
    for (auto it = s.cbegin(); it != s.cend(); ++it) {
        ++pos;
        if (it->isHighSurrogate() && (it + 1) != s.cend() && (it + 1)->isLowSurrogate()) {
            ++it;
            continue;
        }
        const char16_t c = it->unicode();
        if (c == u'\n' || c == u'\t')
            continue;
        if (it->category() == QChar::Other_Control)
            return pos;
    }
    return 0;
}

bool isHttpsUrl(const QString &url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    return u.isValid() && u.scheme() == u"https" && !u.host().isEmpty();
}

} // namespace

int RequestValidator::promptLength(const QString &prompt)
{
    // The API counts characters, not UTF-16 units: an emoji or a CJK
    // extension character is one character (a surrogate pair is one).
    int n = 0;
    for (qsizetype i = 0; i < prompt.size(); ++i) {
        if (prompt.at(i).isHighSurrogate() && i + 1 < prompt.size()
            && prompt.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

static QList<QString> imageIssues(const MediaInfo &info, bool allowWebp, const QString &subject)
{
    QList<QString> issues;
    const bool formatOk = info.format == MediaFormat::Jpeg || info.format == MediaFormat::Png
        || (allowWebp && info.format == MediaFormat::Webp);
    if (!formatOk) {
        const QString accepted = allowWebp ? RequestValidator::tr("JPEG, PNG or WEBP")
                                           : RequestValidator::tr("JPEG or PNG");
        if (info.format == MediaFormat::Unknown) {
            issues << RequestValidator::tr("%1 is not a readable image; use a %2 file.")
                          .arg(subject, accepted);
        } else if (isRefusedImageFormat(info.format)) {
            // API.md §10.1 #14: EvoLink refuses these; say so before anything is uploaded.
            issues << RequestValidator::tr("%1 is in %2 format, which EvoLink does not accept. "
                                           "Save or export it as %3 and use that file.")
                          .arg(subject, mediaFormatName(info.format), accepted);
        } else {
            issues << RequestValidator::tr("%1 is a %2 file; only %3 images are accepted.")
                          .arg(subject, mediaFormatName(info.format), accepted);
        }
    }
    if (info.bytes > RequestValidator::kMaxImageBytes) {
        issues << RequestValidator::tr("%1 is %2; the limit is %3.")
                      .arg(subject, ByteSizeText::format(info.bytes),
                           ByteSizeText::format(RequestValidator::kMaxImageBytes));
    }
    if (formatOk && info.defect != MediaDefect::None) {
        if (info.defectDetail.isEmpty()) {
            issues << RequestValidator::tr("%1 is damaged or incomplete: its picture could not be "
                                           "decoded to the end. Save or export it again.")
                          .arg(subject);
        } else {
            issues << RequestValidator::tr("%1 is damaged or incomplete: its picture could not be "
                                           "decoded (%2). Save or export it again.")
                          .arg(subject, info.defectDetail);
        }
        return issues;
    }
    if (formatOk) {
        const qint64 pixels = qint64(info.width) * info.height;
        if (pixels > RequestValidator::kMaxImagePixels) {
            issues << RequestValidator::tr("%1 is %2 × %3 px (%4 megapixels); images over %5 "
                                           "megapixels are refused. Scale it down first.")
                          .arg(subject)
                          .arg(info.width)
                          .arg(info.height)
                          .arg(QString::number(double(pixels) / 1e6, 'f', 1))
                          .arg(RequestValidator::kMaxImagePixels / 1000000);
            return issues;
        }
        if (info.width <= 0 || info.height <= 0) {
            issues << RequestValidator::tr("The size of %1 could not be read; the file may be "
                                           "damaged.")
                          .arg(subject.toLower());
        } else {
            const int minSide = RequestValidator::kMinImageSide;
            if (info.width < minSide || info.height < minSide) {
                issues << RequestValidator::tr("%1 is %2 × %3 px; both sides must be at least "
                                               "%4 px.")
                              .arg(subject)
                              .arg(info.width)
                              .arg(info.height)
                              .arg(minSide);
            }
            const qint64 longSide = qMax(info.width, info.height);
            const qint64 shortSide = qMin(info.width, info.height);
            // Exact integer test of longSide / shortSide > 2.5.
            if (2 * longSide > 5 * shortSide) {
                issues << RequestValidator::tr("%1 is %2 × %3 px; the aspect ratio must be "
                                               "between 1:2.5 and 2.5:1.")
                              .arg(subject)
                              .arg(info.width)
                              .arg(info.height);
            }
        }
    }
    return issues;
}

using VideoUse = RequestValidator::VideoUse;

// "8.0" would hide that 8.04 s is over the 8 s limit: show more digits then.
static QString secondsText(double seconds, double limit)
{
    const QString oneDigit = QString::number(seconds, 'f', 1);
    return oneDigit.toDouble() == limit && seconds != limit ? QString::number(seconds, 'f', 3)
                                                            : oneDigit;
}

static QList<QString> videoIssues(const MediaInfo &info, const QString &subject,
                                  VideoUse use = VideoUse::Input)
{
    QList<QString> issues;
    if (info.format != MediaFormat::Mp4 && info.format != MediaFormat::Mov) {
        if (info.format == MediaFormat::Unknown) {
            issues << RequestValidator::tr("%1 is not a readable video; use an MP4 or MOV file.")
                          .arg(subject);
        } else {
            issues << RequestValidator::tr("%1 is a %2 file; only MP4 and MOV videos are "
                                           "accepted.")
                          .arg(subject, mediaFormatName(info.format));
        }
        return issues;
    }
    if (info.noVideoTrack) {
        issues << RequestValidator::tr("%1 has no video track (it holds sound only); use a file "
                                       "with video.")
                      .arg(subject);
        return issues;
    }
    const qint64 maxBytes = use == VideoUse::Element ? RequestValidator::kMaxElementVideoBytes
                                                     : RequestValidator::kMaxVideoBytes;
    if (info.bytes > maxBytes) {
        issues << RequestValidator::tr("%1 is %2; the limit is %3.")
                      .arg(subject, ByteSizeText::format(info.bytes),
                           ByteSizeText::format(maxBytes));
    }
    if (info.defect == MediaDefect::NoMovieHeader) {
        issues << RequestValidator::tr("%1 has no movie header (moov box), so its length, size "
                                       "and frame rate cannot be known: the file is incomplete "
                                       "or damaged. Export or download it again.")
                      .arg(subject);
        return issues;
    }
    if (info.defect != MediaDefect::None) {
        issues << RequestValidator::tr("%1 is cut short: the file ends before its video data "
                                       "does. Export or download it again.")
                      .arg(subject);
        return issues;
    }
    // A file probed here must show its length, picture size and frame rate
    // (a stored request from elsewhere may not carry them: left to the server).
    if (info.probed
        && (info.durationSeconds <= 0 || info.width <= 0 || info.height <= 0 || info.fps <= 0)) {
        issues << RequestValidator::tr("The length, picture size or frame rate of %1 could not "
                                       "be read; the file may be damaged. Export it again as "
                                       "MP4 (H.264).")
                      .arg(subject.toLower());
        return issues;
    }
    if (info.durationSeconds > 0 && info.durationSeconds < kMinVideoSeconds) {
        issues << RequestValidator::tr("%1 lasts %2 s; it must last at least 3 s.")
                      .arg(subject, QString::number(info.durationSeconds, 'f', 1));
    }
    if (use == VideoUse::Element && info.durationSeconds > kMaxElementVideoSeconds) {
        issues << RequestValidator::tr("%1 lasts %2 s; a video for an element must last at most "
                                       "%3 s. Trim it to one short shot of the subject.")
                      .arg(subject, secondsText(info.durationSeconds, kMaxElementVideoSeconds))
                      .arg(kMaxElementVideoSeconds);
    }
    if (use == VideoUse::Element) {
        // §10.1 #3 limits the width only; the height is not limited for elements.
        if (info.width > 0 && (info.width < kMinVideoSide || info.width > kMaxVideoSide)) {
            issues << RequestValidator::tr("%1 is %2 × %3 px; a video for an element must be "
                                           "%4 to %5 px wide.")
                          .arg(subject)
                          .arg(info.width)
                          .arg(info.height)
                          .arg(kMinVideoSide)
                          .arg(kMaxVideoSide);
        }
    } else if (info.width > 0 && info.height > 0
               && (qMin(info.width, info.height) < kMinVideoSide
                   || qMax(info.width, info.height) > kMaxVideoSide)) {
        issues << RequestValidator::tr("%1 is %2 × %3 px; both sides must be between %4 and "
                                       "%5 px.")
                      .arg(subject)
                      .arg(info.width)
                      .arg(info.height)
                      .arg(kMinVideoSide)
                      .arg(kMaxVideoSide);
    }
    if (info.fps > 0
        && (info.fps + kFpsTolerance < kMinFps || info.fps - kFpsTolerance > kMaxFps)) {
        issues << RequestValidator::tr("%1 has %2 frames per second; it must have 24 to 60.")
                      .arg(subject, fpsText(info.fps));
    }
    return issues;
}

int RequestValidator::maxReferenceImages(Mode mode)
{
    switch (mode) {
    case Mode::ImageToVideo:
        return kI2vMaxInputs;
    case Mode::ReferenceToVideo:
    case Mode::VideoEdit:
        return kVideoModeMaxInputs;
    case Mode::TextToVideo:
    case Mode::CustomElement:
        break;
    }
    return 0;
}

std::optional<QString> RequestValidator::editInputLengthIssue(const MediaRef &video)
{
    // API.md §10.1 #8: Kling edits input videos of 3 to 10 s. The 3 s floor is
    // checked for every input video (videoIssues); the ceiling only here. The
    // length is compared in whole milliseconds, the precision of a movie header.
    const double seconds = video.info.durationSeconds;
    if (!(seconds > 0) || !std::isfinite(seconds))
        return std::nullopt; // unknown (a link): the server judges it
    const qint64 ms = std::llround(seconds * 1000.0);
    if (ms <= qint64(kMaxEditInputSeconds) * 1000)
        return std::nullopt;
    QString shown = QString::number(double(ms) / 1000.0, 'f', 3);
    while (shown.endsWith(u'0'))
        shown.chop(1);
    if (shown.endsWith(u'.'))
        shown.chop(1);
    return tr("The video to edit lasts %1 s; video edit takes videos of %2 to %3 s. Trim it to "
              "at most %3 s and add it again.")
        .arg(shown)
        .arg(int(kMinVideoSeconds))
        .arg(kMaxEditInputSeconds);
}

QList<QString> RequestValidator::checkImage(const MediaInfo &info, bool allowWebp)
{
    return imageIssues(info, allowWebp, tr("The image"));
}

QList<QString> RequestValidator::checkVideo(const MediaInfo &info, VideoUse use)
{
    return videoIssues(info, tr("The video"), use);
}

std::optional<QString> RequestValidator::checkCallbackUrl(const QString &raw)
{
    const QString url = raw.trimmed();
    if (url.size() > kMaxCallbackChars) {
        return tr("The callback URL is %1 characters long; the limit is %2.")
            .arg(url.size())
            .arg(kMaxCallbackChars);
    }
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty()) {
        return tr("The callback URL \"%1\" is not a valid web address.").arg(url.left(100));
    }
    if (u.scheme().toLower() != u"https")
        return tr("The callback URL must start with https:// (it starts with %1://).")
            .arg(u.scheme());

    QString host = u.host().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    const QString local = tr("The callback URL points to %1, a local or private address EvoLink "
                             "cannot reach; use a public HTTPS address.")
                              .arg(host);
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return local;
    if (const auto v4 = IpLiteral::parseIpv4(host)) {
        if (!IpLiteral::isPublic(*v4))
            return local;
        return std::nullopt;
    }
    if (host.contains(u':')) {
        const auto v6 = IpLiteral::parseIpv6(host);
        if (!v6)
            return tr("The callback URL \"%1\" is not a valid web address.").arg(url.left(100));
        if (!IpLiteral::isPublic(*v6))
            return local;
    }
    return std::nullopt;
}

// A local file is judged by what it contains (localIssues); a remote one by its link.
void RequestValidator::checkRef(Issues &issues, const MediaRef &m, Field f, const QString &subject,
                                const QStringList &localIssues)
{
    if (!m.isSet())
        return;
    if (m.isLocal()) {
        for (const QString &msg : localIssues)
            issues.append({f, msg});
    } else if (!isHttpsUrl(m.url)) {
        issues.append({f,
                       tr("%1 must be a local file or an https:// link; \"%2\" is neither.")
                           .arg(subject, m.url.left(100))});
    }
}

void RequestValidator::checkImageRef(Issues &issues, const MediaRef &m, Field f,
                                     const QString &subject, bool allowWebp)
{
    checkRef(issues, m, f, subject,
             m.isLocal() ? imageIssues(m.info, allowWebp, subject) : QStringList());
}

void RequestValidator::checkVideoRef(Issues &issues, const MediaRef &m, Field f,
                                     const QString &subject, VideoUse use)
{
    checkRef(issues, m, f, subject,
             m.isLocal() ? videoIssues(m.info, subject, use) : QStringList());
}

void RequestValidator::checkElementIds(Issues &issues, const GenerationRequest &r)
{
    for (int i = 0; i < r.elements.size(); ++i) {
        if (isBlank(r.elements.at(i).elementId))
            issues.append({Field::Elements, tr("Element %1 has no element ID.").arg(i + 1)});
    }
}

void RequestValidator::checkCallback(Issues &issues, const GenerationRequest &r)
{
    if (isBlank(r.callbackUrl))
        return;
    if (const auto msg = checkCallbackUrl(r.callbackUrl))
        issues.append({Field::CallbackUrl, *msg});
}

void RequestValidator::checkElementText(Issues &issues, const GenerationRequest &r)
{
    const int nameLen = promptLength(r.elementName.trimmed());
    if (nameLen == 0) {
        issues.append(
            {Field::ElementName,
             tr("Enter a name for the element (at most %1 characters).").arg(kMaxElementName)});
    } else if (nameLen > kMaxElementName) {
        issues.append({Field::ElementName,
                       tr("The element name is %1 characters long; the limit is %2.")
                           .arg(nameLen)
                           .arg(kMaxElementName)});
    }
    const int descLen = promptLength(r.elementDescription.trimmed());
    if (descLen == 0) {
        issues.append({Field::ElementDescription,
                       tr("Enter a description of the element (at most %1 characters).")
                           .arg(kMaxElementDescription)});
    } else if (descLen > kMaxElementDescription) {
        issues.append({Field::ElementDescription,
                       tr("The element description is %1 characters long; the limit is %2.")
                           .arg(descLen)
                           .arg(kMaxElementDescription)});
    }
    // API.md §10.1 #4: an optional voice, for an element made from a video only.
    const QString voice = r.elementVoiceId.trimmed();
    if (!voice.isEmpty() && !r.elementUsesVideo()) {
        issues.append({Field::ElementVoice,
                       tr("A voice ID can only be given to an element made from a video; remove "
                          "the voice ID or make the element from a video.")});
    } else if (std::any_of(voice.cbegin(), voice.cend(), [](QChar c) {
                   return c.isSpace() || c.category() == QChar::Other_Control;
               })) {
        issues.append({Field::ElementVoice,
                       tr("The voice ID \"%1\" contains spaces; enter the ID alone (for example "
                          "829824295735410756).")
                           .arg(voice.left(100))});
    }
}

void RequestValidator::checkElementMedia(Issues &issues, const GenerationRequest &r)
{
    if (r.elementUsesVideo()) {
        checkVideoRef(issues, r.elementVideo, Field::ElementVideo, tr("The element video"),
                      VideoUse::Element);
        return;
    }
    if (!r.elementFrontal.isSet() && r.elementAngles.isEmpty()) {
        issues.append({Field::ElementImages,
                       tr("Add a frontal image and 1 to 3 images from other "
                          "angles, or a video of the subject.")});
        return;
    }
    // API.md §10.1 #2: EvoLink refuses an element missing either part.
    if (!r.elementFrontal.isSet()) {
        issues.append({Field::ElementImages,
                       tr("Add a frontal image of the subject: EvoLink needs it as well as the "
                          "1 to %1 reference images from other angles.")
                           .arg(kMaxElementAngles)});
    }
    const auto angles = r.elementAngles.size();
    if (angles == 0) {
        issues.append({Field::ElementImages,
                       tr("Add 1 to %1 reference images of the subject from other angles: "
                          "EvoLink needs them as well as the frontal image.")
                           .arg(kMaxElementAngles)});
    } else if (angles > kMaxElementAngles) {
        issues.append({Field::ElementImages,
                       tr("There are %1 images from other angles; add 1 to %2.")
                           .arg(angles)
                           .arg(kMaxElementAngles)});
    }
    checkImageRef(issues, r.elementFrontal, Field::ElementImages, tr("The frontal image"), false);
    for (int i = 0; i < r.elementAngles.size(); ++i) {
        const MediaRef &a = r.elementAngles.at(i);
        if (!a.isSet()) {
            issues.append({Field::ElementImages, tr("Angle image %1 is empty.").arg(i + 1)});
            continue;
        }
        checkImageRef(issues, a, Field::ElementImages, tr("Angle image %1").arg(i + 1), false);
    }
}

void RequestValidator::checkPrompt(Issues &issues, const GenerationRequest &r)
{
    // Ignored by the API with multi-shot, required otherwise.
    if (r.multiShot && ModeInfo::supportsMultiShot(r.mode))
        return;
    const int len = promptLength(r.prompt);
    if (isBlank(r.prompt)) {
        if (!ModeInfo::promptOptional(r.mode))
            issues.append({Field::Prompt, tr("Write a prompt that describes the video.")});
    } else if (len > kMaxPromptChars) {
        issues.append({Field::Prompt,
                       tr("The prompt is %1 characters long; the limit is %2.")
                           .arg(len)
                           .arg(kMaxPromptChars)});
    }
    if (const int pos = firstControlChar(r.prompt)) {
        issues.append({Field::Prompt,
                       tr("The prompt contains an invisible control character at position %1; "
                          "remove it.")
                           .arg(pos)});
    }
}

void RequestValidator::checkDurationAndQuality(Issues &issues, const GenerationRequest &r)
{
    const QString modeName = ModeInfo::displayName(r.mode);
    if (const auto range = ModeInfo::durationRange(r.mode)) {
        if (r.durationSeconds < range->min || r.durationSeconds > range->max) {
            issues.append({Field::Duration,
                           tr("The duration is %1 s; %2 allows %3 to %4 s.")
                               .arg(r.durationSeconds)
                               .arg(modeName)
                               .arg(range->min)
                               .arg(range->max)});
        }
    }
    const QList<Quality> qualities = ModeInfo::qualities(r.mode);
    if (!qualities.contains(r.quality)) {
        QStringList names;
        for (Quality q : qualities)
            names << qualityName(q);
        issues.append(
            {Field::Quality,
             tr("%1 quality is not available for %2; choose %3.")
                 .arg(qualityName(r.quality), modeName, names.join(QStringLiteral(" / ")))});
    }
}

void RequestValidator::checkShots(Issues &issues, const GenerationRequest &r)
{
    if (!r.multiShot)
        return;
    if (!ModeInfo::supportsMultiShot(r.mode)) {
        issues.append(
            {Field::Shots,
             tr("Multi-shot is not available for %1.").arg(ModeInfo::displayName(r.mode))});
        return;
    }
    const auto count = r.shots.size();
    if (count < 1 || count > kMaxShots) {
        issues.append(
            {Field::Shots,
             tr("Multi-shot needs 1 to %1 shots; there are %2.").arg(kMaxShots).arg(count)});
    }
    int sum = 0;
    for (int i = 0; i < r.shots.size(); ++i) {
        const Shot &s = r.shots.at(i);
        const int len = promptLength(s.prompt);
        if (isBlank(s.prompt)) {
            issues.append({Field::Shots, tr("Shot %1 has no prompt.").arg(i + 1)});
        } else if (len > kMaxShotPromptChars) {
            issues.append({Field::Shots,
                           tr("The prompt of shot %1 is %2 characters long; the limit "
                              "is %3.")
                               .arg(i + 1)
                               .arg(len)
                               .arg(kMaxShotPromptChars)});
        }
        if (const int pos = firstControlChar(s.prompt)) {
            issues.append({Field::Shots,
                           tr("The prompt of shot %1 contains an invisible control "
                              "character at position %2; remove it.")
                               .arg(i + 1)
                               .arg(pos)});
        }
        if (s.durationSeconds < 1) {
            issues.append({Field::Shots,
                           tr("Shot %1 lasts %2 s; each shot must last at least 1 s.")
                               .arg(i + 1)
                               .arg(s.durationSeconds)});
        }
        sum += s.durationSeconds;
    }
    if (count >= 1 && sum != r.durationSeconds) {
        issues.append({Field::Shots,
                       tr("The shots add up to %1 s but the video is %2 s long; both "
                          "must be equal.")
                           .arg(sum)
                           .arg(r.durationSeconds)});
    }
}

void RequestValidator::checkTextToVideo(Issues &issues, const GenerationRequest &r)
{
    const auto elements = r.elements.size();
    if (elements > kT2vMaxElements) {
        issues.append({Field::Elements,
                       tr("%1 elements are attached; %2 allows at most %3.")
                           .arg(elements)
                           .arg(ModeInfo::displayName(r.mode))
                           .arg(kT2vMaxElements)});
    }
}

void RequestValidator::checkImageToVideo(Issues &issues, const GenerationRequest &r)
{
    const auto elements = r.elements.size();
    const bool hasStart = r.imageStart.isSet();
    const bool hasEnd = r.imageEnd.isSet();
    const auto images = qsizetype(hasStart) + qsizetype(hasEnd) + r.referenceImages.size();
    if (!hasStart && r.referenceImages.isEmpty()) {
        if (hasEnd) {
            issues.append({Field::ImageEnd,
                           tr("The end frame needs a start frame; add a start frame "
                              "or remove the end frame.")});
        } else {
            issues.append({Field::ImageStart,
                           tr("Image to video needs at least one image: a start "
                              "frame or reference images.")});
        }
    } else if (hasEnd && !hasStart) {
        issues.append({Field::ImageEnd,
                       tr("The end frame needs a start frame; add a start frame or "
                          "remove the end frame.")});
    }
    if (hasEnd && images > kI2vMaxImagesWithEnd) {
        issues.append({Field::ImageEnd,
                       tr("An end frame is not allowed with %1 images in total (at most "
                          "%2: the start and the end frame); remove the reference "
                          "images or the end frame.")
                           .arg(images)
                           .arg(kI2vMaxImagesWithEnd)});
    }
    if (hasStart && elements > kI2vMaxElementsWithStart) {
        issues.append({Field::Elements,
                       tr("%1 elements are attached; with a start frame at most %2 are "
                          "allowed.")
                           .arg(elements)
                           .arg(kI2vMaxElementsWithStart)});
    }
    if (images + elements > kI2vMaxInputs) {
        issues.append({Field::Elements,
                       tr("%1 images and %2 elements make %3 inputs; %4 allows at most "
                          "%5.")
                           .arg(images)
                           .arg(elements)
                           .arg(images + elements)
                           .arg(ModeInfo::displayName(r.mode))
                           .arg(kI2vMaxInputs)});
    }
    checkImageRef(issues, r.imageStart, Field::ImageStart, tr("The start frame"), false);
    checkImageRef(issues, r.imageEnd, Field::ImageEnd, tr("The end frame"), false);
    for (int i = 0; i < r.referenceImages.size(); ++i) {
        checkImageRef(issues, r.referenceImages.at(i), Field::ReferenceImages,
                      tr("Reference image %1").arg(i + 1), false);
    }
}

void RequestValidator::checkVideoInput(Issues &issues, const GenerationRequest &r)
{
    const auto elements = r.elements.size();
    const QString videoSubject =
        r.mode == Mode::VideoEdit ? tr("The video to edit") : tr("The reference video");
    if (!r.video.isSet()) {
        issues.append({Field::Video,
                       r.mode == Mode::VideoEdit ? tr("Add the video to edit (MP4 or MOV).")
                                                 : tr("Add the reference video (MP4 or MOV).")});
    } else {
        checkVideoRef(issues, r.video, Field::Video, videoSubject, VideoUse::Input);
        if (r.mode == Mode::VideoEdit) {
            if (const auto msg = editInputLengthIssue(r.video))
                issues.append({Field::Video, *msg});
        }
    }
    const auto images = r.referenceImages.size();
    if (images + elements > kVideoModeMaxInputs) {
        issues.append({Field::Elements,
                       tr("%1 images and %2 elements make %3 inputs; %4 allows at most "
                          "%5.")
                           .arg(images)
                           .arg(elements)
                           .arg(images + elements)
                           .arg(ModeInfo::displayName(r.mode))
                           .arg(kVideoModeMaxInputs)});
    }
    for (int i = 0; i < r.elements.size(); ++i) {
        if (r.elements.at(i).madeFromVideo) {
            issues.append({Field::Elements,
                           tr("Element %1 was created from a video; such elements "
                              "cannot be combined with a video input.")
                               .arg(i + 1)});
        }
    }
    for (int i = 0; i < r.referenceImages.size(); ++i) {
        checkImageRef(issues, r.referenceImages.at(i), Field::ReferenceImages,
                      tr("Reference image %1").arg(i + 1), true);
    }
}

QList<ValidationIssue> RequestValidator::validate(const GenerationRequest &r)
{
    Issues issues;
    if (r.mode == Mode::CustomElement) {
        checkElementText(issues, r);
        checkElementMedia(issues, r);
        checkCallback(issues, r);
        return issues;
    }
    checkPrompt(issues, r);
    checkDurationAndQuality(issues, r);
    checkShots(issues, r);
    checkElementIds(issues, r);
    switch (r.mode) {
    case Mode::TextToVideo:
        checkTextToVideo(issues, r);
        break;
    case Mode::ImageToVideo:
        checkImageToVideo(issues, r);
        break;
    case Mode::ReferenceToVideo:
    case Mode::VideoEdit:
        checkVideoInput(issues, r);
        break;
    case Mode::CustomElement:
        break;
    }
    checkCallback(issues, r);
    return issues;
}

QList<ValidationIssue> RequestValidator::warnings(const GenerationRequest &request)
{
    return PromptReferences::warnings(request);
}

} // namespace ks

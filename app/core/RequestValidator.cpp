#include "core/RequestValidator.h"

#include "core/ByteSizeText.h"
#include "core/PromptReferences.h"

#include <QUrl>

#include <algorithm>
#include <array>
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

std::optional<quint32> parseIpv4(QStringView s)
{
    const auto parts = s.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QStringView p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return std::nullopt;
        bool ok = false;
        const uint octet = p.toUInt(&ok, 10);
        if (!ok || octet > 255)
            return std::nullopt;
        value = (value << 8) | octet;
    }
    return value;
}

bool isPublicIpv4(quint32 a)
{
    struct Net
    {
        quint32 base;
        int bits;
    };
    static constexpr Net blocked[] = {
        {0x00000000u, 8}, // "this network", 0.0.0.0
        {0x0A000000u, 8}, // 10/8
        {0x64400000u, 10}, // 100.64/10 carrier-grade NAT
        {0x7F000000u, 8}, // loopback
        {0xA9FE0000u, 16}, // link-local
        {0xAC100000u, 12}, // 172.16/12
        {0xC0000000u, 24}, // IETF protocol assignments
        {0xC0A80000u, 16}, // 192.168/16
        {0xC6120000u, 15}, // benchmarking
        {0xE0000000u, 4}, // multicast
        {0xF0000000u, 4}, // reserved and broadcast
    };
    for (const Net &n : blocked) {
        const quint32 mask = n.bits == 0 ? 0 : ~quint32(0) << (32 - n.bits);
        if ((a & mask) == n.base)
            return false;
    }
    return true;
}

using Ipv6 = std::array<quint8, 16>;

std::optional<Ipv6> parseIpv6(QStringView s)
{
    if (const auto zone = s.indexOf(u'%'); zone >= 0)
        s = s.left(zone);
    if (s.isEmpty())
        return std::nullopt;

    QList<quint16> head;
    QList<quint16> tail;
    bool compressed = false;
    const auto dbl = s.indexOf(u"::");
    QStringView first = s;
    QStringView second;
    if (dbl >= 0) {
        compressed = true;
        first = s.left(dbl);
        second = s.mid(dbl + 2);
        if (second.contains(u"::"))
            return std::nullopt;
    }

    auto parseGroups = [](QStringView part, QList<quint16> &out, bool allowV4Tail) -> bool {
        if (part.isEmpty())
            return true;
        const auto groups = part.split(u':');
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QStringView g = groups.at(i);
            if (allowV4Tail && i == groups.size() - 1 && g.contains(u'.')) {
                const auto v4 = parseIpv4(g);
                if (!v4)
                    return false;
                out.append(quint16(*v4 >> 16));
                out.append(quint16(*v4 & 0xFFFF));
                return true;
            }
            if (g.isEmpty() || g.size() > 4)
                return false;
            bool ok = false;
            const uint v = g.toUInt(&ok, 16);
            if (!ok)
                return false;
            out.append(quint16(v));
        }
        return true;
    };

    if (!parseGroups(first, head, !compressed) || !parseGroups(second, tail, true))
        return std::nullopt;
    const qsizetype total = head.size() + tail.size();
    if ((compressed && total > 7) || (!compressed && total != 8))
        return std::nullopt;

    Ipv6 addr {};
    int pos = 0;
    for (quint16 g : head) {
        addr[pos++] = quint8(g >> 8);
        addr[pos++] = quint8(g & 0xFF);
    }
    pos = 16 - int(tail.size()) * 2;
    for (quint16 g : tail) {
        addr[pos++] = quint8(g >> 8);
        addr[pos++] = quint8(g & 0xFF);
    }
    return addr;
}

bool isPublicIpv6(const Ipv6 &a)
{
    auto allZero = [&a](int from, int to) {
        for (int i = from; i < to; ++i) {
            if (a[i] != 0)
                return false;
        }
        return true;
    };
    auto embeddedV4 = [&a]() {
        return (quint32(a[12]) << 24) | (quint32(a[13]) << 16) | (quint32(a[14]) << 8) | a[15];
    };
    if (allZero(0, 16))
        return false; // ::
    if (allZero(0, 15) && a[15] == 1)
        return false; // ::1
    if (allZero(0, 10) && a[10] == 0xFF && a[11] == 0xFF)
        return isPublicIpv4(embeddedV4()); // ::ffff:a.b.c.d
    if (allZero(0, 12))
        return isPublicIpv4(embeddedV4()); // deprecated ::a.b.c.d
    if (a[0] == 0x00 && a[1] == 0x64 && a[2] == 0xFF && a[3] == 0x9B && allZero(4, 12))
        return isPublicIpv4(embeddedV4()); // NAT64 64:ff9b::/96
    if (a[0] == 0xFE && (a[1] & 0xC0) == 0x80)
        return false; // fe80::/10 link-local
    if (a[0] == 0xFE && (a[1] & 0xC0) == 0xC0)
        return false; // fec0::/10 site-local (deprecated)
    if ((a[0] & 0xFE) == 0xFC)
        return false; // fc00::/7 unique local
    if (a[0] == 0xFF)
        return false; // multicast
    return true;
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
    if (const auto v4 = parseIpv4(host)) {
        if (!isPublicIpv4(*v4))
            return local;
        return std::nullopt;
    }
    if (host.contains(u':')) {
        const auto v6 = parseIpv6(host);
        if (!v6)
            return tr("The callback URL \"%1\" is not a valid web address.").arg(url.left(100));
        if (!isPublicIpv6(*v6))
            return local;
    }
    return std::nullopt;
}

QList<ValidationIssue> RequestValidator::validate(const GenerationRequest &r)
{
    QList<ValidationIssue> issues;
    auto add = [&issues](Field f, const QString &message) {
        issues.append(ValidationIssue {f, message});
    };
    const QString modeName = ModeInfo::displayName(r.mode);

    // A local file is judged by what it contains; a remote one by its link.
    auto checkImageRef = [&](const MediaRef &m, Field f, const QString &subject, bool allowWebp) {
        if (!m.isSet())
            return;
        if (m.isLocal()) {
            for (const QString &msg : imageIssues(m.info, allowWebp, subject))
                add(f, msg);
        } else if (!isHttpsUrl(m.url)) {
            add(f,
                tr("%1 must be a local file or an https:// link; \"%2\" is neither.")
                    .arg(subject, m.url.left(100)));
        }
    };
    auto checkVideoRef = [&](const MediaRef &m, Field f, const QString &subject,
                             VideoUse use = VideoUse::Input) {
        if (!m.isSet())
            return;
        if (m.isLocal()) {
            for (const QString &msg : videoIssues(m.info, subject, use))
                add(f, msg);
        } else if (!isHttpsUrl(m.url)) {
            add(f,
                tr("%1 must be a local file or an https:// link; \"%2\" is neither.")
                    .arg(subject, m.url.left(100)));
        }
    };
    auto checkElementIds = [&]() {
        for (int i = 0; i < r.elements.size(); ++i) {
            if (isBlank(r.elements.at(i).elementId))
                add(Field::Elements, tr("Element %1 has no element ID.").arg(i + 1));
        }
    };
    auto checkCallback = [&]() {
        if (isBlank(r.callbackUrl))
            return;
        if (const auto msg = checkCallbackUrl(r.callbackUrl))
            add(Field::CallbackUrl, *msg);
    };

    if (r.mode == Mode::CustomElement) {
        const int nameLen = promptLength(r.elementName.trimmed());
        if (nameLen == 0) {
            add(Field::ElementName,
                tr("Enter a name for the element (at most %1 characters).").arg(kMaxElementName));
        } else if (nameLen > kMaxElementName) {
            add(Field::ElementName,
                tr("The element name is %1 characters long; the limit is %2.")
                    .arg(nameLen)
                    .arg(kMaxElementName));
        }
        const int descLen = promptLength(r.elementDescription.trimmed());
        if (descLen == 0) {
            add(Field::ElementDescription,
                tr("Enter a description of the element (at most %1 characters).")
                    .arg(kMaxElementDescription));
        } else if (descLen > kMaxElementDescription) {
            add(Field::ElementDescription,
                tr("The element description is %1 characters long; the limit is %2.")
                    .arg(descLen)
                    .arg(kMaxElementDescription));
        }
        // API.md §10.1 #4: an optional voice, for an element made from a video only.
        const QString voice = r.elementVoiceId.trimmed();
        if (!voice.isEmpty() && !r.elementUsesVideo()) {
            add(Field::ElementVoice,
                tr("A voice ID can only be given to an element made from a video; remove the "
                   "voice ID or make the element from a video."));
        } else if (std::any_of(voice.cbegin(), voice.cend(), [](QChar c) {
                       return c.isSpace() || c.category() == QChar::Other_Control;
                   })) {
            add(Field::ElementVoice,
                tr("The voice ID \"%1\" contains spaces; enter the ID alone (for example "
                   "829824295735410756).")
                    .arg(voice.left(100)));
        }
        if (r.elementUsesVideo()) {
            checkVideoRef(r.elementVideo, Field::ElementVideo, tr("The element video"),
                          VideoUse::Element);
        } else if (!r.elementFrontal.isSet() && r.elementAngles.isEmpty()) {
            add(Field::ElementImages,
                tr("Add a frontal image and 1 to 3 images from other "
                   "angles, or a video of the subject."));
        } else {
            // API.md §10.1 #2: EvoLink refuses an element missing either part.
            if (!r.elementFrontal.isSet()) {
                add(Field::ElementImages,
                    tr("Add a frontal image of the subject: EvoLink needs it as well as the "
                       "1 to %1 reference images from other angles.")
                        .arg(kMaxElementAngles));
            }
            const auto angles = r.elementAngles.size();
            if (angles == 0) {
                add(Field::ElementImages,
                    tr("Add 1 to %1 reference images of the subject from other angles: EvoLink "
                       "needs them as well as the frontal image.")
                        .arg(kMaxElementAngles));
            } else if (angles > kMaxElementAngles) {
                add(Field::ElementImages,
                    tr("There are %1 images from other angles; add 1 to %2.")
                        .arg(angles)
                        .arg(kMaxElementAngles));
            }
            checkImageRef(r.elementFrontal, Field::ElementImages, tr("The frontal image"), false);
            for (int i = 0; i < r.elementAngles.size(); ++i) {
                const MediaRef &a = r.elementAngles.at(i);
                if (!a.isSet()) {
                    add(Field::ElementImages, tr("Angle image %1 is empty.").arg(i + 1));
                    continue;
                }
                checkImageRef(a, Field::ElementImages, tr("Angle image %1").arg(i + 1), false);
            }
        }
        checkCallback();
        return issues;
    }

    // Prompt: ignored by the API with multi-shot, required otherwise.
    const bool multiShot = r.multiShot;
    const bool promptUsed = !(multiShot && ModeInfo::supportsMultiShot(r.mode));
    if (promptUsed) {
        const int len = promptLength(r.prompt);
        if (isBlank(r.prompt)) {
            if (!ModeInfo::promptOptional(r.mode))
                add(Field::Prompt, tr("Write a prompt that describes the video."));
        } else if (len > kMaxPromptChars) {
            add(Field::Prompt,
                tr("The prompt is %1 characters long; the limit is %2.")
                    .arg(len)
                    .arg(kMaxPromptChars));
        }
        if (const int pos = firstControlChar(r.prompt)) {
            add(Field::Prompt,
                tr("The prompt contains an invisible control character at position %1; remove "
                   "it.")
                    .arg(pos));
        }
    }

    if (const auto range = ModeInfo::durationRange(r.mode)) {
        if (r.durationSeconds < range->min || r.durationSeconds > range->max) {
            add(Field::Duration,
                tr("The duration is %1 s; %2 allows %3 to %4 s.")
                    .arg(r.durationSeconds)
                    .arg(modeName)
                    .arg(range->min)
                    .arg(range->max));
        }
    }

    const QList<Quality> qualities = ModeInfo::qualities(r.mode);
    if (!qualities.contains(r.quality)) {
        QStringList names;
        for (Quality q : qualities)
            names << qualityName(q);
        add(Field::Quality,
            tr("%1 quality is not available for %2; choose %3.")
                .arg(qualityName(r.quality), modeName, names.join(QStringLiteral(" / "))));
    }

    // Multi-shot
    if (multiShot) {
        if (!ModeInfo::supportsMultiShot(r.mode)) {
            add(Field::Shots, tr("Multi-shot is not available for %1.").arg(modeName));
        } else {
            const auto count = r.shots.size();
            if (count < 1 || count > kMaxShots) {
                add(Field::Shots,
                    tr("Multi-shot needs 1 to %1 shots; there are %2.").arg(kMaxShots).arg(count));
            }
            int sum = 0;
            for (int i = 0; i < r.shots.size(); ++i) {
                const Shot &s = r.shots.at(i);
                const int len = promptLength(s.prompt);
                if (isBlank(s.prompt)) {
                    add(Field::Shots, tr("Shot %1 has no prompt.").arg(i + 1));
                } else if (len > kMaxShotPromptChars) {
                    add(Field::Shots,
                        tr("The prompt of shot %1 is %2 characters long; the limit "
                           "is %3.")
                            .arg(i + 1)
                            .arg(len)
                            .arg(kMaxShotPromptChars));
                }
                if (const int pos = firstControlChar(s.prompt)) {
                    add(Field::Shots,
                        tr("The prompt of shot %1 contains an invisible control "
                           "character at position %2; remove it.")
                            .arg(i + 1)
                            .arg(pos));
                }
                if (s.durationSeconds < 1) {
                    add(Field::Shots,
                        tr("Shot %1 lasts %2 s; each shot must last at least 1 s.")
                            .arg(i + 1)
                            .arg(s.durationSeconds));
                }
                sum += s.durationSeconds;
            }
            if (count >= 1 && sum != r.durationSeconds) {
                add(Field::Shots,
                    tr("The shots add up to %1 s but the video is %2 s long; both "
                       "must be equal.")
                        .arg(sum)
                        .arg(r.durationSeconds));
            }
        }
    }

    checkElementIds();
    const auto elements = r.elements.size();

    switch (r.mode) {
    case Mode::TextToVideo:
        if (elements > kT2vMaxElements) {
            add(Field::Elements,
                tr("%1 elements are attached; %2 allows at most %3.")
                    .arg(elements)
                    .arg(modeName)
                    .arg(kT2vMaxElements));
        }
        break;
    case Mode::ImageToVideo: {
        const bool hasStart = r.imageStart.isSet();
        const bool hasEnd = r.imageEnd.isSet();
        const auto images = qsizetype(hasStart) + qsizetype(hasEnd) + r.referenceImages.size();
        if (!hasStart && r.referenceImages.isEmpty()) {
            if (hasEnd) {
                add(Field::ImageEnd,
                    tr("The end frame needs a start frame; add a start frame "
                       "or remove the end frame."));
            } else {
                add(Field::ImageStart,
                    tr("Image to video needs at least one image: a start "
                       "frame or reference images."));
            }
        } else if (hasEnd && !hasStart) {
            add(Field::ImageEnd,
                tr("The end frame needs a start frame; add a start frame or "
                   "remove the end frame."));
        }
        if (hasEnd && images > kI2vMaxImagesWithEnd) {
            add(Field::ImageEnd,
                tr("An end frame is not allowed with %1 images in total (at most "
                   "%2: the start and the end frame); remove the reference "
                   "images or the end frame.")
                    .arg(images)
                    .arg(kI2vMaxImagesWithEnd));
        }
        if (hasStart && elements > kI2vMaxElementsWithStart) {
            add(Field::Elements,
                tr("%1 elements are attached; with a start frame at most %2 are "
                   "allowed.")
                    .arg(elements)
                    .arg(kI2vMaxElementsWithStart));
        }
        if (images + elements > kI2vMaxInputs) {
            add(Field::Elements,
                tr("%1 images and %2 elements make %3 inputs; %4 allows at most "
                   "%5.")
                    .arg(images)
                    .arg(elements)
                    .arg(images + elements)
                    .arg(modeName)
                    .arg(kI2vMaxInputs));
        }
        checkImageRef(r.imageStart, Field::ImageStart, tr("The start frame"), false);
        checkImageRef(r.imageEnd, Field::ImageEnd, tr("The end frame"), false);
        for (int i = 0; i < r.referenceImages.size(); ++i) {
            checkImageRef(r.referenceImages.at(i), Field::ReferenceImages,
                          tr("Reference image %1").arg(i + 1), false);
        }
        break;
    }
    case Mode::ReferenceToVideo:
    case Mode::VideoEdit: {
        const QString videoSubject =
            r.mode == Mode::VideoEdit ? tr("The video to edit") : tr("The reference video");
        if (!r.video.isSet()) {
            add(Field::Video,
                r.mode == Mode::VideoEdit ? tr("Add the video to edit (MP4 or MOV).")
                                          : tr("Add the reference video (MP4 or MOV)."));
        } else {
            checkVideoRef(r.video, Field::Video, videoSubject);
            if (r.mode == Mode::VideoEdit) {
                if (const auto msg = editInputLengthIssue(r.video))
                    add(Field::Video, *msg);
            }
        }
        const auto images = r.referenceImages.size();
        if (images + elements > kVideoModeMaxInputs) {
            add(Field::Elements,
                tr("%1 images and %2 elements make %3 inputs; %4 allows at most "
                   "%5.")
                    .arg(images)
                    .arg(elements)
                    .arg(images + elements)
                    .arg(modeName)
                    .arg(kVideoModeMaxInputs));
        }
        for (int i = 0; i < r.elements.size(); ++i) {
            if (r.elements.at(i).madeFromVideo) {
                add(Field::Elements,
                    tr("Element %1 was created from a video; such elements "
                       "cannot be combined with a video input.")
                        .arg(i + 1));
            }
        }
        for (int i = 0; i < r.referenceImages.size(); ++i) {
            checkImageRef(r.referenceImages.at(i), Field::ReferenceImages,
                          tr("Reference image %1").arg(i + 1), true);
        }
        break;
    }
    case Mode::CustomElement:
        break;
    }

    checkCallback();
    return issues;
}

QList<ValidationIssue> RequestValidator::warnings(const GenerationRequest &request)
{
    return PromptReferences::warnings(request);
}

} // namespace ks

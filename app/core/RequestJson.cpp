#include "core/RequestJson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace ks {

namespace {

// Version 2 adds element_voice_id. A request without a voice is still written
// as version 1, so an older build resumes it; one with a voice is version 2,
// which an older build refuses rather than silently sending it without voice.
constexpr int kStorageVersion = 2;
constexpr int kStorageVersionWithoutVoice = 1;

QJsonArray imageUrls(const QList<MediaRef> &refs)
{
    QJsonArray arr;
    for (const MediaRef &r : refs)
        arr.append(r.url);
    return arr;
}

QJsonObject modelParams(const GenerationRequest &r, bool withMultiShot)
{
    QJsonObject mp;
    if (withMultiShot && r.multiShot) {
        mp.insert(u"multi_shot", true);
        mp.insert(u"shot_type", QStringLiteral("customize"));
        QJsonArray shots;
        for (int i = 0; i < r.shots.size(); ++i) {
            const Shot &s = r.shots.at(i);
            shots.append(
                QJsonObject {{QStringLiteral("index"), i + 1},
                             {QStringLiteral("prompt"), s.prompt},
                             // a string of seconds, unlike the top-level integer
                             {QStringLiteral("duration"), QString::number(s.durationSeconds)}});
        }
        mp.insert(u"multi_prompt", shots);
    }
    if (!r.elements.isEmpty()) {
        QJsonArray list;
        for (const ElementRef &e : r.elements)
            list.append(QJsonObject {{QStringLiteral("element_id"), e.elementId}});
        mp.insert(u"element_list", list);
    }
    if (r.watermark.has_value())
        mp.insert(u"watermark_info", QJsonObject {{QStringLiteral("enabled"), *r.watermark}});
    return mp;
}

void insertCommonTail(QJsonObject &o, const GenerationRequest &r, bool withMultiShot)
{
    const QJsonObject mp = modelParams(r, withMultiShot);
    if (!mp.isEmpty())
        o.insert(u"model_params", mp);
    if (!r.callbackUrl.trimmed().isEmpty())
        o.insert(u"callback_url", r.callbackUrl.trimmed());
}

QString formatKey(MediaFormat f)
{
    switch (f) {
    case MediaFormat::Jpeg:
        return QStringLiteral("jpeg");
    case MediaFormat::Png:
        return QStringLiteral("png");
    case MediaFormat::Webp:
        return QStringLiteral("webp");
    case MediaFormat::Gif:
        return QStringLiteral("gif");
    case MediaFormat::Mp4:
        return QStringLiteral("mp4");
    case MediaFormat::Mov:
        return QStringLiteral("mov");
    case MediaFormat::Heic:
        return QStringLiteral("heic");
    case MediaFormat::Avif:
        return QStringLiteral("avif");
    case MediaFormat::Tiff:
        return QStringLiteral("tiff");
    case MediaFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

MediaFormat formatFromKey(const QString &key)
{
    for (MediaFormat f : {MediaFormat::Jpeg, MediaFormat::Png, MediaFormat::Webp, MediaFormat::Gif,
                          MediaFormat::Mp4, MediaFormat::Mov, MediaFormat::Heic, MediaFormat::Avif,
                          MediaFormat::Tiff}) {
        if (formatKey(f) == key)
            return f;
    }
    return MediaFormat::Unknown;
}

bool worthStoring(const MediaRef &m)
{
    return m.isSet() || m.info.probed || m.uploadedAt.isValid();
}

QJsonObject mediaToStorage(const MediaRef &m)
{
    QJsonObject o;
    if (!m.localPath.isEmpty())
        o.insert(u"path", m.localPath);
    if (!m.url.isEmpty())
        o.insert(u"url", m.url);
    if (m.uploadedAt.isValid())
        o.insert(u"uploaded_at", m.uploadedAt.toUTC().toString(Qt::ISODateWithMs));
    const MediaInfo &i = m.info;
    o.insert(u"info",
             QJsonObject {{QStringLiteral("format"), formatKey(i.format)},
                          {QStringLiteral("bytes"), double(i.bytes)},
                          {QStringLiteral("width"), i.width},
                          {QStringLiteral("height"), i.height},
                          {QStringLiteral("duration"), i.durationSeconds},
                          {QStringLiteral("fps"), i.fps},
                          {QStringLiteral("probed"), i.probed},
                          {QStringLiteral("no_video_track"), i.noVideoTrack}});
    return o;
}

MediaRef mediaFromStorage(const QJsonValue &v)
{
    MediaRef m;
    const QJsonObject o = v.toObject();
    if (o.isEmpty())
        return m;
    m.localPath = o.value(u"path").toString();
    m.url = o.value(u"url").toString();
    const QString at = o.value(u"uploaded_at").toString();
    if (!at.isEmpty())
        m.uploadedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    const QJsonObject i = o.value(u"info").toObject();
    m.info.format = formatFromKey(i.value(u"format").toString());
    m.info.bytes = qint64(i.value(u"bytes").toDouble());
    m.info.width = i.value(u"width").toInt();
    m.info.height = i.value(u"height").toInt();
    m.info.durationSeconds = i.value(u"duration").toDouble();
    m.info.fps = i.value(u"fps").toDouble();
    m.info.probed = i.value(u"probed").toBool();
    m.info.noVideoTrack = i.value(u"no_video_track").toBool();
    return m;
}

void putMedia(QJsonObject &o, QStringView key, const MediaRef &m)
{
    if (worthStoring(m))
        o.insert(key, mediaToStorage(m));
}

QJsonArray mediaListToStorage(const QList<MediaRef> &list)
{
    QJsonArray arr;
    for (const MediaRef &m : list)
        arr.append(mediaToStorage(m));
    return arr;
}

QList<MediaRef> mediaListFromStorage(const QJsonValue &v)
{
    QList<MediaRef> list;
    for (const QJsonValue &item : v.toArray())
        list.append(mediaFromStorage(item));
    return list;
}

} // namespace

namespace RequestJson {

QJsonObject toApiJson(const GenerationRequest &r)
{
    QJsonObject o;
    o.insert(u"model", ModeInfo::modelName(r.mode));

    switch (r.mode) {
    case Mode::TextToVideo:
    case Mode::ImageToVideo: {
        // With multi-shot the API ignores `prompt`; the shots carry the text.
        if (!r.multiShot)
            o.insert(u"prompt", r.prompt);
        if (r.mode == Mode::ImageToVideo) {
            if (r.imageStart.isSet())
                o.insert(u"image_start", r.imageStart.url);
            if (r.imageEnd.isSet())
                o.insert(u"image_end", r.imageEnd.url);
            if (!r.referenceImages.isEmpty())
                o.insert(u"image_urls", imageUrls(r.referenceImages));
        }
        o.insert(u"duration", r.durationSeconds);
        if (r.aspectRatio)
            o.insert(u"aspect_ratio", aspectName(*r.aspectRatio));
        o.insert(u"quality", qualityName(r.quality));
        o.insert(u"sound", r.sound ? QStringLiteral("on") : QStringLiteral("off"));
        insertCommonTail(o, r, true);
        break;
    }
    case Mode::ReferenceToVideo:
    case Mode::VideoEdit:
        // API.md §10.1 #7: video edit's prompt is optional; an empty one is left out.
        if (!(ModeInfo::promptOptional(r.mode) && r.prompt.trimmed().isEmpty()))
            o.insert(u"prompt", r.prompt);
        if (r.video.isSet())
            o.insert(u"video_url", r.video.url);
        o.insert(u"keep_original_sound", r.keepOriginalSound);
        if (!r.referenceImages.isEmpty())
            o.insert(u"image_urls", imageUrls(r.referenceImages));
        if (r.mode == Mode::ReferenceToVideo) {
            o.insert(u"duration", r.durationSeconds);
            if (r.aspectRatio)
                o.insert(u"aspect_ratio", aspectName(*r.aspectRatio));
        }
        o.insert(u"quality", qualityName(r.quality));
        insertCommonTail(o, r, false);
        break;
    case Mode::CustomElement: {
        QJsonObject mp;
        mp.insert(u"element_name", r.elementName.trimmed());
        mp.insert(u"element_description", r.elementDescription.trimmed());
        if (r.elementUsesVideo()) {
            mp.insert(u"reference_type", QStringLiteral("video_refer"));
            // API.md §10.1 #1: the one video sits in a refer_videos array.
            const QJsonArray videos {
                QJsonObject {{QStringLiteral("video_url"), r.elementVideo.url}}};
            mp.insert(u"element_video_list",
                      QJsonObject {{QStringLiteral("refer_videos"), videos}});
            // API.md §10.1 #4: optional, and only with video_refer.
            if (const QString voice = r.elementVoiceId.trimmed(); !voice.isEmpty())
                mp.insert(u"element_voice_id", voice);
        } else {
            mp.insert(u"reference_type", QStringLiteral("image_refer"));
            QJsonObject images;
            if (r.elementFrontal.isSet())
                images.insert(u"frontal_image", r.elementFrontal.url);
            QJsonArray refer;
            for (const MediaRef &a : r.elementAngles)
                refer.append(QJsonObject {{QStringLiteral("image_url"), a.url}});
            images.insert(u"refer_images", refer);
            mp.insert(u"element_image_list", images);
        }
        o.insert(u"model_params", mp);
        if (!r.callbackUrl.trimmed().isEmpty())
            o.insert(u"callback_url", r.callbackUrl.trimmed());
        break;
    }
    }
    return o;
}

QJsonObject toStorage(const GenerationRequest &r)
{
    QJsonObject o;
    const QString voice = r.elementVoiceId.trimmed();
    o.insert(u"v", voice.isEmpty() ? kStorageVersionWithoutVoice : kStorageVersion);
    o.insert(u"model", ModeInfo::modelName(r.mode));
    o.insert(u"prompt", r.prompt);
    o.insert(u"duration", r.durationSeconds);
    o.insert(u"aspect_ratio",
             r.aspectRatio ? QJsonValue(aspectName(*r.aspectRatio)) : QJsonValue(QJsonValue::Null));
    o.insert(u"quality", qualityName(r.quality));
    o.insert(u"sound", r.sound);
    putMedia(o, u"image_start", r.imageStart);
    putMedia(o, u"image_end", r.imageEnd);
    o.insert(u"reference_images", mediaListToStorage(r.referenceImages));
    putMedia(o, u"video", r.video);
    o.insert(u"keep_original_sound", r.keepOriginalSound);
    o.insert(u"multi_shot", r.multiShot);
    QJsonArray shots;
    for (const Shot &s : r.shots) {
        shots.append(QJsonObject {{QStringLiteral("prompt"), s.prompt},
                                  {QStringLiteral("duration"), s.durationSeconds}});
    }
    o.insert(u"shots", shots);
    QJsonArray elements;
    for (const ElementRef &e : r.elements) {
        elements.append(QJsonObject {{QStringLiteral("element_id"), e.elementId},
                                     {QStringLiteral("from_video"), e.madeFromVideo}});
    }
    o.insert(u"elements", elements);
    o.insert(u"watermark", r.watermark ? QJsonValue(*r.watermark) : QJsonValue(QJsonValue::Null));
    o.insert(u"callback_url", r.callbackUrl);
    o.insert(u"element_name", r.elementName);
    o.insert(u"element_description", r.elementDescription);
    putMedia(o, u"element_frontal", r.elementFrontal);
    o.insert(u"element_angles", mediaListToStorage(r.elementAngles));
    putMedia(o, u"element_video", r.elementVideo);
    if (!voice.isEmpty())
        o.insert(u"element_voice_id", voice);
    return o;
}

std::optional<GenerationRequest> fromStorage(const QJsonObject &o)
{
    const auto mode = ModeInfo::fromModelName(o.value(u"model").toString());
    if (!mode)
        return std::nullopt;
    if (o.value(u"v").toInt(kStorageVersion) > kStorageVersion)
        return std::nullopt; // written by a newer version: do not guess

    GenerationRequest r;
    r.mode = *mode;
    r.prompt = o.value(u"prompt").toString();
    r.durationSeconds = o.value(u"duration").toInt(r.durationSeconds);
    const QJsonValue aspect = o.value(u"aspect_ratio");
    if (aspect.isNull())
        r.aspectRatio = std::nullopt;
    else if (aspect.isString())
        r.aspectRatio = aspectFromName(aspect.toString());
    r.quality = qualityFromName(o.value(u"quality").toString()).value_or(Quality::P720);
    r.sound = o.value(u"sound").toBool();
    r.imageStart = mediaFromStorage(o.value(u"image_start"));
    r.imageEnd = mediaFromStorage(o.value(u"image_end"));
    r.referenceImages = mediaListFromStorage(o.value(u"reference_images"));
    r.video = mediaFromStorage(o.value(u"video"));
    r.keepOriginalSound = o.value(u"keep_original_sound").toBool(true);
    r.multiShot = o.value(u"multi_shot").toBool();
    for (const QJsonValue &v : o.value(u"shots").toArray()) {
        const QJsonObject s = v.toObject();
        r.shots.append(Shot {s.value(u"prompt").toString(), s.value(u"duration").toInt()});
    }
    for (const QJsonValue &v : o.value(u"elements").toArray()) {
        const QJsonObject e = v.toObject();
        r.elements.append(
            ElementRef {e.value(u"element_id").toString(), e.value(u"from_video").toBool()});
    }
    const QJsonValue wm = o.value(u"watermark");
    if (wm.isBool())
        r.watermark = wm.toBool();
    r.callbackUrl = o.value(u"callback_url").toString();
    r.elementName = o.value(u"element_name").toString();
    r.elementDescription = o.value(u"element_description").toString();
    r.elementFrontal = mediaFromStorage(o.value(u"element_frontal"));
    r.elementAngles = mediaListFromStorage(o.value(u"element_angles"));
    r.elementVideo = mediaFromStorage(o.value(u"element_video"));
    r.elementVoiceId = o.value(u"element_voice_id").toString();
    return r;
}

} // namespace RequestJson

} // namespace ks

#include "sim/SimRules.h"

#include "sim/SimModelTable.h"
#include "sim/SimPrivateHost.h"

#include <QJsonArray>
#include <QMetaType>
#include <QUrl>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ks {

namespace {

using Kind = SimModelKind;
using ModelRule = SimModelRule;

const QList<ModelRule> &ruleTable()
{
    return simModelTable();
}

constexpr int kMaxPromptChars = 2500;
constexpr int kMaxShotPromptChars = 512;
constexpr int kMaxShots = 6;
constexpr int kMaxCallbackChars = 2048;
constexpr qint64 kMaxImageBytes = 10LL * 1024 * 1024;
constexpr qint64 kMaxVideoBytes = 200LL * 1024 * 1024;
constexpr int kMinImageSide = 300;
constexpr double kMinVideoSeconds = 3.0;
constexpr double kMaxElementVideoSeconds = 8.0;
constexpr int kMinVideoWidth = 720;
constexpr int kMaxVideoWidth = 2160;
constexpr int kDefaultDuration = 5;

qsizetype codePoints(const QString &s)
{
    return s.toUcs4().size();
}

// JSON integer in the strict sense: "5" yes, "5.0", "5.5" and "\"5\"" no.
bool isJsonInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong;
}

QString err(const QString &field, const QString &reason)
{
    return field + u": "_s + reason;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    default:
        return u"missing"_s;
    }
}

QString checkCallback(const QJsonValue &v)
{
    const QString f = u"callback_url"_s;
    if (!v.isString())
        return err(f, u"must be a string, not %1"_s.arg(typeName(v)));
    const QString s = v.toString();
    if (s.size() > kMaxCallbackChars)
        return err(
            f, u"must be at most %1 characters (got %2)"_s.arg(kMaxCallbackChars).arg(s.size()));
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return err(f, u"is not a valid URL"_s);
    if (url.scheme() != u"https"_s)
        return err(f, u"must use https"_s);
    if (SimPrivateHost::isPrivateOrLocal(url.host()))
        return err(f, u"must not point at a private, internal or loopback host"_s);
    return {};
}

enum class MediaRole { FrameImage, ReferenceImage, ElementImage, Video, ElementVideo };

// docs-2026 (API.md §10.1 #7): "required" is ["model"] for video edit, so its
// prompt may be left out; the other video models require one.
bool promptRequired(Kind kind)
{
    return kind != Kind::VideoEdit;
}

// Kling's 3.0 Omni spec (API.md §10.1 #8): an edit's input lasts 3 to 10 s.
// The floor is the common video rule; the ceiling, in whole milliseconds, is
// checked here for files uploaded to this simulator (a link cannot be read).
constexpr qint64 kMaxEditInputMs = 10000;

QString editInputLengthError(const SimMediaRef &video)
{
    if (video.origin != SimMediaRef::Origin::Own || !(video.durationSeconds > 0))
        return {};
    const qint64 ms = std::llround(video.durationSeconds * 1000.0);
    if (ms <= kMaxEditInputMs)
        return {};
    return err(u"video_url"_s,
               u"the video to edit must last 3 to 10 s (it is %1 s)"_s.arg(double(ms) / 1000.0, 0,
                                                                           'f', 3));
}

// One body checked against one model's rules: each rule group returns the
// first error it finds ("field: reason"), empty when the group passes, and
// fills in the plan as it goes. The groups run in the order check() lists.
class CreateCheck final
{
public:
    CreateCheck(const QJsonObject &body, const SimRules::MediaLookup &media,
                const SimRules::ElementLookup &elements)
        : b(body), m_media(media), m_elements(elements)
    {
    }

    QString model();
    QString fields();
    QString customElement();
    QString multiShotFlag();
    QString prompt();
    QString duration();
    QString outputOptions();
    QString shots();
    QString elementsAndWatermark();
    QString media();
    QString crossFieldLimits();
    void bill();

    bool isCustomElement() const { return rule->kind == Kind::CustomElement; }
    SimCreatePlan p;

private:
    QString checkMedia(const QString &field, const QJsonValue &v, MediaRole role) const;
    QString elementImages(const QJsonValue &listV);
    QString elementVideo(const QJsonValue &listV);

    const QJsonObject &b;
    const SimRules::MediaLookup &m_media;
    const SimRules::ElementLookup &m_elements;
    const ModelRule *rule = nullptr;
    QJsonObject params;
    bool multiShot = false;
    int durationSeconds = kDefaultDuration;
    int elements = 0;
    bool hasStart = false;
    bool hasEnd = false;
    int refImages = 0;
    SimMediaRef videoRef;
};

QString CreateCheck::model()
{
    const QJsonValue modelV = b.value(u"model"_s);
    if (modelV.isUndefined())
        return err(u"model"_s, u"is required"_s);
    if (!modelV.isString())
        return err(u"model"_s, u"must be a string, not %1"_s.arg(typeName(modelV)));
    for (const auto &r : ruleTable()) {
        if (r.name == modelV.toString())
            rule = &r;
    }
    if (!rule) {
        return err(u"model"_s,
                   u"unknown model \"%1\" (expected one of %2)"_s.arg(
                       modelV.toString(), SimRules::models().join(u", "_s)));
    }
    p.model = rule->name;
    return {};
}

// Fields the model does not take, the callback, model_params' own fields.
QString CreateCheck::fields()
{
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!rule->fields.contains(it.key())) {
            QString why = u"is not accepted by %1"_s.arg(rule->name);
            if (it.key() == u"sound"_s)
                why += u" (sound is forced off when a video is given)"_s;
            return err(it.key(), why);
        }
    }
    if (b.contains(u"callback_url"_s)) {
        const QString e = checkCallback(b.value(u"callback_url"_s));
        if (!e.isEmpty())
            return e;
    }
    if (b.contains(u"model_params"_s)) {
        const QJsonValue v = b.value(u"model_params"_s);
        if (!v.isObject())
            return err(u"model_params"_s, u"must be an object, not %1"_s.arg(typeName(v)));
        params = v.toObject();
        for (auto it = params.begin(); it != params.end(); ++it) {
            if (!rule->params.contains(it.key()))
                return err(u"model_params."_s + it.key(),
                           u"is not accepted by %1"_s.arg(rule->name));
        }
    }
    return {};
}

// A media URL: https anywhere, or a file uploaded to this simulator.
QString CreateCheck::checkMedia(const QString &field, const QJsonValue &v, MediaRole role) const
{
    if (!v.isString())
        return err(field, u"must be a URL string, not %1"_s.arg(typeName(v)));
    const QString s = v.toString();
    if (s.trimmed().isEmpty())
        return err(field, u"must not be empty"_s);
    const SimMediaRef ref = m_media ? m_media(s) : SimMediaRef {};
    if (ref.origin == SimMediaRef::Origin::OwnMissing)
        return err(field, u"no uploaded file matches this URL (expired or never uploaded)"_s);
    if (ref.origin == SimMediaRef::Origin::External) {
        const QUrl url(s, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return err(field, u"is not a valid URL"_s);
        if (url.scheme() != u"https"_s)
            return err(field, u"must be an https URL (or a file uploaded to the files API)"_s);
        return {};
    }
    const QString mime = QString::fromLatin1(ref.mime);
    if (role == MediaRole::Video || role == MediaRole::ElementVideo) {
        if (!mime.startsWith(u"video/"_s))
            return err(field, u"must be a video (MP4/MOV), the file is %1"_s.arg(mime));
        if (ref.size > kMaxVideoBytes)
            return err(field, u"the video must be at most 200 MB"_s);
        if (ref.durationSeconds >= 0 && ref.durationSeconds + 1e-9 < kMinVideoSeconds) {
            return err(field,
                       u"the video must be at least 3 s long (it is %1 s)"_s.arg(
                           ref.durationSeconds, 0, 'f', 2));
        }
        // §10.1 #3: an element's video lasts at most 8 s and is 720-2160 px wide.
        if (role == MediaRole::ElementVideo) {
            if (ref.durationSeconds > kMaxElementVideoSeconds) {
                return err(field,
                           u"the element video must be at most 8 s long (it is %1 s)"_s.arg(
                               ref.durationSeconds, 0, 'f', 2));
            }
            const int w = ref.videoSize.width();
            if (ref.videoSize.isValid() && (w < kMinVideoWidth || w > kMaxVideoWidth)) {
                return err(
                    field,
                    u"the element video must be 720 to 2160 px wide (it is %1x%2)"_s.arg(w).arg(
                        ref.videoSize.height()));
            }
        }
        return {};
    }
    QStringList types = {u"image/jpeg"_s, u"image/png"_s};
    if (role == MediaRole::ReferenceImage)
        types = rule->imageTypes;
    if (!types.contains(mime)) {
        return err(field,
                   u"must be an image of type %1, the file is %2"_s.arg(types.join(u"/"_s), mime));
    }
    if (ref.size > kMaxImageBytes)
        return err(field, u"the image must be at most 10 MB"_s);
    if (role != MediaRole::ReferenceImage && ref.imageSize.isValid()) {
        const int w = ref.imageSize.width();
        const int h = ref.imageSize.height();
        if (w < kMinImageSide || h < kMinImageSide) {
            return err(
                field,
                u"the image must be at least 300 px wide and high (it is %1x%2)"_s.arg(w).arg(h));
        }
        if (2 * qint64(w) > 5 * qint64(h) || 2 * qint64(h) > 5 * qint64(w)) {
            return err(
                field,
                u"the image aspect ratio must be between 1:2.5 and 2.5:1 (it is %1x%2)"_s.arg(w)
                    .arg(h));
        }
    }
    return {};
}

// ---- custom element (§2.5) ----
QString CreateCheck::customElement()
{
    if (!b.contains(u"model_params"_s))
        return err(u"model_params"_s, u"is required"_s);
    const QJsonValue nameV = params.value(u"element_name"_s);
    if (!nameV.isString() || nameV.toString().trimmed().isEmpty())
        return err(u"model_params.element_name"_s, u"is required (a non-empty string)"_s);
    if (codePoints(nameV.toString()) > 20)
        return err(u"model_params.element_name"_s, u"must be at most 20 characters"_s);
    const QJsonValue descV = params.value(u"element_description"_s);
    if (!descV.isString() || descV.toString().trimmed().isEmpty()) {
        return err(u"model_params.element_description"_s, u"is required (a non-empty string)"_s);
    }
    if (codePoints(descV.toString()) > 100) {
        return err(u"model_params.element_description"_s, u"must be at most 100 characters"_s);
    }
    const QJsonValue typeV = params.value(u"reference_type"_s);
    const QString refType = typeV.toString();
    if (!typeV.isString() || (refType != u"image_refer"_s && refType != u"video_refer"_s)) {
        return err(u"model_params.reference_type"_s,
                   u"must be \"image_refer\" or \"video_refer\""_s);
    }
    // API.md §10.1 #4: an optional voice (a string), only with video_refer.
    if (params.contains(u"element_voice_id"_s)) {
        const QJsonValue voiceV = params.value(u"element_voice_id"_s);
        if (refType != u"video_refer"_s) {
            return err(u"model_params.element_voice_id"_s,
                       u"is only accepted with reference_type video_refer"_s);
        }
        if (!voiceV.isString()) {
            return err(u"model_params.element_voice_id"_s,
                       u"must be a string, not %1"_s.arg(typeName(voiceV)));
        }
        if (voiceV.toString().trimmed().isEmpty())
            return err(u"model_params.element_voice_id"_s, u"must not be empty"_s);
    }
    if (refType == u"image_refer"_s) {
        if (params.contains(u"element_video_list"_s)) {
            return err(u"model_params.element_video_list"_s,
                       u"is not allowed with reference_type image_refer"_s);
        }
        return elementImages(params.value(u"element_image_list"_s));
    }
    if (params.contains(u"element_image_list"_s)) {
        return err(u"model_params.element_image_list"_s,
                   u"is not allowed with reference_type video_refer"_s);
    }
    const QString e = elementVideo(params.value(u"element_video_list"_s));
    if (e.isEmpty())
        p.elementFromVideo = true;
    return e;
}

QString CreateCheck::elementImages(const QJsonValue &listV)
{
    if (!listV.isObject()) {
        return err(u"model_params.element_image_list"_s,
                   u"is required (an object) with reference_type image_refer"_s);
    }
    const QJsonObject list = listV.toObject();
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (it.key() != u"frontal_image"_s && it.key() != u"refer_images"_s) {
            return err(u"model_params.element_image_list."_s + it.key(), u"is not a known field"_s);
        }
    }
    // API.md §10.1 #2: frontal_image and 1-3 refer_images are both required.
    if (!list.contains(u"frontal_image"_s)) {
        return err(u"model_params.element_image_list.frontal_image"_s,
                   u"is required with reference_type image_refer"_s);
    }
    const QString fe = checkMedia(u"model_params.element_image_list.frontal_image"_s,
                                  list.value(u"frontal_image"_s), MediaRole::ElementImage);
    if (!fe.isEmpty())
        return fe;
    const QString f = u"model_params.element_image_list.refer_images"_s;
    if (!list.contains(u"refer_images"_s)) {
        return err(f, u"is required with reference_type image_refer (1 to 3 images)"_s);
    }
    const QJsonValue rv = list.value(u"refer_images"_s);
    if (!rv.isArray())
        return err(f, u"must be an array, not %1"_s.arg(typeName(rv)));
    const QJsonArray arr = rv.toArray();
    if (arr.isEmpty() || arr.size() > 3)
        return err(f, u"must hold 1 to 3 images (got %1)"_s.arg(arr.size()));
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString fi = u"%1[%2]"_s.arg(f).arg(i);
        if (!arr.at(i).isObject())
            return err(fi, u"must be an object {\"image_url\": ...}"_s);
        const QJsonObject item = arr.at(i).toObject();
        if (!item.contains(u"image_url"_s) || item.size() != 1)
            return err(fi, u"must be exactly {\"image_url\": \"...\"}"_s);
        const QString e =
            checkMedia(fi + u".image_url"_s, item.value(u"image_url"_s), MediaRole::ElementImage);
        if (!e.isEmpty())
            return e;
    }
    return {};
}

QString CreateCheck::elementVideo(const QJsonValue &listV)
{
    if (!listV.isObject()) {
        return err(u"model_params.element_video_list"_s,
                   u"is required (an object) with reference_type video_refer"_s);
    }
    // API.md §10.1 #1: {"refer_videos": [{"video_url": ...}]}, exactly one
    // item; the old {"video_url": ...} shape is refused.
    const QJsonObject list = listV.toObject();
    if (!list.contains(u"refer_videos"_s) || list.size() != 1) {
        return err(u"model_params.element_video_list"_s,
                   u"must be exactly {\"refer_videos\": [{\"video_url\": \"...\"}]}"
                   u" (a bare video_url is no longer accepted)"_s);
    }
    const QString f = u"model_params.element_video_list.refer_videos"_s;
    const QJsonValue rv = list.value(u"refer_videos"_s);
    if (!rv.isArray())
        return err(f, u"must be an array, not %1"_s.arg(typeName(rv)));
    const QJsonArray arr = rv.toArray();
    if (arr.size() != 1)
        return err(f, u"must hold exactly 1 video (got %1)"_s.arg(arr.size()));
    const QJsonObject item = arr.first().toObject();
    if (!arr.first().isObject() || !item.contains(u"video_url"_s) || item.size() != 1)
        return err(f + u"[0]"_s, u"must be exactly {\"video_url\": \"...\"}"_s);
    const QString e =
        checkMedia(f + u"[0].video_url"_s, item.value(u"video_url"_s), MediaRole::ElementVideo);
    if (!e.isEmpty())
        return e;
    return {};
}

// ---- multi-shot (T2V, I2V) ----
QString CreateCheck::multiShotFlag()
{
    if (params.contains(u"multi_shot"_s)) {
        const QJsonValue v = params.value(u"multi_shot"_s);
        if (!v.isBool())
            return err(u"model_params.multi_shot"_s,
                       u"must be a boolean, not %1"_s.arg(typeName(v)));
        multiShot = v.toBool();
    }
    if (!multiShot) {
        for (const QString &k : {u"shot_type"_s, u"multi_prompt"_s}) {
            if (params.contains(k))
                return err(u"model_params."_s + k, u"needs model_params.multi_shot true"_s);
        }
    }
    return {};
}

QString CreateCheck::prompt()
{
    const QJsonValue promptV = b.value(u"prompt"_s);
    if (!promptV.isUndefined()) {
        if (!promptV.isString())
            return err(u"prompt"_s, u"must be a string, not %1"_s.arg(typeName(promptV)));
        const qsizetype n = codePoints(promptV.toString());
        if (n > kMaxPromptChars) {
            return err(u"prompt"_s,
                       u"must be at most %1 characters (got %2)"_s.arg(kMaxPromptChars).arg(n));
        }
    }
    if (!multiShot && promptRequired(rule->kind) && promptV.toString().trimmed().isEmpty())
        return err(u"prompt"_s, u"is required"_s);
    return {};
}

QString CreateCheck::duration()
{
    if (rule->minDuration > 0 && b.contains(u"duration"_s)) {
        const QJsonValue v = b.value(u"duration"_s);
        if (!isJsonInteger(v)) {
            return err(u"duration"_s,
                       u"must be an integer number of seconds, not %1"_s.arg(
                           v.isDouble() ? u"a fraction"_s : typeName(v)));
        }
        const qint64 d = v.toInteger();
        if (d < rule->minDuration || d > rule->maxDuration) {
            return err(u"duration"_s,
                       u"must be between %1 and %2 for %3 (got %4)"_s.arg(rule->minDuration)
                           .arg(rule->maxDuration)
                           .arg(rule->name)
                           .arg(d));
        }
        durationSeconds = int(d);
    }
    return {};
}

// ---- aspect ratio, quality, sound, keep_original_sound ----
QString CreateCheck::outputOptions()
{
    if (b.contains(u"aspect_ratio"_s)) {
        const QJsonValue v = b.value(u"aspect_ratio"_s);
        static const QStringList ratios = {u"16:9"_s, u"9:16"_s, u"1:1"_s};
        if (!v.isString() || !ratios.contains(v.toString()))
            return err(u"aspect_ratio"_s, u"must be one of \"16:9\", \"9:16\", \"1:1\""_s);
        p.aspectRatio = v.toString();
    } else if (rule->kind == Kind::TextToVideo) {
        p.aspectRatio = u"16:9"_s;
    }
    p.quality = u"720p"_s;
    if (b.contains(u"quality"_s)) {
        const QJsonValue v = b.value(u"quality"_s);
        if (!v.isString() || !rule->qualities.contains(v.toString())) {
            return err(u"quality"_s,
                       u"must be one of \"%1\" for %2"_s.arg(rule->qualities.join(u"\", \""_s),
                                                             rule->name));
        }
        p.quality = v.toString();
    }
    if (b.contains(u"sound"_s)) {
        const QJsonValue v = b.value(u"sound"_s);
        if (!v.isString() || (v.toString() != u"on"_s && v.toString() != u"off"_s))
            return err(u"sound"_s, u"must be the string \"on\" or \"off\""_s);
        p.sound = v.toString() == u"on"_s;
    }
    if (b.contains(u"keep_original_sound"_s) && !b.value(u"keep_original_sound"_s).isBool()) {
        return err(u"keep_original_sound"_s,
                   u"must be a boolean, not %1"_s.arg(typeName(b.value(u"keep_original_sound"_s))));
    }
    return {};
}

QString CreateCheck::shots()
{
    if (!multiShot)
        return {};
    const QJsonValue st = params.value(u"shot_type"_s);
    if (!st.isString() || st.toString() != u"customize"_s) {
        return err(u"model_params.shot_type"_s, u"must be \"customize\" when multi_shot is true"_s);
    }
    const QJsonValue mpV = params.value(u"multi_prompt"_s);
    const QString f = u"model_params.multi_prompt"_s;
    if (!mpV.isArray() || mpV.toArray().isEmpty())
        return err(f, u"is required (a non-empty array) when multi_shot is true"_s);
    const QJsonArray shots = mpV.toArray();
    if (shots.size() > kMaxShots)
        return err(f, u"at most %1 shots (got %2)"_s.arg(kMaxShots).arg(shots.size()));
    int sum = 0;
    for (qsizetype i = 0; i < shots.size(); ++i) {
        const QString fi = u"%1[%2]"_s.arg(f).arg(i);
        if (!shots.at(i).isObject())
            return err(fi, u"must be an object {index, prompt, duration}"_s);
        const QJsonObject shot = shots.at(i).toObject();
        for (auto it = shot.begin(); it != shot.end(); ++it) {
            if (it.key() != u"index"_s && it.key() != u"prompt"_s && it.key() != u"duration"_s)
                return err(fi + u'.' + it.key(), u"is not a known field"_s);
        }
        const QJsonValue idx = shot.value(u"index"_s);
        if (!isJsonInteger(idx))
            return err(fi + u".index"_s, u"must be an integer"_s);
        if (idx.toInteger() != i + 1) {
            return err(fi + u".index"_s, u"must be %1 (shots are numbered from 1)"_s.arg(i + 1));
        }
        const QJsonValue sp = shot.value(u"prompt"_s);
        if (!sp.isString() || sp.toString().trimmed().isEmpty())
            return err(fi + u".prompt"_s, u"is required (a non-empty string)"_s);
        if (codePoints(sp.toString()) > kMaxShotPromptChars) {
            return err(fi + u".prompt"_s,
                       u"must be at most %1 characters"_s.arg(kMaxShotPromptChars));
        }
        const QJsonValue sd = shot.value(u"duration"_s);
        if (!sd.isString()) {
            return err(
                fi + u".duration"_s,
                u"must be a string of whole seconds such as \"5\", not %1"_s.arg(typeName(sd)));
        }
        bool ok = false;
        const QString ds = sd.toString();
        const int secs = ds.toInt(&ok);
        if (!ok || ds.trimmed() != ds || ds.startsWith(u'+') || secs < 1
            || secs > durationSeconds) {
            return err(fi + u".duration"_s,
                       u"must be whole seconds between 1 and %1"_s.arg(durationSeconds));
        }
        sum += secs;
    }
    if (sum != durationSeconds) {
        return err(
            f,
            u"shot durations add up to %1 s but duration is %2 s"_s.arg(sum).arg(durationSeconds));
    }
    return {};
}

QString CreateCheck::elementsAndWatermark()
{
    if (params.contains(u"element_list"_s)) {
        const QJsonValue v = params.value(u"element_list"_s);
        const QString f = u"model_params.element_list"_s;
        if (!v.isArray())
            return err(f, u"must be an array, not %1"_s.arg(typeName(v)));
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString fi = u"%1[%2]"_s.arg(f).arg(i);
            const QJsonObject item = list.at(i).toObject();
            if (!list.at(i).isObject() || item.size() != 1 || !item.contains(u"element_id"_s))
                return err(fi, u"must be exactly {\"element_id\": \"...\"}"_s);
            const QJsonValue id = item.value(u"element_id"_s);
            if (!id.isString() || id.toString().trimmed().isEmpty())
                return err(fi + u".element_id"_s, u"must be a non-empty string"_s);
            const bool videoInput =
                rule->kind == Kind::ReferenceToVideo || rule->kind == Kind::VideoEdit;
            if (videoInput && m_elements && m_elements(id.toString()) == 2) {
                return err(fi + u".element_id"_s,
                           u"elements made from a video cannot be used with a video input"_s);
            }
        }
        elements = int(list.size());
    }
    if (params.contains(u"watermark_info"_s)) {
        const QJsonValue v = params.value(u"watermark_info"_s);
        const QJsonObject w = v.toObject();
        if (!v.isObject() || !w.value(u"enabled"_s).isBool() || w.size() != 1) {
            return err(u"model_params.watermark_info"_s,
                       u"must be exactly {\"enabled\": true|false}"_s);
        }
    }
    return {};
}

QString CreateCheck::media()
{
    hasStart = b.contains(u"image_start"_s);
    hasEnd = b.contains(u"image_end"_s);
    if (hasStart) {
        const QString e =
            checkMedia(u"image_start"_s, b.value(u"image_start"_s), MediaRole::FrameImage);
        if (!e.isEmpty())
            return e;
    }
    if (hasEnd) {
        const QString e =
            checkMedia(u"image_end"_s, b.value(u"image_end"_s), MediaRole::FrameImage);
        if (!e.isEmpty())
            return e;
    }
    if (b.contains(u"image_urls"_s)) {
        const QJsonValue v = b.value(u"image_urls"_s);
        if (!v.isArray())
            return err(u"image_urls"_s, u"must be an array, not %1"_s.arg(typeName(v)));
        const QJsonArray arr = v.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString e =
                checkMedia(u"image_urls[%1]"_s.arg(i), arr.at(i), MediaRole::ReferenceImage);
            if (!e.isEmpty())
                return e;
        }
        refImages = int(arr.size());
    }
    if (rule->kind == Kind::ReferenceToVideo || rule->kind == Kind::VideoEdit) {
        if (!b.contains(u"video_url"_s))
            return err(u"video_url"_s, u"is required for %1"_s.arg(rule->name));
        const QString e = checkMedia(u"video_url"_s, b.value(u"video_url"_s), MediaRole::Video);
        if (!e.isEmpty())
            return e;
        if (m_media)
            videoRef = m_media(b.value(u"video_url"_s).toString());
        if (rule->kind == Kind::VideoEdit) {
            const QString tooLong = editInputLengthError(videoRef);
            if (!tooLong.isEmpty())
                return tooLong;
        }
    }
    return {};
}

// ---- cross-field limits (§2.2, §2.3, §2.4, §2.6) ----
QString CreateCheck::crossFieldLimits()
{
    switch (rule->kind) {
    case Kind::TextToVideo:
        if (elements > 7) {
            return err(u"model_params.element_list"_s,
                       u"at most 7 elements (got %1)"_s.arg(elements));
        }
        break;
    case Kind::ImageToVideo: {
        if (hasEnd && !hasStart)
            return err(u"image_end"_s, u"needs image_start"_s);
        if (!hasStart && refImages == 0)
            return err(u"image_start"_s, u"image-to-video needs image_start or image_urls"_s);
        const int images = int(hasStart) + int(hasEnd) + refImages;
        if (hasEnd && images > 2) {
            return err(u"image_end"_s,
                       u"is not allowed when more than 2 images are given (%1)"_s.arg(images));
        }
        if (hasStart && elements > 3) {
            return err(u"model_params.element_list"_s,
                       u"at most 3 elements when image_start is given (got %1)"_s.arg(elements));
        }
        if (images + elements > 7) {
            return err(u"model_params.element_list"_s,
                       u"images plus elements must not exceed 7 (got %1)"_s.arg(images + elements));
        }
        break;
    }
    case Kind::ReferenceToVideo:
    case Kind::VideoEdit:
        if (refImages + elements > 4) {
            return err(elements > 0 ? u"model_params.element_list"_s : u"image_urls"_s,
                       u"images plus elements must not exceed 4 with a video (got %1)"_s.arg(
                           refImages + elements));
        }
        break;
    case Kind::CustomElement:
        break;
    }
    return {};
}

// ---- what gets generated and billed ----
void CreateCheck::bill()
{
    if (rule->kind == Kind::VideoEdit) {
        int seconds = kDefaultDuration;
        if (videoRef.origin == SimMediaRef::Origin::Own && videoRef.durationSeconds > 0)
            seconds = int(std::ceil(videoRef.durationSeconds - 1e-6));
        p.videoSeconds = seconds;
        p.billedSeconds = seconds;
        p.sound = false;
    } else {
        p.videoSeconds = durationSeconds;
        p.billedSeconds = durationSeconds;
        if (rule->kind == Kind::ReferenceToVideo)
            p.sound = false;
    }
}

} // namespace

SimRules::SimRules(MediaLookup media, ElementLookup elements)
    : m_media(std::move(media)), m_elements(std::move(elements))
{
}

QStringList SimRules::models()
{
    QStringList out;
    for (const auto &r : ruleTable())
        out.append(r.name);
    return out;
}

SimCreatePlan SimRules::check(const QJsonObject &body) const
{
    CreateCheck c(body, m_media, m_elements);
    auto failed = [&c](const QString &error) {
        c.p.error = error;
        return !error.isEmpty();
    };
    if (failed(c.model()) || failed(c.fields()))
        return c.p;
    if (c.isCustomElement()) {
        failed(c.customElement());
        return c.p;
    }
    if (failed(c.multiShotFlag()) || failed(c.prompt()) || failed(c.duration())
        || failed(c.outputOptions()) || failed(c.shots()) || failed(c.elementsAndWatermark())
        || failed(c.media()) || failed(c.crossFieldLimits()))
        return c.p;
    c.bill();
    return c.p;
}

} // namespace ks

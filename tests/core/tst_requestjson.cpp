// RequestJson: the API body of every mode against golden files (compared as
// parsed JSON objects, so key order and spacing do not matter) and the
// lossless journal round trip.
#include "core/RequestJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace ks;

namespace {
QJsonObject golden(const QString &name)
{
    QFile f(QStringLiteral(KS_GOLDEN_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing golden file %s", qPrintable(f.fileName()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        qFatal("bad golden file %s: %s", qPrintable(name), qPrintable(pe.errorString()));
    return doc.object();
}

MediaRef remote(const char *url)
{
    MediaRef m;
    m.url = QString::fromLatin1(url);
    return m;
}

// A local file that has been uploaded: the API body must use its files-API URL.
MediaRef uploaded(const char *path, const char *url, MediaFormat f, int w, int h)
{
    MediaRef m;
    m.localPath = QString::fromLatin1(path);
    m.url = QString::fromLatin1(url);
    m.uploadedAt = QDateTime(QDate(2025, 10, 9), QTime(8, 30, 15, 250), QTimeZone::utc());
    m.info.format = f;
    m.info.width = w;
    m.info.height = h;
    m.info.bytes = 123456;
    m.info.probed = true;
    return m;
}

GenerationRequest t2vBasic()
{
    GenerationRequest r;
    r.prompt = QStringLiteral("A red fox runs through fresh snow at dawn");
    return r;
}

GenerationRequest t2vMultiShot()
{
    GenerationRequest r;
    r.prompt = QStringLiteral("ignored because multi-shot is on");
    r.durationSeconds = 10;
    r.aspectRatio = AspectRatio::Tall9x16;
    r.quality = Quality::P1080;
    r.sound = true;
    r.multiShot = true;
    r.shots = {
        Shot {QStringLiteral("Wide shot of a lighthouse in a storm"), 4},
        Shot {QStringLiteral("Close-up of the keeper lighting the lamp <<<element_1>>>"), 6}};
    r.elements = {ElementRef {QStringLiteral("el_keeper"), false}};
    r.watermark = false;
    r.callbackUrl = QStringLiteral("https://hooks.example.com/kling");
    return r;
}

GenerationRequest i2vFrames()
{
    GenerationRequest r;
    r.mode = Mode::ImageToVideo;
    r.prompt = QStringLiteral("The flower opens slowly <<<element_1>>>");
    r.durationSeconds = 8;
    r.aspectRatio = std::nullopt; // follow the start frame
    r.quality = Quality::P1080;
    r.imageStart = uploaded("/home/u/start.png", "https://files.evolink.ai/photos/start.png",
                            MediaFormat::Png, 1024, 768);
    r.imageEnd = remote("https://files.evolink.ai/photos/end.png");
    r.elements = {ElementRef {QStringLiteral("el_bee"), false},
                  ElementRef {QStringLiteral("el_sun"), true}};
    r.watermark = true;
    r.keepOriginalSound = false; // not a field of this mode
    return r;
}

GenerationRequest i2vReferences()
{
    GenerationRequest r;
    r.mode = Mode::ImageToVideo;
    r.prompt = QStringLiteral("<<<image_1>>> walks into <<<image_2>>>");
    r.durationSeconds = 15;
    r.aspectRatio = AspectRatio::Square1x1;
    r.sound = true;
    r.referenceImages = {remote("https://files.evolink.ai/photos/person.jpg"),
                         remote("https://files.evolink.ai/photos/street.jpg")};
    return r;
}

GenerationRequest ref2v()
{
    GenerationRequest r;
    r.mode = Mode::ReferenceToVideo;
    r.prompt = QStringLiteral("Same camera move as <<<video_1>>> over <<<image_1>>>");
    r.durationSeconds = 10;
    r.quality = Quality::P1080;
    r.sound = true; // no sound field in this mode
    r.keepOriginalSound = false;
    r.video = uploaded("/home/u/move.mp4", "https://files.evolink.ai/videos/move.mp4",
                       MediaFormat::Mp4, 1280, 720);
    r.video.info.durationSeconds = 6.5;
    r.video.info.fps = 29.97;
    r.referenceImages = {remote("https://files.evolink.ai/photos/city.png")};
    r.elements = {ElementRef {QStringLiteral("el_car"), false}};
    return r;
}

GenerationRequest videoEdit()
{
    GenerationRequest r;
    r.mode = Mode::VideoEdit;
    r.prompt = QStringLiteral("Turn the sky in <<<video_1>>> into a sunset");
    r.durationSeconds = 12; // edit has no duration field
    r.aspectRatio = AspectRatio::Tall9x16; // nor an aspect ratio
    r.sound = true; // nor sound
    r.video = remote("https://files.evolink.ai/videos/clip.mov");
    r.callbackUrl = QStringLiteral("  https://hooks.example.com/edit ");
    return r;
}

// API.md §10.1 #5: 4k is sent as quality "4k" (sound does not change it).
GenerationRequest t2vFourK()
{
    GenerationRequest r = t2vBasic();
    r.quality = Quality::P4K;
    r.sound = true;
    return r;
}

GenerationRequest i2vFourK()
{
    GenerationRequest r;
    r.mode = Mode::ImageToVideo;
    r.prompt = QStringLiteral("The kite climbs into the wind");
    r.aspectRatio.reset();
    r.imageStart = remote("https://files.evolink.ai/images/kite.png");
    r.quality = Quality::P4K;
    return r;
}

// API.md §10.1 #7: video edit's prompt is optional; an empty one is left out.
GenerationRequest videoEditNoPrompt()
{
    GenerationRequest r = videoEdit();
    r.prompt = QStringLiteral("  \n ");
    r.callbackUrl.clear();
    return r;
}

GenerationRequest elementImage()
{
    GenerationRequest r;
    r.mode = Mode::CustomElement;
    r.prompt = QStringLiteral("not sent");
    r.elementName = QStringLiteral("Captain Mia");
    r.elementDescription = QStringLiteral("A woman in a navy captain's uniform");
    r.elementFrontal =
        uploaded("/home/u/mia-front.png", "https://files.evolink.ai/photos/mia-front.png",
                 MediaFormat::Png, 800, 1200);
    r.elementAngles = {remote("https://files.evolink.ai/photos/mia-left.png"),
                       remote("https://files.evolink.ai/photos/mia-right.png")};
    return r;
}

GenerationRequest elementVideo()
{
    GenerationRequest r;
    r.mode = Mode::CustomElement;
    r.elementName = QStringLiteral("Rex");
    r.elementDescription = QStringLiteral("A golden retriever puppy");
    r.elementVideo = remote("https://files.evolink.ai/videos/rex.mp4");
    r.callbackUrl = QStringLiteral("https://hooks.example.com/el");
    return r;
}

// API.md §10.1 #4: the voice goes in model_params.element_voice_id (trimmed).
GenerationRequest elementVideoVoice()
{
    GenerationRequest r = elementVideo();
    r.elementVoiceId = QStringLiteral(" 829824295735410756 ");
    return r;
}
} // namespace

class TstRequestJson : public QObject
{
    Q_OBJECT

private slots:
    void apiBody_data();
    void apiBody();
    void fieldTypes();
    void storageRoundTrip_data();
    void storageRoundTrip();
    void storageRejectsUnknown();
    void elementVoiceOnlyWithVideo();
    void mediaSlotsOrder();
};

void TstRequestJson::apiBody_data()
{
    QTest::addColumn<GenerationRequest>("request");
    QTest::addColumn<QString>("file");
    QTest::newRow("t2v basic") << t2vBasic() << QStringLiteral("t2v_basic.json");
    QTest::newRow("t2v multi-shot") << t2vMultiShot() << QStringLiteral("t2v_multishot.json");
    QTest::newRow("i2v frames") << i2vFrames() << QStringLiteral("i2v_frames.json");
    QTest::newRow("i2v references") << i2vReferences() << QStringLiteral("i2v_references.json");
    QTest::newRow("ref2v") << ref2v() << QStringLiteral("ref2v.json");
    QTest::newRow("video edit") << videoEdit() << QStringLiteral("video_edit.json");
    QTest::newRow("element images") << elementImage() << QStringLiteral("element_image.json");
    QTest::newRow("element video") << elementVideo() << QStringLiteral("element_video.json");
    QTest::newRow("t2v 4k") << t2vFourK() << QStringLiteral("t2v_4k.json");
    QTest::newRow("i2v 4k") << i2vFourK() << QStringLiteral("i2v_4k.json");
    QTest::newRow("video edit, no prompt")
        << videoEditNoPrompt() << QStringLiteral("video_edit_no_prompt.json");
    QTest::newRow("element video voice")
        << elementVideoVoice() << QStringLiteral("element_video_voice.json");
}

void TstRequestJson::apiBody()
{
    QFETCH(GenerationRequest, request);
    QFETCH(QString, file);
    const QJsonObject actual = RequestJson::toApiJson(request);
    const QJsonObject expected = golden(file);
    if (actual != expected) {
        qWarning().noquote() << "actual:  " << QJsonDocument(actual).toJson(QJsonDocument::Compact);
        qWarning().noquote() << "expected:"
                             << QJsonDocument(expected).toJson(QJsonDocument::Compact);
    }
    QCOMPARE(actual, expected);
}

// Types the API is strict about (API.md §2.0), checked directly as well.
void TstRequestJson::fieldTypes()
{
    const QJsonObject ms = RequestJson::toApiJson(t2vMultiShot());
    QVERIFY(ms.value(u"duration").isDouble());
    QVERIFY(ms.value(u"sound").isString());
    QVERIFY(!ms.contains(u"prompt"));
    const QJsonObject shot = ms.value(u"model_params")[u"multi_prompt"][0].toObject();
    QVERIFY(shot.value(u"index").isDouble());
    QCOMPARE(shot.value(u"index").toInt(), 1);
    QVERIFY(shot.value(u"duration").isString());

    const QJsonObject ref = RequestJson::toApiJson(ref2v());
    QVERIFY(ref.value(u"keep_original_sound").isBool());
    QVERIFY(!ref.contains(u"sound"));

    const QJsonObject edit = RequestJson::toApiJson(videoEdit());
    QVERIFY(!edit.contains(u"duration"));
    QVERIFY(!edit.contains(u"aspect_ratio"));
    QVERIFY(!edit.contains(u"sound"));

    GenerationRequest noElements = t2vBasic();
    noElements.watermark = std::nullopt;
    QVERIFY(!RequestJson::toApiJson(noElements).contains(u"model_params"));
    QVERIFY(!RequestJson::toApiJson(noElements).contains(u"callback_url"));
}

void TstRequestJson::storageRoundTrip_data()
{
    apiBody_data();
}

void TstRequestJson::storageRoundTrip()
{
    QFETCH(GenerationRequest, request);
    const QJsonObject stored = RequestJson::toStorage(request);
    // Through text, as the journal keeps it.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(stored).toJson()).object();
    const auto back = RequestJson::fromStorage(reread);
    QVERIFY(back);
    QCOMPARE(back->mode, request.mode);
    QCOMPARE(back->prompt, request.prompt);
    QCOMPARE(back->durationSeconds, request.durationSeconds);
    QCOMPARE(back->aspectRatio, request.aspectRatio);
    QCOMPARE(back->quality, request.quality);
    QCOMPARE(back->sound, request.sound);
    QCOMPARE(back->keepOriginalSound, request.keepOriginalSound);
    QCOMPARE(back->multiShot, request.multiShot);
    QCOMPARE(back->shots, request.shots);
    QCOMPARE(back->elements, request.elements);
    QCOMPARE(back->watermark, request.watermark);
    QCOMPARE(back->callbackUrl, request.callbackUrl);
    QCOMPARE(back->elementName, request.elementName);
    QCOMPARE(back->elementDescription, request.elementDescription);
    QCOMPARE(back->referenceImages, request.referenceImages);
    QCOMPARE(back->elementAngles, request.elementAngles);
    QCOMPARE(back->elementVoiceId.trimmed(), request.elementVoiceId.trimmed());

    const auto sameMedia = [](const MediaRef &a, const MediaRef &b) {
        return a.localPath == b.localPath && a.url == b.url && a.uploadedAt == b.uploadedAt
            && a.info.format == b.info.format && a.info.bytes == b.info.bytes
            && a.info.width == b.info.width && a.info.height == b.info.height
            && a.info.durationSeconds == b.info.durationSeconds && a.info.fps == b.info.fps
            && a.info.probed == b.info.probed;
    };
    QVERIFY(sameMedia(back->imageStart, request.imageStart));
    QVERIFY(sameMedia(back->imageEnd, request.imageEnd));
    QVERIFY(sameMedia(back->video, request.video));
    QVERIFY(sameMedia(back->elementFrontal, request.elementFrontal));
    QVERIFY(sameMedia(back->elementVideo, request.elementVideo));
    for (int i = 0; i < request.referenceImages.size(); ++i)
        QVERIFY(sameMedia(back->referenceImages.at(i), request.referenceImages.at(i)));

    // The API body of the restored request is identical: nothing was lost.
    QCOMPARE(RequestJson::toApiJson(*back), RequestJson::toApiJson(request));
    QCOMPARE(RequestJson::toStorage(*back), stored);
}

void TstRequestJson::storageRejectsUnknown()
{
    QVERIFY(!RequestJson::fromStorage(QJsonObject {}));
    QVERIFY(!RequestJson::fromStorage(
        QJsonObject {{QStringLiteral("model"), QStringLiteral("kling-v9-teleport")}}));
    QJsonObject future = RequestJson::toStorage(t2vBasic());
    future.insert(u"v", 99);
    QVERIFY(!RequestJson::fromStorage(future));
    // A storage object with only a model falls back to the defaults.
    const auto minimal = RequestJson::fromStorage(
        QJsonObject {{QStringLiteral("model"), QStringLiteral("kling-o3-text-to-video")}});
    QVERIFY(minimal);
    QCOMPARE(minimal->durationSeconds, 5);
    QCOMPARE(minimal->aspectRatio, std::optional<AspectRatio>(AspectRatio::Wide16x9));
    QVERIFY(minimal->keepOriginalSound);
}

// The voice travels only with a video element, and a journaled request with a
// voice is marked version 2 so an older build refuses it instead of sending it
// without the voice; one without a voice stays version 1.
void TstRequestJson::elementVoiceOnlyWithVideo()
{
    QCOMPARE(RequestJson::toStorage(elementVideo()).value(u"v").toInt(), 1);
    const QJsonObject stored = RequestJson::toStorage(elementVideoVoice());
    QCOMPARE(stored.value(u"v").toInt(), 2);
    QCOMPARE(stored.value(u"element_voice_id").toString(), QStringLiteral("829824295735410756"));
    const auto back = RequestJson::fromStorage(stored);
    QVERIFY(back);
    QCOMPARE(back->elementVoiceId, QStringLiteral("829824295735410756"));

    GenerationRequest images = elementImage();
    images.elementVoiceId = QStringLiteral("829824295735410756");
    QVERIFY(!RequestJson::toApiJson(images)
                 .value(u"model_params")
                 .toObject()
                 .contains(u"element_voice_id"));
}

void TstRequestJson::mediaSlotsOrder()
{
    GenerationRequest r = i2vFrames();
    r.referenceImages = {remote("https://x.example/r1.png")};
    auto slots_ = r.mediaSlots();
    QCOMPARE(slots_.size(), 3);
    QCOMPARE(slots_.at(0), &r.imageStart);
    QCOMPARE(slots_.at(1), &r.imageEnd);
    QCOMPARE(slots_.at(2), &r.referenceImages[0]);

    GenerationRequest ref = ref2v();
    slots_ = ref.mediaSlots();
    QCOMPARE(slots_.size(), 2);
    QCOMPARE(slots_.last(), &ref.video);

    GenerationRequest el = elementImage();
    el.elementVideo = remote("https://x.example/stale.mp4"); // images take precedence
    QVERIFY(!el.elementUsesVideo());
    QCOMPARE(el.mediaSlots().size(), 3);
    QVERIFY(t2vBasic().mediaSlots().isEmpty());
}

QTEST_GUILESS_MAIN(TstRequestJson)
#include "tst_requestjson.moc"

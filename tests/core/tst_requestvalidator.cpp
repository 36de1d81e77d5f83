// RequestValidator: every rule of API.md §2 with a passing and a failing case.
// Failing rows expect exactly one issue, on the named field, whose message
// names the limit and the actual value.
#include "core/RequestValidator.h"

#include <QTest>

using namespace ks;

namespace {
MediaRef localImage(int w = 1024, int h = 768, MediaFormat f = MediaFormat::Png,
                    qint64 bytes = 500 * 1024)
{
    MediaRef m;
    m.localPath = QStringLiteral("/tmp/in-%1x%2.img").arg(w).arg(h);
    m.info = MediaInfo {f, bytes, w, h, 0, 0, true};
    return m;
}

MediaRef localVideo(int w = 1280, int h = 720, double seconds = 5, double fps = 30,
                    MediaFormat f = MediaFormat::Mp4, qint64 bytes = 10 * 1024 * 1024)
{
    MediaRef m;
    m.localPath = QStringLiteral("/tmp/in.mp4");
    m.info = MediaInfo {f, bytes, w, h, seconds, fps, true};
    return m;
}

MediaRef remote(const QString &url)
{
    MediaRef m;
    m.url = url;
    return m;
}

QList<ElementRef> elements(int n, bool fromVideo = false)
{
    QList<ElementRef> list;
    for (int i = 0; i < n; ++i)
        list.append(ElementRef {QStringLiteral("el_%1").arg(i + 1), fromVideo});
    return list;
}

QList<MediaRef> images(int n)
{
    QList<MediaRef> list;
    for (int i = 0; i < n; ++i)
        list.append(localImage());
    return list;
}

QList<Shot> shots(const QList<int> &durations)
{
    QList<Shot> list;
    for (int i = 0; i < durations.size(); ++i)
        list.append(Shot {QStringLiteral("Shot number %1").arg(i + 1), durations.at(i)});
    return list;
}

GenerationRequest t2v()
{
    GenerationRequest r;
    r.prompt = QStringLiteral("A paper boat sails down a rainy street");
    return r;
}

GenerationRequest t2vMulti(const QList<int> &durations, int total)
{
    GenerationRequest r = t2v();
    r.prompt.clear();
    r.multiShot = true;
    r.shots = shots(durations);
    r.durationSeconds = total;
    return r;
}

GenerationRequest i2v()
{
    GenerationRequest r;
    r.mode = Mode::ImageToVideo;
    r.prompt = QStringLiteral("The portrait smiles");
    r.aspectRatio = std::nullopt;
    r.imageStart = localImage();
    return r;
}

GenerationRequest ref2v()
{
    GenerationRequest r;
    r.mode = Mode::ReferenceToVideo;
    r.prompt = QStringLiteral("Follow the camera of <<<video_1>>>");
    r.video = localVideo();
    return r;
}

GenerationRequest edit()
{
    GenerationRequest r = ref2v();
    r.mode = Mode::VideoEdit;
    r.prompt = QStringLiteral("Make it snow in <<<video_1>>>");
    return r;
}

GenerationRequest element()
{
    GenerationRequest r;
    r.mode = Mode::CustomElement;
    r.prompt.clear();
    r.elementName = QStringLiteral("Captain Mia");
    r.elementDescription = QStringLiteral("A woman in a navy uniform");
    r.elementFrontal = localImage(800, 1200);
    r.elementAngles = {localImage(800, 1200)};
    return r;
}

GenerationRequest elementFromVideo()
{
    GenerationRequest r = element();
    r.elementFrontal = MediaRef {};
    r.elementAngles.clear();
    r.elementVideo = localVideo();
    return r;
}

template<typename F> GenerationRequest with(GenerationRequest r, F change)
{
    change(r);
    return r;
}

constexpr int kPass = -1;
} // namespace

class TstRequestValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void callbackUrl_data();
    void callbackUrl();
    void promptLength_data();
    void promptLength();
    void checkImageStandalone();
    void checkVideoStandalone();
    void messagesNameTheValues();
    void elementNeedsFrontalAndReferenceImages();
    void fourKOnlyForTextAndImageToVideo();
    void videoEditInputLastsThreeToTenSeconds_data();
    void videoEditInputLastsThreeToTenSeconds();
    void videoEditPromptIsOptional();
    void referenceToVideoHasNoMultiShot();
    void formLimitsAreTheRulesLimits();
};

void TstRequestValidator::rules_data()
{
    QTest::addColumn<GenerationRequest>("request");
    QTest::addColumn<int>("field"); // kPass or a Field
    QTest::addColumn<QString>("fragment");

    auto pass = [](const char *name, const GenerationRequest &r) {
        QTest::newRow(name) << r << kPass << QString();
    };
    auto fail = [](const char *name, const GenerationRequest &r, Field f, const char *fragment) {
        QTest::newRow(name) << r << int(f) << QString::fromUtf8(fragment);
    };
    const QString emoji = QStringLiteral("\U0001F98A");

    // --- prompt -----------------------------------------------------------
    pass("t2v basic", t2v());
    fail("prompt empty", with(t2v(), [](auto &r) { r.prompt.clear(); }), Field::Prompt, "prompt");
    fail("prompt blank", with(t2v(), [](auto &r) { r.prompt = QStringLiteral(" \n\t "); }),
         Field::Prompt, "prompt");
    pass("prompt 2500", with(t2v(), [](auto &r) { r.prompt = QString(2500, u'a'); }));
    fail("prompt 2501", with(t2v(), [](auto &r) { r.prompt = QString(2501, u'a'); }), Field::Prompt,
         "2501");
    pass("prompt 2500 emoji", with(t2v(), [&](auto &r) { r.prompt = emoji.repeated(2500); }));
    fail("prompt 2501 emoji", with(t2v(), [&](auto &r) { r.prompt = emoji.repeated(2501); }),
         Field::Prompt, "2501");
    pass("prompt newline tab",
         with(t2v(), [](auto &r) { r.prompt = QStringLiteral("line one\n\tline two"); }));
    fail("prompt control char",
         with(t2v(), [](auto &r) { r.prompt = QStringLiteral("bell\u0007here"); }), Field::Prompt,
         "position 5");
    pass("prompt not needed with multi-shot", t2vMulti({5}, 5));
    // The edit prompt is optional (API.md §10.1 #7): see videoEditPromptIsOptional.

    // --- duration ---------------------------------------------------------
    pass("t2v 3 s", with(t2v(), [](auto &r) { r.durationSeconds = 3; }));
    pass("t2v 15 s", with(t2v(), [](auto &r) { r.durationSeconds = 15; }));
    fail("t2v 2 s", with(t2v(), [](auto &r) { r.durationSeconds = 2; }), Field::Duration, "2 s");
    fail("t2v 16 s", with(t2v(), [](auto &r) { r.durationSeconds = 16; }), Field::Duration,
         "3 to 15");
    pass("i2v 15 s", with(i2v(), [](auto &r) { r.durationSeconds = 15; }));
    fail("i2v 16 s", with(i2v(), [](auto &r) { r.durationSeconds = 16; }), Field::Duration, "16");
    pass("ref2v 10 s", with(ref2v(), [](auto &r) { r.durationSeconds = 10; }));
    pass("ref2v 3 s", with(ref2v(), [](auto &r) { r.durationSeconds = 3; }));
    fail("ref2v 11 s", with(ref2v(), [](auto &r) { r.durationSeconds = 11; }), Field::Duration,
         "3 to 10");
    pass("edit ignores duration", with(edit(), [](auto &r) { r.durationSeconds = 42; }));

    // --- quality ----------------------------------------------------------
    pass("t2v 1080p", with(t2v(), [](auto &r) { r.quality = Quality::P1080; }));
    pass("t2v 4k", with(t2v(), [](auto &r) { r.quality = Quality::P4K; }));
    pass("ref2v 1080p", with(ref2v(), [](auto &r) { r.quality = Quality::P1080; }));
    fail("ref2v 4k", with(ref2v(), [](auto &r) { r.quality = Quality::P4K; }), Field::Quality,
         "720p / 1080p");
    fail("edit 4k", with(edit(), [](auto &r) { r.quality = Quality::P4K; }), Field::Quality, "4k");

    // --- elements, T2V ----------------------------------------------------
    pass("t2v 7 elements", with(t2v(), [](auto &r) { r.elements = elements(7); }));
    fail("t2v 8 elements", with(t2v(), [](auto &r) { r.elements = elements(8); }), Field::Elements,
         "8 elements");
    fail("blank element id",
         with(t2v(),
              [](auto &r) {
                  r.elements = {ElementRef {QStringLiteral("  "), false}};
              }),
         Field::Elements, "Element 1");

    // --- I2V images -------------------------------------------------------
    pass("i2v start only", i2v());
    pass("i2v references only", with(i2v(), [](auto &r) {
             r.imageStart = MediaRef {};
             r.referenceImages = images(2);
         }));
    pass("i2v start + end", with(i2v(), [](auto &r) { r.imageEnd = localImage(); }));
    fail("i2v no image", with(i2v(), [](auto &r) { r.imageStart = MediaRef {}; }),
         Field::ImageStart, "at least one image");
    fail("i2v end without start",
         with(i2v(),
              [](auto &r) {
                  r.imageStart = MediaRef {};
                  r.imageEnd = localImage();
              }),
         Field::ImageEnd, "start frame");
    pass("i2v start + 1 reference", with(i2v(), [](auto &r) { r.referenceImages = images(1); }));
    fail("i2v end with 3 images",
         with(i2v(),
              [](auto &r) {
                  r.imageEnd = localImage();
                  r.referenceImages = images(1);
              }),
         Field::ImageEnd, "3 images");
    pass("i2v start + 3 elements", with(i2v(), [](auto &r) { r.elements = elements(3); }));
    fail("i2v start + 4 elements", with(i2v(), [](auto &r) { r.elements = elements(4); }),
         Field::Elements, "at most 3");
    pass("i2v 4 images + 3 elements", with(i2v(), [](auto &r) {
             r.imageStart = MediaRef {};
             r.referenceImages = images(4);
             r.elements = elements(3);
         }));
    fail("i2v 4 images + 4 elements",
         with(i2v(),
              [](auto &r) {
                  r.imageStart = MediaRef {};
                  r.referenceImages = images(4);
                  r.elements = elements(4);
              }),
         Field::Elements, "8 inputs");

    // --- image content ----------------------------------------------------
    pass("image 300 x 300", with(i2v(), [](auto &r) { r.imageStart = localImage(300, 300); }));
    fail("image 299 px", with(i2v(), [](auto &r) { r.imageStart = localImage(299, 400); }),
         Field::ImageStart, "299 × 400 px; both sides must be at least 300 px");
    pass("image 2.5:1", with(i2v(), [](auto &r) { r.imageStart = localImage(750, 300); }));
    fail("image wider than 2.5:1",
         with(i2v(), [](auto &r) { r.imageStart = localImage(751, 300); }), Field::ImageStart,
         "751 × 300");
    pass("image 1:2.5", with(i2v(), [](auto &r) { r.imageStart = localImage(400, 1000); }));
    fail("image taller than 1:2.5",
         with(i2v(), [](auto &r) { r.imageStart = localImage(400, 1001); }), Field::ImageStart,
         "1:2.5");
    pass("image jpeg",
         with(i2v(), [](auto &r) { r.imageStart = localImage(1024, 768, MediaFormat::Jpeg); }));
    fail("start frame webp",
         with(i2v(), [](auto &r) { r.imageStart = localImage(1024, 768, MediaFormat::Webp); }),
         Field::ImageStart, "WEBP");
    fail("start frame gif",
         with(i2v(), [](auto &r) { r.imageStart = localImage(1024, 768, MediaFormat::Gif); }),
         Field::ImageStart, "GIF");
    fail("start frame unreadable",
         with(i2v(), [](auto &r) { r.imageStart = localImage(0, 0, MediaFormat::Unknown); }),
         Field::ImageStart, "not a readable image");
    pass("image 10 MB", with(i2v(), [](auto &r) {
             r.imageStart = localImage(1024, 768, MediaFormat::Png, 10LL * 1000 * 1000);
         }));
    fail("image over 10 MB",
         with(i2v(),
              [](auto &r) {
                  r.imageStart = localImage(1024, 768, MediaFormat::Png, 10LL * 1000 * 1000 + 1);
              }),
         Field::ImageStart, "10 MB");
    fail("image size unreadable",
         with(i2v(), [](auto &r) { r.imageStart = localImage(0, 0, MediaFormat::Png); }),
         Field::ImageStart, "could not be read");
    pass("remote https image", with(i2v(), [](auto &r) {
             r.imageStart = remote(QStringLiteral("https://cdn.example.com/a.png"));
         }));
    fail("remote http image",
         with(i2v(),
              [](auto &r) {
                  r.imageStart = remote(QStringLiteral("http://cdn.example.com/a.png"));
              }),
         Field::ImageStart, "https://");
    pass("uploaded local keeps probe check", with(i2v(), [](auto &r) {
             r.imageStart.url = QStringLiteral("http://127.0.0.1:8080/files/a.png");
         }));
    fail("i2v reference image webp",
         with(i2v(),
              [](auto &r) { r.referenceImages = {localImage(1024, 768, MediaFormat::Webp)}; }),
         Field::ReferenceImages, "Reference image 1");

    // --- multi-shot -------------------------------------------------------
    pass("6 shots", t2vMulti({2, 2, 2, 2, 2, 5}, 15));
    fail("7 shots", t2vMulti({2, 2, 2, 2, 2, 2, 3}, 15), Field::Shots, "there are 7");
    fail("0 shots", t2vMulti({}, 5), Field::Shots, "there are 0");
    fail("shot prompt blank", with(t2vMulti({2, 3}, 5), [](auto &r) { r.shots[1].prompt.clear(); }),
         Field::Shots, "Shot 2");
    pass("shot prompt 512",
         with(t2vMulti({5}, 5), [](auto &r) { r.shots[0].prompt = QString(512, u'x'); }));
    fail("shot prompt 513",
         with(t2vMulti({5}, 5), [](auto &r) { r.shots[0].prompt = QString(513, u'x'); }),
         Field::Shots, "513");
    pass("shot 1 s", t2vMulti({1, 4}, 5));
    fail("shot 0 s", t2vMulti({0, 5}, 5), Field::Shots, "at least 1 s");
    fail("shots sum mismatch", t2vMulti({3, 3}, 5), Field::Shots, "6 s");
    pass("i2v multi-shot", with(i2v(), [](auto &r) {
             r.prompt.clear();
             r.multiShot = true;
             r.shots = shots({3, 2});
         }));
    fail("ref2v multi-shot",
         with(ref2v(),
              [](auto &r) {
                  r.multiShot = true;
                  r.shots = shots({5});
              }),
         Field::Shots, "not available");

    // --- Ref2V / Edit -----------------------------------------------------
    pass("ref2v basic", ref2v());
    pass("edit basic", edit());
    fail("ref2v no video", with(ref2v(), [](auto &r) { r.video = MediaRef {}; }), Field::Video,
         "reference video");
    fail("edit no video", with(edit(), [](auto &r) { r.video = MediaRef {}; }), Field::Video,
         "video to edit");
    pass("ref2v 2 images + 2 elements", with(ref2v(), [](auto &r) {
             r.referenceImages = images(2);
             r.elements = elements(2);
         }));
    fail("ref2v 3 images + 2 elements",
         with(ref2v(),
              [](auto &r) {
                  r.referenceImages = images(3);
                  r.elements = elements(2);
              }),
         Field::Elements, "5 inputs");
    fail("edit 5 images", with(edit(), [](auto &r) { r.referenceImages = images(5); }),
         Field::Elements, "at most 4");
    fail("ref2v video element", with(ref2v(), [](auto &r) { r.elements = elements(1, true); }),
         Field::Elements, "created from a video");
    pass("t2v video element allowed", with(t2v(), [](auto &r) { r.elements = elements(1, true); }));
    pass("ref2v webp reference", with(ref2v(), [](auto &r) {
             r.referenceImages = {localImage(1024, 768, MediaFormat::Webp)};
         }));
    pass("ref2v remote https video", with(ref2v(), [](auto &r) {
             r.video = remote(QStringLiteral("https://cdn.example.com/v.mp4"));
         }));
    fail("ref2v remote ftp video",
         with(ref2v(),
              [](auto &r) { r.video = remote(QStringLiteral("ftp://cdn.example.com/v.mp4")); }),
         Field::Video, "https://");

    // --- video content ----------------------------------------------------
    pass("video mov",
         with(ref2v(), [](auto &r) { r.video = localVideo(1920, 1080, 5, 30, MediaFormat::Mov); }));
    fail("video gif",
         with(ref2v(), [](auto &r) { r.video = localVideo(1920, 1080, 5, 30, MediaFormat::Gif); }),
         Field::Video, "MP4 and MOV");
    fail("video unreadable",
         with(ref2v(), [](auto &r) { r.video = localVideo(0, 0, 0, 0, MediaFormat::Unknown); }),
         Field::Video, "not a readable video");
    pass("video 3 s", with(ref2v(), [](auto &r) { r.video = localVideo(1280, 720, 3.0); }));
    fail("video 2.9 s", with(ref2v(), [](auto &r) { r.video = localVideo(1280, 720, 2.9); }),
         Field::Video, "2.9 s");
    pass("video 720 x 2160", with(ref2v(), [](auto &r) { r.video = localVideo(720, 2160); }));
    fail("video 640 x 360", with(ref2v(), [](auto &r) { r.video = localVideo(640, 360); }),
         Field::Video, "640 × 360 px; both sides must be between 720 and 2160 px");
    fail("video 3840 x 2160", with(ref2v(), [](auto &r) { r.video = localVideo(3840, 2160); }),
         Field::Video, "3840 × 2160");
    pass("video 24 fps", with(ref2v(), [](auto &r) { r.video = localVideo(1280, 720, 5, 24); }));
    pass("video 23.976 fps",
         with(ref2v(), [](auto &r) { r.video = localVideo(1280, 720, 5, 23.976); }));
    pass("video 60 fps", with(ref2v(), [](auto &r) { r.video = localVideo(1280, 720, 5, 60); }));
    fail("video 15 fps", with(ref2v(), [](auto &r) { r.video = localVideo(1280, 720, 5, 15); }),
         Field::Video, "15 frames");
    fail("video 120 fps", with(ref2v(), [](auto &r) { r.video = localVideo(1280, 720, 5, 120); }),
         Field::Video, "120 frames");
    pass("video 200 MB", with(ref2v(), [](auto &r) {
             r.video = localVideo(1280, 720, 5, 30, MediaFormat::Mp4, 200LL * 1000 * 1000);
         }));
    fail("video over 200 MB",
         with(ref2v(),
              [](auto &r) {
                  r.video = localVideo(1280, 720, 5, 30, MediaFormat::Mp4, 250LL * 1000 * 1000);
              }),
         Field::Video, "250 MB");

    // --- callback ---------------------------------------------------------
    pass("callback https", with(t2v(), [](auto &r) {
             r.callbackUrl = QStringLiteral("https://hooks.example.com/kling");
         }));
    fail("callback private",
         with(t2v(), [](auto &r) { r.callbackUrl = QStringLiteral("https://192.168.1.10/hook"); }),
         Field::CallbackUrl, "192.168.1.10");
    fail("element callback http",
         with(element(),
              [](auto &r) { r.callbackUrl = QStringLiteral("http://hooks.example.com/kling"); }),
         Field::CallbackUrl, "https://");

    // --- custom element ---------------------------------------------------
    pass("element images", element());
    pass("element 3 angles", with(element(), [](auto &r) { r.elementAngles = images(3); }));
    pass("element video", elementFromVideo());
    fail("element name empty",
         with(element(), [](auto &r) { r.elementName = QStringLiteral(" "); }), Field::ElementName,
         "name");
    pass("element name 20", with(element(), [](auto &r) { r.elementName = QString(20, u'n'); }));
    fail("element name 21", with(element(), [](auto &r) { r.elementName = QString(21, u'n'); }),
         Field::ElementName, "21");
    fail("element description empty",
         with(element(), [](auto &r) { r.elementDescription.clear(); }), Field::ElementDescription,
         "description");
    pass("element description 100",
         with(element(), [](auto &r) { r.elementDescription = QString(100, u'd'); }));
    fail("element description 101",
         with(element(), [](auto &r) { r.elementDescription = QString(101, u'd'); }),
         Field::ElementDescription, "101");
    fail("element no frontal", with(element(), [](auto &r) { r.elementFrontal = MediaRef {}; }),
         Field::ElementImages, "frontal");
    fail("element no angles", with(element(), [](auto &r) { r.elementAngles.clear(); }),
         Field::ElementImages, "1 to 3 reference images");
    fail("element 4 angles", with(element(), [](auto &r) { r.elementAngles = images(4); }),
         Field::ElementImages, "There are 4");
    fail("element nothing",
         with(element(),
              [](auto &r) {
                  r.elementFrontal = MediaRef {};
                  r.elementAngles.clear();
              }),
         Field::ElementImages, "or a video");
    fail("element small frontal",
         with(element(), [](auto &r) { r.elementFrontal = localImage(200, 300); }),
         Field::ElementImages, "200 × 300");
    fail("element bad video",
         with(elementFromVideo(), [](auto &r) { r.elementVideo = localVideo(640, 360); }),
         Field::ElementVideo, "640 × 360");
    // API.md §10.1 #3: at most 8 s, 720 to 2160 px wide (the height is not limited).
    pass("element video 8.0 s",
         with(elementFromVideo(), [](auto &r) { r.elementVideo = localVideo(1280, 720, 8.0); }));
    fail("element video 8.1 s",
         with(elementFromVideo(), [](auto &r) { r.elementVideo = localVideo(1280, 720, 8.1); }),
         Field::ElementVideo, "lasts 8.1 s; a video for an element must last at most 8 s");
    fail("element video 8.004 s",
         with(elementFromVideo(), [](auto &r) { r.elementVideo = localVideo(1280, 720, 8.004); }),
         Field::ElementVideo, "lasts 8.004 s");
    fail("element video width 719",
         with(elementFromVideo(), [](auto &r) { r.elementVideo = localVideo(719, 1280); }),
         Field::ElementVideo, "719 × 1280 px; a video for an element must be 720 to 2160 px wide");
    pass("element video width 720",
         with(elementFromVideo(), [](auto &r) { r.elementVideo = localVideo(720, 1280); }));
    pass("element video width 2160",
         with(elementFromVideo(), [](auto &r) { r.elementVideo = localVideo(2160, 3840); }));
    fail("element video width 2161",
         with(elementFromVideo(), [](auto &r) { r.elementVideo = localVideo(2161, 1216); }),
         Field::ElementVideo, "2161 × 1216 px; a video for an element must be 720 to 2160 px wide");
    // The product page limits an element's video to 100 MB (§10.1 #3), inputs to 200 MB.
    pass("element video 100 MB", with(elementFromVideo(), [](auto &r) {
             r.elementVideo = localVideo(1280, 720, 5, 30, MediaFormat::Mp4, 100'000'000);
         }));
    fail("element video 100 MB + 1 byte",
         with(elementFromVideo(),
              [](auto &r) {
                  r.elementVideo = localVideo(1280, 720, 5, 30, MediaFormat::Mp4, 100'000'001);
              }),
         Field::ElementVideo, "the limit is 100 MB");
    pass("video input 150 MB", with(ref2v(), [](auto &r) {
             r.video = localVideo(1280, 720, 5, 30, MediaFormat::Mp4, 150'000'000);
         }));
    // API.md §10.1 #4: an optional voice, for a video-made element only.
    pass("element video voice", with(elementFromVideo(), [](auto &r) {
             r.elementVoiceId = QStringLiteral("829824295735410756");
         }));
    fail("element images voice",
         with(element(), [](auto &r) { r.elementVoiceId = QStringLiteral("829824295735410756"); }),
         Field::ElementVoice, "only be given to an element made from a video");
    fail("element voice with space",
         with(elementFromVideo(),
              [](auto &r) { r.elementVoiceId = QStringLiteral("8298 24295735410756"); }),
         Field::ElementVoice, "contains spaces");
    pass("video input 9 s still fine",
         with(ref2v(), [](auto &r) { r.video = localVideo(1280, 720, 9); }));
    pass("element ignores prompt and duration", with(element(), [](auto &r) {
             r.prompt.clear();
             r.durationSeconds = 99;
             r.quality = Quality::P4K;
         }));
}

void TstRequestValidator::rules()
{
    QFETCH(GenerationRequest, request);
    QFETCH(int, field);
    QFETCH(QString, fragment);

    const QList<ValidationIssue> issues = RequestValidator::validate(request);
    QStringList text;
    for (const ValidationIssue &i : issues)
        text << QStringLiteral("[%1] %2").arg(int(i.field)).arg(i.message);
    const QByteArray all = text.join(u'\n').toUtf8();
    if (field == kPass) {
        QVERIFY2(issues.isEmpty(), all.constData());
        return;
    }
    QVERIFY2(issues.size() == 1, all.constData());
    QCOMPARE(int(issues.first().field), field);
    QVERIFY2(issues.first().message.contains(fragment), all.constData());
}

void TstRequestValidator::callbackUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    auto row = [](const char *url, bool ok) {
        QTest::newRow(url) << QString::fromLatin1(url) << ok;
    };
    row("https://hooks.example.com/kling?x=1", true);
    row("https://8.8.8.8/hook", true);
    row("https://172.32.0.1/hook", true);
    row("https://172.15.255.255/hook", true);
    row("https://100.128.0.1/hook", true);
    row("https://[2606:4700:4700::1111]/hook", true);
    row("https://hooks.example.com:8443/kling", true);
    row("http://hooks.example.com/kling", false);
    row("ftp://hooks.example.com/kling", false);
    row("hooks.example.com/kling", false);
    row("https://", false);
    row("https://localhost/hook", false);
    row("https://LOCALHOST./hook", false);
    row("https://app.localhost/hook", false);
    row("https://127.0.0.1/hook", false);
    row("https://127.1/hook", false);
    row("https://2130706433/hook", false);
    row("https://10.1.2.3/hook", false);
    row("https://172.16.0.1/hook", false);
    row("https://172.31.255.255/hook", false);
    row("https://192.168.0.1/hook", false);
    row("https://169.254.169.254/latest", false);
    row("https://0.0.0.0/hook", false);
    row("https://100.64.0.1/hook", false);
    row("https://100.127.255.255/hook", false);
    row("https://[::1]/hook", false);
    row("https://[::]/hook", false);
    row("https://[fe80::1]/hook", false);
    row("https://[febf::1]/hook", false);
    row("https://[fc00::1]/hook", false);
    row("https://[fd12:3456::1]/hook", false);
    row("https://[::ffff:192.168.0.1]/hook", false);
    row("https://[::ffff:7f00:1]/hook", false);
    row("https://[::ffff:8.8.8.8]/hook", true);
    QTest::newRow("2048 chars") << QStringLiteral("https://hooks.example.com/")
            + QString(2048 - 26, u'a')
                                << true;
    QTest::newRow("2049 chars") << QStringLiteral("https://hooks.example.com/")
            + QString(2049 - 26, u'a')
                                << false;
}

void TstRequestValidator::callbackUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    const auto issue = RequestValidator::checkCallbackUrl(url);
    QVERIFY2(issue.has_value() != ok, qPrintable(issue.value_or(QStringLiteral("accepted"))));
    if (issue)
        QVERIFY(!issue->isEmpty());
}

void TstRequestValidator::promptLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::newRow("ascii") << QStringLiteral("hello") << 5;
    QTest::newRow("cjk") << QStringLiteral("你好世界") << 4;
    QTest::newRow("emoji") << QStringLiteral("a\U0001F98Ab") << 3;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << 1;
}

void TstRequestValidator::promptLength()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QCOMPARE(RequestValidator::promptLength(text), length);
}

void TstRequestValidator::checkImageStandalone()
{
    MediaInfo good {MediaFormat::Jpeg, 1000, 1920, 1080, 0, 0, true};
    QVERIFY(RequestValidator::checkImage(good).isEmpty());
    MediaInfo webp = good;
    webp.format = MediaFormat::Webp;
    QCOMPARE(RequestValidator::checkImage(webp).size(), 1);
    QVERIFY(RequestValidator::checkImage(webp, true).isEmpty());
    // The example of the brief: two limits broken, two messages.
    MediaInfo bad {MediaFormat::Png, 1000, 240, 1200, 0, 0, true};
    const auto issues = RequestValidator::checkImage(bad);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0),
             QStringLiteral("The image is 240 × 1200 px; both sides must be at least 300 px."));
    QVERIFY(issues.at(1).contains(QStringLiteral("between 1:2.5 and 2.5:1")));

    // Damage found by decoding, and a header claiming a decompression bomb.
    MediaInfo cut = good;
    cut.defect = MediaDefect::Undecodable;
    cut.defectDetail = QStringLiteral("Unable to read image data");
    const auto cutIssues = RequestValidator::checkImage(cut);
    QCOMPARE(cutIssues.size(), 1);
    QVERIFY2(cutIssues.first().contains(QStringLiteral("damaged")), qPrintable(cutIssues.first()));
    MediaInfo huge {MediaFormat::Png, 1000, 30000, 30000, 0, 0, true};
    const auto hugeIssues = RequestValidator::checkImage(huge);
    QCOMPARE(hugeIssues.size(), 1);
    QVERIFY2(hugeIssues.first().contains(QStringLiteral("900.0 megapixels")),
             qPrintable(hugeIssues.first()));
}

void TstRequestValidator::checkVideoStandalone()
{
    QVERIFY(RequestValidator::checkVideo(localVideo().info).isEmpty());
    // A file probed here must show its length, size and frame rate (issue 15 item 14: an
    // MP4 without them was billed as "5 s assumed"); facts a stored request never had
    // (not probed here) are left to the server.
    const auto unread =
        RequestValidator::checkVideo(MediaInfo {MediaFormat::Mov, 1000, 0, 0, 0, 0, true});
    QCOMPARE(unread.size(), 1);
    QVERIFY2(unread.first().contains(QStringLiteral("could not be read")),
             qPrintable(unread.first()));
    QVERIFY(RequestValidator::checkVideo(MediaInfo {MediaFormat::Mov, 1000, 0, 0, 0, 0, false})
                .isEmpty());
    MediaInfo noMoov {MediaFormat::Mp4, 1000, 0, 0, 0, 0, true};
    noMoov.defect = MediaDefect::NoMovieHeader;
    const auto moovIssues = RequestValidator::checkVideo(noMoov);
    QCOMPARE(moovIssues.size(), 1);
    QVERIFY2(moovIssues.first().contains(QStringLiteral("moov")), qPrintable(moovIssues.first()));
    const auto many = RequestValidator::checkVideo(localVideo(640, 360, 2, 12).info);
    QCOMPARE(many.size(), 3);

    // A drop zone or the CLI checks an element's video by the element's own
    // limits (§10.1 #3): a portrait 2160 × 3840 clip is fine for an element
    // (the width counts), not as a video input; 9 s is the other way round.
    using Use = RequestValidator::VideoUse;
    const MediaInfo portrait = localVideo(2160, 3840).info;
    QVERIFY(RequestValidator::checkVideo(portrait, Use::Element).isEmpty());
    QCOMPARE(RequestValidator::checkVideo(portrait).size(), 1);
    const MediaInfo nineSeconds = localVideo(1280, 720, 9).info;
    QVERIFY(RequestValidator::checkVideo(nineSeconds).isEmpty());
    QCOMPARE(RequestValidator::checkVideo(nineSeconds, Use::Element).size(), 1);
}

void TstRequestValidator::messagesNameTheValues()
{
    GenerationRequest r = i2v();
    r.imageStart = localImage(240, 1200);
    const auto issues = RequestValidator::validate(r);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).field, Field::ImageStart);
    QCOMPARE(issues.at(0).message,
             QStringLiteral("The start frame is 240 × 1200 px; both sides must be at least 300 "
                            "px."));
}

// API.md §10.1 #2: frontal_image and 1 to 3 refer_images are both required;
// each missing part is named on its own, in words the form uses.
void TstRequestValidator::elementNeedsFrontalAndReferenceImages()
{
    GenerationRequest frontalOnly = element();
    frontalOnly.elementAngles.clear();
    QList<ValidationIssue> issues = RequestValidator::validate(frontalOnly);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::ElementImages);
    QCOMPARE(issues.first().message,
             QStringLiteral("Add 1 to 3 reference images of the subject from other angles: "
                            "EvoLink needs them as well as the frontal image."));

    GenerationRequest anglesOnly = element();
    anglesOnly.elementFrontal = MediaRef {};
    issues = RequestValidator::validate(anglesOnly);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::ElementImages);
    QCOMPARE(issues.first().message,
             QStringLiteral("Add a frontal image of the subject: EvoLink needs it as well as "
                            "the 1 to 3 reference images from other angles."));

    QVERIFY(RequestValidator::validate(element()).isEmpty());
}

// The form sizes its lists and counters from these (GenerationForm and its
// sections repeat no number): each is exactly where the rules start refusing.
void TstRequestValidator::formLimitsAreTheRulesLimits()
{
    auto fieldsOf = [](const GenerationRequest &r) {
        QList<Field> fields;
        for (const ValidationIssue &issue : RequestValidator::validate(r))
            fields << issue.field;
        return fields;
    };
    QCOMPARE(RequestValidator::maxReferenceImages(Mode::TextToVideo), 0);
    QCOMPARE(RequestValidator::maxReferenceImages(Mode::CustomElement), 0);
    GenerationRequest i2vRefs = i2v();
    i2vRefs.imageStart = MediaRef {};
    for (GenerationRequest r : {i2vRefs, ref2v(), edit()}) {
        const int max = RequestValidator::maxReferenceImages(r.mode);
        QVERIFY2(max > 0, qPrintable(ModeInfo::cliName(r.mode)));
        r.referenceImages = images(max);
        QVERIFY2(!fieldsOf(r).contains(Field::Elements), qPrintable(ModeInfo::cliName(r.mode)));
        r.referenceImages = images(max + 1);
        QVERIFY2(fieldsOf(r).contains(Field::Elements), qPrintable(ModeInfo::cliName(r.mode)));
    }

    GenerationRequest r = element();
    r.elementName = QString(RequestValidator::kMaxElementName, u'a');
    QVERIFY(!fieldsOf(r).contains(Field::ElementName));
    r.elementName += u'a';
    QVERIFY(fieldsOf(r).contains(Field::ElementName));

    r = element();
    r.elementDescription = QString(RequestValidator::kMaxElementDescription, u'a');
    QVERIFY(!fieldsOf(r).contains(Field::ElementDescription));
    r.elementDescription += u'a';
    QVERIFY(fieldsOf(r).contains(Field::ElementDescription));

    r = element();
    r.elementAngles = images(RequestValidator::kMaxElementAngles);
    QVERIFY(!fieldsOf(r).contains(Field::ElementImages));
    r.elementAngles = images(RequestValidator::kMaxElementAngles + 1);
    QVERIFY(fieldsOf(r).contains(Field::ElementImages));
}

QTEST_GUILESS_MAIN(TstRequestValidator)

// API.md §10.1 #5: 4k is offered for text-to-video and image-to-video only.
void TstRequestValidator::fourKOnlyForTextAndImageToVideo()
{
    for (const GenerationRequest &base : {t2v(), i2v()}) {
        const auto r = with(base, [](auto &x) { x.quality = Quality::P4K; });
        QVERIFY2(RequestValidator::validate(r).isEmpty(),
                 qPrintable(ModeInfo::displayName(r.mode)));
        QVERIFY(ModeInfo::qualities(r.mode).contains(Quality::P4K));
    }
    for (const GenerationRequest &base : {ref2v(), edit()}) {
        const auto r = with(base, [](auto &x) { x.quality = Quality::P4K; });
        const auto issues = RequestValidator::validate(r);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, Field::Quality);
        QVERIFY2(issues.first().message.contains(QStringLiteral("720p / 1080p")),
                 qPrintable(issues.first().message));
        QVERIFY(!ModeInfo::qualities(r.mode).contains(Quality::P4K));
    }
}

// API.md §10.1 #8: the video to edit lasts 3 to 10 s, checked before upload.
void TstRequestValidator::videoEditInputLastsThreeToTenSeconds_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("fragment"); // empty: accepted
    QTest::newRow("2.9 s") << 2.9 << QStringLiteral("2.9 s");
    QTest::newRow("3.0 s") << 3.0 << QString();
    QTest::newRow("10.0 s") << 10.0 << QString();
    QTest::newRow("10.0004 s (rounds to 10.000)") << 10.0004 << QString();
    QTest::newRow("10.1 s") << 10.1 << QStringLiteral("lasts 10.1 s");
    QTest::newRow("12.345 s") << 12.345 << QStringLiteral("lasts 12.345 s");
}

void TstRequestValidator::videoEditInputLastsThreeToTenSeconds()
{
    QFETCH(double, seconds);
    QFETCH(QString, fragment);
    const auto r = with(edit(), [seconds](auto &x) { x.video = localVideo(1280, 720, seconds); });
    const auto issues = RequestValidator::validate(r);
    if (fragment.isEmpty()) {
        QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().message));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::Video);
    QVERIFY2(issues.first().message.contains(fragment), qPrintable(issues.first().message));
    if (seconds > 10)
        QVERIFY2(issues.first().message.contains(QStringLiteral("3 to 10 s")),
                 qPrintable(issues.first().message));
    // Reference-to-video's input has no such ceiling (its output is 3 to 10 s).
    if (seconds > 10) {
        const auto ref =
            with(ref2v(), [seconds](auto &x) { x.video = localVideo(1280, 720, seconds); });
        QVERIFY(RequestValidator::validate(ref).isEmpty());
    }
}

// API.md §10.1 #7: video edit needs no prompt; the other modes still do.
void TstRequestValidator::videoEditPromptIsOptional()
{
    QVERIFY(RequestValidator::validate(with(edit(), [](auto &r) { r.prompt.clear(); })).isEmpty());
    QVERIFY(RequestValidator::validate(with(edit(), [](auto &r) {
                r.prompt = QStringLiteral("  \n ");
            })).isEmpty());
    for (const GenerationRequest &base : {t2v(), i2v(), ref2v()}) {
        const auto issues =
            RequestValidator::validate(with(base, [](auto &r) { r.prompt.clear(); }));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, Field::Prompt);
    }
    // Still limited in length when given.
    const auto longPrompt =
        RequestValidator::validate(with(edit(), [](auto &r) { r.prompt = QString(2501, u'a'); }));
    QCOMPARE(longPrompt.size(), 1);
    QCOMPARE(longPrompt.first().field, Field::Prompt);
}

// API.md §10.1 #6: reference-to-video (and video edit) has no multi-shot;
// reference-to-video keeps its 3 to 10 s output.
void TstRequestValidator::referenceToVideoHasNoMultiShot()
{
    QVERIFY(!ModeInfo::supportsMultiShot(Mode::ReferenceToVideo));
    QVERIFY(!ModeInfo::supportsMultiShot(Mode::VideoEdit));
    for (const GenerationRequest &base : {ref2v(), edit()}) {
        const auto issues = RequestValidator::validate(with(base, [](auto &r) {
            r.multiShot = true;
            r.shots = shots({5});
        }));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, Field::Shots);
    }
    const auto range = ModeInfo::durationRange(Mode::ReferenceToVideo);
    QVERIFY(range);
    QCOMPARE(range->min, 3);
    QCOMPARE(range->max, 10);
}

#include "tst_requestvalidator.moc"

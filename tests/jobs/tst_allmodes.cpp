// Every Kling O3 mode and input end to end through JobManager against the
// simulator (which checks each create on its own rule table): local images and
// a local MP4 uploaded, the exact fields of each create, the element library
// round trip, a refused video upload, and stale inputs re-uploaded on resubmit.

#include "JobWorld.h"
#include "core/ImageProbe.h"
#include "core/PromptReferences.h"
#include "core/RequestValidator.h"
#include "jobs/ElementLibrary.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "sim/Simulator.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ks;
using namespace ks::test;

namespace {

constexpr int kWaitMs = 15000;
const QString kCreatePath = QStringLiteral("/v1/videos/generations");
const QString kUploadPath = QStringLiteral("/api/v1/files/upload");

QString clipPath()
{
    return QStringLiteral(KS_JOBS_DATA_DIR "/clip-1280x720-24fps-3s.mp4");
}

QStringList messages(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues)
        out << i.message;
    return out;
}

} // namespace

class TestAllModes : public QObject
{
    Q_OBJECT

private:
    JobWorldFixture m_fixture;

    JobWorld &world() { return *m_fixture.world; }
    JobManager &jobs() { return *m_fixture.world->manager; }
    QString baseUrl() const { return m_fixture.world->sim->baseUrl().toString(); }

    // A real PNG written with QImage and probed like the form does.
    MediaRef png(const QString &name, int width, int height, QColor color)
    {
        const QString path = m_fixture.dir->filePath(name);
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(color);
        image.setPixelColor(0, 0, Qt::white); // not a flat file, like a photo
        if (!image.save(path, "PNG"))
            return {};
        MediaRef ref;
        ref.localPath = path;
        ref.info = ImageProbe::probeFile(path);
        return ref;
    }

    MediaRef clip()
    {
        MediaRef ref;
        ref.localPath = clipPath();
        ref.info = ImageProbe::probeFile(ref.localPath);
        return ref;
    }

    Job waitFinished(const QString &id) { return m_fixture.world->waitFinished(id, kWaitMs / 10); }

    // Submits a request the app's validator lets through and that must complete:
    // if the simulator (the contract) refuses it, the job fails and so does the test.
    Job runToDone(const GenerationRequest &r)
    {
        const QList<ValidationIssue> issues = RequestValidator::validate(r);
        if (!issues.isEmpty()) {
            qWarning().noquote() << messages(issues).join(u'\n');
            return {};
        }
        const Job job = waitFinished(jobs().submit(r));
        if (job.state != JobState::Done)
            qWarning().noquote() << "job ended" << jobStateName(job.state) << job.error.code
                                 << job.error.message;
        return job;
    }

    QJsonObject lastCreate() const
    {
        return QJsonDocument::fromJson(m_fixture.world->sim->lastRequestBody(kCreatePath)).object();
    }

    bool isSimFile(const QJsonValue &v) const
    {
        return v.toString().startsWith(baseUrl() + QStringLiteral("/files/"));
    }

private slots:
    void init()
    {
        JobWorldOptions options;
        options.withElementLibrary = true;
        const QString notReady = m_fixture.setUp(options);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    }

    void cleanup() { m_fixture.tearDown(); }

    void committedClipIsAValidInput()
    {
        const MediaRef c = clip();
        QCOMPARE(c.info.format, MediaFormat::Mp4);
        QCOMPARE(c.info.width, 1280);
        QCOMPARE(c.info.height, 720);
        QVERIFY(c.info.durationSeconds >= 3.0);
        QVERIFY(QFileInfo(clipPath()).size() < 300 * 1024);
        QCOMPARE(RequestValidator::checkVideo(c.info), QList<QString>());
    }

    void textToVideoMultiShot()
    {
        GenerationRequest r;
        r.mode = Mode::TextToVideo;
        r.prompt = QStringLiteral("ignored with multi-shot");
        r.multiShot = true;
        r.shots = {{QStringLiteral("A kettle starts to steam"), 3},
                   {QStringLiteral("Tea is poured into a cup"), 4}};
        r.durationSeconds = 7;
        r.aspectRatio = AspectRatio::Square1x1;
        r.quality = Quality::P1080;
        r.sound = true;
        r.watermark = false;
        r.callbackUrl = QStringLiteral("https://hooks.example.com/kling");
        const Job job = runToDone(r);
        QCOMPARE(job.state, JobState::Done);
        QVERIFY(QFile::exists(job.videoPath));

        const QJsonObject b = lastCreate();
        QCOMPARE(b.value(u"model").toString(), QStringLiteral("kling-o3-text-to-video"));
        QVERIFY(!b.contains(u"prompt")); // the API ignores it with multi-shot
        QCOMPARE(b.value(u"duration").toInt(), 7);
        QCOMPARE(b.value(u"aspect_ratio").toString(), QStringLiteral("1:1"));
        QCOMPARE(b.value(u"quality").toString(), QStringLiteral("1080p"));
        QCOMPARE(b.value(u"sound").toString(), QStringLiteral("on"));
        QCOMPARE(b.value(u"callback_url").toString(),
                 QStringLiteral("https://hooks.example.com/kling"));
        const QJsonObject mp = b.value(u"model_params").toObject();
        QCOMPARE(mp.value(u"multi_shot").toBool(), true);
        QCOMPARE(mp.value(u"shot_type").toString(), QStringLiteral("customize"));
        QCOMPARE(mp.value(u"watermark_info").toObject().value(u"enabled"), QJsonValue(false));
        const QJsonArray shots = mp.value(u"multi_prompt").toArray();
        QCOMPARE(shots.size(), 2);
        QCOMPARE(
            shots.at(1).toObject(),
            QJsonObject({{QStringLiteral("index"), 2},
                         {QStringLiteral("prompt"), QStringLiteral("Tea is poured into a cup")},
                         {QStringLiteral("duration"), QStringLiteral("4")}}));
        QCOMPARE(world().sim->requestCount(kUploadPath), 0);
    }

    void imageToVideoFirstAndLastFrame()
    {
        GenerationRequest r;
        r.mode = Mode::ImageToVideo;
        r.prompt = QStringLiteral("The light moves from morning to evening");
        r.aspectRatio.reset();
        r.imageStart = png(QStringLiteral("start.png"), 960, 540, QColor(20, 60, 140));
        r.imageEnd = png(QStringLiteral("end.png"), 960, 540, QColor(200, 90, 30));
        QCOMPARE(r.imageStart.info.format, MediaFormat::Png);
        const Job job = runToDone(r);
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(world().sim->requestCount(kUploadPath), 2);
        const QJsonObject b = lastCreate();
        QCOMPARE(b.value(u"model").toString(), QStringLiteral("kling-o3-image-to-video"));
        QCOMPARE(b.value(u"image_start").toString(), job.request.imageStart.url);
        QCOMPARE(b.value(u"image_end").toString(), job.request.imageEnd.url);
        QVERIFY(isSimFile(b.value(u"image_start")));
        QVERIFY(isSimFile(b.value(u"image_end")));
        QVERIFY(b.value(u"image_start") != b.value(u"image_end"));
        QVERIFY(!b.contains(u"aspect_ratio")); // follows the first frame
        QVERIFY(!b.contains(u"image_urls"));
    }

    void referenceToVideoWithLocalVideoAndImages()
    {
        GenerationRequest r;
        r.mode = Mode::ReferenceToVideo;
        r.prompt =
            QStringLiteral("<<<video_1>>> with the palette of <<<image_1>>> and <<<image_2>>>");
        r.durationSeconds = 7;
        r.aspectRatio = AspectRatio::Tall9x16;
        r.keepOriginalSound = false;
        r.referenceImages = {png(QStringLiteral("ref1.png"), 600, 600, Qt::darkCyan),
                             png(QStringLiteral("ref2.png"), 800, 600, Qt::darkMagenta)};
        r.video = clip();
        QVERIFY(PromptReferences::warnings(r).isEmpty());
        const Job job = runToDone(r);
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(job.estimateUc, qint64(567000)); // 7 s x 8.1 credits
        QCOMPARE(world().sim->requestCount(kUploadPath), 3); // two images and the video

        const QJsonObject b = lastCreate();
        QCOMPARE(b.value(u"model").toString(), QStringLiteral("kling-o3-reference-to-video"));
        QCOMPARE(b.value(u"prompt").toString(), r.prompt);
        QCOMPARE(b.value(u"video_url").toString(), job.request.video.url);
        QVERIFY(isSimFile(b.value(u"video_url")));
        QVERIFY(b.value(u"video_url").toString().endsWith(QStringLiteral(".mp4")));
        QCOMPARE(b.value(u"keep_original_sound"), QJsonValue(false));
        const QJsonArray images = b.value(u"image_urls").toArray();
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.at(0).toString(), job.request.referenceImages.at(0).url); // <<<image_1>>>
        QCOMPARE(images.at(1).toString(), job.request.referenceImages.at(1).url);
        QCOMPARE(b.value(u"duration").toInt(), 7);
        QCOMPARE(b.value(u"aspect_ratio").toString(), QStringLiteral("9:16"));
        QVERIFY(!b.contains(u"sound")); // forced off with a video input
        QVERIFY(job.request.video.uploadedAt.isValid());
    }

    void videoEditWithLocalVideo()
    {
        GenerationRequest r;
        r.mode = Mode::VideoEdit;
        r.prompt = QStringLiteral("Turn <<<video_1>>> into a snowy night");
        r.aspectRatio.reset();
        r.quality = Quality::P720;
        r.video = clip();
        r.watermark = true;
        const Job job = runToDone(r);
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(job.estimateUc, qint64(324000)); // 3.5 s rounded up to 4 s x 8.1 credits
        QCOMPARE(world().sim->requestCount(kUploadPath), 1);
        const QJsonObject b = lastCreate();
        QCOMPARE(b.value(u"model").toString(), QStringLiteral("kling-o3-video-edit"));
        QVERIFY(isSimFile(b.value(u"video_url")));
        QCOMPARE(b.value(u"keep_original_sound"), QJsonValue(true));
        QCOMPARE(b.value(u"quality").toString(), QStringLiteral("720p"));
        QCOMPARE(b.value(u"model_params").toObject().value(u"watermark_info").toObject(),
                 QJsonObject({{QStringLiteral("enabled"), true}}));
        for (const char *absent : {"duration", "aspect_ratio", "sound", "image_urls"})
            QVERIFY2(!b.contains(QLatin1String(absent)), absent);
        QVERIFY(QFile::exists(job.videoPath));
    }

    void elementLibraryRoundTrip()
    {
        QSignalSpy changed(world().library.get(), &ElementLibrary::changed);
        GenerationRequest e;
        e.mode = Mode::CustomElement;
        e.aspectRatio.reset();
        e.elementName = QStringLiteral("Mia");
        e.elementDescription = QStringLiteral("A woman with short red hair and a green coat");
        e.elementFrontal = png(QStringLiteral("mia-front.png"), 512, 640, QColor(180, 120, 100));
        e.elementAngles = {png(QStringLiteral("mia-left.png"), 512, 640, QColor(170, 110, 90))};
        const Job made = runToDone(e);
        QCOMPARE(made.state, JobState::Done);
        QVERIFY(!made.elementId.isEmpty());
        QCOMPARE(changed.count(), 1);
        const QJsonObject createBody = lastCreate();
        QCOMPARE(createBody.value(u"model").toString(), QStringLiteral("kling-custom-element"));
        QCOMPARE(createBody.value(u"model_params").toObject().value(u"reference_type").toString(),
                 QStringLiteral("image_refer"));

        // The library has it, with a thumbnail copied from the frontal image.
        const auto stored = world().library->find(made.elementId);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Mia"));
        QCOMPARE(stored->description, e.elementDescription);
        QCOMPARE(stored->madeFromVideo, false);
        QCOMPARE(stored->jobId, made.id);
        QCOMPARE(stored->demo, false);
        QCOMPARE(QFileInfo(stored->thumbnailPath).absolutePath(),
                 QDir(m_fixture.dir->filePath(QStringLiteral("data/elements"))).absolutePath());
        QFile thumb(stored->thumbnailPath);
        QFile front(e.elementFrontal.localPath);
        QVERIFY(thumb.open(QIODevice::ReadOnly) && front.open(QIODevice::ReadOnly));
        QCOMPARE(thumb.readAll(), front.readAll());
        // ...and on disk, for the next start or the CLI.
        QCOMPARE(ElementLibrary(world().library->filePath()).find(made.elementId)->name,
                 QStringLiteral("Mia"));

        // Use it by id in a text-to-video job.
        GenerationRequest t;
        t.mode = Mode::TextToVideo;
        t.prompt = QStringLiteral("<<<element_1>>> walks through a market at dusk");
        t.elements = {{stored->elementId, stored->madeFromVideo}};
        QVERIFY(PromptReferences::warnings(t).isEmpty());
        const Job job = runToDone(t);
        QCOMPARE(job.state, JobState::Done);
        const QJsonObject b = lastCreate();
        QCOMPARE(b.value(u"model_params").toObject().value(u"element_list").toArray(),
                 QJsonArray({QJsonObject({{QStringLiteral("element_id"), made.elementId}})}));
    }

    void elementFromVideoIsMarkedAndKeptFromVideoModes()
    {
        GenerationRequest e;
        e.mode = Mode::CustomElement;
        e.aspectRatio.reset();
        e.elementName = QStringLiteral("Dancer");
        e.elementDescription = QStringLiteral("A dancer in a yellow dress");
        e.elementVideo = clip();
        e.elementVoiceId = QStringLiteral("829824295735410756"); // API.md §10.1 #4
        const Job made = runToDone(e);
        QCOMPARE(made.state, JobState::Done);
        QCOMPARE(lastCreate().value(u"model_params").toObject().value(u"reference_type").toString(),
                 QStringLiteral("video_refer"));
        // API.md §10.1 #1: exactly one video, inside refer_videos.
        const QJsonObject videoList =
            lastCreate().value(u"model_params").toObject().value(u"element_video_list").toObject();
        QCOMPARE(videoList.keys(), QStringList {QStringLiteral("refer_videos")});
        const QJsonArray referVideos = videoList.value(u"refer_videos").toArray();
        QCOMPARE(referVideos.size(), 1);
        QVERIFY(isSimFile(referVideos.first().toObject().value(u"video_url")));
        const auto stored = world().library->find(made.elementId);
        QVERIFY(stored);
        QCOMPARE(stored->madeFromVideo, true);
        QVERIFY(stored->thumbnailPath.isEmpty()); // no frame grab without QtMultimedia
        // The voice reached the create body and is kept in the library on disk.
        QCOMPARE(lastCreate().value(u"model_params").toObject().value(u"element_voice_id"),
                 QJsonValue(QStringLiteral("829824295735410756")));
        QCOMPARE(ElementLibrary(world().library->filePath()).find(made.elementId)->voiceId,
                 QStringLiteral("829824295735410756"));

        // The library's flag makes the validator refuse it with a video input.
        GenerationRequest r;
        r.mode = Mode::ReferenceToVideo;
        r.prompt = QStringLiteral("<<<element_1>>> dances in <<<video_1>>>");
        r.video = clip();
        r.elements = {{stored->elementId, stored->madeFromVideo}};
        const QList<ValidationIssue> issues = RequestValidator::validate(r);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, Field::Elements);
        // ...but it is fine without a video.
        GenerationRequest t;
        t.mode = Mode::TextToVideo;
        t.prompt = QStringLiteral("<<<element_1>>> dances on a roof");
        t.elements = r.elements;
        QCOMPARE(runToDone(t).state, JobState::Done);
    }

    void refusedVideoUploadAsksForAUrl()
    {
        world().sim->setRefuseVideoUploads(true);
        GenerationRequest r;
        r.mode = Mode::VideoEdit;
        r.prompt = QStringLiteral("Make it rain");
        r.aspectRatio.reset();
        r.video = clip();
        const Job job = waitFinished(jobs().submit(r));
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.error.code, QStringLiteral("video_upload_refused"));
        QCOMPARE(job.error.httpStatus, 415);
        QVERIFY2(job.error.message.contains(QDir::toNativeSeparators(clipPath())),
                 qPrintable(job.error.message));
        QVERIFY2(job.error.message.contains(QStringLiteral("Unsupported file type")),
                 qPrintable(job.error.message));
        QCOMPARE(ErrorCatalog::userMessage(job.error),
                 QStringLiteral("EvoLink's file service did not accept the video. EvoLink "
                                "documents uploads for images only (JPEG, PNG, GIF, WebP), so a "
                                "local video may be refused. Put the video online at a public "
                                "https:// link that downloads the file directly, and use that "
                                "link instead of the local file."));
        QCOMPARE(ErrorCatalog::action(job.error), ErrorAction::ChangeInput);
        QVERIFY(!ErrorCatalog::isTransient(job.error));
        // Refused once: not retried, and nothing was created (nothing billed).
        QCOMPARE(world().sim->requestCount(kUploadPath), 1);
        QCOMPARE(world().sim->requestCount(kCreatePath), 0);

        // Images still upload while videos are refused.
        GenerationRequest i;
        i.mode = Mode::ImageToVideo;
        i.prompt = QStringLiteral("Waves roll in");
        i.aspectRatio.reset();
        i.imageStart = png(QStringLiteral("sea.png"), 800, 450, Qt::blue);
        QCOMPARE(runToDone(i).state, JobState::Done);

        // The same job with a public https link instead goes through (the simulator
        // takes an external https URL as fetchable).
        world().sim->setRefuseVideoUploads(false);
        r.video = MediaRef();
        r.video.url = QStringLiteral("https://cdn.example.com/clips/rain.mp4");
        QCOMPARE(runToDone(r).state, JobState::Done);
        QCOMPARE(lastCreate().value(u"video_url").toString(), r.video.url);
    }

    void resubmitReuploadsStaleVideo()
    {
        Job old;
        old.id = QStringLiteral("0ld0b000-0000-4000-8000-00000000000e");
        old.createdAt = QDateTime::currentDateTimeUtc().addDays(-4);
        old.updatedAt = old.createdAt;
        old.state = JobState::Failed;
        old.idempotencyKey = QStringLiteral("old-edit-key");
        old.request.mode = Mode::VideoEdit;
        old.request.prompt = QStringLiteral("Add falling leaves");
        old.request.aspectRatio.reset();
        old.request.video = clip();
        old.request.video.url = QStringLiteral("https://files.example.invalid/old.mp4");
        old.request.video.uploadedAt = QDateTime::currentDateTimeUtc().addSecs(-80 * 3600);
        QVERIFY(world().store.insert(old));

        const Job job = waitFinished(jobs().resubmit(old.id));
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(world().sim->requestCount(kUploadPath), 1);
        QVERIFY(isSimFile(lastCreate().value(u"video_url")));
        QVERIFY(job.request.video.uploadedAt > old.request.video.uploadedAt);
    }
};

QTEST_MAIN(TestAllModes)
#include "tst_allmodes.moc"

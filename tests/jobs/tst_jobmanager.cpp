// JobManager against the simulator over real loopback HTTP: journal first,
// uploads, create, polling, download, errors, the concurrency limit,
// resubmit and resume after a restart.

#include "JobWorld.h"
#include "core/ImageProbe.h"
#include "core/Mp4Inspector.h"
#include "core/ResultFileName.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "sim/Simulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QProcess>

#include <atomic>
#include <memory>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>

// Opens a FIFO for writing after a few seconds if a reader is blocked on it,
// so a test of code that wrongly opens the FIFO fails instead of hanging.
class FifoReleaser
{
public:
    explicit FifoReleaser(const QString &path) : m_path(QFile::encodeName(path))
    {
        m_thread = std::thread([this] {
            // Time passes: the releaser waits a few seconds before it helps.
            for (int i = 0; i < 100 && !m_stop; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            while (!m_stop) {
                // Succeeds only while a reader has the FIFO open (ENXIO otherwise).
                const int fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0) {
                    ::close(fd);
                    m_released = true;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
    }
    ~FifoReleaser()
    {
        m_stop = true;
        m_thread.join();
    }
    bool released() const { return m_released; }

private:
    QByteArray m_path;
    std::atomic<bool> m_stop {false};
    std::atomic<bool> m_released {false};
    std::thread m_thread;
};
#endif

using namespace ks;
using namespace ks::test;

namespace {

constexpr int kWaitMs = 15000;

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(KS_SAMPLES_DIR "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestJobManager : public QObject
{
    Q_OBJECT

private:
    JobWorldFixture m_fixture;

    JobWorld &world() { return *m_fixture.world; }
    JobManager &jobs() { return *m_fixture.world->manager; }

    Job waitFinished(const QString &id) { return m_fixture.world->waitFinished(id, kWaitMs / 10); }

private slots:
    void init()
    {
        const QString notReady = m_fixture.setUp();
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    }

    void cleanup() { m_fixture.tearDown(); }

    void pollScheduleFollowsApiMd()
    {
        PollSchedule s;
        QCOMPARE(s.firstDelayMs(300), 15000); // min(300/4, 15)
        QCOMPARE(s.firstDelayMs(40), 10000);
        QCOMPARE(s.firstDelayMs(8), 5000); // never below 5 s
        QCOMPARE(s.firstDelayMs(std::nullopt), 8000);
        QCOMPARE(s.nextDelayMs(0), 8000);
        QCOMPARE(s.nextDelayMs(119 * 1000), 8000);
        QCOMPARE(s.nextDelayMs(121 * 1000), 15000);
        QCOMPARE(s.nextDelayMs(599 * 1000), 15000);
        QCOMPARE(s.nextDelayMs(601 * 1000), 30000);
        s.scale = 0.01;
        QCOMPARE(s.firstDelayMs(300), 150);
        QCOMPARE(s.nextDelayMs(0), 80);
        QCOMPARE(s.nextDelayMs(1300), 150); // 2 min scaled is 1.2 s
        QCOMPARE(s.nextDelayMs(6100), 300);
    }

    void textToVideoIsJournaledFirstAndDownloaded()
    {
        QString id;
        bool rowExistedAtFirstRequest = false;
        int seen = 0;
        connect(world().sim.get(), &Simulator::requestHandled, this, [&] {
            if (seen++ == 0)
                rowExistedAtFirstRequest = world().store.job(id).has_value();
        });
        QSignalSpy changed(&jobs(), &JobManager::jobChanged);
        QSignalSpy settled(&jobs(), &JobManager::allSettled);

        id = jobs().submit(textRequest());
        QVERIFY(!id.isEmpty());
        QCOMPARE(world().sim->requestCount(QStringLiteral("/")), 0);
        const auto journaled = world().store.job(id);
        QVERIFY(journaled);
        QVERIFY(!journaled->idempotencyKey.isEmpty());
        QCOMPARE(journaled->estimateUc, qint64(270000)); // 5 s x 5.4 credits
        QCOMPARE(journaled->demo, false);

        const Job job = waitFinished(id);
        QVERIFY(rowExistedAtFirstRequest);
        QCOMPARE(job.state, JobState::Done);
        QVERIFY(job.taskId.startsWith(QStringLiteral("task-unified-")));
        QCOMPARE(job.progress, 100);
        QVERIFY(job.creditsReserved.has_value());
        QCOMPARE(*job.creditsReserved, 27.0);
        QVERIFY(!job.resultUrl.isEmpty());
        QVERIFY(job.resultAt.isValid());
        QCOMPARE(job.error.kind, ErrorKind::None);
        // Our file name, in our folder, with the server's exact bytes.
        const QFileInfo file(job.videoPath);
        QCOMPARE(file.absolutePath(), QDir(world().libraryDir).absolutePath());
        // Named after the prompt and the day, with the job id's start (issue 16 item 26).
        QCOMPARE(file.fileName(),
                 ResultFileName::forRequest(job.request, job.createdAt.toLocalTime().date(),
                                            id.left(8)));
        QVERIFY2(file.fileName().startsWith(QStringLiteral("a-red-fox-")),
                 qPrintable(file.fileName()));
        QFile video(job.videoPath);
        QVERIFY(video.open(QIODevice::ReadOnly));
        const QByteArray expected = sample("sample-16x9.mp4");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(video.readAll(), expected);
        QCOMPARE(job.totalBytes, qint64(expected.size()));
        QVERIFY(!QFile::exists(job.videoPath + QStringLiteral(".part")));

        // The create carried the job's idempotency key; one task, one create.
        QCOMPARE(world().sim->lastRequestHeader(QStringLiteral("/v1/videos/generations"),
                                                "Idempotency-Key"),
                 job.idempotencyKey.toUtf8());
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), 1);
        QCOMPARE(world().sim->taskCount(), 1);
        QVERIFY(world().sim->requestCount(QStringLiteral("/v1/tasks/")) >= 1);
        QVERIFY(changed.count() >= 4); // queued, submitting, running, downloading, done
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(jobs().runningCount(), 0);
    }

    void imageToVideoUploadsLocalImage()
    {
        const QString png = m_fixture.dir->filePath(QStringLiteral("frame.png"));
        QImage image(640, 360, QImage::Format_RGB32);
        image.fill(QColor(30, 120, 200));
        QVERIFY(image.save(png, "PNG"));
        QString probeError;
        const MediaInfo info = ImageProbe::probeFile(png, &probeError);
        QVERIFY2(info.probed, qPrintable(probeError));
        QCOMPARE(info.format, MediaFormat::Png);

        GenerationRequest r;
        r.mode = Mode::ImageToVideo;
        r.prompt = QStringLiteral("The scene slowly comes alive");
        r.durationSeconds = 5;
        r.aspectRatio.reset();
        r.imageStart.localPath = png;
        r.imageStart.info = info;
        const QString id = jobs().submit(r);
        const Job job = waitFinished(id);
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/api/v1/files/upload")), 1);

        // The journal kept the upload (so a resume does not upload again)...
        const QString fileUrl = job.request.imageStart.url;
        QVERIFY(fileUrl.startsWith(world().sim->baseUrl().toString()));
        QVERIFY(job.request.imageStart.uploadedAt.isValid());
        QCOMPARE(job.request.imageStart.localPath, png);
        // ...and the create used the files-API URL, not the local path.
        const QJsonObject body =
            QJsonDocument::fromJson(
                world().sim->lastRequestBody(QStringLiteral("/v1/videos/generations")))
                .object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(),
                 QStringLiteral("kling-o3-image-to-video"));
        QCOMPARE(body.value(QStringLiteral("image_start")).toString(), fileUrl);
        QVERIFY(QFile::exists(job.videoPath));
    }

    void customElementEndsWithElementId()
    {
        auto png = [this](const char *name, QColor color) {
            const QString path = m_fixture.dir->filePath(QLatin1String(name));
            QImage image(512, 640, QImage::Format_RGB32);
            image.fill(color);
            image.save(path, "PNG");
            MediaRef ref;
            ref.localPath = path;
            ref.info = ImageProbe::probeFile(path);
            return ref;
        };
        GenerationRequest r;
        r.mode = Mode::CustomElement;
        r.elementName = QStringLiteral("Fox");
        r.elementDescription = QStringLiteral("A red fox with a white-tipped tail");
        r.elementFrontal = png("front.png", Qt::red);
        r.elementAngles = {png("side.png", Qt::darkRed)};
        const Job job = waitFinished(jobs().submit(r));
        QCOMPARE(job.state, JobState::Done);
        QVERIFY(job.elementId.startsWith(QStringLiteral("element-")));
        QVERIFY(job.videoPath.isEmpty());
        QVERIFY(job.resultUrl.isEmpty());
        QCOMPARE(world().sim->requestCount(QStringLiteral("/api/v1/files/upload")), 2);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/results/")), 0);
    }

    void insufficientBalanceFailsAndNeedsAttention()
    {
        world().sim->setBalance(1.0);
        QSignalSpy attention(&jobs(), &JobManager::attentionNeeded);
        const QString id = jobs().submit(textRequest());
        const Job job = waitFinished(id);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.error.kind, ErrorKind::Http);
        QCOMPARE(job.error.httpStatus, 402);
        QCOMPARE(job.error.code, QStringLiteral("insufficient_quota"));
        QCOMPARE(job.taskId, QString());
        QCOMPARE(attention.count(), 1);
        QCOMPARE(attention.at(0).at(0).toString(), id);
        QCOMPARE(world().sim->taskCount(), 0);
        QVERIFY(job.videoPath.isEmpty());
    }

    void failedTaskKeepsItsCode()
    {
        world().sim->failNextTask(QStringLiteral("content_policy_violation"));
        QSignalSpy attention(&jobs(), &JobManager::attentionNeeded);
        const QString id = jobs().submit(textRequest());
        const Job job = waitFinished(id);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.error.kind, ErrorKind::Task);
        QCOMPARE(job.error.code, QStringLiteral("content_policy_violation"));
        QVERIFY(!job.taskId.isEmpty());
        QVERIFY(job.resultUrl.isEmpty());
        QCOMPARE(attention.count(), 0);
    }

    void cancelledTask()
    {
        world().sim->failNextTask(QStringLiteral("cancelled"));
        const Job job = waitFinished(jobs().submit(textRequest()));
        QCOMPARE(job.state, JobState::Cancelled);
        QVERIFY(job.videoPath.isEmpty());
    }

    void requestCancelledCodeIsCancelled()
    {
        world().sim->failNextTask(QStringLiteral("request_cancelled"));
        const Job job = waitFinished(jobs().submit(textRequest()));
        QCOMPARE(job.state, JobState::Cancelled);
    }

    void concurrencyLimitIsRespected()
    {
        world().settings.setMaxConcurrentTasks(1);
        int maxRunning = 0;
        int maxQueued = 0;
        connect(&jobs(), &JobManager::jobChanged, this, [&] {
            int running = 0;
            int queued = 0;
            for (const Job &j : world().store.recent(20)) {
                if (j.state == JobState::Uploading || j.state == JobState::Submitting
                    || j.state == JobState::Running)
                    ++running;
                if (j.state == JobState::Queued)
                    ++queued;
            }
            maxRunning = std::max(maxRunning, running);
            maxQueued = std::max(maxQueued, queued);
        });
        QSignalSpy settled(&jobs(), &JobManager::allSettled);
        const QStringList ids = {jobs().submit(textRequest()), jobs().submit(textRequest()),
                                 jobs().submit(textRequest())};
        QCOMPARE(jobs().runningCount(), 1);
        QVERIFY(settled.wait(kWaitMs));
        for (const QString &id : ids)
            QCOMPARE(world().store.job(id)->state, JobState::Done);
        QCOMPARE(maxRunning, 1);
        QCOMPARE(maxQueued, 2);
        QCOMPARE(world().sim->taskCount(), 3);
    }

    // Takes (issue 20): one click, N jobs of one request. All are journaled
    // before the first create leaves, each with its own idempotency key and
    // the same batch id; each makes one task and downloads its own video.
    void takesAreJournaledTogetherAndRunApart()
    {
        world().settings.setMaxConcurrentTasks(2);
        int journaledAtFirstRequest = -1;
        QStringList ids;
        connect(world().sim.get(), &Simulator::requestHandled, this, [&] {
            if (journaledAtFirstRequest < 0)
                journaledAtFirstRequest = int(world().store.recent(20).size());
        });
        QSignalSpy settled(&jobs(), &JobManager::allSettled);
        ids = jobs().submitTakes(textRequest(), 3);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/")), 0);
        QSet<QString> keys;
        QSet<QString> videos;
        QString batch;
        for (int i = 0; i < ids.size(); ++i) {
            const auto row = world().store.job(ids.at(i));
            QVERIFY(row);
            QCOMPARE(row->batchIndex, i + 1);
            QVERIFY(!row->batchId.isEmpty());
            if (i == 0)
                batch = row->batchId;
            QCOMPARE(row->batchId, batch);
            QCOMPARE(row->estimateUc, qint64(270000));
            keys.insert(row->idempotencyKey);
        }
        QCOMPARE(keys.size(), 3);
        QCOMPARE(jobs().runningCount(), 2); // the third waits in the queue
        QVERIFY(settled.wait(kWaitMs));
        QCOMPARE(journaledAtFirstRequest, 3);
        for (const QString &id : std::as_const(ids)) {
            const auto row = world().store.job(id);
            QCOMPARE(row->state, JobState::Done);
            QVERIFY(QFile::exists(row->videoPath));
            videos.insert(row->videoPath);
        }
        QCOMPARE(videos.size(), 3); // three files, none written over another
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), 3);
        QCOMPARE(world().sim->taskCount(), 3);

        // A job made alone belongs to no batch; the count is kept in range.
        const QString single = jobs().submit(textRequest());
        QCOMPARE(world().store.job(single)->batchId, QString());
        QCOMPARE(world().store.job(single)->batchIndex, 0);
        QCOMPARE(jobs().submitTakes(textRequest(), 99).size(), JobManager::kMaxTakes);
        QCOMPARE(jobs().submitTakes(textRequest(), 0).size(), 1);
        QVERIFY(settled.wait(kWaitMs));
    }

    void resubmitKeepsParameters()
    {
        GenerationRequest r = textRequest();
        r.prompt = QStringLiteral("Neon city in the rain, slow dolly shot");
        r.durationSeconds = 7;
        r.aspectRatio = AspectRatio::Tall9x16;
        r.quality = Quality::P1080;
        r.sound = true;
        const QString first = jobs().submit(r);
        const Job done = waitFinished(first);
        QCOMPARE(done.state, JobState::Done);

        const QString second = jobs().resubmit(first);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        const Job again = waitFinished(second);
        QCOMPARE(again.state, JobState::Done);
        QCOMPARE(again.request.prompt, r.prompt);
        QCOMPARE(again.request.durationSeconds, 7);
        QCOMPARE(again.request.aspectRatio, std::optional<AspectRatio>(AspectRatio::Tall9x16));
        QCOMPARE(again.request.quality, Quality::P1080);
        QCOMPARE(again.request.sound, true);
        QCOMPARE(again.estimateUc, done.estimateUc);
        QCOMPARE(again.estimateUc, qint64(630126)); // 7 s x 9.0018
        QVERIFY(again.idempotencyKey != done.idempotencyKey);
        QVERIFY(again.taskId != done.taskId);
        QVERIFY(again.videoPath != done.videoPath);
        QVERIFY(QFile::exists(done.videoPath));
        QFile video(again.videoPath);
        QVERIFY(video.open(QIODevice::ReadOnly));
        // The simulator's 9:16 sample played for the job's 7 s: its media
        // data unchanged, its sample tables looped (issue 16 item 29).
        const QByteArray bytes = video.readAll();
        const QByteArray tall = sample("sample-9x16.mp4");
        QVERIFY(bytes.size() > tall.size());
        QVERIFY(bytes.endsWith(tall.right(tall.size() / 2)));
        const Mp4Report report = Mp4Inspector::inspectData(bytes);
        QVERIFY2(report.isVideo, qPrintable(report.problem));
        QVERIFY(qAbs(report.durationSeconds - 7.0) < 0.05);
        QCOMPARE(jobs().resubmit(QStringLiteral("no-such-job")), QString());
    }

    void resubmitReuploadsStaleInputs()
    {
        const QString png = m_fixture.dir->filePath(QStringLiteral("old.png"));
        QImage image(400, 400, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(png, "PNG"));
        Job old;
        old.id = QStringLiteral("0ld0b000-0000-4000-8000-000000000000");
        old.createdAt = QDateTime::currentDateTimeUtc().addDays(-4);
        old.updatedAt = old.createdAt;
        old.state = JobState::Failed;
        old.idempotencyKey = QStringLiteral("old-key");
        old.request.mode = Mode::ImageToVideo;
        old.request.prompt = QStringLiteral("Leaves move in the wind");
        old.request.aspectRatio.reset();
        old.request.imageStart.localPath = png;
        old.request.imageStart.info = ImageProbe::probeFile(png);
        old.request.imageStart.url = QStringLiteral("https://files.example.invalid/old.png");
        old.request.imageStart.uploadedAt = QDateTime::currentDateTimeUtc().addSecs(-80 * 3600);
        QVERIFY(world().store.insert(old));

        const Job job = waitFinished(jobs().resubmit(old.id));
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/api/v1/files/upload")), 1);
        const QJsonObject body =
            QJsonDocument::fromJson(
                world().sim->lastRequestBody(QStringLiteral("/v1/videos/generations")))
                .object();
        QVERIFY(body.value(QStringLiteral("image_start"))
                    .toString()
                    .startsWith(world().sim->baseUrl().toString()));
    }

    // Issue 15 item 12: a journaled input that became a FIFO (or changed) by
    // the time it is uploaded is refused at once: no upload, no task, nothing
    // blocked. The old code opened the FIFO and waited for a writer for ever.
    void resumeNeverUploadsAFifoOrAChangedInput()
    {
        const QString png = m_fixture.dir->filePath(QStringLiteral("later.png"));
        QImage image(640, 360, QImage::Format_RGB32);
        image.fill(Qt::darkYellow);
        QVERIFY(image.save(png, "PNG"));
        auto journaled = [&](const char *id) {
            Job job;
            job.id = QLatin1String(id);
            job.createdAt = QDateTime::currentDateTimeUtc();
            job.updatedAt = job.createdAt;
            job.state = JobState::Uploading;
            job.idempotencyKey = job.id + QStringLiteral("-key");
            job.request.mode = Mode::ImageToVideo;
            job.request.prompt = QStringLiteral("Leaves move in the wind");
            job.request.aspectRatio.reset();
            job.request.imageStart.localPath = png;
            job.request.imageStart.info = ImageProbe::probeFile(png);
            return job;
        };
        world().manager.reset();

        // A file of another size than the one checked and priced.
        QVERIFY(world().store.insert(journaled("c4a26ed0-0000-4000-8000-000000000000")));
        {
            QFile f(png);
            QVERIFY(f.open(QIODevice::Append));
            f.write(QByteArray(1000, 'x'));
        }
        world().manager = world().makeManager();
        jobs().resumeUnfinished();
        Job changed = waitFinished(QStringLiteral("c4a26ed0-0000-4000-8000-000000000000"));
        QCOMPARE(changed.state, JobState::Failed);
        QVERIFY2(changed.error.message.contains(QStringLiteral("changed since it was checked")),
                 qPrintable(changed.error.message));

#ifdef Q_OS_UNIX
        world().manager.reset();
        QVERIFY(world().store.insert(journaled("f1f00000-0000-4000-8000-000000000000")));
        QVERIFY(QFile::remove(png));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {png}), 0);
        // On a build that opens the FIFO, a writer after a few seconds lets the
        // test end (and fail) instead of hanging.
        FifoReleaser releaser(png);
        world().manager = world().makeManager();
        jobs().resumeUnfinished();
        const Job fifo = waitFinished(QStringLiteral("f1f00000-0000-4000-8000-000000000000"));
        QVERIFY2(!releaser.released(), "the upload blocked on the FIFO");
        QCOMPARE(fifo.state, JobState::Failed);
        QVERIFY2(fifo.error.message.contains(QStringLiteral("not a regular file")),
                 qPrintable(fifo.error.message));
#endif
        QCOMPARE(world().sim->requestCount(QStringLiteral("/api/v1/files/upload")), 0);
        QCOMPARE(world().sim->taskCount(), 0);
    }

    void resumeContinuesRunningJob()
    {
        const QString id = jobs().submit(textRequest());
        QTRY_VERIFY_WITH_TIMEOUT(world().store.job(id)->state == JobState::Running, kWaitMs);
        const QString taskId = world().store.job(id)->taskId;
        QVERIFY(!taskId.isEmpty());
        // The app quits mid-task: the journal keeps the job as Running.
        world().manager.reset();
        QCOMPARE(world().store.job(id)->state, JobState::Running);

        // A job whose create answer was lost with the old process.
        Job lost;
        lost.id = QStringLiteral("10570000-0000-4000-8000-000000000000");
        lost.createdAt = QDateTime::currentDateTimeUtc();
        lost.updatedAt = lost.createdAt;
        lost.state = JobState::Submitting;
        lost.idempotencyKey = QStringLiteral("lost-key");
        lost.request = textRequest();
        QVERIFY(world().store.insert(lost));

        world().manager = world().makeManager();
        QSignalSpy finished(&jobs(), &JobManager::jobFinished);
        jobs().resumeUnfinished();
        QCOMPARE(world().store.job(lost.id)->state, JobState::OutcomeUnknown);
        const Job job = waitFinished(id);
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(job.taskId, taskId);
        QVERIFY(QFile::exists(job.videoPath));
        // Resuming never re-creates: still one create, one task.
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), 1);
        QCOMPARE(world().sim->taskCount(), 1);
        QCOMPARE(world().store.job(lost.id)->state, JobState::OutcomeUnknown);
    }

    void resumeWithFreshStoreInstance()
    {
        const QString id = jobs().submit(textRequest());
        QTRY_VERIFY_WITH_TIMEOUT(world().store.job(id)->state == JobState::Running, kWaitMs);
        world().manager.reset();
        // A new process: its own connection to the same journal file.
        JobStore store2;
        QVERIFY(store2.open(world().journalPath));
        JobManager manager2(&store2, &world().client, &world().nam, &world().settings);
        world().configure(manager2);
        QSignalSpy settled(&manager2, &JobManager::allSettled);
        manager2.resumeUnfinished();
        QVERIFY(settled.wait(kWaitMs));
        QCOMPARE(store2.job(id)->state, JobState::Done);
        QCOMPARE(world().store.job(id)->state, JobState::Done);
    }

    void lostCreateAnswerThenCheckAgain()
    {
        // The server creates the task but closes the connection without an
        // answer, once. Qt would send the create again on its own (and this
        // time get the answer); the app must not: one create, outcome unknown.
        world().sim->dropConnections(QStringLiteral("/v1/videos/generations"), 1);
        const QString id = jobs().submit(textRequest());
        Job job = waitFinished(id);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), 1);
        QCOMPARE(job.state, JobState::OutcomeUnknown);
        QVERIFY(job.taskId.isEmpty());
        QCOMPARE(job.error.kind, ErrorKind::Network);
        const int creates = world().sim->requestCount(QStringLiteral("/v1/videos/generations"));
        QCOMPARE(world().sim->taskCount(), 1);
        const int tasksBefore = world().sim->taskCount();

        // Never resent on its own (nothing to wait for: time passes).
        QTest::qWait(200);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), creates);

        jobs().checkAgain(id);
        job = waitFinished(id);
        QCOMPARE(job.state, JobState::Done);
        QVERIFY(world().sim->taskIds().contains(job.taskId));
        // Found through the task list by the lost-create finder: no new create, no new task.
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), creates);
        QCOMPARE(world().sim->taskCount(), tasksBefore);
    }

    void transientPollErrorsAreRetried()
    {
        world().sim->injectHttpError(QStringLiteral("/v1/tasks/"), 500,
                                     QStringLiteral("internal_error"), 2);
        world().sim->injectHttpError(QStringLiteral("/v1/tasks/"), 429,
                                     QStringLiteral("rate_limit_exceeded"), 1, 0);
        const Job job = waitFinished(jobs().submit(textRequest()));
        QCOMPARE(job.state, JobState::Done);
        QVERIFY(world().sim->requestCount(QStringLiteral("/v1/tasks/")) >= 4);
    }

    void taskNotFoundFails()
    {
        world().sim->injectHttpError(QStringLiteral("/v1/tasks/"), 404,
                                     QStringLiteral("task_not_found"), 1);
        const Job job = waitFinished(jobs().submit(textRequest()));
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.error.httpStatus, 404);
        QCOMPARE(job.error.code, QStringLiteral("task_not_found"));
    }

    void pollLimitStalls()
    {
        // 1 minute x scale 0.01 = 0.6 s of polling, the task needs 20 s here.
        world().sim->setTimeScale(1.0);
        world().settings.setPollTimeoutMinutes(1);
        const Job job = waitFinished(jobs().submit(textRequest()));
        QCOMPARE(job.state, JobState::Stalled);
        QVERIFY(!job.taskId.isEmpty());
        QCOMPARE(world().store.unfinished().size(), 1);
    }

    void expiredLinkKeepsResultUrl()
    {
        world().sim->injectHttpError(QStringLiteral("/results/"), 403, QStringLiteral("expired"),
                                     10);
        const Job job = waitFinished(jobs().submit(textRequest()));
        QCOMPARE(job.state, JobState::Expired);
        QVERIFY(!job.resultUrl.isEmpty());
        QVERIFY(job.videoPath.isEmpty());
    }

    void explicitOutPath()
    {
        const QString out = m_fixture.dir->filePath(QStringLiteral("mine/clip.mp4"));
        const Job job = waitFinished(jobs().submit(textRequest(), out));
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(job.videoPath, out);
        QFile video(out);
        QVERIFY(video.open(QIODevice::ReadOnly));
        QCOMPARE(video.readAll(), sample("sample-16x9.mp4"));
        QCOMPARE(QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files),
                 QStringList {QStringLiteral("clip.mp4")});
    }

    void stopTrackingStopsPolling()
    {
        world().sim->setTimeScale(1.0);
        const QString id = jobs().submit(textRequest());
        QTRY_VERIFY_WITH_TIMEOUT(world().store.job(id)->state == JobState::Running, kWaitMs);
        QSignalSpy finished(&jobs(), &JobManager::jobFinished);
        jobs().stopTracking(id);
        QCOMPARE(world().store.job(id)->state, JobState::Stopped);
        QCOMPARE(finished.count(), 1);
        const int polls = world().sim->requestCount(QStringLiteral("/v1/tasks/"));
        // Nothing to wait for: no poll may follow.
        QTest::qWait(300);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/tasks/")), polls);
        QCOMPARE(jobs().runningCount(), 0);
    }

    void removeFromHistoryKeepsVideo()
    {
        const Job job = waitFinished(jobs().submit(textRequest()));
        QCOMPARE(job.state, JobState::Done);
        jobs().removeFromHistory(job.id);
        QCOMPARE(world().store.job(job.id), std::nullopt);
        QVERIFY(QFile::exists(job.videoPath));
    }
};

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_jobmanager.moc"

// The fault matrix of issue #4: for each fault the simulator can inject
// (HTTP 429/500/502/503, connections reset during create, poll and download,
// answers slower than the timeout, unreadable bodies, result_data only, an
// expired link, every §6.2 failure code, cancelled) the job ends in the right
// state and no result is lost: a Done job has the whole video on disk once.

#include "ApiConfig.h"
#include "EvoLinkClient.h"
#include "JobManager.h"
#include "JobStore.h"
#include "Settings.h"
#include "Simulator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ks;

namespace {

constexpr int kWaitMs = 20000;
const QString kCreate = QStringLiteral("/v1/videos/generations");
const QString kPoll = QStringLiteral("/v1/tasks/");
const QString kResult = QStringLiteral("/results/");

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(KS_SAMPLES_DIR "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

GenerationRequest textRequest()
{
    GenerationRequest r;
    r.mode = Mode::TextToVideo;
    r.prompt = QStringLiteral("A lighthouse in a storm, waves breaking");
    r.durationSeconds = 5;
    r.aspectRatio = AspectRatio::Wide16x9;
    r.quality = Quality::P720;
    r.sound = false;
    return r;
}

enum class Fault {
    Http429RetryAfter,
    Http429OnCreate,
    Http500,
    Http502,
    Http503,
    Http500OnCreate,
    ResetDuringCreate,
    ResetDuringPoll,
    ResetDuringDownload,
    SlowPoll,
    SlowCreate,
    MalformedJson,
    HtmlErrorPage,
    EmptyBody,
    WrongContentType,
    ResultDataOnly,
    ExpiredResult,
    TaskFailure,
    Cancelled,
};

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<EvoLinkClient> m_client;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobManager> m_jobs;
    QString m_library;

    Job waitSettled(const QString &id)
    {
        QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
        auto done = [&] {
            const auto row = m_store->job(id);
            return row && !isActive(row->state);
        };
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < kWaitMs)
            finished.wait(200);
        const auto row = m_store->job(id);
        return row ? *row : Job {};
    }

    // A Done job: its video is complete, on disk exactly once, no .part left.
    void verifyVideoOnDisk(const Job &job)
    {
        QCOMPARE(job.state, JobState::Done);
        QFile video(job.videoPath);
        QVERIFY2(video.open(QIODevice::ReadOnly), qPrintable(job.videoPath));
        QCOMPARE(video.readAll(), sample("sample-16x9.mp4"));
        QCOMPARE(QDir(m_library).entryList(QDir::Files),
                 QStringList {QFileInfo(job.videoPath).fileName()});
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("KLINGSTUDIO_DATA_DIR", m_dir->filePath(QStringLiteral("data")).toUtf8());
        qputenv("KLINGSTUDIO_CONFIG_DIR", m_dir->filePath(QStringLiteral("config")).toUtf8());
        m_library = m_dir->filePath(QStringLiteral("library"));
        m_sim = std::make_unique<Simulator>();
        m_sim->setTimeScale(0.02);
        QVERIFY(m_sim->start());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_client = std::make_unique<EvoLinkClient>(m_nam.get());
        ApiConfig config;
        config.apiBase = m_sim->baseUrl();
        config.filesBase = m_sim->baseUrl();
        config.apiKey = Simulator::demoKey();
        config.transferTimeoutMs = 1000;
        m_client->setConfig(config);
        m_store = std::make_unique<JobStore>();
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("journal.sqlite"))));
        m_jobs = std::make_unique<JobManager>(m_store.get(), m_client.get(), m_nam.get(),
                                              m_settings.get());
        PollSchedule schedule;
        schedule.scale = 0.01;
        m_jobs->setPollSchedule(schedule);
        m_jobs->setLibraryDir(m_library);
    }

    void cleanup()
    {
        m_jobs.reset();
        m_store.reset();
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void matrix_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("code"); // TaskFailure only
        QTest::addColumn<JobState>("expected");
        const QString none;
        QTest::newRow("429 Retry-After on poll")
            << Fault::Http429RetryAfter << none << JobState::Done;
        QTest::newRow("429 on create") << Fault::Http429OnCreate << none << JobState::Done;
        QTest::newRow("500 on poll") << Fault::Http500 << none << JobState::Done;
        QTest::newRow("502 on poll") << Fault::Http502 << none << JobState::Done;
        QTest::newRow("503 on poll") << Fault::Http503 << none << JobState::Done;
        QTest::newRow("500 on create") << Fault::Http500OnCreate << none << JobState::Failed;
        QTest::newRow("reset during create")
            << Fault::ResetDuringCreate << none << JobState::OutcomeUnknown;
        QTest::newRow("reset during poll") << Fault::ResetDuringPoll << none << JobState::Done;
        QTest::newRow("reset during download")
            << Fault::ResetDuringDownload << none << JobState::Done;
        QTest::newRow("poll slower than timeout") << Fault::SlowPoll << none << JobState::Done;
        QTest::newRow("create slower than timeout")
            << Fault::SlowCreate << none << JobState::OutcomeUnknown;
        QTest::newRow("malformed JSON") << Fault::MalformedJson << none << JobState::Done;
        QTest::newRow("HTML error page") << Fault::HtmlErrorPage << none << JobState::Done;
        QTest::newRow("empty body") << Fault::EmptyBody << none << JobState::Done;
        QTest::newRow("wrong content type") << Fault::WrongContentType << none << JobState::Done;
        QTest::newRow("result_data only") << Fault::ResultDataOnly << none << JobState::Done;
        QTest::newRow("expired result") << Fault::ExpiredResult << none << JobState::Expired;
        for (const char *code :
             {"content_policy_violation", "invalid_parameters", "image_processing_error",
              "image_dimension_mismatch", "generation_failed_no_content", "service_error",
              "generation_timeout", "resource_exhausted", "quota_exceeded", "service_unavailable",
              "resource_not_found", "unknown_error", "model_unavailable", "upstream_error"}) {
            QTest::newRow(qPrintable(QStringLiteral("task failed: ") + QLatin1String(code)))
                << Fault::TaskFailure << QString::fromLatin1(code) << JobState::Failed;
        }
        QTest::newRow("task failed: request_cancelled")
            << Fault::TaskFailure << QStringLiteral("request_cancelled") << JobState::Cancelled;
        QTest::newRow("cancelled") << Fault::Cancelled << none << JobState::Cancelled;
    }

    void matrix()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, code);
        QFETCH(JobState, expected);
        Simulator &sim = *m_sim;
        // Times of the poll answers, to prove Retry-After is honoured.
        QList<qint64> pollTimes;
        QList<int> pollStatus;
        QElapsedTimer clock;
        clock.start();
        connect(&sim, &Simulator::requestHandled, this,
                [&](const QString &, const QString &path, int status) {
                    if (path.startsWith(kPoll)) {
                        pollTimes.append(clock.elapsed());
                        pollStatus.append(status);
                    }
                });

        switch (fault) {
        case Fault::Http429RetryAfter:
            sim.injectHttpError(kPoll, 429, QStringLiteral("rate_limit_exceeded"), 1, 1);
            break;
        case Fault::Http429OnCreate:
            sim.injectHttpError(kCreate, 429, QStringLiteral("rate_limit_exceeded"), 1, 0);
            break;
        case Fault::Http500:
            sim.injectHttpError(kPoll, 500, QStringLiteral("internal_error"), 2);
            break;
        case Fault::Http502:
            sim.injectHttpError(kPoll, 502, QStringLiteral("upstream_error"), 2);
            break;
        case Fault::Http503:
            sim.injectHttpError(kPoll, 503, QStringLiteral("service_unavailable"), 2);
            break;
        case Fault::Http500OnCreate:
            sim.injectHttpError(kCreate, 500, QStringLiteral("internal_error"), 1);
            break;
        case Fault::ResetDuringCreate:
            sim.dropConnections(kCreate, 3);
            break;
        case Fault::ResetDuringPoll:
            sim.dropConnections(kPoll, 3);
            break;
        case Fault::ResetDuringDownload:
            sim.dropConnections(kResult, 1, 1000);
            break;
        case Fault::SlowPoll:
            sim.delayResponses(kPoll, 1500, 1);
            break;
        case Fault::SlowCreate:
            sim.delayResponses(kCreate, 1500, 1);
            break;
        case Fault::MalformedJson:
            sim.injectRawBody(kPoll, "{\"id\": \"task-unified-", "application/json", 2);
            break;
        case Fault::HtmlErrorPage:
            sim.injectRawBody(kPoll, "<html><body><h1>502 Bad Gateway</h1></body></html>",
                              "text/html", 2);
            break;
        case Fault::EmptyBody:
            sim.injectRawBody(kPoll, QByteArray(), "application/json", 2);
            break;
        case Fault::WrongContentType:
            sim.injectRawBody(kPoll, "status=completed", "text/plain", 2);
            break;
        case Fault::ResultDataOnly:
            sim.setResultDataOnly(true);
            break;
        case Fault::ExpiredResult:
            sim.injectHttpError(kResult, 403, QStringLiteral("link_expired"), 20);
            break;
        case Fault::TaskFailure:
            sim.failNextTask(code);
            break;
        case Fault::Cancelled:
            sim.failNextTask(QStringLiteral("cancelled"));
            break;
        }

        // A file of the user's in the library must survive whatever happens.
        QDir().mkpath(m_library);
        const QString mine = QDir(m_library).filePath(QStringLiteral("mine.txt"));
        {
            QFile f(mine);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }

        const QString id = m_jobs->submit(textRequest());
        QVERIFY(!id.isEmpty());
        Job job = waitSettled(id);
        QCOMPARE(job.state, expected);
        QVERIFY(m_store->job(id).has_value()); // the journal keeps every job
        QFile kept(mine);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        QVERIFY(QFile::remove(mine));

        switch (fault) {
        case Fault::Http429RetryAfter: {
            const qsizetype i = pollStatus.indexOf(429);
            QVERIFY(i >= 0 && i + 1 < pollTimes.size());
            // Retry-After: 1 -> the next poll waits a whole second, although
            // the scaled schedule would poll again after ~80 ms.
            QVERIFY2(pollTimes.at(i + 1) - pollTimes.at(i) >= 950,
                     qPrintable(QString::number(pollTimes.at(i + 1) - pollTimes.at(i))));
            break;
        }
        case Fault::Http429OnCreate:
            QCOMPARE(sim.requestCount(kCreate), 2);
            QCOMPARE(sim.taskCount(), 1);
            break;
        case Fault::Http500OnCreate:
            QCOMPARE(job.error.httpStatus, 500);
            QCOMPARE(sim.taskCount(), 0);
            QCOMPARE(sim.requestCount(kCreate), 1); // a paid POST is not repeated
            break;
        case Fault::ResetDuringCreate:
        case Fault::SlowCreate: {
            // The server made (and billed) the task; the answer was lost.
            QTRY_COMPARE(sim.taskCount(), 1);
            QVERIFY(job.taskId.isEmpty());
            const int creates = sim.requestCount(kCreate);
            QTest::qWait(300);
            QCOMPARE(sim.requestCount(kCreate), creates); // never resent on its own
            sim.clearFaults();
            m_jobs->checkAgain(id); // looks the task up in GET /v1/tasks
            job = waitSettled(id);
            QCOMPARE(sim.taskCount(), 1); // found, not billed twice
            QCOMPARE(job.taskId, sim.taskIds().first());
            QVERIFY(sim.requestCount(QStringLiteral("/v1/tasks")) >= 1);
            break;
        }
        case Fault::ResetDuringDownload:
            // The second request resumed where the first stopped.
            QVERIFY(sim.lastRequestHeader(kResult, "range").startsWith("bytes="));
            QVERIFY(sim.lastRequestHeader(kResult, "range") != "bytes=0-");
            break;
        case Fault::ExpiredResult:
            QVERIFY(!job.resultUrl.isEmpty()); // the link is kept
            QVERIFY(job.videoPath.isEmpty());
            QVERIFY(job.error.isError());
            break;
        case Fault::TaskFailure:
            QCOMPARE(job.error.code, code);
            QVERIFY(!job.error.message.isEmpty());
            QCOMPARE(sim.requestCount(kResult), 0);
            break;
        default:
            break;
        }
        if (job.state == JobState::Done)
            verifyVideoOnDisk(job);

        // Nothing runs any more: no polling at all.
        const int requests = sim.requestCount(QString());
        QTest::qWait(300);
        QCOMPARE(sim.requestCount(QString()), requests);
        QCOMPARE(m_jobs->runningCount(), 0);
    }

    // Poll answers that never get through: the job gives up locally and says
    // the task still runs, then "check again" finishes it.
    void stalledThenCheckAgain()
    {
        m_sim->setTimeScale(0.1); // a 2 s task
        m_settings->setPollTimeoutMinutes(1); // x 0.01 = 0.6 s of polling
        const QString id = m_jobs->submit(textRequest());
        Job job = waitSettled(id);
        QCOMPARE(job.state, JobState::Stalled);
        QVERIFY(!job.taskId.isEmpty());
        QVERIFY(m_store->unfinished().size() == 1); // resumed at the next start too
        const int polls = m_sim->requestCount(kPoll);
        QTest::qWait(2000); // let the server finish the task; nobody polls meanwhile
        QCOMPARE(m_sim->requestCount(kPoll), polls);
        m_jobs->checkAgain(id);
        job = waitSettled(id);
        verifyVideoOnDisk(job);
    }

    // Full disk / unwritable folder: the job keeps the link and says what to do.
    void unwritableFolderKeepsTheLink()
    {
        QDir().mkpath(m_library);
        QFile::setPermissions(m_library, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(m_library).isWritable())
            QSKIP("running as root: permissions are not enforced");
        const QString id = m_jobs->submit(textRequest());
        Job job = waitSettled(id);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.error.kind, ErrorKind::Local);
        QVERIFY(!job.resultUrl.isEmpty());
        QVERIFY(job.error.message.contains(QDir::toNativeSeparators(m_library)));
        QVERIFY(job.error.message.contains(QStringLiteral("Check again")));
        QFile::setPermissions(
            m_library, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_jobs->checkAgain(id);
        job = waitSettled(id);
        verifyVideoOnDisk(job);
    }

    // Stop tracking: polling stops at once; the journal keeps the task id.
    void stopTrackingStopsPolling()
    {
        m_sim->setTimeScale(1.0);
        const QString id = m_jobs->submit(textRequest());
        QTRY_VERIFY_WITH_TIMEOUT(m_jobs->job(id)->state == JobState::Running, kWaitMs);
        m_jobs->stopTracking(id);
        const Job job = *m_store->job(id);
        QCOMPARE(job.state, JobState::Stopped);
        QVERIFY(!job.taskId.isEmpty());
        const int polls = m_sim->requestCount(kPoll);
        QTest::qWait(400);
        QCOMPARE(m_sim->requestCount(kPoll), polls);
    }

    // Demo mode: the simulator keeps its task table in a file, so a job
    // whose process died resumes against the next simulator (same port).
    void demoTasksSurviveASimulatorRestart()
    {
        const QString state = m_dir->filePath(QStringLiteral("data/demo-simulator.json"));
        QDir().mkpath(QFileInfo(state).absolutePath());
        m_sim->setStateFile(state);
        m_sim->setTimeScale(0.1);
        const QUrl base = m_sim->baseUrl();
        const QString id = m_jobs->submit(textRequest());
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->job(id)->taskId.isEmpty(), kWaitMs);
        const QString taskId = m_store->job(id)->taskId;
        m_jobs.reset(); // the app quits (or dies) mid-job
        m_sim.reset();
        QVERIFY(QFile::exists(state));

        m_sim = std::make_unique<Simulator>();
        m_sim->setStateFile(state);
        QVERIFY(m_sim->start());
        QCOMPARE(m_sim->baseUrl(), base);
        QCOMPARE(m_sim->taskIds(), QStringList {taskId});
        m_jobs = std::make_unique<JobManager>(m_store.get(), m_client.get(), m_nam.get(),
                                              m_settings.get());
        PollSchedule schedule;
        schedule.scale = 0.01;
        m_jobs->setPollSchedule(schedule);
        m_jobs->setLibraryDir(m_library);
        m_jobs->resumeUnfinished();
        const Job job = waitSettled(id);
        verifyVideoOnDisk(job);
        QCOMPARE(job.taskId, taskId);
        QCOMPARE(m_sim->taskCount(), 1);
    }

    // The concurrency limit holds and queued jobs start in order.
    void queuedJobsWaitInOrder()
    {
        m_settings->setMaxConcurrentTasks(2);
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << m_jobs->submit(textRequest());
        QCOMPARE(m_jobs->runningCount(), 2);
        QCOMPARE(m_jobs->job(ids.at(2))->state, JobState::Queued);
        QCOMPARE(m_jobs->job(ids.at(3))->state, JobState::Queued);
        int maxInSlots = 0;
        QStringList startOrder;
        connect(m_jobs.get(), &JobManager::jobChanged, this, [&](const QString &jid) {
            int inSlots = 0;
            for (const QString &other : std::as_const(ids)) {
                const JobState s = m_jobs->job(other)->state;
                if (s == JobState::Uploading || s == JobState::Submitting || s == JobState::Running)
                    ++inSlots;
            }
            maxInSlots = std::max(maxInSlots, inSlots);
            const auto j = m_jobs->job(jid);
            if (j && j->state == JobState::Submitting && !startOrder.contains(jid))
                startOrder << jid;
        });
        for (const QString &jid : ids)
            QCOMPARE(waitSettled(jid).state, JobState::Done);
        QCOMPARE(maxInSlots, 2);
        QCOMPARE(startOrder, (QStringList {ids.at(2), ids.at(3)}));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"

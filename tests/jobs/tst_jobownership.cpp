// Never pay twice, never lose a paid task: one process drives a job at a
// time, a lost create adopts only a task that is provably its own, and no
// paid request leaves (or goes on) without a durable journal entry. Against
// the simulator over loopback HTTP, with two managers on one journal file
// standing in for the app and the CLI.

#include "JobWorld.h"
#include "core/ImageProbe.h"
#include "core/RequestJson.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/LostTaskFinder.h"
#include "sim/Simulator.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ks;
using namespace ks::test;

namespace {

constexpr int kWaitMs = 20000;

// A job row as a killed process leaves it, written straight to the journal.
Job leftBehind(const GenerationRequest &request, JobState state)
{
    Job job = ks::test::leftBehindJob(request, state);
    job.estimateUc = 270000; // 5 s at 720p, no sound
    return job;
}

} // namespace

class TestJobOwnership : public QObject
{
    Q_OBJECT

private:
    JobWorldFixture m_fixture;

    JobWorld &world() { return *m_fixture.world; }
    JobManager &jobs() { return *m_fixture.world->manager; }

    GenerationRequest imageRequest(int n)
    {
        const QString png = m_fixture.dir->filePath(QStringLiteral("frame-%1.png").arg(n));
        QImage image(640, 360, QImage::Format_RGB32);
        image.fill(QColor(30 + 40 * n, 120, 200));
        image.save(png, "PNG");
        GenerationRequest r;
        r.mode = Mode::ImageToVideo;
        r.prompt = QStringLiteral("Take %1 slowly comes alive").arg(n);
        r.durationSeconds = 5;
        r.aspectRatio.reset();
        r.imageStart.localPath = png;
        r.imageStart.info = ImageProbe::probeFile(png);
        return r;
    }

    // Waits until every listed job has settled in the journal.
    bool waitAllSettled(const QStringList &ids, int ms = kWaitMs)
    {
        return QTest::qWaitFor(
            [&] {
                for (const QString &id : ids) {
                    const auto row = world().store.job(id);
                    if (!row || isActive(row->state))
                        return false;
                }
                return true;
            },
            ms);
    }

private slots:
    void init()
    {
        const QString notReady = m_fixture.setUp();
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    }

    void cleanup() { m_fixture.tearDown(); }

    // Issue 15 #2: three jobs left in `uploading`, two processes resume
    // them at once. Before: both uploaded and created, the loser's 409 wrote
    // `failed` over the winner's task id, three tasks billed, no video.
    void twoResumersUploadAndCreateEachJobOnce()
    {
        QStringList ids;
        for (int n = 1; n <= 3; ++n) {
            Job job = leftBehind(imageRequest(n), JobState::Uploading);
            QVERIFY(world().store.insert(job));
            ids << job.id;
        }
        // The second process: its own connection to the same journal file.
        JobStore otherStore;
        QVERIFY(otherStore.open(world().journalPath));
        JobManager other(&otherStore, &world().client, &world().nam, &world().settings);
        world().configure(other);

        jobs().resumeUnfinished();
        other.resumeUnfinished(ResumePolicy::LookUpLostCreates);
        QVERIFY(waitAllSettled(ids));

        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), 3);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/api/v1/files/upload")), 3);
        QCOMPARE(world().sim->taskCount(), 3);
        QSet<QString> tasks;
        for (const QString &id : std::as_const(ids)) {
            const auto row = world().store.job(id);
            QVERIFY(row);
            QCOMPARE(row->state, JobState::Done);
            QVERIFY(!row->taskId.isEmpty());
            QVERIFY(QFile::exists(row->videoPath));
            tasks.insert(row->taskId);
        }
        QCOMPARE(tasks.size(), 3);
    }

    // Issue 15 #2: a stale writer never erases a journaled task id or link.
    void aStaleWriteKeepsTheTaskIdAndTheLink()
    {
        Job job = leftBehind(textRequest(), JobState::Running);
        job.taskId = QStringLiteral("task-unified-1-winner00");
        job.resultUrl = QStringLiteral("https://files.example/result.mp4");
        QVERIFY(world().store.insert(job));
        Job stale = job;
        stale.taskId.clear();
        stale.resultUrl.clear();
        stale.state = JobState::Failed;
        QVERIFY(world().store.update(stale));
        const auto row = world().store.job(job.id);
        QVERIFY(row);
        QCOMPARE(row->state, JobState::Failed);
        QCOMPARE(row->taskId, job.taskId);
        QCOMPARE(row->resultUrl, job.resultUrl);
        // Nor is a task id replaced by another one.
        stale.taskId = QStringLiteral("task-unified-2-loser000");
        QVERIFY(world().store.update(stale));
        QCOMPARE(world().store.job(job.id)->taskId, job.taskId);
    }

    // A job driven by a live process is followed, not run again; once that
    // process is gone (its claim released) the follower takes it over.
    void aFollowerTakesOverWhenTheOwnerLetsGo()
    {
        Job job = leftBehind(textRequest(), JobState::Queued);
        QVERIFY(world().store.insert(job));
        QVERIFY(world().store.claimJob(job.id, QStringLiteral("another-live-process")));
        jobs().resumeUnfinished();
        // Nothing to wait for: no create may leave while another process owns it.
        QTest::qWait(300);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), 0);
        QCOMPARE(world().store.job(job.id)->state, JobState::Queued);
        world().store.releaseJob(job.id, QStringLiteral("another-live-process"));
        QVERIFY(waitAllSettled({job.id}));
        QCOMPARE(world().store.job(job.id)->state, JobState::Done);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), 1);
    }

    // Stop Tracking on a job another live process drives (the CLI, a
    // second window) must not write Stopped over that process's row: it
    // would hide the video that process is about to download. Before: the
    // follower wrote Stopped at once, whether it followed the job or only
    // saw its row.
    void stopLeavesAJobAnotherProcessDrives()
    {
        const QString other = QStringLiteral("another-live-process");
        Job followed = leftBehind(textRequest(), JobState::Queued);
        Job unseen = leftBehind(textRequest(), JobState::Running);
        unseen.taskId = QStringLiteral("task-of-the-other-process");
        QVERIFY(world().store.insert(followed));
        QVERIFY(world().store.insert(unseen));
        QVERIFY(world().store.claimJob(unseen.id, other));
        // Not followed here: only its row is seen.
        jobs().stopTracking(unseen.id);
        QCOMPARE(world().store.job(unseen.id)->state, JobState::Running);

        QVERIFY(world().store.claimJob(followed.id, other));
        jobs().resumeUnfinished();
        QTRY_VERIFY(jobs().isDrivenElsewhere(followed.id));
        jobs().stopTracking(followed.id);
        QTest::qWait(300); // nothing to wait for: the row must stay as it is
        QCOMPARE(world().store.job(followed.id)->state, JobState::Queued);
        // The driver lets go: this process takes over and finishes it.
        world().store.releaseJob(followed.id, other);
        QVERIFY(waitAllSettled({followed.id}));
        QCOMPARE(world().store.job(followed.id)->state, JobState::Done);
        QVERIFY(!jobs().isDrivenElsewhere(followed.id));
    }

    // Issue 15 #3: the create's answer was lost and its request never
    // reached EvoLink; another device on the same key made a task of the
    // same model meanwhile (5 s, 9:16). Before: that task was adopted and its
    // video delivered as this job's. Now it is not this job's (its length
    // differs): the job is sent with its own key and gets its own task.
    void aLostCreateNeverAdoptsAnotherDevicesTask()
    {
        GenerationRequest foreign = textRequest();
        foreign.prompt = QStringLiteral("A blue whale");
        foreign.durationSeconds = 10;
        foreign.aspectRatio = AspectRatio::Tall9x16;
        ApiReply *made = world().client.createTask(RequestJson::toApiJson(foreign),
                                                   QStringLiteral("other-device-key"));
        QSignalSpy madeSpy(made, &ApiReply::finished);
        QVERIFY(madeSpy.wait(kWaitMs));
        const QString foreignTask = made->task().id;
        QVERIFY(!foreignTask.isEmpty());
        made->deleteLater();

        GenerationRequest mine = textRequest();
        mine.prompt = QStringLiteral("A red car");
        mine.durationSeconds = 3;
        Job job = leftBehind(mine, JobState::OutcomeUnknown);
        job.estimateUc = 162000; // 3 s x 5.4
        job.createSentAt = QDateTime::currentDateTimeUtc();
        QVERIFY(world().store.insert(job));

        jobs().checkAgain(job.id);
        QVERIFY(waitAllSettled({job.id}));
        const auto row = world().store.job(job.id);
        QCOMPARE(row->state, JobState::Done);
        QVERIFY(!row->taskId.isEmpty());
        QVERIFY(row->taskId != foreignTask);
        QCOMPARE(world().sim->taskCount(), 2);
        QCOMPARE(world().sim->lastRequestHeader(QStringLiteral("/v1/videos/generations"),
                                                "Idempotency-Key"),
                 job.idempotencyKey.toUtf8());
    }

    // Issue 15 #3: two tasks that both look like this job's: neither is
    // taken and nothing is sent again; the user is told what was found.
    void twoLookAlikeTasksAreReportedNotAdopted()
    {
        QStringList found;
        for (int n = 0; n < 2; ++n) {
            ApiReply *made = world().client.createTask(RequestJson::toApiJson(textRequest()),
                                                       QStringLiteral("look-alike-%1").arg(n));
            QSignalSpy spy(made, &ApiReply::finished);
            QVERIFY(spy.wait(kWaitMs));
            found << made->task().id;
            made->deleteLater();
        }
        Job job = leftBehind(textRequest(), JobState::OutcomeUnknown);
        job.createSentAt = QDateTime::currentDateTimeUtc();
        QVERIFY(world().store.insert(job));

        jobs().checkAgain(job.id);
        QVERIFY(waitAllSettled({job.id}));
        const auto row = world().store.job(job.id);
        QCOMPARE(row->state, JobState::OutcomeUnknown);
        QVERIFY(row->taskId.isEmpty());
        QCOMPARE(world().sim->taskCount(), 2);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), 2);
        for (const QString &id : std::as_const(found))
            QVERIFY2(row->error.message.contains(id), qPrintable(row->error.message));
    }

    // Issue 15 #3: a task made long before this job's request is not it.
    void aTaskOutsideTheRequestWindowIsNotAdopted()
    {
        ApiReply *made = world().client.createTask(RequestJson::toApiJson(textRequest()),
                                                   QStringLiteral("earlier-key"));
        QSignalSpy spy(made, &ApiReply::finished);
        QVERIFY(spy.wait(kWaitMs));
        const QString earlier = made->task().id;
        made->deleteLater();
        Job job = leftBehind(textRequest(), JobState::OutcomeUnknown);
        job.createSentAt = QDateTime::currentDateTimeUtc().addSecs(
            LostTaskFinder::kWindowBeforeSeconds + LostTaskFinder::kWindowAfterSeconds);
        job.updatedAt = job.createSentAt;
        QVERIFY(world().store.insert(job));
        jobs().checkAgain(job.id);
        QVERIFY(waitAllSettled({job.id}));
        const auto row = world().store.job(job.id);
        QCOMPARE(row->state, JobState::Done);
        QVERIFY(row->taskId != earlier);
        QCOMPARE(world().sim->taskCount(), 2);
    }

    // Issue 15 #5: the journal refuses writes after the first insert (here
    // another connection holds its write lock, as a stuck process would):
    // before, the failure was only logged and the paid create still sent.
    void noCreateLeavesWhileTheJournalCannotBeWritten()
    {
        world().sim->delayResponses(QStringLiteral("/api/v1/files/upload"), 400);
        QSignalSpy attention(&jobs(), &JobManager::attentionNeeded);
        const QString id = jobs().submit(imageRequest(1));
        QVERIFY(!id.isEmpty());

        QSqlDatabase locker =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(world().journalPath);
        QVERIFY(locker.open());
        QSqlQuery(locker).exec(QStringLiteral("PRAGMA busy_timeout = 0"));
        QVERIFY(QSqlQuery(locker).exec(QStringLiteral("BEGIN EXCLUSIVE")));

        QVERIFY(attention.wait(kWaitMs + 20000));
        const auto live = jobs().job(id);
        QVERIFY(live);
        QCOMPARE(live->state, JobState::Failed);
        QCOMPARE(live->error.code, QStringLiteral("journal_write_failed"));
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), 0);
        QCOMPARE(world().sim->taskCount(), 0);

        QSqlQuery(locker).exec(QStringLiteral("ROLLBACK"));
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    // Issue 15 #5: the task id could not be journaled: the job stops there,
    // loudly, with the task id in the message; no poll, no download.
    void aTaskIdThatCannotBeJournaledStopsTheJobLoudly()
    {
        world().sim->delayResponses(QStringLiteral("/v1/videos/generations"), 600);
        QSignalSpy attention(&jobs(), &JobManager::attentionNeeded);
        const QString id = jobs().submit(textRequest());
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(jobs().job(id)->state, JobState::Submitting, kWaitMs);

        // The journal's connection goes away while the create is out.
        world().store.close();

        QVERIFY(attention.wait(kWaitMs + 20000));
        const auto live = jobs().job(id);
        QCOMPARE(live->state, JobState::Stalled);
        QCOMPARE(world().sim->taskCount(), 1);
        const QString task = world().sim->taskIds().value(0);
        QCOMPARE(live->taskId, task);
        QVERIFY2(live->error.message.contains(task), qPrintable(live->error.message));
        // Nothing to wait for: no poll may follow.
        QTest::qWait(300);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/tasks/")), 0);
        QCOMPARE(jobs().runningCount(), 0);
    }

    // Issue 15 #5: a journal that lives only in memory sends no paid job.
    void anInMemoryJournalSendsNoPaidJob()
    {
        JobStore memory;
        QVERIFY(memory.open(QStringLiteral(":memory:")));
        JobManager manager(&memory, &world().client, &world().nam, &world().settings);
        world().configure(manager);
        QVERIFY(manager.submit(textRequest()).isEmpty());
        QVERIFY(!manager.submitError().isEmpty());
        // Nothing to wait for: no request may leave.
        QTest::qWait(200);
        QCOMPARE(world().sim->requestCount(QStringLiteral("/")), 0);
        // Demo jobs cost nothing and may still run there.
        manager.setDemoMode(true);
        QVERIFY(!manager.submit(textRequest()).isEmpty());
    }

    // Issue 15 #6: the output folder cannot exist (its parent is a file):
    // refused before anything is paid. Before: the task was created and
    // billed, then the download failed.
    void anUnusableOutputFolderIsRefusedBeforePaying()
    {
        const QString file = m_fixture.dir->filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString id = jobs().submit(textRequest(), file + QStringLiteral("/sub/out.mp4"));
        QVERIFY(!id.isEmpty());
        const Job job = world().waitFinished(id, 200);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.error.kind, ErrorKind::Local);
        QVERIFY2(job.error.message.contains(QStringLiteral("Nothing was sent or paid")),
                 qPrintable(job.error.message));
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/videos/generations")), 0);
    }

    // Issue 15 #6: a paid result a local failure kept off the disk is
    // fetched by the next resume while its link is valid.
    void aStrandedResultIsFetchedOnResume()
    {
        const QString id = jobs().submit(textRequest());
        Job done = world().waitFinished(id, 200);
        QCOMPARE(done.state, JobState::Done);
        QVERIFY(QFile::remove(done.videoPath));
        // As a full disk leaves it: failed, link kept, no file.
        done.state = JobState::Failed;
        done.videoPath.clear();
        done.error = ApiError::local(QStringLiteral("disk full"));
        QVERIFY(world().store.update(done));
        QCOMPARE(world().store.strandedResults().size(), 1);

        world().manager = world().makeManager();
        jobs().resumeUnfinished();
        QVERIFY(waitAllSettled({id}));
        const auto row = world().store.job(id);
        QCOMPARE(row->state, JobState::Done);
        QVERIFY(QFile::exists(row->videoPath));
        QCOMPARE(world().sim->taskCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJobOwnership)
#include "tst_jobownership.moc"

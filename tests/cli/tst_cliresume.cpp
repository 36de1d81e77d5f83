// `klingstudio-cli resume` against a test-owned simulator (real mode, key
// from the environment): a create killed in flight is looked up before
// anything is decided, a paid result a local failure kept off the disk is
// fetched, two resumes at once send each job once and both end, and the
// messages name what the command line can do.

#include "JobRows.h"
#include "ProcessText.h"
#include "core/RequestJson.h"
#include "jobs/JobStore.h"
#include "sim/Simulator.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/ApiConfig.h"
#include "api/EvoLinkClient.h"

using namespace ks;

namespace {

constexpr char kKey[] = "sk-test-resume-0123456789";

struct Result
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

// A car on the coast (16:9, 720p, 5 s, no sound) left in `state`, its create
// sent when it was made.
Job leftBehind(JobState state, const QString &outPath)
{
    GenerationRequest request = ks::test::textRequest();
    request.prompt = QStringLiteral("A red car drives along the coast");
    Job job = ks::test::leftBehindJob(request, state);
    job.createSentAt = job.createdAt;
    job.estimateUc = 270000;
    job.outPath = outPath;
    return job;
}

} // namespace

class TestCliResume : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_sim;

    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString journal() const { return dataDir() + QStringLiteral("/journal.sqlite"); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KLINGSTUDIO_DATA_DIR"), dataDir());
        env.insert(QStringLiteral("KLINGSTUDIO_CONFIG_DIR"),
                   m_dir->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("EVOLINK_API_KEY"), QLatin1String(kKey));
        env.insert(QStringLiteral("EVOLINK_API_BASE"), m_sim->baseUrl().toString());
        env.insert(QStringLiteral("EVOLINK_FILES_BASE"), m_sim->baseUrl().toString());
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        return env;
    }

    QProcess *startCli(const QStringList &args)
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(environment());
        p->setWorkingDirectory(m_dir->path());
        p->start(QStringLiteral(KS_CLI_PATH), args);
        p->closeWriteChannel();
        return p;
    }

    // Waits for the process while this one keeps answering as the server;
    // a process still running after `timeoutMs` counts as hung.
    Result finish(QProcess *p, int timeoutMs = 60000)
    {
        Result r;
        QSignalSpy finished(p, &QProcess::finished);
        if (p->state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
            p->kill();
            p->waitForFinished(2000);
            r.err = ks::test::processText(p->readAllStandardError());
            return r;
        }
        r.finished = p->exitStatus() == QProcess::NormalExit;
        r.exitCode = p->exitCode();
        r.out = ks::test::processText(p->readAllStandardOutput());
        r.err = ks::test::processText(p->readAllStandardError());
        p->deleteLater();
        return r;
    }

    Result run(const QStringList &args, int timeoutMs = 60000)
    {
        return finish(startCli(args), timeoutMs);
    }

    std::optional<Job> row(const QString &id)
    {
        JobStore store;
        if (!store.open(journal()))
            return std::nullopt;
        return store.job(id);
    }

    void insert(const Job &job)
    {
        QDir().mkpath(dataDir());
        JobStore store;
        QVERIFY(store.open(journal()));
        QVERIFY(store.insert(job));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<Simulator>();
        QVERIFY(m_sim->start());
        m_sim->addAcceptedKey(QLatin1String(kKey));
        m_sim->setTimeScale(0.02);
    }

    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    // Issue 15 #4: a job killed during its create (left in `submitting`).
    // Before: resume printed "Outcome unknown" and exited 3 at once, its own
    // look-up cancelled, the row back in `submitting` for every later run.
    void resumeLooksUpAKilledCreateBeforeDeciding()
    {
        const QString out = m_dir->filePath(QStringLiteral("car.mp4"));
        const Job job = leftBehind(JobState::Submitting, out);
        insert(job);
        const Result r = run({QStringLiteral("resume")});
        QVERIFY2(r.finished, qPrintable(r.err));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QDir::toNativeSeparators(out)), qPrintable(r.out));
        QVERIFY(QFile::exists(out));
        QCOMPARE(m_sim->taskCount(), 1);
        QCOMPARE(
            m_sim->lastRequestHeader(QStringLiteral("/v1/videos/generations"), "Idempotency-Key"),
            job.idempotencyKey.toUtf8());
        QCOMPARE(row(job.id)->state, JobState::Done);
    }

    // Issue 15 #4: the killed create did reach EvoLink: resume finds that
    // task (same model, length and price, made while the request was out)
    // and finishes the job with it; nothing is billed again.
    void resumeFindsTheTaskAKilledCreateMade()
    {
        const QString out = m_dir->filePath(QStringLiteral("found.mp4"));
        const Job job = leftBehind(JobState::Submitting, out);
        QNetworkAccessManager nam;
        EvoLinkClient client(&nam);
        ApiConfig config;
        config.apiBase = m_sim->baseUrl();
        config.filesBase = m_sim->baseUrl();
        config.apiKey = QLatin1String(kKey);
        client.setConfig(config);
        ApiReply *made = client.createTask(RequestJson::toApiJson(job.request), job.idempotencyKey);
        QSignalSpy spy(made, &ApiReply::finished);
        QVERIFY(spy.wait(20000));
        const QString taskId = made->task().id;
        QVERIFY(!taskId.isEmpty());
        insert(job);

        const Result r = run({QStringLiteral("resume")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(row(job.id)->taskId, taskId);
        QCOMPARE(m_sim->taskCount(), 1);
        QVERIFY(QFile::exists(out));
    }

    // Issue 15 #6: a paid result a full disk kept off the disk. Before:
    // "No unfinished jobs.", exit 0, and only the app could fetch it.
    void resumeFetchesAStrandedPaidResult()
    {
        const QString out = m_dir->filePath(QStringLiteral("first.mp4"));
        Result r = run({QStringLiteral("generate"), QStringLiteral("--prompt"),
                        QStringLiteral("A red car"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::remove(out));
        {
            JobStore store;
            QVERIFY(store.open(journal()));
            QList<Job> jobs = store.recent(1);
            QCOMPARE(jobs.size(), 1);
            Job job = jobs.first();
            job.state = JobState::Failed;
            job.videoPath.clear();
            job.error = ApiError::local(QStringLiteral("No space left on device"));
            QVERIFY(store.update(job));
        }
        r = run({QStringLiteral("resume")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("No unfinished jobs")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QDir::toNativeSeparators(out)), qPrintable(r.out));
        QVERIFY(QFile::exists(out));
        QCOMPARE(m_sim->taskCount(), 1);
    }

    // Issue 15 #2 and #13: three jobs left behind, two resumes started at
    // once: each job is created once, both processes end, and a later
    // resume has nothing left to do.
    void twoResumesAtOnceSendEachJobOnceAndBothEnd()
    {
        QStringList ids;
        for (int n = 0; n < 3; ++n) {
            Job job = leftBehind(n == 0 ? JobState::Queued : JobState::Uploading,
                                 m_dir->filePath(QStringLiteral("take-%1.mp4").arg(n)));
            job.request.prompt += QStringLiteral(", take %1").arg(n);
            insert(job);
            ids << job.id;
        }
        QProcess *a = startCli({QStringLiteral("resume")});
        QProcess *b = startCli({QStringLiteral("resume")});
        const Result ra = finish(a);
        const Result rb = finish(b);
        QVERIFY2(ra.finished, qPrintable(QStringLiteral("first resume hung: ") + ra.err));
        QVERIFY2(rb.finished, qPrintable(QStringLiteral("second resume hung: ") + rb.err));
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QVERIFY2(rb.exitCode == 0, qPrintable(rb.err));
        QCOMPARE(m_sim->requestCount(QStringLiteral("/v1/videos/generations")), 3);
        QCOMPARE(m_sim->taskCount(), 3);
        for (const QString &id : std::as_const(ids)) {
            const auto job = row(id);
            QCOMPARE(job->state, JobState::Done);
            QVERIFY(QFile::exists(job->videoPath));
        }
        const Result again = run({QStringLiteral("resume")}, 30000);
        QVERIFY2(again.finished, "a resume with nothing to do hung");
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("No unfinished jobs.")));
    }

    // Issue 15 #15: this computer's own errors are not "what the server
    // said", and the command line is never sent to a button it lacks.
    void localErrorsAreNotServerMessages()
    {
        const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Result r = run({QStringLiteral("generate"), QStringLiteral("--prompt"),
                              QStringLiteral("A red car"), QStringLiteral("--out"),
                              blocker + QStringLiteral("/sub/car.mp4")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.contains(QStringLiteral("Server said")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Details: ")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Check again")), qPrintable(r.err));
        QCOMPARE(m_sim->taskCount(), 0); // refused before paying
    }
};

QTEST_GUILESS_MAIN(TestCliResume)
#include "tst_cliresume.moc"

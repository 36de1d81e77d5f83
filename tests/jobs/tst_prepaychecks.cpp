// The steps between Generate and the first paid request (issue 17 items 9
// and 12), against the simulator over loopback HTTP: the file quota read
// before a job's uploads (API.md §10.1 #10) and the optional moderation
// check (§10.1 #15).

#include "JobWorld.h"
#include "core/ImageProbe.h"
#include "core/ModerationCategoryText.h"
#include "jobs/FileQuotaGate.h"
#include "jobs/JobManager.h"
#include "jobs/ModerationPrecheck.h"
#include "sim/Simulator.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ks;
using namespace ks::test;

namespace {

constexpr int kWaitMs = 15000;

} // namespace

class TestPrepayChecks : public QObject
{
    Q_OBJECT

private:
    JobWorldFixture m_fixture;

    JobWorld &world() { return *m_fixture.world; }
    JobManager &jobs() { return *m_fixture.world->manager; }
    Job waitFinished(const QString &id) { return m_fixture.world->waitFinished(id, kWaitMs / 10); }

    MediaRef localPng(const char *name, QColor color)
    {
        const QString path = m_fixture.dir->filePath(QLatin1String(name));
        QImage image(640, 360, QImage::Format_RGB32);
        image.fill(color);
        image.save(path, "PNG");
        MediaRef ref;
        ref.localPath = path;
        ref.info = ImageProbe::probeFile(path);
        return ref;
    }

    // Image to video with two local images: two uploads.
    GenerationRequest twoLocalImages()
    {
        GenerationRequest r;
        r.mode = Mode::ImageToVideo;
        r.prompt = QStringLiteral("The scene slowly comes alive");
        r.durationSeconds = 5;
        r.aspectRatio.reset();
        r.imageStart = localPng("start.png", Qt::darkBlue);
        r.imageEnd = localPng("end.png", Qt::darkGreen);
        return r;
    }

    int uploads() { return world().sim->requestCount(QStringLiteral("/api/v1/files/upload")); }
    int creates() { return world().sim->requestCount(QStringLiteral("/v1/videos/generations")); }
    int quotaReads() { return world().sim->requestCount(QStringLiteral("/api/v1/files/quota")); }

    // Runs a precheck to its end.
    ModerationPrecheck::Outcome precheck(ModerationPrecheck &check, const GenerationRequest &r)
    {
        QSignalSpy finished(&check, &ModerationPrecheck::finished);
        check.start(r);
        if (!finished.wait(kWaitMs))
            qWarning("the precheck did not finish");
        return check.outcome();
    }

    QJsonArray lastModerationInput()
    {
        return QJsonDocument::fromJson(
                   world().sim->lastRequestBody(QStringLiteral("/v1/moderations")))
            .object()
            .value(QStringLiteral("input"))
            .toArray();
    }

private slots:
    void init()
    {
        const QString notReady = m_fixture.setUp();
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    }

    void cleanup() { m_fixture.tearDown(); }

    // ---- item 9: file quota ----

    void quotaTooSmallStopsBeforeUploadAndCreate()
    {
        world().sim->setFileQuota(10, 9); // 1 file left
        QSignalSpy attention(&jobs(), &JobManager::attentionNeeded);
        const Job job = waitFinished(jobs().submit(twoLocalImages()));
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(quotaReads(), 1);
        QCOMPARE(uploads(), 0);
        QCOMPARE(creates(), 0);
        QCOMPARE(job.error.code, FileQuotaGate::errorCode());
        // The numbers: 1 of 10 left, 2 needed; and when room comes back.
        QVERIFY2(job.error.message.contains(QStringLiteral("1 of 10 files left")),
                 qPrintable(job.error.message));
        QVERIFY2(job.error.message.contains(QStringLiteral("needs to upload 2")),
                 qPrintable(job.error.message));
        QVERIFY(job.error.message.contains(QStringLiteral("72 hours")));
        QVERIFY(ErrorCatalog::userMessage(job.error).contains(
            QStringLiteral("before anything was uploaded or paid")));
        QCOMPARE(attention.count(), 1);
        QVERIFY(job.request.imageStart.url.isEmpty());
    }

    void quotaWithRoomUploadsEverything()
    {
        world().sim->setFileQuota(10, 8); // exactly 2 left
        const Job job = waitFinished(jobs().submit(twoLocalImages()));
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(quotaReads(), 1);
        QCOMPARE(uploads(), 2);
        QCOMPARE(creates(), 1);
    }

    void quotaEndpointMissingDoesNotBlock()
    {
        world().sim->injectHttpError(QStringLiteral("/api/v1/files/quota"), 404,
                                     QStringLiteral("not_found"));
        const Job job = waitFinished(jobs().submit(twoLocalImages()));
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(quotaReads(), 1); // asked, and went on without it
        QCOMPARE(uploads(), 2);
        QCOMPARE(creates(), 1);
    }

    void quotaGarbageDoesNotBlock()
    {
        world().sim->injectRawBody(QStringLiteral("/api/v1/files/quota"),
                                   QByteArrayLiteral("<html>maintenance</html>"),
                                   QByteArrayLiteral("text/html"));
        const Job job = waitFinished(jobs().submit(twoLocalImages()));
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(quotaReads(), 1);
        QCOMPARE(uploads(), 2);
    }

    void noLocalFilesNoQuotaRead()
    {
        GenerationRequest r;
        r.prompt = QStringLiteral("A quiet harbour at dawn");
        const Job job = waitFinished(jobs().submit(r));
        QCOMPARE(job.state, JobState::Done);
        QCOMPARE(quotaReads(), 0);
    }

    void gateDecidesOnNumbers()
    {
        FileQuota q;
        q.maxFiles = 2000;
        q.remainFiles = 65;
        QVERIFY(!FileQuotaGate::verdict(q, 65).isError());
        QVERIFY(FileQuotaGate::verdict(q, 66).isError());
        QVERIFY(!FileQuotaGate::verdict(std::nullopt, 66).isError());
        q.remainFiles = 0;
        QVERIFY(!FileQuotaGate::verdict(q, 0).isError());
    }

    void clientReadsQuotaAndSimulatorRefusesPastIt()
    {
        world().sim->setFileQuota(2000, 35);
        ApiReply *reply = world().client.getFileQuota();
        QSignalSpy done(reply, &ApiReply::finished);
        QVERIFY(done.wait(kWaitMs));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->fileQuota().maxFiles, 2000);
        QCOMPARE(reply->fileQuota().usedFiles, 35);
        QCOMPARE(reply->fileQuota().remainFiles, 1965);
        QCOMPARE(reply->fileQuota().userGroup, QStringLiteral("default"));
        reply->deleteLater();

        // Full: the simulator's files API refuses the upload (403, files envelope).
        world().sim->setFileQuota(1, 1);
        const MediaRef png = localPng("full.png", Qt::gray);
        ApiReply *upload = world().client.uploadFile(png.localPath, QStringLiteral("image/png"));
        QSignalSpy uploaded(upload, &ApiReply::finished);
        QVERIFY(uploaded.wait(kWaitMs));
        QCOMPARE(upload->error().httpStatus, 403);
        QVERIFY(upload->error().message.contains(QStringLiteral("quota")));
        upload->deleteLater();
    }

    void parsesDocumentedQuotaExample()
    {
        const auto q = FileQuota::parse(
            R"({"success":true,"code":200,"data":{"user_group":"default","used_files":35,)"
            R"("max_files":2000,"remain_files":65,"is_custom":false,"quota_reason":""}})");
        QVERIFY(q);
        QCOMPARE(q->remainFiles, 65);
        QCOMPARE(q->maxFiles, 2000);
        QVERIFY(!FileQuota::parse(R"({"success":false,"code":500,"msg":"x"})"));
        QVERIFY(!FileQuota::parse("not json"));
    }

    // ---- item 12: moderation check before paying ----

    void moderationCallBothOutcomes()
    {
        ApiReply *calm = world().client.moderate(QStringLiteral("A calm lake at dawn"), {});
        QSignalSpy calmDone(calm, &ApiReply::finished);
        QVERIFY(calmDone.wait(kWaitMs));
        QVERIFY2(!calm->error().isError(), qPrintable(calm->error().message));
        QVERIFY(!calm->moderation().flagged);
        QCOMPARE(calm->moderation().riskLevel, QStringLiteral("low"));
        const QJsonObject sent =
            QJsonDocument::fromJson(world().sim->lastRequestBody(QStringLiteral("/v1/moderations")))
                .object();
        QCOMPARE(sent.value(QStringLiteral("model")).toString(),
                 QStringLiteral("evolink-moderation-1.0"));
        calm->deleteLater();

        ApiReply *gory = world().client.moderate(QStringLiteral("A battlefield full of gore"),
                                                 QStringLiteral("https://example.com/a.png"));
        QSignalSpy goryDone(gory, &ApiReply::finished);
        QVERIFY(goryDone.wait(kWaitMs));
        QVERIFY2(!gory->error().isError(), qPrintable(gory->error().message));
        QVERIFY(gory->moderation().flagged);
        QCOMPARE(gory->moderation().riskLevel, QStringLiteral("high"));
        QCOMPARE(gory->moderation().mainCategory(), QStringLiteral("violence/graphic"));
        QCOMPARE(lastModerationInput().size(), 2);
        gory->deleteLater();
    }

    void precheckSendsTextAndOnlyOnlineImages()
    {
        ModerationPrecheck check(&world().client);
        GenerationRequest r = twoLocalImages();
        r.prompt = QStringLiteral("Nude statues in a museum");
        QCOMPARE(precheck(check, r), ModerationPrecheck::Outcome::Flagged);
        QCOMPARE(check.category(), QStringLiteral("sexual"));
        // Local images are not uploaded for the check: text only, no upload.
        QCOMPARE(lastModerationInput().size(), 1);
        QCOMPARE(uploads(), 0);

        r.prompt = QStringLiteral("A quiet harbour at dawn");
        r.imageStart = {};
        r.imageStart.url = QStringLiteral("https://example.com/frame.png");
        QCOMPARE(precheck(check, r), ModerationPrecheck::Outcome::Clear);
        const QJsonArray input = lastModerationInput();
        QCOMPARE(input.size(), 2);
        QCOMPARE(input.at(1)
                     .toObject()
                     .value(QStringLiteral("image_url"))
                     .toObject()
                     .value(QStringLiteral("url"))
                     .toString(),
                 QStringLiteral("https://example.com/frame.png"));
    }

    void precheckThatCannotRunSaysSo()
    {
        ModerationPrecheck check(&world().client);
        GenerationRequest r;
        r.prompt = QStringLiteral("A battlefield full of gore");
        world().sim->injectHttpError(QStringLiteral("/v1/moderations"), 503,
                                     QStringLiteral("service_unavailable"));
        QCOMPARE(precheck(check, r), ModerationPrecheck::Outcome::CouldNotRun);
        QVERIFY(!check.problem().isEmpty());

        check.setTimeoutMs(200);
        world().sim->delayResponses(QStringLiteral("/v1/moderations"), 3000);
        QCOMPARE(precheck(check, r), ModerationPrecheck::Outcome::CouldNotRun);
        QVERIFY(!check.problem().isEmpty());
    }

    // The check may be billed: when the server closes the connection without
    // an answer, Qt must not send it again on its own; the check just could not run.
    void droppedPrecheckIsSentOnce()
    {
        ModerationPrecheck check(&world().client);
        GenerationRequest r;
        r.prompt = QStringLiteral("A calm lake at dawn");
        const int before = world().sim->requestCount(QStringLiteral("/v1/moderations"));
        world().sim->dropConnections(QStringLiteral("/v1/moderations"), 5);
        QCOMPARE(precheck(check, r), ModerationPrecheck::Outcome::CouldNotRun);
        QVERIFY(!check.problem().isEmpty());
        QCOMPARE(world().sim->requestCount(QStringLiteral("/v1/moderations")) - before, 1);
    }

    void categoriesHaveNames()
    {
        QCOMPARE(ModerationCategoryText::displayName(QStringLiteral("violence/graphic")),
                 QStringLiteral("graphic violence"));
        QCOMPARE(ModerationCategoryText::displayName(QStringLiteral("something-new")),
                 QStringLiteral("something-new"));
    }
};

QTEST_GUILESS_MAIN(TestPrepayChecks)
#include "tst_prepaychecks.moc"

// The journal: every field survives a reopen, newest-first listing,
// unfinished jobs, a corrupt file moved aside, and the cross-process
// download claim.

#include "jobs/Job.h"
#include "jobs/JobStore.h"
#include "jobs/JournalPreload.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <random>

using namespace ks;

namespace {

Job makeJob(const QDateTime &created, JobState state = JobState::Queued)
{
    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.createdAt = created;
    job.updatedAt = created;
    job.state = state;
    job.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.request.prompt = QStringLiteral("a fox in the snow");
    job.estimateUc = 270000;
    return job;
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // Takes a journal written by this version back to schema `version`:
    // drops what the later schemas added, newest first. Empty when it worked.
    static QString downgrade(const QString &file, int version)
    {
        QStringList steps;
        if (version < 4)
            steps << QStringLiteral("DROP INDEX jobs_batch_id")
                  << QStringLiteral("ALTER TABLE jobs DROP COLUMN batch_id")
                  << QStringLiteral("ALTER TABLE jobs DROP COLUMN batch_index");
        if (version < 3)
            steps << QStringLiteral("ALTER TABLE jobs DROP COLUMN credits_reserved_raw");
        if (version < 2)
            steps << QStringLiteral("ALTER TABLE jobs DROP COLUMN create_sent_at");
        steps << QStringLiteral("PRAGMA user_version = %1").arg(version);
        QString error;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(file);
            if (!db.open())
                error = db.lastError().text();
            QSqlQuery q(db);
            for (const QString &step : std::as_const(steps)) {
                if (error.isEmpty() && !q.exec(step))
                    error = step + QStringLiteral(": ") + q.lastError().text();
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        return error;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void insertUpdateReopen()
    {
        const QString file = path("roundtrip.sqlite");
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(1760000000123, QTimeZone::utc());
        Job job = makeJob(created);
        job.request.mode = Mode::ImageToVideo;
        job.request.prompt = QStringLiteral("雪中的狐狸 <<<image_1>>>");
        job.request.durationSeconds = 7;
        job.request.aspectRatio.reset();
        job.request.quality = Quality::P1080;
        job.request.sound = true;
        job.request.imageStart.localPath = QStringLiteral("/tmp/frame.png");
        job.request.imageStart.url = QStringLiteral("https://files.example/frame.png");
        job.request.imageStart.uploadedAt =
            QDateTime::fromSecsSinceEpoch(1760000100, QTimeZone::utc());
        job.request.imageStart.info.format = MediaFormat::Png;
        job.request.imageStart.info.width = 640;
        job.request.imageStart.info.height = 360;
        job.request.imageStart.info.bytes = 4242;
        job.request.imageStart.info.probed = true;
        job.outPath = QStringLiteral("/tmp/out.mp4");
        job.demo = true;
        {
            JobStore store;
            QString notice;
            QVERIFY(store.open(file, &notice));
            QVERIFY2(notice.isEmpty(), qPrintable(notice));
            QVERIFY(store.insert(job));
            QVERIFY(!store.insert(job)); // same id twice is refused

            job.state = JobState::Failed;
            job.taskId = QStringLiteral("task-unified-1760000000-abcdefgh");
            job.progress = 42;
            job.etaSeconds = 17;
            job.creditsReserved = 63.0126;
            job.creditsUsed = 63.0126;
            job.resultUrl = QStringLiteral("https://cdn.example/result.mp4");
            job.resultAt = QDateTime::fromMSecsSinceEpoch(1760000200456, QTimeZone::utc());
            job.videoPath = QStringLiteral("/tmp/kling.mp4");
            job.elementId = QStringLiteral("element-1");
            job.error.kind = ErrorKind::Http;
            job.error.httpStatus = 402;
            job.error.code = QStringLiteral("insufficient_quota");
            job.error.message = QStringLiteral("Balance too low");
            job.error.type = QStringLiteral("insufficient_quota");
            job.error.param = QStringLiteral("model");
            job.downloadedBytes = 1000;
            job.totalBytes = 2000;
            job.updatedAt = created.addSecs(60);
            QVERIFY(store.update(job));
            QCOMPARE(store.count(), 1);

            Job unknown = makeJob(created);
            QVERIFY(!store.update(unknown)); // update never creates a row
            QCOMPARE(store.count(), 1);
        }
        JobStore reopened;
        QVERIFY(reopened.open(file));
        const std::optional<Job> back = reopened.job(job.id);
        QVERIFY(back);
        QCOMPARE(back->id, job.id);
        QCOMPARE(back->createdAt, created);
        QCOMPARE(back->updatedAt, created.addSecs(60));
        QCOMPARE(back->state, JobState::Failed);
        QCOMPARE(back->idempotencyKey, job.idempotencyKey);
        QCOMPARE(back->taskId, job.taskId);
        QCOMPARE(back->progress, 42);
        QCOMPARE(back->etaSeconds, std::optional<int>(17));
        QCOMPARE(back->estimateUc, qint64(270000));
        QCOMPARE(back->creditsReserved, std::optional<double>(63.0126));
        QCOMPARE(back->creditsUsed, std::optional<double>(63.0126));
        QCOMPARE(back->resultUrl, job.resultUrl);
        QCOMPARE(back->resultAt, job.resultAt);
        QCOMPARE(back->videoPath, job.videoPath);
        QCOMPARE(back->outPath, job.outPath);
        QCOMPARE(back->elementId, job.elementId);
        QCOMPARE(back->error.kind, ErrorKind::Http);
        QCOMPARE(back->error.httpStatus, 402);
        QCOMPARE(back->error.code, job.error.code);
        QCOMPARE(back->error.message, job.error.message);
        QCOMPARE(back->error.type, job.error.type);
        QCOMPARE(back->error.param, job.error.param);
        QCOMPARE(back->downloadedBytes, qint64(1000));
        QCOMPARE(back->totalBytes, qint64(2000));
        QCOMPARE(back->demo, true);
        // The request comes back whole, local path and upload time included.
        QCOMPARE(back->request.mode, Mode::ImageToVideo);
        QCOMPARE(back->request.prompt, job.request.prompt);
        QCOMPARE(back->request.durationSeconds, 7);
        QCOMPARE(back->request.aspectRatio, std::nullopt);
        QCOMPARE(back->request.quality, Quality::P1080);
        QCOMPARE(back->request.sound, true);
        QCOMPARE(back->request.imageStart.localPath, job.request.imageStart.localPath);
        QCOMPARE(back->request.imageStart.url, job.request.imageStart.url);
        QCOMPARE(back->request.imageStart.uploadedAt, job.request.imageStart.uploadedAt);
        QCOMPARE(back->request.imageStart.info.width, 640);

        // Optional fields really are optional in the file.
        Job bare = makeJob(created.addSecs(1));
        QVERIFY(reopened.insert(bare));
        const std::optional<Job> bareBack = reopened.job(bare.id);
        QVERIFY(bareBack);
        QCOMPARE(bareBack->etaSeconds, std::nullopt);
        QCOMPARE(bareBack->creditsReserved, std::nullopt);
        QVERIFY(!bareBack->resultAt.isValid());
        QCOMPARE(bareBack->error.kind, ErrorKind::None);
        QCOMPARE(bareBack->demo, false);
        QCOMPARE(reopened.job(QStringLiteral("no-such-id")), std::nullopt);
    }

    void journalSettings()
    {
        const QString file = path("pragmas.sqlite");
        JobStore store;
        QVERIFY(store.open(file));
        QVERIFY(store.insert(makeJob(QDateTime::currentDateTimeUtc())));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 4);
            QVERIFY(
                q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                      "name = 'jobs_created_at'"))
                && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    // Schema 2 adds create_sent_at; a journal of schema 1 keeps every job.
    void schemaOneIsMigrated()
    {
        const QString file = path("v1.sqlite");
        Job job = makeJob(QDateTime::currentDateTimeUtc());
        job.taskId = QStringLiteral("task-unified-1-kept0000");
        {
            JobStore store;
            QVERIFY(store.open(file));
            QVERIFY(store.insert(job));
        }
        const QString downgraded = downgrade(file, 1);
        QVERIFY2(downgraded.isEmpty(), qPrintable(downgraded));
        JobStore store;
        QVERIFY2(store.open(file), qPrintable(store.lastError()));
        const auto row = store.job(job.id);
        QVERIFY(row);
        QCOMPARE(row->taskId, job.taskId);
        QVERIFY(!row->createSentAt.isValid());
        Job sent = *row;
        sent.createSentAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.update(sent));
        QCOMPARE(store.job(job.id)->createSentAt.toSecsSinceEpoch(),
                 sent.createSentAt.toSecsSinceEpoch());
    }

    // Schema 3 (issue 17 item 7): a journal of schema 2 kept credits_reserved
    // as EvoLink sent it, credits or UC. Migrated, it holds credits, the raw
    // figure beside them, and no credits at all where the unit is unclear.
    void schemaTwoReservationsAreMigrated()
    {
        const QString file = path("v2.sqlite");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        struct Row
        {
            std::optional<double> stored;
            std::optional<double> credits;
        };
        const QList<Row> rows = {{270000.0, 27.0}, {27.0, 27.0}, {5000.0, {}}, {{}, {}}};
        QStringList ids;
        {
            JobStore store;
            QVERIFY(store.open(file));
            for (const Row &r : rows) {
                Job job = makeJob(now.addSecs(ids.size()));
                job.estimateUc = 270000; // 27 credits
                job.creditsReserved = r.stored;
                QVERIFY(store.insert(job));
                ids << job.id;
            }
        }
        const QString downgraded = downgrade(file, 2);
        QVERIFY2(downgraded.isEmpty(), qPrintable(downgraded));
        JobStore store;
        QVERIFY2(store.open(file), qPrintable(store.lastError()));
        for (int i = 0; i < rows.size(); ++i) {
            const auto job = store.job(ids.at(i));
            QVERIFY(job);
            QCOMPARE(job->creditsReserved, rows.at(i).credits);
            QCOMPARE(job->creditsReservedRaw, rows.at(i).stored);
        }
        QCOMPARE(store.job(ids.at(2))->reservationText(),
                 QStringLiteral("EvoLink reserved 5000 (unit unclear: expected about 27.00 "
                                "credits)"));
    }

    // Schema 4 (issue 20): the takes of one click share a batch id. A
    // journal of schema 3 keeps its jobs, alone in no batch.
    void schemaThreeGetsBatches()
    {
        const QString file = path("v3.sqlite");
        const Job job = makeJob(QDateTime::currentDateTimeUtc());
        {
            JobStore store;
            QVERIFY(store.open(file));
            QVERIFY(store.insert(job));
        }
        const QString downgraded = downgrade(file, 3);
        QVERIFY2(downgraded.isEmpty(), qPrintable(downgraded));
        JobStore store;
        QVERIFY2(store.open(file), qPrintable(store.lastError()));
        QCOMPARE(store.job(job.id)->batchId, QString());
        QCOMPARE(store.job(job.id)->batchIndex, 0);
        Job take = makeJob(QDateTime::currentDateTimeUtc());
        take.batchId = QStringLiteral("batch-1");
        take.batchIndex = 2;
        QVERIFY(store.insert(take));
        QCOMPARE(store.job(take.id)->batchId, QStringLiteral("batch-1"));
        QCOMPARE(store.job(take.id)->batchIndex, 2);
        // An update never moves a job to another batch.
        take.batchId = QStringLiteral("batch-2");
        take.progress = 40;
        QVERIFY(store.update(take));
        QCOMPARE(store.job(take.id)->batchId, QStringLiteral("batch-1"));
        QCOMPARE(store.job(take.id)->progress, 40);
    }

    // The takes of one click are journaled together or not at all: a row
    // that cannot be written leaves none of them behind (nothing is sent).
    void insertAllIsAllOrNothing()
    {
        JobStore store;
        QVERIFY(store.open(path("takes.sqlite")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Job> takes;
        for (int i = 0; i < 3; ++i) {
            Job job = makeJob(now.addSecs(i));
            job.batchId = QStringLiteral("b");
            job.batchIndex = i + 1;
            takes << job;
        }
        QVERIFY(store.insertAll(takes));
        QCOMPARE(store.count(), 3);
        QList<Job> clash = {makeJob(now.addSecs(10)), takes.at(1)}; // the second id exists
        QVERIFY(!store.insertAll(clash));
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(store.count(), 3);
        QVERIFY(!store.job(clash.at(0).id));
    }

    void recentNewestFirst()
    {
        JobStore store;
        QVERIFY(store.open(path("recent.sqlite")));
        const QDateTime base = QDateTime::fromSecsSinceEpoch(1760000000, QTimeZone::utc());
        QList<Job> jobs;
        for (int i = 0; i < 25; ++i)
            jobs.append(makeJob(base.addSecs(60 * i)));
        // Insertion order must not matter, only created_at.
        std::mt19937 rng(7);
        QList<Job> shuffled = jobs;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        for (const Job &job : shuffled)
            QVERIFY(store.insert(job));
        QCOMPARE(store.count(), 25);
        const QList<Job> recent = store.recent(20);
        QCOMPARE(recent.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(recent.at(i).id, jobs.at(24 - i).id);
        QCOMPARE(store.recent(100).size(), 25);
    }

    void unfinishedJobs()
    {
        JobStore store;
        QVERIFY(store.open(path("unfinished.sqlite")));
        const QList<JobState> all = {
            JobState::Queued,  JobState::Uploading,   JobState::Submitting,
            JobState::Running, JobState::Downloading, JobState::Done,
            JobState::Failed,  JobState::Cancelled,   JobState::OutcomeUnknown,
            JobState::Stalled, JobState::Expired,     JobState::Stopped};
        const QDateTime base = QDateTime::fromSecsSinceEpoch(1760000000, QTimeZone::utc());
        QHash<QString, JobState> byId;
        for (int i = 0; i < all.size(); ++i) {
            const Job job = makeJob(base.addSecs(i), all.at(i));
            byId.insert(job.id, job.state);
            QVERIFY(store.insert(job));
        }
        const QList<Job> unfinished = store.unfinished();
        QList<JobState> states;
        for (const Job &job : unfinished) {
            QCOMPARE(job.state, byId.value(job.id));
            states.append(job.state);
        }
        // Oldest first, so a resumed queue keeps its order.
        const QList<JobState> expected = {JobState::Queued,      JobState::Uploading,
                                          JobState::Submitting,  JobState::Running,
                                          JobState::Downloading, JobState::OutcomeUnknown,
                                          JobState::Stalled};
        QCOMPARE(states, expected);
    }

    void removeKeepsVideoFile()
    {
        JobStore store;
        QVERIFY(store.open(path("remove.sqlite")));
        const QString video = path("keep-me.mp4");
        QFile f(video);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not really a video");
        f.close();
        Job job = makeJob(QDateTime::currentDateTimeUtc(), JobState::Done);
        job.videoPath = video;
        QVERIFY(store.insert(job));
        QVERIFY(store.remove(job.id));
        QCOMPARE(store.job(job.id), std::nullopt);
        QVERIFY(QFile::exists(video));
        QVERIFY(!store.remove(job.id));
    }

    void corruptFileMovedAside()
    {
        const QString file = path("corrupt.sqlite");
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 131 + 7) % 251));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        JobStore store;
        QString notice;
        QVERIFY(store.open(file, &notice));
        QVERIFY(!notice.isEmpty());
        QVERIFY(store.isOpen());
        QCOMPARE(store.count(), 0);
        QVERIFY(store.insert(makeJob(QDateTime::currentDateTimeUtc())));
        QCOMPARE(store.count(), 1);

        const QStringList aside =
            QDir(m_dir.path()).entryList({QStringLiteral("corrupt.sqlite.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY(QRegularExpression(QStringLiteral("^corrupt\\.sqlite\\.corrupt-\\d{8}-\\d{6}$"))
                    .match(aside.first())
                    .hasMatch());
        QVERIFY(notice.contains(aside.first()));
        QFile kept(QDir(m_dir.path()).filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage); // the user's bytes are kept as they were
    }

    void claimDownloadIsExclusive()
    {
        const QString file = path("claim.sqlite");
        JobStore a;
        JobStore b;
        QVERIFY(a.open(file));
        QVERIFY(b.open(file));
        const Job job = makeJob(QDateTime::currentDateTimeUtc(), JobState::Downloading);
        QVERIFY(a.insert(job));
        QVERIFY(b.job(job.id)); // the second process sees the row at once

        QVERIFY(a.claimJob(job.id, QStringLiteral("gui")));
        QVERIFY(!b.claimJob(job.id, QStringLiteral("cli")));
        QVERIFY(a.claimJob(job.id, QStringLiteral("gui"))); // renewing is fine
        QVERIFY(!b.claimJob(job.id, QStringLiteral("cli")));
        // A whole-row update of the job must not drop the claim.
        Job updated = job;
        updated.progress = 50;
        QVERIFY(a.update(updated));
        QVERIFY(!b.claimJob(job.id, QStringLiteral("cli")));

        b.releaseJob(job.id, QStringLiteral("cli")); // not its claim: no effect
        QVERIFY(!b.claimJob(job.id, QStringLiteral("cli")));
        a.releaseJob(job.id, QStringLiteral("gui"));
        QVERIFY(b.claimJob(job.id, QStringLiteral("cli")));
        QVERIFY(!a.claimJob(job.id, QStringLiteral("gui")));
        QVERIFY(!a.claimJob(QStringLiteral("no-such-job"), QStringLiteral("gui")));

        // A holder that died: its lease goes stale after ten minutes.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE jobs SET download_claimed_at = ? WHERE id = ?"));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch()
                           - (JobStore::kClaimLeaseSeconds + 5) * 1000LL);
            q.addBindValue(job.id);
            QVERIFY(q.exec());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        QVERIFY(a.claimJob(job.id, QStringLiteral("gui")));
        QVERIFY(!b.claimJob(job.id, QStringLiteral("cli")));
    }

    void readOnlyOpenAndPreload()
    {
        const QString file = path("preload.sqlite");
        const QDateTime base = QDateTime::fromSecsSinceEpoch(1760000000, QTimeZone::utc());
        QList<Job> jobs;
        {
            JobStore writer;
            QVERIFY(writer.open(file));
            for (int i = 0; i < 23; ++i) {
                jobs.append(makeJob(base.addSecs(60 * i), JobState::Done));
                QVERIFY(writer.insert(jobs.last()));
            }
            // The writer stays open (WAL) while another connection reads.
            JobStore reader;
            QVERIFY(reader.openForReading(file));
            QCOMPARE(reader.recent(20).first().id, jobs.last().id);
            Job extra = makeJob(base.addSecs(-60));
            QVERIFY(!reader.insert(extra)); // read-only
            QCOMPARE(writer.count(), 23);
        }

        // On a worker thread, with its own connection: the newest 20 rows.
        JournalPreload preload;
        preload.start(file, 20);
        const QList<Job> read = preload.take();
        QCOMPARE(read.size(), 20);
        QCOMPARE(read.first().id, jobs.at(22).id);
        QCOMPARE(read.last().id, jobs.at(3).id);
        QCOMPARE(read.first().state, JobState::Done);
        QCOMPARE(read.first().request.prompt, QStringLiteral("a fox in the snow"));
        QVERIFY(preload.take().isEmpty()); // taken once
        // No connection is left behind by the worker.
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(QSqlDatabase::database(name, false).databaseName() != file
                         || !QSqlDatabase::database(name, false).isOpen(),
                     qPrintable(name));

        // Nothing to read: no journal yet (and none is created), another
        // schema version (open() migrates those, not the preload), a file
        // that is no database.
        JournalPreload missing;
        missing.start(path("none-yet.sqlite"), 20);
        QVERIFY(missing.take().isEmpty());
        QVERIFY(!QFile::exists(path("none-yet.sqlite")));

        const QString future = path("future.sqlite");
        {
            JobStore store;
            QVERIFY(store.open(future));
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(future);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        JobStore reader;
        QVERIFY(!reader.openForReading(future));
        QVERIFY(reader.lastError().contains(QStringLiteral("99")));
        QVERIFY(!reader.isOpen());

        const QString garbage = path("garbage.sqlite");
        QFile junk(garbage);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        JournalPreload damaged;
        damaged.start(garbage, 20);
        QVERIFY(damaged.take().isEmpty());
        QCOMPARE(QFileInfo(garbage).size(), 4096); // left for open() to move aside
    }

    void closedStoreRefusesWrites()
    {
        JobStore store;
        QVERIFY(!store.isOpen());
        QVERIFY(!store.insert(makeJob(QDateTime::currentDateTimeUtc())));
        QCOMPARE(store.count(), 0);
        QVERIFY(store.recent().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"

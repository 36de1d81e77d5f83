// HistoryModel against a real JobStore in a temp dir: the 20 newest jobs,
// roles and texts, header counts, row-by-row updates, thumbnails.

#include "history/HistoryModel.h"
#include "history/ThumbnailCache.h"
#include "jobs/JobStore.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <QWidget>
#include <QtTest>

using namespace ks;

class TestHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newestTwentyFirst();
    void snapshotThenJournalInPlace();
    void rolesAndTexts();
    void headerCounts();
    void updatesRowByRow();
    void removeBringsNextJobIn();
    void thumbnailFromStartImage();
    void thumbnailPixmapsDecodeOutsidePaint();
    void thumbnailDecodesStartAfterThePaint();
    void warnsAboutResultsNotDownloaded();
    void multiShotCardShowsTheShots();
    void queuedCountedApart();
    void almostDoneOnlyNearTheEnd();

private:
    Job makeJob(int index, JobState state) const;
    QString thumbnailFile(const QString &name, const QColor &color) const;

    QTemporaryDir m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<ThumbnailCache> m_thumbs;
    std::unique_ptr<HistoryModel> m_model;
    QDateTime m_base;
};

void TestHistoryModel::initTestCase()
{
    QVERIFY(m_env.isValid());
    qputenv("KLINGSTUDIO_DATA_DIR", m_env.filePath(QStringLiteral("data")).toUtf8());
    qputenv("KLINGSTUDIO_CONFIG_DIR", m_env.filePath(QStringLiteral("config")).toUtf8());
    qunsetenv("EVOLINK_API_KEY");
    m_base = QDateTime::currentDateTimeUtc().addSecs(-3600);
}

Job TestHistoryModel::makeJob(int index, JobState state) const
{
    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.createdAt = m_base.addSecs(index * 10);
    job.updatedAt = job.createdAt;
    job.request.mode = Mode::TextToVideo;
    job.request.prompt =
        QStringLiteral("Prompt %1: a paper boat drifting down a rainy street").arg(index);
    job.request.durationSeconds = 5;
    job.request.quality = Quality::P720;
    job.request.aspectRatio = AspectRatio::Wide16x9;
    job.state = state;
    job.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.estimateUc = 270000; // 27.00 credits
    return job;
}

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<JobStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("journal.sqlite"))));

    // 25 jobs, oldest first. Among the newest 20 (indices 5..24): 2 running,
    // 5 done, the rest failed; the 5 oldest are done but out of view.
    for (int i = 0; i < 25; ++i) {
        JobState state = JobState::Failed;
        if (i < 5 || (i >= 10 && i < 15))
            state = JobState::Done;
        else if (i == 23 || i == 24)
            state = JobState::Running;
        Job job = makeJob(i, state);
        if (state == JobState::Failed)
            job.error = ApiError::fromTask(QStringLiteral("content_policy_violation"),
                                           QStringLiteral("blocked"));
        if (state == JobState::Running) {
            job.taskId = QStringLiteral("task-unified-1757169743-abcd%1").arg(i);
            job.progress = 45;
            job.etaSeconds = 40;
            job.creditsReserved = 27;
            job.updatedAt = QDateTime::currentDateTimeUtc();
        }
        QVERIFY(m_store->insert(job));
    }
    m_thumbs = std::make_unique<ThumbnailCache>(m_dir->filePath(QStringLiteral("thumbs")));
    m_model = std::make_unique<HistoryModel>();
    m_model->setSources(m_store.get(), nullptr, m_thumbs.get());
}

void TestHistoryModel::cleanup()
{
    m_model.reset();
    m_thumbs.reset();
    m_store.reset();
    m_dir.reset();
}

void TestHistoryModel::newestTwentyFirst()
{
    QCOMPARE(m_store->count(), 25);
    QCOMPARE(m_model->rowCount(), 20);
    for (int row = 0; row < 20; ++row) {
        const QString prompt = m_model->index(row).data(HistoryModel::PromptRole).toString();
        QVERIFY2(prompt.startsWith(QStringLiteral("Prompt %1:").arg(24 - row)), qPrintable(prompt));
    }
}

void TestHistoryModel::snapshotThenJournalInPlace()
{
    // The first frame's rows come from a snapshot (JournalPreload)...
    HistoryModel model;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.showSnapshot(m_store->recent(HistoryModel::kLimit), m_thumbs.get());
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.runningCount(), 2);
    QCOMPARE(model.doneCount(), 5);

    // ...then the journal is attached: the same rows, nothing moves.
    model.setSources(m_store.get(), nullptr, m_thumbs.get());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(removes.count(), 0);
    QCOMPARE(changes.count(), 0);
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(model.index(0).data(HistoryModel::PromptRole).toString().startsWith(u"Prompt 24:"));

    // A job written after the snapshot was read shows up in place.
    Job late = makeJob(30, JobState::Done);
    QVERIFY(m_store->insert(late));
    QCOMPARE(model.index(0).data(HistoryModel::IdRole).toString(), late.id);
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(resets.count(), 1);

    // An older snapshot is brought up to date when the journal comes.
    HistoryModel stale;
    QList<Job> old = m_store->recent(HistoryModel::kLimit);
    old.removeFirst(); // `late` is not in it
    stale.showSnapshot(old, nullptr);
    stale.setSources(m_store.get(), nullptr, m_thumbs.get());
    QCOMPARE(stale.rowCount(), 20);
    QCOMPARE(stale.index(0).data(HistoryModel::IdRole).toString(), late.id);
}

void TestHistoryModel::rolesAndTexts()
{
    const QModelIndex running = m_model->index(0); // job 24
    QCOMPARE(running.data(HistoryModel::SummaryRole).toString(),
             QStringLiteral("Text to video · 5 s · 720p · 16:9"));
    QCOMPARE(running.data(HistoryModel::ModeNameRole).toString(), QStringLiteral("Text to video"));
    QCOMPARE(running.data(HistoryModel::DurationRole).toInt(), 5);
    QCOMPARE(running.data(HistoryModel::QualityRole).toString(), QStringLiteral("720p"));
    QCOMPARE(running.data(HistoryModel::AspectRole).toString(), QStringLiteral("16:9"));
    QCOMPARE(running.data(HistoryModel::StateRole).toInt(), int(JobState::Running));
    QCOMPARE(running.data(HistoryModel::StateNameRole).toString(),
             jobStateDisplayName(JobState::Running));
    QVERIFY(running.data(HistoryModel::ActiveRole).toBool());
    QCOMPARE(running.data(HistoryModel::ProgressRole).toInt(), 45);
    QCOMPARE(running.data(HistoryModel::EtaSecondsRole).toInt(), 40);
    const QString eta = running.data(HistoryModel::EtaTextRole).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^about (39|40) s left$")).match(eta).hasMatch(),
             qPrintable(eta));
    QCOMPARE(running.data(HistoryModel::EstimateCreditsRole).toDouble(), 27.0);
    QCOMPARE(running.data(HistoryModel::CreditsReservedRole).toDouble(), 27.0);
    QCOMPARE(running.data(HistoryModel::CostTextRole).toString(),
             QStringLiteral("27.00 cr · reserved 27.00"));
    QCOMPARE(running.data(HistoryModel::ErrorRole).toString(), QString());
    QVERIFY(!running.data(HistoryModel::LinkValidRole).toBool());

    const QModelIndex failed = m_model->index(4); // job 20
    QCOMPARE(failed.data(HistoryModel::StateRole).toInt(), int(JobState::Failed));
    const QString error = failed.data(HistoryModel::ErrorRole).toString();
    QCOMPARE(error,
             ErrorCatalog::userMessage(ApiError::fromTask(
                 QStringLiteral("content_policy_violation"), QStringLiteral("blocked"))));
    QVERIFY(!error.isEmpty());
    QCOMPARE(failed.data(HistoryModel::CostTextRole).toString(), QStringLiteral("27.00 cr"));
    QVERIFY(failed.data(Qt::ToolTipRole).toString().contains(error));

    const QModelIndex done = m_model->index(10); // job 14
    QCOMPARE(done.data(HistoryModel::StateRole).toInt(), int(JobState::Done));
    QCOMPARE(done.data(HistoryModel::ProgressRole).toInt(), 100);
    QCOMPARE(done.data(HistoryModel::EtaTextRole).toString(), QString());

    // A result link is offered for 24 h after completion only.
    auto job = m_model->jobAt(10);
    QVERIFY(job);
    job->resultUrl = QStringLiteral("https://files.example/v.mp4");
    job->resultAt = QDateTime::currentDateTimeUtc().addSecs(-23 * 3600);
    job->creditsUsed = 27;
    job->updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->update(*job));
    QTRY_VERIFY(m_model->index(10).data(HistoryModel::LinkValidRole).toBool());
    QCOMPARE(m_model->index(10).data(HistoryModel::ResultUrlRole).toString(), job->resultUrl);
    QCOMPARE(m_model->index(10).data(HistoryModel::CostTextRole).toString(),
             QStringLiteral("27.00 cr · charged 27.00"));
    job->resultAt = QDateTime::currentDateTimeUtc().addSecs(-25 * 3600);
    QVERIFY(m_store->update(*job));
    QTRY_VERIFY(!m_model->index(10).data(HistoryModel::LinkValidRole).toBool());

    // Long prompts are cut to one line with an ellipsis.
    Job longJob = makeJob(30, JobState::Queued);
    longJob.request.prompt = QString(300, QLatin1Char('x'));
    QVERIFY(m_store->insert(longJob));
    QTRY_COMPARE(m_model->index(0).data(HistoryModel::IdRole).toString(), longJob.id);
    const QString excerpt = m_model->index(0).data(HistoryModel::PromptExcerptRole).toString();
    QCOMPARE(excerpt.size(), 120);
    QVERIFY(excerpt.endsWith(QChar(0x2026)));
    QCOMPARE(m_model->index(0).data(HistoryModel::EtaTextRole).toString(),
             QStringLiteral("queued (next)"));
}

void TestHistoryModel::headerCounts()
{
    QCOMPARE(m_model->runningCount(), 2);
    QCOMPARE(m_model->doneCount(), 5);
    QCOMPARE(m_model->headerText(), QStringLiteral("2 running · 5 done"));

    QSignalSpy counts(m_model.get(), &HistoryModel::countsChanged);
    auto job = m_model->jobAt(0);
    QVERIFY(job);
    job->state = JobState::Done;
    job->videoPath = m_dir->filePath(QStringLiteral("missing.mp4"));
    QVERIFY(m_store->update(*job));
    QTRY_COMPARE(m_model->headerText(), QStringLiteral("1 running · 6 done"));
    QVERIFY(counts.count() >= 1);
}

void TestHistoryModel::updatesRowByRow()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    auto job = m_model->jobAt(1); // job 23, running
    QVERIFY(job);
    job->progress = 80;
    job->updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->update(*job));
    QTRY_COMPARE(m_model->index(1).data(HistoryModel::ProgressRole).toInt(), 80);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.last().at(1).toModelIndex().row(), 1);

    // A new job goes on top; the 21st falls off the bottom.
    const QString oldLast = m_model->index(19).data(HistoryModel::IdRole).toString();
    const Job fresh = makeJob(40, JobState::Submitting);
    QVERIFY(m_store->insert(fresh));
    QTRY_COMPARE(m_model->index(0).data(HistoryModel::IdRole).toString(), fresh.id);
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(m_model->rowOf(oldLast), -1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->runningCount(), 3);
}

void TestHistoryModel::removeBringsNextJobIn()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QString victim = m_model->index(3).data(HistoryModel::IdRole).toString();
    QVERIFY(m_store->remove(victim));
    QTRY_COMPARE(m_model->rowOf(victim), -1);
    QCOMPARE(m_model->rowCount(), 20);
    QVERIFY(m_model->index(19)
                .data(HistoryModel::PromptRole)
                .toString()
                .startsWith(QStringLiteral("Prompt 4:")));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_store->count(), 24);
}

void TestHistoryModel::thumbnailFromStartImage()
{
    QImage image(1280, 720, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 90));
    const QString imagePath = m_dir->filePath(QStringLiteral("start.png"));
    QVERIFY(image.save(imagePath));

    Job job = makeJob(50, JobState::Queued);
    job.request.mode = Mode::ImageToVideo;
    job.request.imageStart.localPath = imagePath;
    QSignalSpy ready(m_thumbs.get(), &ThumbnailCache::thumbnailReady);
    QVERIFY(m_store->insert(job));
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(0).toString(), job.id);
    const QString thumb = m_model->index(0).data(HistoryModel::ThumbnailPathRole).toString();
    QCOMPARE(thumb, m_thumbs->pathFor(job.id));
    const QImage cached(thumb);
    QCOMPARE(cached.size(), QSize(320, 180));
    QCOMPARE(cached.pixelColor(160, 90).red(), 200);
    // Text-to-video jobs without a video have none.
    QCOMPARE(m_model->index(1).data(HistoryModel::ThumbnailPathRole).toString(), QString());
}

namespace {
class PaintCounter final : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};
} // namespace

// A 320x180 thumbnail of one colour in the test folder ("" when not saved).
QString TestHistoryModel::thumbnailFile(const QString &name, const QColor &color) const
{
    QImage image(320, 180, QImage::Format_RGB32);
    image.fill(color);
    const QString path = m_dir->filePath(name);
    return image.save(path) ? path : QString();
}

namespace {
bool showExposed(QWidget *widget)
{
    widget->resize(200, 100);
    widget->show();
    return QTest::qWaitForWindowExposed(widget);
}
} // namespace

void TestHistoryModel::thumbnailPixmapsDecodeOutsidePaint()
{
    const QString path = thumbnailFile(QStringLiteral("thumb-a.png"), QColor(30, 160, 220));
    QVERIFY(!path.isEmpty());
    PaintCounter widget;
    QVERIFY(showExposed(&widget));
    QTRY_VERIFY(widget.paints > 0);
    const int before = widget.paints;

    // Not in memory: nothing now (a paint must not decode), the PNG is read
    // on another thread, the widget is repainted once it is decoded, and
    // then it is there, scaled.
    QAtomicPointer<QThread> decodedOn;
    ThumbnailCache::setDecodeObserver([&] { decodedOn.storeRelease(QThread::currentThread()); });
    const QSize size(112, 63);
    QVERIFY(ThumbnailCache::pixmap(path, size, 1.0, &widget).isNull());
    QTRY_VERIFY(widget.paints > before);
    ThumbnailCache::setDecodeObserver({});
    QVERIFY(decodedOn.loadAcquire() != nullptr);
    QVERIFY(decodedOn.loadAcquire() != QThread::currentThread());
    const QPixmap pm = ThumbnailCache::pixmap(path, size, 1.0, &widget);
    QVERIFY(!pm.isNull());
    QCOMPARE(pm.size(), QSize(112, 63));
    QCOMPARE(pm.toImage().pixelColor(56, 31), QColor(30, 160, 220));
    // A sharper screen gets its own decode; loadPixmap answers at once.
    QCOMPARE(ThumbnailCache::loadPixmap(path, size, 2.0).size(), QSize(224, 126));

    // A damaged PNG is tried once, not on every repaint.
    const QString broken = m_dir->filePath(QStringLiteral("thumb-broken.png"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG not really");
    file.close();
    QVERIFY(ThumbnailCache::pixmap(broken, size, 1.0, &widget).isNull());
    // A failed decode leaves nothing to wait for (no repaint): time passes.
    QTest::qWait(50);
    const int settled = widget.paints;
    QVERIFY(ThumbnailCache::pixmap(broken, size, 1.0, &widget).isNull());
    // Nothing to wait for: no repaint may come.
    QTest::qWait(50);
    QCOMPARE(widget.paints, settled);
}

void TestHistoryModel::thumbnailDecodesStartAfterThePaint()
{
    const QString path = thumbnailFile(QStringLiteral("thumb-after.png"), QColor(200, 90, 40));
    QVERIFY(!path.isEmpty());
    PaintCounter widget;
    QVERIFY(showExposed(&widget));
    QAtomicInt decodes;
    ThumbnailCache::setDecodeObserver([&] { decodes.fetchAndAddOrdered(1); });
    const auto cleanup = qScopeGuard([] { ThumbnailCache::setDecodeObserver({}); });

    // Asked for during a paint: the worker starts once the event loop is
    // back, not while the GUI thread is still busy with the frame.
    const QSize size(96, 54);
    QVERIFY(ThumbnailCache::pixmap(path, size, 1.0, &widget).isNull());
    // The GUI thread is busy (a paint): no decode may start meanwhile.
    QThread::msleep(150);
    QCOMPARE(decodes.loadAcquire(), 0);
    QTRY_COMPARE(decodes.loadAcquire(), 1);
    QTRY_VERIFY(!ThumbnailCache::pixmap(path, size, 1.0, &widget).isNull());

    // Hidden before the event loop came back (a window closed, the
    // application quitting): not decoded; the next paint asks again.
    const QSize other(80, 45);
    QVERIFY(ThumbnailCache::pixmap(path, other, 1.0, &widget).isNull());
    widget.hide();
    // Nothing to wait for: no decode may start.
    QTest::qWait(150);
    QCOMPARE(decodes.loadAcquire(), 1);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(ThumbnailCache::pixmap(path, other, 1.0, &widget).isNull());
    QTRY_COMPARE(decodes.loadAcquire(), 2);
    QTRY_COMPARE(ThumbnailCache::pixmap(path, other, 1.0, &widget).size(), other);
}

void TestHistoryModel::warnsAboutResultsNotDownloaded()
{
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-11-23T12:00:00Z"), Qt::ISODate);
    Job job = makeJob(40, JobState::Failed);
    job.resultUrl = QStringLiteral("https://cdn.example.com/r/1.mp4");
    job.resultAt = now.addSecs(-(4 * 3600 + 59));
    job.error = ApiError::local(QStringLiteral("No space left on device"));
    QCOMPARE(HistoryModel::downloadWarning(job, now),
             QStringLiteral("Not downloaded yet — the result link expires in 19 h."));
    job.resultAt = now.addSecs(-(23 * 3600 + 30 * 60));
    QCOMPARE(HistoryModel::downloadWarning(job, now),
             QStringLiteral("Not downloaded yet — the result link expires in 30 min."));
    job.resultAt = now.addSecs(-(25 * 3600));
    QCOMPARE(HistoryModel::downloadWarning(job, now),
             QStringLiteral("Not downloaded, and the 24-hour result link has expired."));

    // No warning while the download runs, once the video is on disk, or
    // when there is no result at all.
    job.resultAt = now.addSecs(-3600);
    job.state = JobState::Downloading;
    QVERIFY(HistoryModel::downloadWarning(job, now).isEmpty());
    job.state = JobState::Done;
    job.videoPath = QStringLiteral("/videos/a.mp4");
    QVERIFY(HistoryModel::downloadWarning(job, now).isEmpty());
    Job plain = makeJob(41, JobState::Failed);
    QVERIFY(HistoryModel::downloadWarning(plain, now).isEmpty());

    // Through the model: the row carries it, and the tooltip too.
    Job stored = makeJob(42, JobState::Failed);
    stored.resultUrl = QStringLiteral("https://cdn.example.com/r/2.mp4");
    stored.resultAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(m_store->insert(stored));
    QTRY_COMPARE(m_model->index(0).data(HistoryModel::IdRole).toString(), stored.id);
    const QString warning = m_model->index(0).data(HistoryModel::DownloadWarningRole).toString();
    QVERIFY2(warning.startsWith(QStringLiteral("Not downloaded yet")), qPrintable(warning));
    QVERIFY(m_model->index(0).data(Qt::ToolTipRole).toString().contains(warning));
}

// Issue 16 item 12: a multi-shot request sends its shots, not the main
// prompt: the card shows the first shot and how many there are.
void TestHistoryModel::multiShotCardShowsTheShots()
{
    Job job = makeJob(30, JobState::Done);
    job.request.prompt = QStringLiteral("Unused main prompt from before multi-shot");
    job.request.multiShot = true;
    job.request.durationSeconds = 10;
    job.request.shots = {{QStringLiteral("A fox wakes in the snow"), 3},
                         {QStringLiteral("It runs across the frozen lake"), 4},
                         {QStringLiteral("It reaches the forest at dusk"), 3}};
    QVERIFY(m_store->insert(job));
    QTRY_COMPARE(m_model->index(0).data(HistoryModel::IdRole).toString(), job.id);
    const QModelIndex card = m_model->index(0);
    QCOMPARE(card.data(HistoryModel::PromptExcerptRole).toString(),
             QStringLiteral("A fox wakes in the snow"));
    QCOMPARE(card.data(HistoryModel::SummaryRole).toString(),
             QStringLiteral("Text to video · 3 shots · 10 s · 720p · 16:9"));
    QVERIFY(!card.data(Qt::DisplayRole).toString().contains(QStringLiteral("Unused")));
    const QString tip = card.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Shot 3: It reaches the forest at dusk")),
             qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("Unused")), qPrintable(tip));
}

// Issue 16 item 16: queued jobs wait for a slot; they are counted apart from
// the running ones and say where they stand in the queue, briefly.
void TestHistoryModel::queuedCountedApart()
{
    QCOMPARE(m_model->headerText(), QStringLiteral("2 running · 5 done"));
    QList<Job> queued;
    for (int i = 0; i < 3; ++i) {
        queued << makeJob(50 + i, JobState::Queued);
        QVERIFY(m_store->insert(queued.last()));
    }
    QTRY_COMPARE(m_model->headerText(), QStringLiteral("2 running · 3 queued · 5 done"));
    QCOMPARE(m_model->runningCount(), 2);
    QCOMPARE(m_model->queuedCount(), 3);
    auto eta = [this](const Job &job) {
        return m_model->index(m_model->rowOf(job.id)).data(HistoryModel::EtaTextRole).toString();
    };
    QCOMPARE(eta(queued.at(0)), QStringLiteral("queued (next)"));
    QCOMPARE(eta(queued.at(1)), QStringLiteral("queued (1 ahead)"));
    QCOMPARE(eta(queued.at(2)), QStringLiteral("queued (2 ahead)"));

    // The first one starts: the others move up, and the stopped count stays.
    Job started = queued.at(0);
    started.state = JobState::Running;
    started.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->update(started));
    QTRY_COMPARE(m_model->headerText(), QStringLiteral("3 running · 2 queued · 5 done"));
    QCOMPARE(eta(queued.at(2)), QStringLiteral("queued (1 ahead)"));
    Job stopped = m_model->jobAt(m_model->rowCount() - 1).value();
    stopped.state = JobState::Stopped;
    QVERIFY(m_store->update(stopped));
    QTRY_COMPARE(m_model->headerText(),
                 QStringLiteral("3 running · 2 queued · 5 done · 1 stopped"));
}

// Issue 16 item 16: "almost done" only when the progress says so; an
// estimate that ran out at 57% is not "almost done".
void TestHistoryModel::almostDoneOnlyNearTheEnd()
{
    Job job = m_model->jobAt(0).value();
    QCOMPARE(job.state, JobState::Running);
    job.progress = 57;
    job.etaSeconds = 3;
    job.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->update(job));
    QTRY_COMPARE(m_model->index(0).data(HistoryModel::ProgressRole).toInt(), 57);
    QCOMPARE(m_model->index(0).data(HistoryModel::EtaTextRole).toString(),
             QStringLiteral("working…"));
    job.progress = 95;
    job.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->update(job));
    QTRY_COMPARE(m_model->index(0).data(HistoryModel::ProgressRole).toInt(), 95);
    QCOMPARE(m_model->index(0).data(HistoryModel::EtaTextRole).toString(),
             QStringLiteral("almost done"));
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"

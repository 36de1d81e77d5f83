// Whole-app benchmarks in one process that builds Kling Studio exactly as
// app/main.cpp does (Settings, LanguageManager, StudioBackend in demo mode,
// MainWindow; backend started after the first paint).
//   ks_bench_app seed COUNT VIDEO [FRAMES] journal of COUNT jobs (2 failed) + cached
//                                          thumbnails (FRAMES/NN.png, else flat colours)
//   ks_bench_app play SECONDS              play the newest job of the journal
//   ks_bench_app idle SECONDS              CPU and polls with 5 jobs running, then timers
//                                          firing with nothing running
//   ks_bench_app leak CYCLES               RSS over generate-play cycles
//   ks_bench_app estimate ROUNDS           cost of one form change (estimate + validation)
//   ks_bench_app history ROUNDS            history panel scroll + repaint cost
// KLINGSTUDIO_DATA_DIR / KLINGSTUDIO_CONFIG_DIR must point at scratch dirs.

#include "BenchProbe.h"

#include "StudioBackendTestAccess.h"
#include "backend/StudioBackend.h"
#include "core/CostEstimator.h"
#include "core/PriceTable.h"
#include "core/RequestValidator.h"
#include "form/GenerationForm.h"
#include "history/HistoryModel.h"
#include "history/HistoryPanel.h"
#include "history/ThumbnailCache.h"
#include "jobs/Job.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "platform/HeapTrimmer.h"
#include "platform/LanguageManager.h"
#include "platform/Paths.h"
#include "platform/Settings.h"
#include "player/MediaBackend.h"
#include "player/MediaBackendLoader.h"
#include "player/PlayerWidget.h"
#include "sim/Simulator.h"
#include "style/Theme.h"
#include "window/MainWindow.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSlider>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace ks::bench;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// Runs the event loop until `done` (checked every 20 ms) or `timeoutMs`;
// false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Runs the event loop for `ms` with no timer of its own but the one that ends it.
void spin(int ms)
{
    QEventLoop loop;
    QTimer end;
    end.setObjectName(QStringLiteral("ks-bench"));
    end.setSingleShot(true);
    QObject::connect(&end, &QTimer::timeout, &loop, &QEventLoop::quit);
    end.start(ms);
    loop.exec();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

// A history like a creator's: different prompts (some in Chinese), lengths,
// qualities and shapes, so the first frame lays out as many different
// texts as it would for a user, not one text twenty times.
ks::GenerationRequest sampleRequest(int n)
{
    static const char *const prompts[] = {
        "A paper boat drifting down a rainy street at dusk, neon reflections on the water",
        "Slow dolly shot through a misty bamboo forest at sunrise, light rays between stalks",
        "一只橘猫在窗台上打哈欠，午后阳光，浅景深，电影感",
        "Macro shot of coffee being poured into a glass cup, swirling cream, warm kitchen light",
        "Aerial view of a lighthouse on a cliff during a storm, waves crashing, dramatic clouds",
        "A dancer in a red dress spinning on an empty stage, single spotlight, slow motion",
        "雨夜的上海街头，霓虹灯倒映在积水里，行人撑伞走过，镜头缓慢推进",
        "Time-lapse of a city skyline from day to night, traffic light trails on the bridge",
        "Close-up of hands shaping clay on a pottery wheel, soft studio lighting",
        "A fox walking through fresh snow in a quiet pine forest, breath visible in the cold air",
        "古风少女在桃花林中回眸一笑，花瓣随风飘落，柔和逆光",
        "Skateboarder gliding down an empty coastal road at golden hour, tracking shot",
        "Steam rising from a bowl of ramen in a small night-market stall, handheld camera",
        "Astronaut floating inside a space station window, Earth turning slowly below",
        "Product shot: a glass perfume bottle rotating on black velvet, caustic reflections",
        "Children flying kites on a windy hill, wide shot, fluffy clouds moving fast",
    };
    ks::GenerationRequest r;
    r.mode = ks::Mode::TextToVideo;
    r.prompt = QString::fromUtf8(prompts[n % int(std::size(prompts))]);
    r.durationSeconds = (n % 3 == 0) ? 10 : 5;
    r.quality = (n % 2 == 0) ? ks::Quality::P1080 : ks::Quality::P720;
    static const ks::AspectRatio shapes[] = {ks::AspectRatio::Wide16x9, ks::AspectRatio::Tall9x16,
                                             ks::AspectRatio::Square1x1};
    r.aspectRatio = shapes[n % 3];
    r.sound = n % 4 == 1;
    return r;
}

// The app as app/main.cpp builds it, in demo mode.
class App
{
public:
    App() : m_backend(makeOptions(&m_settings)), m_window(&m_backend, &m_languages)
    {
        ks::Theme::apply(*qApp);
        m_languages.apply(m_settings.language());
        QObject::connect(&m_window, &ks::MainWindow::ready, &m_window, [this] { m_ready = true; });
        m_window.show();
        // main.cpp starts the backend after the first paint; so do we.
        QTimer::singleShot(0, &m_window, [this] { m_window.startBackend(); });
    }
    bool waitReady(int timeoutMs = 20000)
    {
        return waitFor([this] { return m_ready; }, timeoutMs);
    }
    ks::MainWindow &window() { return m_window; }
    ks::StudioBackend &backend() { return m_backend; }
    ks::Settings &settings() { return m_settings; }

private:
    static ks::StudioBackend::Options makeOptions(ks::Settings *settings)
    {
        ks::StudioBackend::Options o;
        o.forceDemo = true;
        o.settings = settings;
        return o;
    }
    ks::Settings m_settings;
    ks::LanguageManager m_languages;
    ks::StudioBackend m_backend;
    ks::MainWindow m_window;
    bool m_ready = false;
};

// ---- seed ----------------------------------------------------------------------

int seed(const QStringList &args)
{
    const int count = args.value(2).toInt();
    const QString video = QFileInfo(args.value(3)).absoluteFilePath();
    // Frames of the video (NN.png, from 00) as the thumbnails, as the app
    // makes them; without them, flat colours.
    const QString frames = args.value(4);
    if (count <= 0 || !QFileInfo(video).isFile()) {
        err() << "seed: need COUNT > 0 and an existing VIDEO\n";
        return 2;
    }
    const ks::CostEstimator estimator(ks::PriceTable::builtIn());
    ks::JobStore store;
    if (!store.open(ks::Paths::journalPath())) {
        err() << "seed: cannot open the journal: " << store.lastError() << '\n';
        return 1;
    }
    ks::ThumbnailCache thumbnails;
    QDir().mkpath(thumbnails.directory());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        ks::Job job;
        job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.createdAt = now.addSecs(-60 * (count - i));
        job.updatedAt = job.createdAt.addSecs(30);
        job.request = sampleRequest(i);
        // Two failed jobs among the done ones, never the newest (play uses it).
        const bool failed = i == 4 || i == 11;
        job.state = failed ? ks::JobState::Failed : ks::JobState::Done;
        job.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.taskId = QStringLiteral("task-unified-%1-bench%2").arg(now.toSecsSinceEpoch()).arg(i);
        job.estimateUc = estimator.estimate(job.request).totalUc;
        job.demo = true;
        if (failed) {
            job.error = ks::ApiError::fromTask(QStringLiteral("content_policy_violation"),
                                               QStringLiteral("The prompt was refused."));
        } else {
            job.progress = 100;
            job.creditsUsed = double(job.estimateUc) / 10000.0;
            job.resultUrl = QStringLiteral("http://127.0.0.1:9/results/%1.mp4").arg(job.taskId);
            job.resultAt = job.updatedAt;
            job.videoPath = video;
            job.totalBytes = job.downloadedBytes = QFileInfo(video).size();
        }
        if (!store.insert(job)) {
            err() << "seed: insert failed: " << store.lastError() << '\n';
            return 1;
        }
        if (failed)
            continue;
        QImage thumb;
        if (!frames.isEmpty())
            thumb =
                QImage(QDir(frames).filePath(QStringLiteral("%1.png").arg(i, 2, 10, QChar(u'0'))))
                    .scaled(ks::ThumbnailCache::thumbnailSize(), Qt::KeepAspectRatio,
                            Qt::SmoothTransformation);
        if (thumb.isNull()) {
            thumb = QImage(ks::ThumbnailCache::thumbnailSize(), QImage::Format_RGB32);
            thumb.fill(QColor::fromHsv((i * 37) % 360, 160, 200));
        }
        if (!thumb.save(thumbnails.pathFor(job.id), "PNG")) {
            err() << "seed: cannot write " << thumbnails.pathFor(job.id) << '\n';
            return 1;
        }
    }
    report(QStringLiteral("seeded"), qint64(store.count()));
    return 0;
}

// ---- play ----------------------------------------------------------------------

int play(const QStringList &args)
{
    const double seconds = args.value(2).toDouble();
    App app;
    if (!app.waitReady()) {
        err() << "play: the backend did not become ready\n";
        return 1;
    }
    ks::HistoryModel *model = app.window().historyModel();
    if (!waitFor([model] { return model->rowCount() > 0; }, 5000)) {
        err() << "play: the journal is empty (run seed first)\n";
        return 1;
    }
    const QString id = model->index(0).data(ks::HistoryModel::IdRole).toString();
    app.window().historyPanel()->selectJob(id);
    ks::PlayerWidget *player = app.window().player();
    if (!waitFor([&] { return (player = app.window().player()) != nullptr; }, 5000)) {
        err() << "play: selecting a done job did not open the player\n";
        return 1;
    }
    ks::VideoPlayback *media = player->playback();
    if (!media) {
        err() << "play: " << ks::MediaBackendLoader::lastError() << "\n";
        return 1;
    }
    media->setLooping(true);
    player->play();
    spin(int(seconds * 1000));
    const qint64 position = media->position();
    report(QStringLiteral("position_ms"), position);
    media->stop();
    return position > 0 ? 0 : 1;
}

// ---- idle ----------------------------------------------------------------------

// Counts timer events by receiver while armed.
class TimerCounter final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The benchmark's own timer (the one that ends the window) is not counted.
        if (m_armed && event->type() == QEvent::Timer
            && watched->objectName() != QLatin1String("ks-bench")) {
            const QString name = QString::fromLatin1(watched->metaObject()->className())
                + (watched->objectName().isEmpty() ? QString()
                                                   : QLatin1Char('#') + watched->objectName());
            m_counts[name] += 1;
            ++m_total;
        }
        return false;
    }
    bool m_armed = false;
    int m_total = 0;
    QHash<QString, int> m_counts;
};

int idle(const QStringList &args)
{
    const double seconds = args.value(2).toDouble();
    // Tasks must outlast the window: at scale 4 a demo task takes ~80 s.
    qputenv("KLINGSTUDIO_SIM_TIME_SCALE", "4");
    App app;
    if (!app.waitReady()) {
        err() << "idle: the backend did not become ready\n";
        return 1;
    }
    // Five at once (the default allows three; the rest would wait queued).
    app.settings().setMaxConcurrentTasks(5);
    ks::JobManager *jobs = app.backend().jobs();
    // The real API's poll schedule (StudioBackend stretches it with the sim).
    jobs->setPollSchedule(ks::PollSchedule {});
    ks::Simulator *sim = ks::StudioBackendTestAccess::simulator(app.backend());
    QHash<QString, QList<qint64>> polls; // task path -> times (ms)
    QElapsedTimer clock;
    clock.start();
    bool measuring = false;
    int otherRequests = 0;
    QObject::connect(sim, &ks::Simulator::requestHandled, &app.window(),
                     [&](const QString &, const QString &path, int) {
                         if (!measuring)
                             return;
                         if (path.startsWith(QLatin1String("/v1/tasks/")))
                             polls[path].append(clock.elapsed());
                         else
                             ++otherRequests;
                     });
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << jobs->submit(sampleRequest(i));
    ks::JobStore *store = app.backend().store();
    const auto running = [&] {
        int n = 0;
        for (const QString &id : std::as_const(ids)) {
            const auto job = store->job(id);
            n += job && job->state == ks::JobState::Running ? 1 : 0;
        }
        return n;
    };
    if (!waitFor([&] { return running() == 5; }, 15000)) {
        err() << "idle: the 5 jobs did not reach Running\n";
        return 1;
    }
    spin(1000);
    measuring = true;
    const double cpu0 = cpuSeconds();
    clock.restart();
    spin(int(seconds * 1000));
    const double busyCpu = cpuSeconds() - cpu0;
    const double window = double(clock.elapsed()) / 1000.0;
    measuring = false;
    int pollCount = 0;
    qint64 minInterval = -1;
    for (const QList<qint64> &times : std::as_const(polls)) {
        pollCount += int(times.size());
        for (int i = 1; i < times.size(); ++i) {
            const qint64 gap = times.at(i) - times.at(i - 1);
            minInterval = minInterval < 0 ? gap : qMin(minInterval, gap);
        }
    }
    report(QStringLiteral("running_jobs"), qint64(running()));
    report(QStringLiteral("busy_cpu_percent"), 100.0 * busyCpu / window, 3);
    report(QStringLiteral("polls"), qint64(pollCount));
    // The schedule (API.md §8.1) never polls one task more often than every 5 s.
    report(QStringLiteral("polls_allowed"), qint64(5 * (int(window / 5.0) + 1)));
    report(QStringLiteral("min_poll_interval_ms"), minInterval);
    report(QStringLiteral("other_requests"), qint64(otherRequests));

    // Nothing running: stop tracking, let it settle, then count timers.
    for (const QString &id : std::as_const(ids))
        jobs->stopTracking(id);
    spin(2000);
    const double idleSeconds = qMax(5.0, seconds / 3);
    TimerCounter counter;
    qApp->installEventFilter(&counter);
    counter.m_armed = true;
    const double cpu1 = cpuSeconds();
    clock.restart();
    spin(int(idleSeconds * 1000));
    const double idleCpu = cpuSeconds() - cpu1;
    const double idleWindow = double(clock.elapsed()) / 1000.0;
    counter.m_armed = false;
    qApp->removeEventFilter(&counter);
    report(QStringLiteral("idle_cpu_percent"), 100.0 * idleCpu / idleWindow, 3);
    report(QStringLiteral("idle_timer_events"), qint64(counter.m_total));
    QStringList names;
    for (auto it = counter.m_counts.cbegin(); it != counter.m_counts.cend(); ++it)
        names << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    report(QStringLiteral("idle_timer_receivers"),
           names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1Char(',')));
    return 0;
}

// ---- leak ----------------------------------------------------------------------

// Memory of the process after a quiet moment, as a user's session has: the
// app trims the heap once playback and grabs have been idle for
// ks::HeapTrimmer::kDelayMs.
struct MemorySample
{
    qint64 rss = 0;
    qint64 anon = 0; // heap and stacks: what a leak grows
    qint64 file = 0; // code and fonts paged in, read-only
    qint64 threads = 0;
    qint64 heapInUse = 0; // bytes malloc has handed out, in KiB (glibc)
    qint64 sqlite = 0; // of which SQLite's (page caches of the journal)

    static MemorySample afterQuiet()
    {
        spin(ks::HeapTrimmer::kDelayMs + 500);
        return {rssKiB(),       statusKiB("RssAnon"), statusKiB("RssFile"), statusKiB("Threads"),
                heapInUseKiB(), sqliteInUseKiB()};
    }
};

int leak(const QStringList &args)
{
    const int cycles = args.value(2).toInt();
    qputenv("KLINGSTUDIO_SIM_TIME_SCALE", "0.02");
    App app;
    app.settings().setLibraryDir(ks::Paths::dataDir() + QStringLiteral("/library"));
    if (!app.waitReady()) {
        err() << "leak: the backend did not become ready\n";
        return 1;
    }
    // The demo account's 5000 credits last about 110 of these jobs; after
    // that every submission would be refused and nothing would play. Topped
    // up, a run of any length plays every cycle.
    if (ks::Simulator *sim = ks::StudioBackendTestAccess::simulator(app.backend()))
        sim->setBalance(1e9);
    ks::JobManager *jobs = app.backend().jobs();
    // The bounded caches (thumbnails, card texts, SQLite pages) fill over the
    // first cycles; the later parts show what keeps growing.
    const int warmup = qMax(1, cycles / 10);
    const int half = qMax(warmup + 1, cycles / 2);
    const int lastQuarter = qMax(half + 1, cycles * 3 / 4);
    MemorySample afterWarmup;
    MemorySample atHalf;
    MemorySample atLastQuarter;
    int played = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        QString finishedId;
        const QMetaObject::Connection c =
            QObject::connect(jobs, &ks::JobManager::jobFinished, &app.window(),
                             [&](const QString &id) { finishedId = id; });
        // The real path: the form's Generate signal, MainWindow submits and
        // selects the job, and plays it when it is done.
        emit app.window().form()->generateRequested(sampleRequest(cycle));
        const bool ok = waitFor([&] { return !finishedId.isEmpty(); }, 30000);
        QObject::disconnect(c);
        if (!ok) {
            err() << "leak: cycle " << cycle << " did not finish\n";
            return 1;
        }
        const bool playing = waitFor(
            [&] {
                ks::PlayerWidget *p = app.window().player();
                return p && p->isPlaying() && p->playback()->position() > 200;
            },
            5000);
        played += playing ? 1 : 0;
        if (app.window().player())
            app.window().player()->pause();
        // Let the thumbnail grab of this job finish too.
        waitFor([&] { return !app.window().thumbnails()->isBusy(); }, 10000);
        if (cycle + 1 == warmup)
            afterWarmup = MemorySample::afterQuiet();
        if (cycle + 1 == half)
            atHalf = MemorySample::afterQuiet();
        if (cycle + 1 == lastQuarter)
            atLastQuarter = MemorySample::afterQuiet();
    }
    const MemorySample atEnd = MemorySample::afterQuiet();
    const auto perCycle = [](qint64 from, qint64 to, int cyclesBetween) {
        return double(to - from) / double(qMax(1, cyclesBetween));
    };
    report(QStringLiteral("cycles"), qint64(cycles));
    report(QStringLiteral("played"), qint64(played));
    report(QStringLiteral("rss_after_warmup_kib"), afterWarmup.rss);
    report(QStringLiteral("rss_half_kib"), atHalf.rss);
    report(QStringLiteral("rss_end_kib"), atEnd.rss);
    // "<name>_kib_per_cycle" over the run after warm-up and
    // "<name>_second_half_kib_per_cycle" over its second half.
    const auto reportGrowth = [&](const QString &name, qint64 MemorySample::*field) {
        report(name + QStringLiteral("_kib_per_cycle"),
               perCycle(afterWarmup.*field, atEnd.*field, cycles - warmup), 1);
        report(name + QStringLiteral("_second_half_kib_per_cycle"),
               perCycle(atHalf.*field, atEnd.*field, cycles - half), 1);
    };
    reportGrowth(QStringLiteral("growth"), &MemorySample::rss);
    reportGrowth(QStringLiteral("anon_growth"), &MemorySample::anon);
    report(QStringLiteral("anon_growth_last_quarter_kib_per_cycle"),
           perCycle(atLastQuarter.anon, atEnd.anon, cycles - lastQuarter), 1);
    reportGrowth(QStringLiteral("heap_in_use_growth"), &MemorySample::heapInUse);
    reportGrowth(QStringLiteral("sqlite_growth"), &MemorySample::sqlite);
    report(QStringLiteral("sqlite_end_kib"), atEnd.sqlite);
    reportGrowth(QStringLiteral("file_growth"), &MemorySample::file);
    report(QStringLiteral("threads_after_warmup"), afterWarmup.threads);
    report(QStringLiteral("threads_end"), atEnd.threads);
    // For heaptrack: ending here, without destructors, counts everything
    // still allocated as leaked, so two runs of different lengths compare
    // the memory held (docs/PERFORMANCE.md, "What the memory growth is made of").
    if (qEnvironmentVariableIsSet("KLINGSTUDIO_BENCH_HARD_EXIT")) {
        std::fflush(stdout);
        _exit(0);
    }
    return 0;
}

// ---- estimate --------------------------------------------------------------------

int estimate(const QStringList &args)
{
    const int rounds = qMax(10, args.value(2).toInt());
    ks::Theme::apply(*qApp);
    ks::GenerationForm form;
    form.show();
    spin(100);
    auto *prompt = form.findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    auto *duration = form.findChild<QSlider *>(QStringLiteral("durationSlider"));
    if (!prompt || !duration) {
        err() << "estimate: form widgets not found\n";
        return 1;
    }
    // One keystroke and one slider step: the form rebuilds the request,
    // validates it, prices it and updates its labels synchronously.
    std::vector<double> keystroke;
    std::vector<double> slider;
    QElapsedTimer t;
    for (int i = 0; i < rounds; ++i) {
        if (i % 200 == 0)
            prompt->setPlainText(QStringLiteral("A paper boat on a rainy street"));
        t.start();
        prompt->insertPlainText(QStringLiteral("a"));
        keystroke.push_back(double(t.nsecsElapsed()) / 1000.0);
        const int next =
            duration->value() == duration->maximum() ? duration->minimum() : duration->value() + 1;
        t.start();
        duration->setValue(next);
        slider.push_back(double(t.nsecsElapsed()) / 1000.0);
        if (i % 50 == 0)
            QCoreApplication::processEvents();
    }
    // The pure core: validation and estimate of one request.
    const ks::CostEstimator estimator;
    const ks::GenerationRequest request = form.request();
    std::vector<double> core;
    qint64 sink = 0;
    for (int i = 0; i < rounds; ++i) {
        t.start();
        sink += estimator.estimate(request).credits() > 0 ? 1 : 0;
        sink += ks::RequestValidator::validate(request).size();
        core.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    report(QStringLiteral("keystroke_median_us"), percentile(keystroke, 0.5), 1);
    report(QStringLiteral("keystroke_p99_us"), percentile(keystroke, 0.99), 1);
    report(QStringLiteral("slider_median_us"), percentile(slider, 0.5), 1);
    report(QStringLiteral("slider_p99_us"), percentile(slider, 0.99), 1);
    report(QStringLiteral("core_median_us"), percentile(core, 0.5), 2);
    report(QStringLiteral("core_p99_us"), percentile(core, 0.99), 2);
    return sink >= 0 ? 0 : 1;
}

// ---- history ---------------------------------------------------------------------

int history(const QStringList &args)
{
    const int rounds = qMax(10, args.value(2).toInt());
    App app;
    if (!app.waitReady()) {
        err() << "history: the backend did not become ready\n";
        return 1;
    }
    ks::HistoryModel *model = app.window().historyModel();
    if (!waitFor([model] { return model->rowCount() >= 20; }, 5000)) {
        err() << "history: the journal holds fewer than 20 jobs (run seed first)\n";
        return 1;
    }
    QListView *view = app.window().historyPanel()->view();
    spin(300); // first paint of the rows loads the cached PNGs once
    QScrollBar *bar = view->verticalScrollBar();
    std::vector<double> frames;
    QElapsedTimer t;
    for (int i = 0; i < rounds; ++i) {
        const int steps = qMax(1, bar->maximum() / 10);
        bar->setValue((i * steps) % (bar->maximum() + 1));
        t.start();
        view->viewport()->repaint();
        frames.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    // No frame grabbing may start for jobs whose thumbnails are cached, and
    // no media object exists (the multimedia plugin is not even loaded)
    // until something is played.
    ks::MediaBackend *media =
        ks::MediaBackendLoader::isLoaded() ? ks::MediaBackendLoader::backend() : nullptr;
    const int players = media ? media->liveObjects() : 0;
    report(QStringLiteral("rows"), qint64(model->rowCount()));
    report(QStringLiteral("repaint_median_us"), percentile(frames, 0.5), 1);
    report(QStringLiteral("repaint_p99_us"), percentile(frames, 0.99), 1);
    report(QStringLiteral("thumbnail_grabs_busy"),
           QString::fromLatin1(app.window().thumbnails()->isBusy() ? "yes" : "no"));
    report(QStringLiteral("media_players"), qint64(players));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kling Studio"));
    QApplication::setOrganizationName(QStringLiteral("KlingStudio"));
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("seed"))
        return seed(args);
    if (mode == QLatin1String("play"))
        return play(args);
    if (mode == QLatin1String("idle"))
        return idle(args);
    if (mode == QLatin1String("leak"))
        return leak(args);
    if (mode == QLatin1String("estimate"))
        return estimate(args);
    if (mode == QLatin1String("history"))
        return history(args);
    err() << "usage: ks_bench_app seed COUNT VIDEO | play SECONDS | idle SECONDS | "
             "leak CYCLES | estimate ROUNDS | history ROUNDS\n";
    return 2;
}

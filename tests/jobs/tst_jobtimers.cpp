// JobManager leaves no timer behind once nothing runs: after stopTracking,
// after completion and after removal, no poll or retry timer stays armed and
// none fires later (a stale QTimer::singleShot would fire once, doing nothing).

#include "ApiConfig.h"
#include "EvoLinkClient.h"
#include "JobManager.h"
#include "JobStore.h"
#include "Settings.h"
#include "Simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ks;

namespace {

constexpr int kWaitMs = 15000;

GenerationRequest textRequest()
{
    GenerationRequest r;
    r.mode = Mode::TextToVideo;
    r.prompt = QStringLiteral("A lighthouse beam sweeping over a stormy sea");
    r.durationSeconds = 5;
    r.quality = Quality::P720;
    return r;
}

// Counts timer events delivered to timers owned by the job manager or to
// free-standing single-shot timers (what QTimer::singleShot creates).
class TimerSpy final : public QObject
{
public:
    explicit TimerSpy(const QObject *manager) : m_manager(manager)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~TimerSpy() override { QCoreApplication::instance()->removeEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer && watched->objectName() != QLatin1String("tst-end")
            && (isOwnedByManager(watched)
                || qstrcmp(watched->metaObject()->className(), "QSingleShotTimer") == 0))
            ++m_count;
        return false;
    }
    int count() const { return m_count; }

private:
    bool isOwnedByManager(const QObject *o) const
    {
        for (; o; o = o->parent()) {
            if (o == m_manager)
                return true;
        }
        return false;
    }
    const QObject *m_manager;
    int m_count = 0;
};

// Runs the event loop for `ms`, ended by a timer the spy ignores.
void spin(int ms)
{
    QEventLoop loop;
    QTimer end;
    end.setObjectName(QStringLiteral("tst-end"));
    end.setSingleShot(true);
    QObject::connect(&end, &QTimer::timeout, &loop, &QEventLoop::quit);
    end.start(ms);
    loop.exec();
}

} // namespace

class TestJobTimers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<EvoLinkClient> m_client;
    std::unique_ptr<JobManager> m_jobs;

    void makeManager(double pollScale)
    {
        m_jobs = std::make_unique<JobManager>(m_store.get(), m_client.get(), m_nam.get(),
                                              m_settings.get());
        PollSchedule schedule;
        schedule.scale = pollScale;
        m_jobs->setPollSchedule(schedule);
        m_jobs->setLibraryDir(m_dir->filePath(QStringLiteral("library")));
    }

    JobState stateOf(const QString &id) const
    {
        const auto row = m_store->job(id);
        return row ? row->state : JobState::Failed;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("KLINGSTUDIO_DATA_DIR", m_dir->filePath(QStringLiteral("data")).toUtf8());
        qputenv("KLINGSTUDIO_CONFIG_DIR", m_dir->filePath(QStringLiteral("config")).toUtf8());
        m_sim = std::make_unique<Simulator>();
        m_sim->setTimeScale(0.02);
        QVERIFY(m_sim->start());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_store = std::make_unique<JobStore>();
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("journal.sqlite"))));
        m_client = std::make_unique<EvoLinkClient>(m_nam.get());
        ApiConfig config;
        config.apiBase = m_sim->baseUrl();
        config.filesBase = m_sim->baseUrl();
        config.apiKey = Simulator::demoKey();
        m_client->setConfig(config);
    }

    void cleanup()
    {
        m_jobs.reset();
        m_client.reset();
        m_store.reset();
        m_settings.reset();
        m_nam.reset();
        m_sim.reset();
        m_dir.reset();
    }

    // A running job waits on its poll timer; stopping it disarms the timer,
    // and nothing fires when the poll would have been due.
    void stopTrackingCancelsThePollTimer()
    {
        makeManager(0.1); // first poll 0.5-1.5 s after create
        const QString id = m_jobs->submit(textRequest());
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Running, kWaitMs);
        QCOMPARE(m_jobs->runningCount(), 1);
        QCOMPARE(m_jobs->activeTimerCount(), 1);

        QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
        TimerSpy timers(m_jobs.get());
        m_jobs->stopTracking(id);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(stateOf(id), JobState::Stopped);
        QCOMPARE(m_jobs->activeTimerCount(), 0);
        QCOMPARE(m_jobs->runningCount(), 0);
        spin(2500); // past the longest first poll delay of this schedule
        QCOMPARE(timers.count(), 0);
        QCOMPARE(m_jobs->activeTimerCount(), 0);
    }

    // Several jobs stopped at once: every one of their timers goes.
    void stopTrackingManyLeavesNoTimer()
    {
        makeManager(0.1);
        m_settings->setMaxConcurrentTasks(3);
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << m_jobs->submit(textRequest());
        for (const QString &id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Running, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_jobs->activeTimerCount(), 3, kWaitMs);

        TimerSpy timers(m_jobs.get());
        for (const QString &id : std::as_const(ids))
            m_jobs->stopTracking(id);
        QCOMPARE(m_jobs->activeTimerCount(), 0);
        spin(2500);
        QCOMPARE(timers.count(), 0);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(stateOf(id), JobState::Stopped);
    }

    // A job that completes (poll, download, done) leaves nothing armed.
    void completionLeavesNoTimer()
    {
        makeManager(0.01);
        QSignalSpy settled(m_jobs.get(), &JobManager::allSettled);
        const QString id = m_jobs->submit(textRequest());
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Done, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(settled.size() >= 1, kWaitMs);
        QCOMPARE(m_jobs->activeTimerCount(), 0);
        TimerSpy timers(m_jobs.get());
        spin(1000);
        QCOMPARE(timers.count(), 0);
    }

    // Removing a running job from the history drops its poll timer too.
    void removeFromHistoryCancelsThePollTimer()
    {
        makeManager(0.1);
        const QString id = m_jobs->submit(textRequest());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Running, kWaitMs);
        QCOMPARE(m_jobs->activeTimerCount(), 1);
        TimerSpy timers(m_jobs.get());
        m_jobs->removeFromHistory(id);
        QVERIFY(!m_store->job(id).has_value());
        QCOMPARE(m_jobs->activeTimerCount(), 0);
        spin(2500);
        QCOMPARE(timers.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobTimers)
#include "tst_jobtimers.moc"

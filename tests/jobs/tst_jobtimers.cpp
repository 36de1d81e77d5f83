// JobManager leaves no timer behind once nothing runs: after stopTracking,
// after completion and after removal, no poll or retry timer stays armed and
// none fires later (a stale QTimer::singleShot would fire once, doing nothing).

#include "JobWorld.h"
#include "jobs/JobManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ks;
using namespace ks::test;

namespace {

constexpr int kWaitMs = 15000;

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
    JobWorldFixture m_fixture;

    JobWorld &world() { return *m_fixture.world; }
    JobManager &jobs() { return *m_fixture.world->manager; }

    void makeManager(double pollScale) { world().manager = world().makeManager(pollScale); }

    JobState stateOf(const QString &id) const
    {
        const auto row = m_fixture.world->store.job(id);
        return row ? row->state : JobState::Failed;
    }

private slots:
    void init()
    {
        JobWorldOptions options;
        options.withManager = false; // each test picks its poll scale
        const QString notReady = m_fixture.setUp(options);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    }

    void cleanup() { m_fixture.tearDown(); }

    // A running job waits on its poll timer; stopping it disarms the timer,
    // and nothing fires when the poll would have been due.
    void stopTrackingCancelsThePollTimer()
    {
        makeManager(0.1); // first poll 0.5-1.5 s after create
        const QString id = jobs().submit(textRequest());
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Running, kWaitMs);
        QCOMPARE(jobs().runningCount(), 1);
        QCOMPARE(jobs().activeTimerCount(), 1);

        QSignalSpy finished(&jobs(), &JobManager::jobFinished);
        TimerSpy timers(&jobs());
        jobs().stopTracking(id);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(stateOf(id), JobState::Stopped);
        QCOMPARE(jobs().activeTimerCount(), 0);
        QCOMPARE(jobs().runningCount(), 0);
        spin(2500); // past the longest first poll delay of this schedule
        QCOMPARE(timers.count(), 0);
        QCOMPARE(jobs().activeTimerCount(), 0);
    }

    // Several jobs stopped at once: every one of their timers goes.
    void stopTrackingManyLeavesNoTimer()
    {
        makeManager(0.1);
        world().settings.setMaxConcurrentTasks(3);
        // Creates leave 1 s apart (issue 17 item 10): tasks long enough that
        // all three still run when the last one starts.
        world().sim->setTimeScale(0.5);
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << jobs().submit(textRequest());
        for (const QString &id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Running, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(jobs().activeTimerCount(), 3, kWaitMs);

        TimerSpy timers(&jobs());
        for (const QString &id : std::as_const(ids))
            jobs().stopTracking(id);
        QCOMPARE(jobs().activeTimerCount(), 0);
        spin(2500);
        QCOMPARE(timers.count(), 0);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(stateOf(id), JobState::Stopped);
    }

    // A job that completes (poll, download, done) leaves nothing armed.
    void completionLeavesNoTimer()
    {
        makeManager(0.01);
        QSignalSpy settled(&jobs(), &JobManager::allSettled);
        const QString id = jobs().submit(textRequest());
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Done, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(settled.size() >= 1, kWaitMs);
        QCOMPARE(jobs().activeTimerCount(), 0);
        TimerSpy timers(&jobs());
        spin(1000);
        QCOMPARE(timers.count(), 0);
    }

    // Removing a running job from the history drops its poll timer too.
    void removeFromHistoryCancelsThePollTimer()
    {
        makeManager(0.1);
        const QString id = jobs().submit(textRequest());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Running, kWaitMs);
        QCOMPARE(jobs().activeTimerCount(), 1);
        TimerSpy timers(&jobs());
        jobs().removeFromHistory(id);
        QVERIFY(!world().store.job(id).has_value());
        QCOMPARE(jobs().activeTimerCount(), 0);
        spin(2500);
        QCOMPARE(timers.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobTimers)
#include "tst_jobtimers.moc"

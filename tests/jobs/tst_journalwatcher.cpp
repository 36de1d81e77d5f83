// JournalWatcher: two JobStores on one journal file stand for two processes
// (data_version is per connection). The other's commits are announced, once
// per burst; the store's own writes, an unchanged file and an in-memory
// journal announce nothing.

#include "JobRows.h"
#include "jobs/JobStore.h"
#include "jobs/JournalWatcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

namespace {

Job makeJob(const QString &prompt)
{
    GenerationRequest request;
    request.prompt = prompt;
    return ks::test::leftBehindJob(request, JobState::Queued);
}

// Long enough for a change to have been noticed and settled.
constexpr int kQuietMs = JournalWatcher::kSettleMs + 600;

// The app's connection, with its watcher, and the command-line tool's, on
// one journal file.
struct TwoWriters
{
    explicit TwoWriters(const QString &file)
    {
        opened = gui.open(file) && cli.open(file);
        watcher.start();
    }
    JobStore gui;
    JobStore cli;
    JournalWatcher watcher {&gui};
    QSignalSpy changed {&watcher, &JournalWatcher::changedElsewhere};
    bool opened = false;
};

} // namespace

class TestJournalWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void announcesOtherWriters();
    void ignoresOwnWrites();
    void burstIsOneCheck();
    void inMemoryIsNotWatched();

private:
    QString journal(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

void TestJournalWatcher::announcesOtherWriters()
{
    TwoWriters w(journal("a.sqlite"));
    QVERIFY(w.opened);
    auto &[gui, cli, watcher, changed, opened] = w;
    const qint64 before = gui.dataVersion();
    QVERIFY(before >= 0);
    QVERIFY(watcher.isWatching());

    Job job = makeJob(QStringLiteral("from the command line"));
    QVERIFY(cli.insert(job));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    QVERIFY(gui.dataVersion() != before);
    QCOMPARE(gui.job(job.id)->request.prompt, QStringLiteral("from the command line"));

    // An update (the other process's job moving on) is announced too.
    job.state = JobState::Running;
    job.progress = 40;
    QVERIFY(cli.update(job));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
    QCOMPARE(gui.job(job.id)->progress, 40);
}

void TestJournalWatcher::ignoresOwnWrites()
{
    TwoWriters w(journal("b.sqlite"));
    QVERIFY(w.opened);
    auto &[gui, cli, watcher, changed, opened] = w;

    const qint64 version = gui.dataVersion();
    const qint64 otherVersion = cli.dataVersion();
    for (int i = 0; i < 5; ++i)
        QVERIFY(gui.insert(makeJob(QStringLiteral("mine"))));
    // Nothing to wait for: no announcement may come.
    QTest::qWait(kQuietMs);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(gui.dataVersion(), version);
    // They were commits all the same: the other connection sees them.
    QVERIFY(cli.dataVersion() != otherVersion);
}

void TestJournalWatcher::burstIsOneCheck()
{
    TwoWriters w(journal("c.sqlite"));
    QVERIFY(w.opened);
    auto &[gui, cli, watcher, changed, opened] = w;

    // Ten commits in quick succession (well inside the settle time of each
    // other) make one announcement, not ten.
    for (int i = 0; i < 10; ++i)
        QVERIFY(cli.insert(makeJob(QStringLiteral("burst %1").arg(i))));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
    // Nothing to wait for: no further announcement may come.
    QTest::qWait(kQuietMs);
    // One, or two when a loaded machine stalls the writer past the settle
    // time; a check per commit would make ten.
    QVERIFY2(changed.count() <= 2, qPrintable(QString::number(changed.count())));
    QCOMPARE(gui.count(), 10);
}

void TestJournalWatcher::inMemoryIsNotWatched()
{
    JobStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    JournalWatcher watcher(&store);
    watcher.start();
    QVERIFY(!watcher.isWatching());

    JobStore closed;
    JournalWatcher idle(&closed);
    idle.start();
    QVERIFY(!idle.isWatching());
    QCOMPARE(closed.dataVersion(), -1);
}

QTEST_GUILESS_MAIN(TestJournalWatcher)
#include "tst_journalwatcher.moc"

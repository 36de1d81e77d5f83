// The journal deleted while jobs run (issue 15, item 8): writes must not go
// on into the deleted file. The store notices at its next write, or at
// once through the JournalWatcher, makes the journal again at its path with
// every row it could still read, and the manager writes its running jobs
// back, task id included, so a fresh process (after a kill) finds them.

#include "JobWorld.h"
#include "jobs/JournalWatcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;
using namespace ks::test;

namespace {

// The journal and its WAL side files, as a user or a disk cleaner deletes
// them. False where an open file cannot be deleted (Windows).
bool deleteJournal(const QString &path)
{
    bool removed = true;
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        removed = (!QFile::exists(file) || QFile::remove(file)) && removed;
    return removed && !QFile::exists(path);
}

// The row a new process would find: a store of its own on the path.
std::optional<Job> freshRow(const QString &path, const QString &id)
{
    if (!QFile::exists(path))
        return std::nullopt;
    JobStore fresh;
    if (!fresh.open(path))
        return std::nullopt;
    return fresh.job(id);
}

Job storedJob(const QString &prompt, JobState state)
{
    GenerationRequest request = textRequest();
    request.prompt = prompt;
    return leftBehindJob(request, state);
}

} // namespace

class TestJournalLoss : public QObject
{
    Q_OBJECT

private slots:
    void noticedAtTheNextWrite();
    void noticedBetweenWritesByTheWatcher();
    void twoProcessesKeepBothRows();
};

// A job runs against the simulator; the journal is deleted after its task
// id was written. Its next write makes the journal again, with the job.
void TestJournalLoss::noticedAtTheNextWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    JobWorld world(dir.path());
    QVERIFY(world.started && world.opened);
    QSignalSpy recreated(world.manager.get(), &JobManager::journalRecreated);
    const QString id = world.manager->submit(textRequest());
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!world.manager->job(id)->taskId.isEmpty(), 15000);
    const QString taskId = world.manager->job(id)->taskId;
    if (!deleteJournal(world.journalPath))
        QSKIP("this system does not delete a file that is open");

    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(world.journalPath),
                              "the journal was not made again after it was deleted", 15000);
    const std::optional<Job> row = freshRow(world.journalPath, id);
    QVERIFY2(row, "the new journal lacks the running job");
    QCOMPARE(row->taskId, taskId);
    QCOMPARE(row->idempotencyKey, world.manager->job(id)->idempotencyKey);
    QCOMPARE(recreated.count(), 1);
    QCOMPARE(recreated.first().at(0).toInt(), 1);

    // The job goes on into the new journal and finishes there.
    const Job done = world.waitFinished(id);
    QCOMPARE(done.state, JobState::Done);
    QCOMPARE(freshRow(world.journalPath, id)->state, JobState::Done);
}

// Between two writes (the first poll is seconds away) only the watcher can
// notice; a kill before the next write would otherwise lose the task.
void TestJournalLoss::noticedBetweenWritesByTheWatcher()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    JobWorldOptions options;
    options.withManager = false;
    JobWorld world(dir.path(), options);
    QVERIFY(world.started && world.opened);
    // The real schedule: at least 5 s from the create to the first poll.
    world.manager = world.makeManager(1.0);
    JournalWatcher watcher(&world.store);
    watcher.start();
    QVERIFY(watcher.isWatching());
    QSignalSpy recreated(world.manager.get(), &JobManager::journalRecreated);
    const QString id = world.manager->submit(textRequest());
    QTRY_VERIFY_WITH_TIMEOUT(!world.manager->job(id)->taskId.isEmpty(), 15000);
    const QString taskId = world.manager->job(id)->taskId;
    QCOMPARE(world.manager->job(id)->state, JobState::Running);
    if (!deleteJournal(world.journalPath))
        QSKIP("this system does not delete a file that is open");

    // Well before the first poll's write.
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(world.journalPath),
                              "the watcher did not notice the deleted journal", 3000);
    const std::optional<Job> row = freshRow(world.journalPath, id);
    QVERIFY2(row, "the new journal lacks the running job");
    QCOMPARE(row->taskId, taskId);
    QCOMPARE(row->state, JobState::Running);
    QCOMPARE(recreated.count(), 1);
    QCOMPARE(recreated.first().at(0).toInt(), 1);
    world.manager.reset(); // before the world's store goes
}

// Two stores stand for the app and the command-line tool. Both had the
// journal open when it was deleted; the first to write makes it again, the
// second adds what only it knew, and neither overwrites the other's rows.
void TestJournalLoss::twoProcessesKeepBothRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    JobStore gui;
    JobStore cli;
    QVERIFY(gui.open(path));
    QVERIFY(cli.open(path));
    Job old = storedJob(QStringLiteral("before"), JobState::Done);
    QVERIFY(gui.insert(old));
    QSignalSpy guiRecreated(&gui, &JobStore::recreated);
    QSignalSpy cliRecreated(&cli, &JobStore::recreated);
    if (!deleteJournal(path))
        QSKIP("this system does not delete a file that is open");

    Job fromGui = storedJob(QStringLiteral("gui"), JobState::Running);
    fromGui.taskId = QStringLiteral("task-gui");
    QVERIFY(gui.insert(fromGui));
    QCOMPARE(guiRecreated.count(), 1);
    QCOMPARE(guiRecreated.first().at(0).toInt(), 1); // `old`, read from the deleted copy
    Job fromCli = storedJob(QStringLiteral("cli"), JobState::Running);
    fromCli.taskId = QStringLiteral("task-cli");
    QVERIFY(cli.insert(fromCli));
    QCOMPARE(cliRecreated.count(), 1);
    QCOMPARE(cliRecreated.first().at(0).toInt(), 0); // `old` was there again already

    for (const Job &job : {old, fromGui, fromCli}) {
        const std::optional<Job> row = freshRow(path, job.id);
        QVERIFY2(row, qPrintable(job.request.prompt));
        QCOMPARE(row->taskId, job.taskId);
        QCOMPARE(row->state, job.state);
    }
    // Both write on into the same, new file.
    fromGui.progress = 40;
    QVERIFY(gui.update(fromGui));
    QCOMPARE(cli.job(fromGui.id)->progress, 40);
    QCOMPARE(guiRecreated.count(), 1);
    QCOMPARE(cliRecreated.count(), 1);
}

QTEST_GUILESS_MAIN(TestJournalLoss)
#include "tst_journalloss.moc"

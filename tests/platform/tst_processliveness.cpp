// ProcessLiveness and the journal's use of it: a child process reads as
// alive while it runs and as dead once it has exited and been reaped, and
// the download claim of a holder that died is taken over at once while a
// live holder's is not. Run as `tst_processliveness --child` the program is
// that child: it waits until its standard input closes.

#include "JobRows.h"
#include "jobs/JobStore.h"
#include "platform/ProcessLiveness.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

using namespace ks;
using State = ProcessLiveness::State;

namespace {

const char *name(State state)
{
    switch (state) {
    case State::Alive:
        return "Alive";
    case State::Dead:
        return "Dead";
    case State::Unknown:
        return "Unknown";
    }
    return "?";
}

// The owner name JobStore::processOwnerName() gives, for another process.
QString ownerFor(qint64 pid, const QString &host = QSysInfo::machineHostName())
{
    return QStringLiteral("%1/%2/%3").arg(QStringLiteral("cli"), host).arg(pid);
}

Job downloadingJob()
{
    GenerationRequest request;
    request.prompt = QStringLiteral("a lighthouse in a storm");
    return ks::test::leftBehindJob(request, JobState::Downloading);
}

} // namespace

#define COMPARE_STATE(actual, expected)                                                            \
    QVERIFY2((actual) == (expected),                                                               \
             qPrintable(QStringLiteral("%1, expected %2")                                          \
                            .arg(QLatin1String(name(actual)), QLatin1String(name(expected)))))

class TestProcessLiveness : public QObject
{
    Q_OBJECT

    // Starts this program as a child that runs until its stdin closes.
    bool startChild(QProcess &child)
    {
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        return child.waitForStarted(10000) && child.processId() > 0;
    }

private slots:
    void ownProcessIsAlive()
    {
        COMPARE_STATE(ProcessLiveness::of(QCoreApplication::applicationPid()), State::Alive);
    }

    void impossibleIdsAreUnknown()
    {
        COMPARE_STATE(ProcessLiveness::of(0), State::Unknown);
        COMPARE_STATE(ProcessLiveness::of(-1), State::Unknown);
        // Wider than any OS's process id: never truncated into another one.
        COMPARE_STATE(ProcessLiveness::of(qint64(1) << 40), State::Unknown);
    }

    void childIsAliveThenDead()
    {
        QProcess child;
        QVERIFY(startChild(child));
        const qint64 pid = child.processId();
        COMPARE_STATE(ProcessLiveness::of(pid), State::Alive);
        QVERIFY(!JobStore::ownerIsDead(ownerFor(pid)));

        child.closeWriteChannel(); // the child's cue to exit
        QVERIFY(child.waitForFinished(10000)); // exited, and QProcess reaped it
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        COMPARE_STATE(ProcessLiveness::of(pid), State::Dead);
        QVERIFY(JobStore::ownerIsDead(ownerFor(pid)));
    }

    void killedChildIsDead()
    {
        QProcess child;
        QVERIFY(startChild(child));
        const qint64 pid = child.processId();
        COMPARE_STATE(ProcessLiveness::of(pid), State::Alive);
        child.kill(); // SIGKILL; TerminateProcess on Windows
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        COMPARE_STATE(ProcessLiveness::of(pid), State::Dead);
        QVERIFY(JobStore::ownerIsDead(ownerFor(pid)));
    }

    void ownerIsDeadOnlyForThisHostsDeadProcesses()
    {
        QProcess child;
        QVERIFY(startChild(child));
        const qint64 pid = child.processId();
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(JobStore::ownerIsDead(ownerFor(pid)));
        // Another machine's process cannot be asked: its lease runs out instead.
        QVERIFY(!JobStore::ownerIsDead(ownerFor(pid, QStringLiteral("elsewhere.example"))));
        // This process, and names that are no process's.
        QVERIFY(!JobStore::ownerIsDead(JobStore::processOwnerName(QStringLiteral("gui"))));
        QVERIFY(!JobStore::ownerIsDead(QStringLiteral("gui")));
        QVERIFY(!JobStore::ownerIsDead(ownerFor(0)));
        QVERIFY(
            !JobStore::ownerIsDead(QStringLiteral("cli/%1/x").arg(QSysInfo::machineHostName())));
    }

    void deadHoldersClaimIsTakenOverAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        JobStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("journal.sqlite"))));
        const Job job = downloadingJob();
        QVERIFY(store.insert(job));
        const QString me = JobStore::processOwnerName(QStringLiteral("gui"));

        QProcess child;
        QVERIFY(startChild(child));
        const QString holder = ownerFor(child.processId());
        QVERIFY(store.claimJob(job.id, holder)); // as if the child had claimed it
        QVERIFY(!store.claimJob(job.id, me)); // alive: its lease holds
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(store.claimJob(job.id, me)); // dead: free at once
        QVERIFY(!store.claimJob(job.id, holder)); // and now it is mine
    }
};

int main(int argc, char *argv[])
{
    if (argc == 2 && std::strcmp(argv[1], "--child") == 0) {
        // Waits, without an event loop or a timer, until the parent closes
        // our stdin (or kills us).
        QFile in;
        if (!in.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered))
            return 2;
        while (!in.read(1).isEmpty()) { }
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestProcessLiveness test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_processliveness.moc"

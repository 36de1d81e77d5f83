// DownloadClaim without a JobManager: the claim of a live other process is
// respected, a dead one's is taken over at once, a released or run-out one
// is free, and renewing keeps a claim whose lease would otherwise run out.
// Run as `tst_downloadclaim --child` the program is the "other process": it
// waits until its standard input closes.

#include "JobRows.h"
#include "jobs/DownloadClaim.h"
#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <memory>

using namespace ks;

namespace {

// The owner name DownloadClaim::processOwnerName() gives, for another process.
QString ownerFor(qint64 pid)
{
    return QStringLiteral("cli/%1/%2").arg(QSysInfo::machineHostName()).arg(pid);
}

} // namespace

class TestDownloadClaim : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<JobStore> m_store;
    int m_run = 0;
    QString m_id;

    // Starts this program as a child that runs until its stdin closes.
    bool startChild(QProcess &child)
    {
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        return child.waitForStarted(10000) && child.processId() > 0;
    }

    // Backdates the job's claim past the lease, as if its holder had not
    // renewed it for longer than JobStore::kClaimLeaseSeconds.
    bool ageClaim()
    {
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
            db.setDatabaseName(m_file);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE jobs SET download_claimed_at = ? WHERE id = ?"));
                q.addBindValue(QDateTime::currentMSecsSinceEpoch()
                               - (JobStore::kClaimLeaseSeconds + 5) * 1000LL);
                q.addBindValue(m_id);
                ok = q.exec() && q.numRowsAffected() == 1;
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        return ok;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("journal-%1.sqlite").arg(++m_run));
        m_store = std::make_unique<JobStore>();
        QVERIFY(m_store->open(m_file));
        GenerationRequest request;
        request.prompt = QStringLiteral("a lighthouse in a storm");
        const Job job = ks::test::leftBehindJob(request, JobState::Downloading);
        QVERIFY(m_store->insert(job));
        m_id = job.id;
    }

    void cleanup() { m_store.reset(); }

    void ownerNameNamesThisProcess()
    {
        QCOMPARE(DownloadClaim::processOwnerName(QStringLiteral("gui")),
                 QStringLiteral("gui/%1/%2")
                     .arg(QSysInfo::machineHostName())
                     .arg(QCoreApplication::applicationPid()));
        const DownloadClaim a(m_store.get());
        const DownloadClaim b(m_store.get());
        QVERIFY(a.owner() != b.owner()); // two managers of one process never share a claim
        QVERIFY(a.owner().endsWith(QStringLiteral("/%1").arg(QCoreApplication::applicationPid())));
        QVERIFY(!DownloadClaim::ownerIsDead(a.owner())); // this process is alive
    }

    void freeClaimIsTakenAndReleased()
    {
        DownloadClaim a(m_store.get());
        DownloadClaim b(m_store.get());
        QVERIFY(a.claim(m_id));
        QVERIFY(a.claim(m_id)); // again: a renewal, still its own
        QVERIFY(!b.claim(m_id));
        b.release(m_id); // not its claim: no effect
        QVERIFY(!b.claim(m_id));
        a.release(m_id);
        QVERIFY(b.claim(m_id));
        QVERIFY(!a.claim(m_id));
    }

    void liveOtherProcessIsRespected()
    {
        QProcess child;
        QVERIFY(startChild(child));
        DownloadClaim other(m_store.get(), ownerFor(child.processId()));
        DownloadClaim me(m_store.get());
        QVERIFY(other.claim(m_id));
        QVERIFY(!me.claim(m_id));
        QVERIFY(!me.claim(m_id));
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(10000));
    }

    void deadOtherProcessIsTakenOver()
    {
        QProcess child;
        QVERIFY(startChild(child));
        DownloadClaim other(m_store.get(), ownerFor(child.processId()));
        DownloadClaim me(m_store.get());
        QVERIFY(other.claim(m_id));
        QVERIFY(!me.claim(m_id));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(DownloadClaim::ownerIsDead(other.owner()));
        QVERIFY(me.claim(m_id)); // at once, long before its lease runs out
        QVERIFY(!other.claim(m_id));
    }

    void runOutLeaseIsTakenOver()
    {
        DownloadClaim a(m_store.get());
        DownloadClaim b(m_store.get());
        QVERIFY(a.claim(m_id));
        QVERIFY(ageClaim());
        QVERIFY(!a.renewIfDue(m_id, DownloadClaim::kRenewMs)); // not due: nothing renewed
        QVERIFY(b.claim(m_id));
        QVERIFY(!a.claim(m_id));
    }

    void renewalKeepsTheClaim()
    {
        DownloadClaim a(m_store.get());
        DownloadClaim b(m_store.get());
        QVERIFY(a.claim(m_id));
        QVERIFY(ageClaim());
        QVERIFY(a.renewIfDue(m_id, DownloadClaim::kRenewMs + 1));
        QVERIFY(!b.claim(m_id));
        QVERIFY(a.claim(m_id));
    }

    void renewalTimerRunsWhileDriving()
    {
        DownloadClaim claim(m_store.get());
        QVERIFY(!claim.isRenewalTimerActive());
        claim.setDriving(true);
        QVERIFY(claim.isRenewalTimerActive());
        claim.setDriving(true);
        QVERIFY(claim.isRenewalTimerActive());
        claim.setDriving(false);
        QVERIFY(!claim.isRenewalTimerActive());
    }

    void withoutJournalEveryClaimHolds()
    {
        DownloadClaim claim(nullptr);
        QVERIFY(claim.claim(m_id));
        claim.release(m_id); // nothing to write to: no crash
        QVERIFY(claim.renewIfDue(m_id, DownloadClaim::kRenewMs + 1));
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
    TestDownloadClaim test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_downloadclaim.moc"

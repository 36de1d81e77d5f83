// Job state names: stable storage strings, translated display names, and
// the active / settled split the manager and the history panel rely on.

#include "jobs/Job.h"

#include <QSet>
#include <QTest>

using namespace ks;

class TestJob : public QObject
{
    Q_OBJECT

private:
    static QList<JobState> allStates()
    {
        return {JobState::Queued,  JobState::Uploading,   JobState::Submitting,
                JobState::Running, JobState::Downloading, JobState::Done,
                JobState::Failed,  JobState::Cancelled,   JobState::OutcomeUnknown,
                JobState::Stalled, JobState::Expired,     JobState::Stopped};
    }

private slots:
    void storageNamesAreStable()
    {
        // These strings are in users' journals: changing one loses jobs.
        QCOMPARE(jobStateName(JobState::Queued), QStringLiteral("queued"));
        QCOMPARE(jobStateName(JobState::Uploading), QStringLiteral("uploading"));
        QCOMPARE(jobStateName(JobState::Submitting), QStringLiteral("submitting"));
        QCOMPARE(jobStateName(JobState::Running), QStringLiteral("running"));
        QCOMPARE(jobStateName(JobState::Downloading), QStringLiteral("downloading"));
        QCOMPARE(jobStateName(JobState::Done), QStringLiteral("done"));
        QCOMPARE(jobStateName(JobState::Failed), QStringLiteral("failed"));
        QCOMPARE(jobStateName(JobState::Cancelled), QStringLiteral("cancelled"));
        QCOMPARE(jobStateName(JobState::OutcomeUnknown), QStringLiteral("outcome_unknown"));
        QCOMPARE(jobStateName(JobState::Stalled), QStringLiteral("stalled"));
        QCOMPARE(jobStateName(JobState::Expired), QStringLiteral("expired"));
        QCOMPARE(jobStateName(JobState::Stopped), QStringLiteral("stopped"));
    }

    void namesRoundTrip()
    {
        QSet<QString> seen;
        for (JobState s : allStates()) {
            const QString name = jobStateName(s);
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
            QCOMPARE(jobStateFromName(name), std::optional<JobState>(s));
            QVERIFY(!jobStateDisplayName(s).isEmpty());
        }
        QCOMPARE(jobStateFromName(QStringLiteral("Running")), std::nullopt);
        QCOMPARE(jobStateFromName(QString()), std::nullopt);
        QCOMPARE(jobStateDisplayName(JobState::OutcomeUnknown), QStringLiteral("Outcome unknown"));
    }

    void activeAndSettled()
    {
        const QList<JobState> active = {JobState::Queued, JobState::Uploading, JobState::Submitting,
                                        JobState::Running, JobState::Downloading};
        const QList<JobState> settled = {JobState::Done, JobState::Failed, JobState::Cancelled,
                                         JobState::Expired, JobState::Stopped};
        for (JobState s : allStates()) {
            QCOMPARE(isActive(s), active.contains(s));
            QCOMPARE(isSettled(s), settled.contains(s));
        }
        // Waiting for the user: neither running nor finished.
        QVERIFY(!isActive(JobState::OutcomeUnknown) && !isSettled(JobState::OutcomeUnknown));
        QVERIFY(!isActive(JobState::Stalled) && !isSettled(JobState::Stalled));
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"

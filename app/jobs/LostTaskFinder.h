#pragma once
// Finds the task a create request may have made when its answer was lost
// (API.md §8.5): lists the account's recent tasks, reads each one that could
// be this job's, and names it only when it provably is: same model, created
// while this job's request was out, the same video length and price, and no
// other job of the journal has it. Anything less is reported, never adopted:
// another device or program on the same key makes tasks too.

#include "core/ApiError.h"
#include "core/TaskSnapshot.h"
#include "jobs/Job.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace ks {

class ApiReply;
class EvoLinkClient;

class LostTaskFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostTaskFinder)
public:
    enum class Outcome {
        Found, // exactly one task is provably this job's: task()
        NotFound, // no task could be this job's: resend with the same key
        Uncertain, // tasks that might be this job's: explanation(), nothing adopted
        Failed, // the look-up itself failed: error()
    };

    // Seconds around the moment the create left in which its task may have
    // been created (the server's clock may differ a little from ours; an
    // answer is lost after the transfer timeout at the latest).
    static constexpr qint64 kWindowBeforeSeconds = 120;
    static constexpr qint64 kWindowAfterSeconds = 600;
    static constexpr int kListPageSize = 50;

    // isKnownTask: true for a task id another job of the journal holds.
    LostTaskFinder(EvoLinkClient *client, const Job &job,
                   std::function<bool(const QString &)> isKnownTask, QObject *parent = nullptr);
    ~LostTaskFinder() override;

    void start();

    Outcome outcome() const { return m_outcome; }
    const TaskSnapshot &task() const { return m_task; }
    const ApiError &error() const { return m_error; }
    // For Uncertain: what was found and why none was taken, in the user's language.
    const QString &explanation() const { return m_explanation; }

signals:
    void finished();

private:
    enum class Match { Proven, Excluded, Unsure };

    void onListed(ApiReply *reply);
    void readNextCandidate();
    void onCandidateRead(ApiReply *reply, const QString &id);
    Match compare(const TaskSnapshot &task, QString *why) const;
    void conclude();
    void finish(Outcome outcome);
    void track(ApiReply *reply);

    EvoLinkClient *m_client;
    Job m_job;
    std::function<bool(const QString &)> m_isKnownTask;
    QPointer<ApiReply> m_reply;
    QStringList m_candidates; // still to read in detail
    QList<TaskSnapshot> m_proven;
    QStringList m_unsure; // "id (reason)"
    Outcome m_outcome = Outcome::Failed;
    TaskSnapshot m_task;
    ApiError m_error;
    QString m_explanation;
    qint64 m_windowFrom = 0; // seconds since the epoch, server time
    qint64 m_windowTo = 0;
    bool m_done = false;
};

} // namespace ks

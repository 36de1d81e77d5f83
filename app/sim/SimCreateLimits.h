#pragma once
// The account's limits on creates as the simulator plays them (API.md §10.1
// #12): at most N tasks of one model pending or processing at once per key
// (off by default), refused with 429 `quota_exceeded` before any task exists;
// and the arrival times of create requests, so tests can check the spacing
// a client leaves between them.

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace ks {

class SimTaskStore;

class SimCreateLimits final
{
public:
    SimCreateLimits();

    // 0 = no limit.
    void setTasksPerModel(int limit) { m_tasksPerModel = limit > 0 ? limit : 0; }
    int tasksPerModel() const { return m_tasksPerModel; }

    // Called when a create request arrives (whatever its answer).
    void noteArrival() { m_arrivalsMs.append(m_clock.elapsed()); }
    // Arrival times of the create requests, in ms on one steady clock.
    const QList<qint64> &arrivalsMs() const { return m_arrivalsMs; }

    // The refusal message when `key` already has as many unfinished tasks
    // of `model` as the limit allows; empty when the create may go on.
    QString refusal(const SimTaskStore &store, const QString &key, const QString &model) const;

private:
    QElapsedTimer m_clock;
    int m_tasksPerModel = 0;
    QList<qint64> m_arrivalsMs;
};

} // namespace ks

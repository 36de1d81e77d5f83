#pragma once
// The simulated account's tasks: their phases as time passes, the credits they
// reserve and refund, the replayable answers of idempotent creates, the
// forgetting of old tasks, and the state file that carries all of it over a
// restart.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ks {

class SimTaskStore final
{
public:
    struct Task
    {
        QString id;
        QString ownerKey;
        QString model;
        QString aspectRatio;
        qint64 created = 0; // unix seconds
        qint64 startMs = 0; // on elapsedMs()
        qint64 totalMs = 0;
        int videoSeconds = 0;
        qint64 reservedUc = 0;
        bool perCall = false;
        QString failCode; // empty, a §6.2 code, or "cancelled"
        QString failMessage; // error.message when failed; empty: the standard one
        bool settled = false;
        bool expired = false;
        QString elementId;
        bool elementFromVideo = false;
    };
    struct Phase
    {
        QString status;
        int progress = 0;
        int remainingSeconds = 0;
        bool terminal = false;
    };
    // A create answer kept for its Idempotency-Key, with the body it answered.
    struct Replay
    {
        QByteArray canonicalBody;
        QByteArray response;
    };

    SimTaskStore();

    // 1.0 = demo pace (~20 s per task).
    void setTimeScale(double scale) { m_scale = scale; }
    double timeScale() const { return m_scale; }
    // The clock task start times are on.
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // How long a task created now takes, at the current time scale.
    qint64 taskDurationMs() const;

    const Task *find(const QString &id) const;
    bool contains(const QString &id) const { return m_tasks.contains(id); }
    const QHash<QString, Task> &tasks() const { return m_tasks; }
    const QStringList &order() const { return m_order; } // oldest first
    Phase phase(const Task &t) const;
    // Refunds failed and cancelled tasks once they end (credits are only
    // charged for completed tasks).
    void settleAll();
    // Drops finished tasks past their lifetime or beyond the newest kept ones,
    // with their replayable create answers; returns their ids.
    QSet<QString> forgetOldTasks();
    void add(const Task &t);
    // Result links of the task answer 403 from now on; saves the state.
    void expire(const QString &id);

    qint64 balanceUc() const { return m_balanceUc; }
    void setBalanceUc(qint64 uc) { m_balanceUc = uc; }
    qint64 usedUc() const { return m_usedUc; }
    qint64 usedUc(const QString &key) const { return m_usedByKey.value(key); }
    // Moves `uc` from the balance to what `key` used.
    void reserve(const QString &key, qint64 uc);

    const Replay *replay(const QString &slot) const;
    void rememberReplay(const QString &slot, const Replay &replay);

    // Loads the file now when it exists (an unreadable one is ignored); save()
    // writes it from then on.
    void setStateFile(const QString &path);
    QString stateFile() const { return m_stateFile; }
    // The port the saved state was served on (0 when none).
    quint16 savedPort() const { return m_savedPort; }
    // The port being served now, saved in place of the previous one.
    void setServedPort(quint16 port) { m_servedPort = port; }
    void save() const;

private:
    void load();

    QElapsedTimer m_clock;
    double m_scale = 1.0;
    QHash<QString, Task> m_tasks;
    QStringList m_order; // creation order
    qint64 m_balanceUc;
    qint64 m_usedUc = 0;
    QHash<QString, qint64> m_usedByKey;
    QHash<QString, Replay> m_replays;
    QString m_stateFile;
    quint16 m_savedPort = 0;
    quint16 m_servedPort = 0;
};

} // namespace ks

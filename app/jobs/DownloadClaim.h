#pragma once
// This process's claim on the jobs it drives. The app and the CLI share the
// journal, so a job is sent, polled and downloaded by one process at a time:
// the claim is a lease in the job's row (JobStore::claimJob), renewed every
// minute while jobs run here, released when a job leaves this process, and
// taken over from a holder that is gone (a process of this machine that
// ProcessLiveness says is dead) at once, or from any holder once its lease
// has run out (the computer slept, another machine).

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace ks {

class JobStore;

class DownloadClaim final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadClaim)
public:
    static constexpr int kRenewMs = 60 * 1000;

    // `owner` names this process in the journal; by default a fresh
    // processOwnerName(), so another process can tell when it is gone.
    explicit DownloadClaim(JobStore *store, const QString &owner = newOwnerName(),
                           QObject *parent = nullptr);

    QString owner() const { return m_owner; }
    // True when this process now holds the job (free, already its own, its
    // holder dead, or the holder's lease run out); renews the lease. True
    // without a journal (it may go first at shutdown).
    bool claim(const QString &id);
    void release(const QString &id);
    // For a long download: renews the claim when `sinceLastMs` says a
    // renewal is due; true when it was (the caller restarts its clock).
    bool renewIfDue(const QString &id, qint64 sinceLastMs);

    // The renewal timer runs while this process drives at least one job;
    // each tick emits renewalDue().
    void setDriving(bool driving);
    bool isRenewalTimerActive() const { return m_renewTimer.isActive(); }

    // "<name>/<host>/<pid>": an owner name whose claim other processes may
    // take over as soon as this process is gone (killed, crashed).
    static QString processOwnerName(const QString &name);
    static QString newOwnerName();
    // True only for such a name of this host whose process is known to be
    // gone (ProcessLiveness); false for this process and when unsure.
    static bool ownerIsDead(const QString &owner);

signals:
    // Time to renew every claim this process holds (its manager knows which).
    void renewalDue();

private:
    QPointer<JobStore> m_store;
    const QString m_owner;
    QTimer m_renewTimer;
};

} // namespace ks

#include "jobs/DownloadClaim.h"

#include "jobs/JobStore.h"
#include "platform/ProcessLiveness.h"

#include <QCoreApplication>
#include <QStringList>
#include <QSysInfo>
#include <QUuid>

namespace ks {

DownloadClaim::DownloadClaim(JobStore *store, const QString &owner, QObject *parent)
    : QObject(parent), m_store(store), m_owner(owner)
{
    m_renewTimer.setInterval(kRenewMs);
    connect(&m_renewTimer, &QTimer::timeout, this, &DownloadClaim::renewalDue);
}

bool DownloadClaim::claim(const QString &id)
{
    return !m_store || m_store->claimJob(id, m_owner);
}

void DownloadClaim::release(const QString &id)
{
    if (m_store)
        m_store->releaseJob(id, m_owner);
}

bool DownloadClaim::renewIfDue(const QString &id, qint64 sinceLastMs)
{
    if (sinceLastMs <= kRenewMs)
        return false;
    claim(id);
    return true;
}

void DownloadClaim::setDriving(bool driving)
{
    if (driving && !m_renewTimer.isActive())
        m_renewTimer.start();
    else if (!driving)
        m_renewTimer.stop();
}

QString DownloadClaim::processOwnerName(const QString &name)
{
    return QStringLiteral("%1/%2/%3")
        .arg(name, QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid());
}

QString DownloadClaim::newOwnerName()
{
    return processOwnerName(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

bool DownloadClaim::ownerIsDead(const QString &owner)
{
    // Only a holder on this machine can be asked; one the OS cannot tell
    // about counts as alive, and its lease runs out instead.
    const QStringList parts = owner.split(u'/');
    if (parts.size() != 3 || parts.at(1) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = parts.at(2).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    return ProcessLiveness::of(pid) == ProcessLiveness::State::Dead;
}

} // namespace ks

#include "sim/SimTaskStore.h"

#include "sim/SimLog.h"
#include "sim/SimPrices.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ks {

namespace {

// Nominal task length at time scale 1.0 (pending is the first fifth).
constexpr qint64 kNominalTaskMs = 20000;
// Like the real service, finished tasks are forgotten after a day, and past
// this many (the app looks back 50 tasks at most, API.md list endpoint).
constexpr int kKeptFinishedTasks = 64;
constexpr qint64 kFinishedTaskLifetimeMs = 24LL * 3600 * 1000;

} // namespace

SimTaskStore::SimTaskStore() : m_balanceUc(5000 * SimPrices::kUcPerCredit)
{
    m_clock.start();
}

qint64 SimTaskStore::taskDurationMs() const
{
    return qint64(std::llround(double(kNominalTaskMs) * m_scale));
}

const SimTaskStore::Task *SimTaskStore::find(const QString &id) const
{
    const auto it = m_tasks.constFind(id);
    return it == m_tasks.cend() ? nullptr : &*it;
}

SimTaskStore::Phase SimTaskStore::phase(const Task &t) const
{
    Phase p;
    const qint64 elapsed = m_clock.elapsed() - t.startMs;
    if (elapsed >= t.totalMs) {
        p.terminal = true;
        if (t.failCode.isEmpty()) {
            p.status = u"completed"_s;
            p.progress = 100;
        } else {
            p.status = t.failCode == u"cancelled"_s ? u"cancelled"_s : u"failed"_s;
        }
        return p;
    }
    const qint64 pendingMs = t.totalMs / 5;
    p.remainingSeconds = int(qMax<qint64>(1, (t.totalMs - elapsed + 999) / 1000));
    if (elapsed < pendingMs) {
        p.status = u"pending"_s;
    } else {
        p.status = u"processing"_s;
        p.progress = int(1 + 98 * (elapsed - pendingMs) / qMax<qint64>(1, t.totalMs - pendingMs));
    }
    return p;
}

void SimTaskStore::settleAll()
{
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        Task &t = it.value();
        if (t.settled || !phase(t).terminal)
            continue;
        t.settled = true;
        if (!t.failCode.isEmpty()) {
            m_balanceUc += t.reservedUc;
            m_usedUc -= t.reservedUc;
            m_usedByKey[t.ownerKey] -= t.reservedUc;
            qCInfo(lcSimServer) << "task" << t.id << "ended" << t.failCode << "- refunded"
                                << SimPrices::toCredits(t.reservedUc) << "credits";
        }
    }
}

QSet<QString> SimTaskStore::forgetOldTasks()
{
    settleAll();
    const qint64 now = m_clock.elapsed();
    QSet<QString> drop;
    int finished = 0;
    for (qsizetype i = m_order.size() - 1; i >= 0; --i) {
        const auto it = m_tasks.constFind(m_order.at(i));
        if (it == m_tasks.cend() || !phase(*it).terminal)
            continue;
        ++finished;
        if (finished > kKeptFinishedTasks
            || now - (it->startMs + it->totalMs) > kFinishedTaskLifetimeMs)
            drop.insert(it->id);
    }
    if (drop.isEmpty())
        return drop;
    for (const QString &id : std::as_const(drop))
        m_tasks.remove(id);
    m_order.removeIf([&drop](const QString &id) { return drop.contains(id); });
    // A replay answer names its task; task ids are unique random strings.
    for (auto it = m_replays.begin(); it != m_replays.end();) {
        const bool forgotten = std::any_of(drop.cbegin(), drop.cend(), [&it](const QString &id) {
            return it->response.contains(id.toUtf8());
        });
        it = forgotten ? m_replays.erase(it) : std::next(it);
    }
    return drop;
}

void SimTaskStore::add(const Task &t)
{
    m_tasks.insert(t.id, t);
    m_order.append(t.id);
}

void SimTaskStore::expire(const QString &id)
{
    const auto it = m_tasks.find(id);
    if (it != m_tasks.end()) {
        it->expired = true;
        save();
    }
}

void SimTaskStore::reserve(const QString &key, qint64 uc)
{
    m_balanceUc -= uc;
    m_usedUc += uc;
    m_usedByKey[key] += uc;
}

const SimTaskStore::Replay *SimTaskStore::replay(const QString &slot) const
{
    const auto it = m_replays.constFind(slot);
    return it == m_replays.cend() ? nullptr : &*it;
}

void SimTaskStore::rememberReplay(const QString &slot, const Replay &replay)
{
    m_replays.insert(slot, replay);
}

void SimTaskStore::setStateFile(const QString &path)
{
    m_stateFile = path;
    if (!path.isEmpty())
        load();
}

// Task start times are kept in wall-clock ms, since the clock restarts.
void SimTaskStore::save() const
{
    if (m_stateFile.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray list;
    for (const QString &id : m_order) {
        const auto it = m_tasks.constFind(id);
        if (it == m_tasks.cend())
            continue;
        const Task &t = *it;
        list.append(QJsonObject {{u"id"_s, t.id},
                                 {u"owner"_s, t.ownerKey},
                                 {u"model"_s, t.model},
                                 {u"aspect"_s, t.aspectRatio},
                                 {u"created"_s, t.created},
                                 {u"start_epoch_ms"_s, now - (m_clock.elapsed() - t.startMs)},
                                 {u"total_ms"_s, t.totalMs},
                                 {u"video_seconds"_s, t.videoSeconds},
                                 {u"reserved_uc"_s, t.reservedUc},
                                 {u"per_call"_s, t.perCall},
                                 {u"fail_code"_s, t.failCode},
                                 {u"fail_message"_s, t.failMessage},
                                 {u"settled"_s, t.settled},
                                 {u"expired"_s, t.expired},
                                 {u"element_id"_s, t.elementId},
                                 {u"element_from_video"_s, t.elementFromVideo}});
    }
    QJsonObject replays;
    for (auto it = m_replays.cbegin(); it != m_replays.cend(); ++it) {
        replays.insert(it.key(),
                       QJsonObject {{u"body"_s, QString::fromUtf8(it->canonicalBody)},
                                    {u"response"_s, QString::fromUtf8(it->response)}});
    }
    const QJsonObject root {{u"version"_s, 1},
                            {u"port"_s, m_servedPort != 0 ? int(m_servedPort) : int(m_savedPort)},
                            {u"balance_uc"_s, m_balanceUc},
                            {u"used_uc"_s, m_usedUc},
                            {u"tasks"_s, list},
                            {u"idempotency"_s, replays}};
    // Atomic: a crash mid-write leaves the previous table intact.
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qCWarning(lcSimServer) << "cannot save the simulator state to" << m_stateFile;
}

void SimTaskStore::load()
{
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(u"version"_s).toInt() != 1) {
        qCWarning(lcSimServer) << "ignoring unreadable simulator state" << m_stateFile;
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_savedPort = quint16(root.value(u"port"_s).toInt());
    m_balanceUc = qint64(root.value(u"balance_uc"_s).toDouble(double(m_balanceUc)));
    m_usedUc = qint64(root.value(u"used_uc"_s).toDouble(double(m_usedUc)));
    for (const QJsonValue &v : root.value(u"tasks"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Task t;
        t.id = o.value(u"id"_s).toString();
        if (t.id.isEmpty() || m_tasks.contains(t.id))
            continue;
        t.ownerKey = o.value(u"owner"_s).toString();
        t.model = o.value(u"model"_s).toString();
        t.aspectRatio = o.value(u"aspect"_s).toString();
        t.created = qint64(o.value(u"created"_s).toDouble());
        t.startMs = m_clock.elapsed() - (now - qint64(o.value(u"start_epoch_ms"_s).toDouble()));
        t.totalMs = qint64(o.value(u"total_ms"_s).toDouble());
        t.videoSeconds = o.value(u"video_seconds"_s).toInt();
        t.reservedUc = qint64(o.value(u"reserved_uc"_s).toDouble());
        t.perCall = o.value(u"per_call"_s).toBool();
        t.failCode = o.value(u"fail_code"_s).toString();
        t.failMessage = o.value(u"fail_message"_s).toString();
        t.settled = o.value(u"settled"_s).toBool();
        t.expired = o.value(u"expired"_s).toBool();
        t.elementId = o.value(u"element_id"_s).toString();
        t.elementFromVideo = o.value(u"element_from_video"_s).toBool();
        add(t);
    }
    const QJsonObject replays = root.value(u"idempotency"_s).toObject();
    for (auto it = replays.begin(); it != replays.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        m_replays.insert(
            it.key(),
            {o.value(u"body"_s).toString().toUtf8(), o.value(u"response"_s).toString().toUtf8()});
    }
    qCInfo(lcSimServer) << "simulator state loaded:" << m_tasks.size() << "tasks";
}

} // namespace ks

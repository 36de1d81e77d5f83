#include "jobs/ModelCreateHolds.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace ks {

ModelCreateHolds::ModelCreateHolds(QObject *parent) : QObject(parent) { }

int ModelCreateHolds::hold(const QString &model, Reason reason, int retryAfterSeconds)
{
    static constexpr int kBackoffSeconds[] = {30, 60, 120};
    const int strike = m_strikes.value(model);
    m_strikes.insert(model, strike + 1);
    int ms = 0;
    if (retryAfterSeconds >= 0) {
        ms = std::max(1, retryAfterSeconds * 1000);
    } else {
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        const double base = kBackoffSeconds[std::min(strike, 2)] * 1000.0;
        ms = std::max(1, int(std::lround(base * jitter * m_scale)));
    }
    Hold &h = m_holds[model];
    if (!h.timer) {
        h.timer = new QTimer(this);
        h.timer->setSingleShot(true);
        connect(h.timer, &QTimer::timeout, this, [this, model] { release(model); });
    }
    h.reason = reason;
    h.timer->start(ms);
    return ms;
}

void ModelCreateHolds::jobFinished(const QString &model)
{
    const auto it = m_holds.constFind(model);
    if (it != m_holds.cend() && it->reason == Reason::TaskLimit)
        release(model);
}

void ModelCreateHolds::release(const QString &model)
{
    const Hold h = m_holds.take(model);
    if (!h.timer)
        return;
    h.timer->stop();
    h.timer->deleteLater();
    if (m_onReleased)
        m_onReleased(model);
}

} // namespace ks

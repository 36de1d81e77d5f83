#include "jobs/CreateSpacing.h"

#include <utility>

namespace ks {

CreateSpacing::CreateSpacing(QObject *parent, int gapMs) : QObject(parent), m_gapMs(gapMs)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &CreateSpacing::serve);
}

void CreateSpacing::whenClear(QObject *context, std::function<void()> go)
{
    m_waiters.append({context, std::move(go)});
    if (!m_timer.isActive())
        serve();
}

void CreateSpacing::cancel(QObject *context)
{
    m_waiters.removeIf([context](const Waiter &w) { return !w.context || w.context == context; });
}

void CreateSpacing::serve()
{
    m_waiters.removeIf([](const Waiter &w) { return !w.context; });
    if (m_waiters.isEmpty())
        return;
    // Checked on the steady clock, not trusted to the timer: a timer may
    // fire a little early.
    if (m_sinceLast.isValid()) {
        const qint64 left = m_gapMs - m_sinceLast.elapsed();
        if (left > 0) {
            m_timer.start(int(left));
            return;
        }
    }
    const Waiter next = m_waiters.takeFirst();
    m_sinceLast.start();
    next.go();
    if (!m_waiters.isEmpty() && !m_timer.isActive())
        m_timer.start(m_gapMs);
}

} // namespace ks

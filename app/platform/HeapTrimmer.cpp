#include "HeapTrimmer.h"

#include <QCoreApplication>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace ks {

namespace {
int g_trims = 0;

QTimer *trimTimer()
{
    // Owned by the application object, so it goes with it.
    static QTimer *timer = [] {
        auto *t = new QTimer(QCoreApplication::instance());
        t->setSingleShot(true);
        t->setInterval(HeapTrimmer::kDelayMs);
        QObject::connect(t, &QTimer::timeout, t, [] {
#ifdef __GLIBC__
            malloc_trim(0);
#endif
            ++g_trims;
        });
        return t;
    }();
    return timer;
}
} // namespace

void HeapTrimmer::requestTrim()
{
    if (!QCoreApplication::instance())
        return;
    trimTimer()->start(); // restarts: debounced
}

int HeapTrimmer::trimCount()
{
    return g_trims;
}

bool HeapTrimmer::limitArenas()
{
#ifdef __GLIBC__
    if (qEnvironmentVariableIsSet("MALLOC_ARENA_MAX"))
        return false;
    return mallopt(M_ARENA_MAX, 2) == 1;
#else
    return false;
#endif
}

} // namespace ks

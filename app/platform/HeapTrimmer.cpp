#include "platform/HeapTrimmer.h"

#include <QCoreApplication>
#include <QTimer>

namespace ks {

namespace {
int g_trims = 0;
} // namespace

void HeapTrimmer::requestTrim()
{
    if (!QCoreApplication::instance())
        return;
    // Owned by the application object, so it goes with it.
    static QTimer *timer = [] {
        auto *t = new QTimer(QCoreApplication::instance());
        t->setSingleShot(true);
        t->setInterval(HeapTrimmer::kDelayMs);
        QObject::connect(t, &QTimer::timeout, t, [] {
            trimNow();
            ++g_trims;
        });
        return t;
    }();
    timer->start(); // restarts: debounced
}

int HeapTrimmer::trimCount()
{
    return g_trims;
}

} // namespace ks

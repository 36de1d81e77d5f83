#include "StartupTrace.h"

#include <QtGlobal>

#include <cstdio>

namespace ks {

StartupTrace::StartupTrace()
    : m_enabled(qEnvironmentVariableIntValue("KLINGSTUDIO_STARTUP_TRACE") != 0)
{
    if (m_enabled)
        m_sinceMain.start();
}

void StartupTrace::mark(const char *what)
{
    if (!m_enabled)
        return;
    const qint64 now = m_sinceMain.nsecsElapsed();
    std::fprintf(stderr, "startup: %7.2f ms (+%6.2f) %s\n", double(now) / 1e6,
                 double(now - m_lastNs) / 1e6, what);
    m_lastNs = now;
}

} // namespace ks

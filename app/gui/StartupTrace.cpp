#include "gui/StartupTrace.h"

#include "platform/ThreadCpuTime.h"

#include <QtGlobal>

#include <cstdio>

namespace ks {

StartupTrace::StartupTrace()
    : m_enabled(qEnvironmentVariableIntValue("KLINGSTUDIO_STARTUP_TRACE") != 0)
{
    if (m_enabled) {
        m_sinceMain.start();
        m_lastCpuMs = ThreadCpuTime::ms();
    }
}

StartupTrace::~StartupTrace()
{
    mark("torn down");
}

void StartupTrace::mark(const char *what)
{
    if (!m_enabled)
        return;
    const qint64 now = m_sinceMain.nsecsElapsed();
    const double cpu = ThreadCpuTime::ms();
    std::fprintf(stderr, "startup: %7.2f ms (+%6.2f, cpu %6.2f) %s\n", double(now) / 1e6,
                 double(now - m_lastNs) / 1e6, cpu - m_lastCpuMs, what);
    m_lastNs = now;
    m_lastCpuMs = cpu;
}

} // namespace ks

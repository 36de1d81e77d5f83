#pragma once
// Opt-in timing of the start, for finding where it goes: with
// KLINGSTUDIO_STARTUP_TRACE=1 in the environment, each mark prints
//   startup: <ms since main()> (+<ms since the last mark>, cpu <ms>) <what>
// on stderr (cpu: what the GUI thread itself ran of it). The last mark
// comes when the trace is destroyed: made first in main(), that is after
// everything else is torn down.
// Loading and linking before main() is not in it: time the whole start
// from outside (--benchmark-startup, tests/bench). Without the variable a
// mark costs one branch.

#include <QElapsedTimer>

namespace ks {

class StartupTrace final
{
public:
    StartupTrace();
    ~StartupTrace(); // marks the end of main()'s teardown when made first
    void mark(const char *what);

private:
    bool m_enabled = false;
    QElapsedTimer m_sinceMain;
    qint64 m_lastNs = 0;
    double m_lastCpuMs = 0;
};

} // namespace ks

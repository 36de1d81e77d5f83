#pragma once
// Opt-in timing of the start, for finding where it goes: with
// KLINGSTUDIO_STARTUP_TRACE=1 in the environment, each mark prints
//   startup: <ms since main()> (+<ms since the last mark>) <what>
// on stderr. Loading and linking before main() is not in it: time the
// whole start from outside (--benchmark-startup, tests/bench). Without the
// variable a mark costs one branch.

#include <QElapsedTimer>

namespace ks {

class StartupTrace final
{
public:
    StartupTrace();
    void mark(const char *what);

private:
    bool m_enabled = false;
    QElapsedTimer m_sinceMain;
    qint64 m_lastNs = 0;
};

} // namespace ks

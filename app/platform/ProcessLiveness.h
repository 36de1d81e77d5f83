#pragma once
// Whether a process of this machine is still running, asked by its id. The
// journal's download claim uses it to free the claim of a holder that died
// (killed, crashed) at once instead of after the whole lease. One
// implementation per OS, chosen in CMake: ProcessLiveness_unix.cpp (Linux,
// macOS, the BSDs: kill(pid, 0)) and ProcessLiveness_win.cpp (OpenProcess).

#include <QtGlobal>

namespace ks::ProcessLiveness {

enum class State {
    Alive, // running (or a zombie not yet reaped), including other users' processes
    Dead, // no such process
    Unknown, // the OS would not say; treat as alive
};

State of(qint64 pid);

} // namespace ks::ProcessLiveness

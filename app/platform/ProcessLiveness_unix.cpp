// POSIX (Linux, macOS, the BSDs): signal 0 checks that the process exists
// and may be signalled without sending anything.

#include "platform/ProcessLiveness.h"

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace ks::ProcessLiveness {

State of(qint64 pid)
{
    // pid_t is 32 bits: a larger id would wrap to some other process, and
    // 0 or a negative id would name a process group.
    if (pid <= 0 || pid != qint64(pid_t(pid)))
        return State::Unknown;
    if (::kill(pid_t(pid), 0) == 0)
        return State::Alive;
    switch (errno) {
    case ESRCH:
        return State::Dead;
    case EPERM: // exists, owned by someone else
        return State::Alive;
    default:
        return State::Unknown;
    }
}

} // namespace ks::ProcessLiveness

// Windows: a process object stays openable while anyone holds a handle to
// it, after its exit too, so "openable" is not "running": the exit code
// tells (STILL_ACTIVE while it runs).

#include "platform/ProcessLiveness.h"

#include "platform/WindowsApi.h"

namespace ks::ProcessLiveness {

State of(qint64 pid)
{
    if (pid <= 0 || pid > qint64(MAXDWORD))
        return State::Unknown;
    HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process) {
        switch (::GetLastError()) {
        case ERROR_INVALID_PARAMETER: // no process has this id
            return State::Dead;
        case ERROR_ACCESS_DENIED: // exists (a protected or another user's process)
            return State::Alive;
        default:
            return State::Unknown;
        }
    }
    DWORD exitCode = 0;
    const BOOL ok = ::GetExitCodeProcess(process, &exitCode);
    ::CloseHandle(process);
    if (!ok)
        return State::Unknown;
    // A process that chose STILL_ACTIVE (259) as its exit code reads as
    // running: it errs on the safe side (the lease still runs out).
    return exitCode == STILL_ACTIVE ? State::Alive : State::Dead;
}

} // namespace ks::ProcessLiveness

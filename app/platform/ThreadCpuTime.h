#pragma once
// CPU time the calling thread has run so far (user and kernel), for timing
// traces such as StartupTrace. One implementation per OS, chosen in CMake:
// ThreadCpuTime_posix.cpp (clock_gettime(CLOCK_THREAD_CPUTIME_ID): Linux,
// macOS, the BSDs) and ThreadCpuTime_win.cpp (GetThreadTimes).

namespace ks::ThreadCpuTime {

// Milliseconds; 0 where the OS does not say. Only differences mean anything.
double ms();

} // namespace ks::ThreadCpuTime

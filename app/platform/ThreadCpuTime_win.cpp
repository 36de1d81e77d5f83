// Windows counts a thread's time in 100 ns units but advances it once per
// scheduler tick (about 15.6 ms), so short spans read as 0 or one tick.

#include "platform/ThreadCpuTime.h"

#include "platform/WindowsApi.h"

namespace ks::ThreadCpuTime {

namespace {
unsigned long long hundredNs(const FILETIME &time)
{
    return (static_cast<unsigned long long>(time.dwHighDateTime) << 32) | time.dwLowDateTime;
}
} // namespace

double ms()
{
    FILETIME creation {}, exit {}, kernel {}, user {};
    if (!::GetThreadTimes(::GetCurrentThread(), &creation, &exit, &kernel, &user))
        return 0;
    return double(hundredNs(kernel) + hundredNs(user)) / 1e4;
}

} // namespace ks::ThreadCpuTime

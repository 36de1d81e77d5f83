#include "platform/ThreadCpuTime.h"

#include <ctime>

namespace ks::ThreadCpuTime {

double ms()
{
    timespec now {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        return 0;
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace ks::ThreadCpuTime

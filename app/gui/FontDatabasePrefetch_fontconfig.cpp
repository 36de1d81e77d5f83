// Linux and other fontconfig desktops: FcInit() on a worker thread.
#include "gui/FontDatabasePrefetch.h"

#include <fontconfig/fontconfig.h>

#include <cstdlib>
#include <thread>

namespace ks {

namespace {
// One thread per process. It starts before the command line is parsed, and
// --help or --version leave through exit(): an atexit handler joins it so
// it never outlives main() unjoined.
std::thread &fontThread()
{
    static std::thread thread;
    return thread;
}

void joinFontThread()
{
    if (fontThread().joinable())
        fontThread().join();
}
} // namespace

FontDatabasePrefetch::~FontDatabasePrefetch()
{
    wait();
}

void FontDatabasePrefetch::start()
{
    if (fontThread().joinable())
        return;
    static const bool registered = std::atexit(joinFontThread) == 0;
    (void)registered;
    fontThread() = std::thread([] { FcInit(); });
}

void FontDatabasePrefetch::wait()
{
    joinFontThread();
}

} // namespace ks

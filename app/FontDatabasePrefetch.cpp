#include "FontDatabasePrefetch.h"

#ifdef KS_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>

#include <cstdlib>
#include <thread>
#endif

namespace ks {

#ifdef KS_HAVE_FONTCONFIG
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
#endif

FontDatabasePrefetch::~FontDatabasePrefetch()
{
    wait();
}

void FontDatabasePrefetch::start()
{
#ifdef KS_HAVE_FONTCONFIG
    if (fontThread().joinable())
        return;
    static const bool registered = std::atexit(joinFontThread) == 0;
    (void)registered;
    fontThread() = std::thread([] { FcInit(); });
#endif
}

void FontDatabasePrefetch::wait()
{
#ifdef KS_HAVE_FONTCONFIG
    joinFontThread();
#endif
}

} // namespace ks

// glibc's part of HeapTrimmer: malloc_trim(), the arena limit, and the
// arena count from malloc_info().

#include "platform/HeapTrimmer.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <malloc.h>

namespace ks {

bool HeapTrimmer::isSupported()
{
    return true;
}

void HeapTrimmer::trimNow()
{
    malloc_trim(0);
}

bool HeapTrimmer::limitArenas()
{
    if (qEnvironmentVariableIsSet("MALLOC_ARENA_MAX"))
        return false;
    return mallopt(M_ARENA_MAX, 2) == 1;
}

int HeapTrimmer::arenaCount()
{
    char *text = nullptr;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (!out)
        return -1;
    const bool ok = malloc_info(0, out) == 0;
    std::fclose(out); // sets text and size
    const QByteArray info(text, qsizetype(size));
    std::free(text);
    return ok ? int(info.count("<heap nr=")) : -1;
}

} // namespace ks

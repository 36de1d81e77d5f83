// glibc's part of HeapTrimmer: malloc_trim().

#include "platform/HeapTrimmer.h"

#include <malloc.h>

namespace ks {

void HeapTrimmer::trimNow()
{
    malloc_trim(0);
}

} // namespace ks

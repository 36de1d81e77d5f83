// HeapTrimmer where the C library has no malloc_trim() (macOS, Windows,
// musl): their allocators return freed pages on their own terms, and there
// is nothing to ask them.

#include "platform/HeapTrimmer.h"

namespace ks {

void HeapTrimmer::trimNow() { }

} // namespace ks

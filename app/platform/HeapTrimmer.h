#pragma once
// Hands freed heap pages back to the operating system once things are
// quiet. Video decoding (playback, frame grabs) passes multi-MiB frames
// through the heap from several threads; glibc keeps freed pages mapped
// (fragmented below live blocks), so without a trim the resident size
// ratchets up with every clip played. Requests are debounced: one
// malloc_trim() a moment after the last request, on a single-shot timer, so
// nothing runs while idle. A no-op without glibc.

namespace ks {

class HeapTrimmer final
{
public:
    static constexpr int kDelayMs = 1000;

    // Schedules a trim kDelayMs from now (later requests push it back).
    static void requestTrim();
    // Trims performed so far (tests).
    static int trimCount();

    HeapTrimmer() = delete;
};

} // namespace ks

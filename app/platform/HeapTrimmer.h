#pragma once
// Hands freed heap pages back to the operating system once things are
// quiet. Video decoding (playback, frame grabs) passes multi-MiB frames
// through the heap from several threads; glibc keeps freed pages mapped
// (fragmented below live blocks), so without a trim the resident size
// ratchets up with every clip played. Requests are debounced: one
// malloc_trim() a moment after the last request, on a single-shot timer, so
// nothing runs while idle. The C library's part lives in one file per
// library, chosen in CMake: HeapTrimmer_glibc.cpp, or HeapTrimmer_none.cpp
// (a no-op) where glibc's malloc_trim() is missing.

namespace ks {

class HeapTrimmer final
{
public:
    static constexpr int kDelayMs = 1000;

    // Schedules a trim kDelayMs from now (later requests push it back).
    static void requestTrim();
    // Trims performed so far (tests). Counted without glibc too.
    static int trimCount();

    HeapTrimmer() = delete;

private:
    static void trimNow(); // the C library's part of a trim
};

} // namespace ks

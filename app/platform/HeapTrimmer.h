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

    // Lets the process's threads share two malloc arenas instead of glibc's
    // up to eight per core. Decoder, network and worker threads each got an
    // arena of their own, and each arena keeps its own fragmented free
    // pages: over 100 generate-play cycles the resident size grew 51 KiB a
    // cycle (67 in the second half) with them and 29 (10) with two. Call it
    // first in main(), before any thread starts; MALLOC_ARENA_MAX in the
    // environment wins. Returns whether the limit was set.
    static bool limitArenas();

    // Whether this C library can trim and limit arenas (glibc); without it
    // a trim does nothing and limitArenas() returns false.
    static bool isSupported();
    // The malloc arenas the process has made so far, -1 where the C library
    // does not say (tests).
    static int arenaCount();

    HeapTrimmer() = delete;

private:
    static void trimNow(); // the C library's part of a trim
};

} // namespace ks

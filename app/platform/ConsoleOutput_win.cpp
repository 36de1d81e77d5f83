#include "platform/ConsoleOutput.h"

#include "platform/WindowsApi.h"

#include <cstdio>

namespace ks::ConsoleOutput {

namespace {

// A stream that already goes somewhere (a pipe, a file, QProcess) stays
// there: `klingstudio --version > version.txt` keeps working.
bool goesSomewhere(DWORD stream)
{
    const HANDLE handle = GetStdHandle(stream);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE
        && GetFileType(handle) != FILE_TYPE_UNKNOWN;
}

} // namespace

void attach()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    const bool outElsewhere = goesSomewhere(STD_OUTPUT_HANDLE);
    const bool errElsewhere = goesSomewhere(STD_ERROR_HANDLE);
    if (outElsewhere && errElsewhere)
        return;
    // Started from Explorer or a shortcut there is no parent console; Qt
    // then shows --help and --version in a message box instead.
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *stream = nullptr;
    if (!outElsewhere)
        freopen_s(&stream, "CONOUT$", "w", stdout);
    if (!errElsewhere)
        freopen_s(&stream, "CONOUT$", "w", stderr);
    // cmd.exe does not wait for a GUI program and has printed its prompt
    // already: start below it.
    if (!outElsewhere) {
        std::fputs("\n", stdout);
        std::fflush(stdout);
    }
}

} // namespace ks::ConsoleOutput

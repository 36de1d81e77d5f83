#pragma once
// <windows.h> the way every Windows-only file here wants it: without the
// rarely used APIs, and without the min/max macros that break std::min and
// Qt's qMin. Include it from *_win.cpp files only.

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

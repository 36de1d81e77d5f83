/* wintab.h for Qt's Windows platform plugin, built with MinGW by
 * packaging/windows/cross-check.sh: Debian's Qt source leaves out Wintab's
 * headers, so Wine's (LGPL-2.1+, from Debian's libwine-dev) stand in. They
 * use two of Wine's own macros, defined here the way Wine defines them, and
 * lack the SDK's API (its calling convention), which Qt uses. */
#pragma once
#include <windows.h>

#ifndef WINELIB_NAME_AW
#ifdef UNICODE
#define WINELIB_NAME_AW(name) name##W
#else
#define WINELIB_NAME_AW(name) name##A
#endif
#endif
#ifndef DECL_WINELIB_TYPE_AW
#define DECL_WINELIB_TYPE_AW(type) typedef WINELIB_NAME_AW(type) type;
#endif

#include "wine-wintab.h"

#ifndef API
#define API WINAPI
#endif

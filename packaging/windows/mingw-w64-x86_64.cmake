# CMake toolchain for Windows x86_64 with Debian's MinGW-w64 cross compilers
# (g++-mingw-w64-x86-64-posix: the POSIX thread model, which std::thread and
# Qt need). Used by packaging/windows/cross-check.sh for Qt, QtKeychain and
# Kling Studio; KS_WINDOWS_PREFIX is where the cross-built Qt is installed.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(KS_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${KS_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${KS_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${KS_MINGW_TRIPLE}-windres)
set(CMAKE_AR ${KS_MINGW_TRIPLE}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${KS_MINGW_TRIPLE}-gcc-ranlib-posix CACHE FILEPATH "")

if(NOT DEFINED KS_WINDOWS_PREFIX AND DEFINED ENV{KS_WINDOWS_PREFIX})
    set(KS_WINDOWS_PREFIX "$ENV{KS_WINDOWS_PREFIX}")
endif()
set(CMAKE_FIND_ROOT_PATH /usr/${KS_MINGW_TRIPLE} ${KS_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

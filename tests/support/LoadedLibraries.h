#pragma once
// Whether a shared library is in this process, for tests of what is (not)
// loaded when. Linux: /proc/self/maps. Windows: the loader's module list
// (GetModuleHandle); /proc/self/maps, which Wine lets a Windows program
// read, does not name the DLLs Wine maps. Elsewhere (macOS) the answer is
// "unknown" and the caller skips that one check (QSKIP) rather than
// asserting something weaker.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace ks::test {

// `name`: the library's name without prefix or suffix, e.g. "Qt6Multimedia"
// (libQt6Multimedia.so.6, Qt6Multimedia.dll).
inline std::optional<bool> libraryMapped(const QByteArray &name)
{
#ifdef Q_OS_WIN
    const QString dll = QString::fromLatin1(name) + QStringLiteral(".dll");
    return GetModuleHandleW(reinterpret_cast<const wchar_t *>(dll.utf16())) != nullptr;
#else
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return std::nullopt;
    return maps.readAll().contains("lib" + name);
#endif
}

} // namespace ks::test

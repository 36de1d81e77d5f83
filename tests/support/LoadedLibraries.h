#pragma once
// Whether a shared library is mapped into this process, for tests of what is
// (not) loaded when. Asked through /proc/self/maps, which Linux has; where
// it is missing (Windows, macOS) the answer is "unknown" and the caller
// skips that one check (QSKIP) rather than asserting something weaker.
// Decided by what the system offers at run time, so the file has no OS
// conditions and needs no per-OS source in CMake.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>

namespace ks::test {

// `fileNamePart`: part of the library's file name, e.g. "libQt6Multimedia".
inline std::optional<bool> libraryMapped(const QByteArray &fileNamePart)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return std::nullopt;
    return maps.readAll().contains(fileNamePart);
}

} // namespace ks::test

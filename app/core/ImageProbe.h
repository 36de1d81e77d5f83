#pragma once
// Reads an image's real type and size from its first bytes (no decoding,
// so a decompression bomb costs nothing). Core-only: no Qt Gui.

#include "core/MediaRef.h"

#include <QByteArray>
#include <QString>

namespace ks {

namespace ImageProbe {
MediaInfo probeFile(const QString &path, QString *error = nullptr);
MediaInfo probeData(const QByteArray &data); // bytes = data.size()
// The type the first bytes announce (Mp4 for any MP4/MOV-like box); no size read.
MediaFormat sniffFormat(const QByteArray &head);
} // namespace ImageProbe

} // namespace ks

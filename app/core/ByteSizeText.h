#pragma once
// The one convention for showing file sizes: SI units (1 MB = 1,000,000
// bytes), as the API states its upload limits, in the UI language's number
// format: 12,017,524 bytes is "12.0 MB", a 10,000,000-byte limit "10 MB".

#include <QLocale>
#include <QString>

namespace ks {

class ByteSizeText final
{
public:
    // One decimal ("12.0 MB"); none when the size is a whole number of its unit ("10 MB").
    static QString format(qint64 bytes, const QLocale &locale = QLocale());
};

} // namespace ks

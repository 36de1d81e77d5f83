#include "core/ByteSizeText.h"

namespace ks {

QString ByteSizeText::format(qint64 bytes, const QLocale &locale)
{
    // The unit formattedDataSize picks in SI: the largest power of 1000 not above the size.
    qint64 unit = 1;
    for (qint64 magnitude = bytes < 0 ? -bytes : bytes; magnitude >= 1000; magnitude /= 1000)
        unit *= 1000;
    const int precision = bytes % unit == 0 ? 0 : 1;
    return locale.formattedDataSize(bytes, precision, QLocale::DataSizeSIFormat);
}

} // namespace ks

#include "sim/SimPatternDevice.h"

#include <cstring>

namespace ks {

namespace {
constexpr qint64 kFillerPeriod = 4096;
}

SimPatternDevice::SimPatternDevice(const QByteArray &prefix, qint64 size, QObject *parent)
    : QIODevice(parent), m_prefix(prefix.left(size)), m_size(size)
{
    m_filler.resize(kFillerPeriod);
    for (qint64 i = 0; i < kFillerPeriod; ++i)
        m_filler[i] = fillerByte(i);
}

SimPatternDevice::~SimPatternDevice() = default;

char SimPatternDevice::fillerByte(qint64 pos)
{
    const auto i = static_cast<quint32>(pos % kFillerPeriod);
    return static_cast<char>((i * 2654435761u) >> 24);
}

qint64 SimPatternDevice::readData(char *data, qint64 maxSize)
{
    qint64 p = pos();
    const qint64 end = qMin(m_size, p + maxSize);
    qint64 written = 0;
    while (p < end) {
        qint64 n = 0;
        if (p < m_prefix.size()) {
            n = qMin<qint64>(end, m_prefix.size()) - p;
            std::memcpy(data + written, m_prefix.constData() + p, size_t(n));
        } else {
            const qint64 offset = p % kFillerPeriod;
            n = qMin(end - p, kFillerPeriod - offset);
            std::memcpy(data + written, m_filler.constData() + offset, size_t(n));
        }
        written += n;
        p += n;
    }
    return written;
}

qint64 SimPatternDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace ks

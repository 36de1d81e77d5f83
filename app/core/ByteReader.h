#pragma once
// Bounds-checked big/little-endian reads over a byte buffer, for the media
// probes: every read states whether it fit, and reads past the end give 0.

#include <QByteArray>

#include <cstring>

namespace ks {

class ByteReader final
{
public:
    explicit ByteReader(const QByteArray &data)
        : m_data(reinterpret_cast<const uchar *>(data.constData())), m_size(data.size())
    {
    }
    qint64 size() const { return m_size; }
    bool has(qint64 offset, qint64 count) const
    {
        return offset >= 0 && count >= 0 && offset <= m_size && count <= m_size - offset;
    }
    uchar u8(qint64 o) const { return has(o, 1) ? m_data[o] : 0; }
    quint32 be16(qint64 o) const
    {
        return has(o, 2) ? (quint32(m_data[o]) << 8) | m_data[o + 1] : 0;
    }
    quint32 be32(qint64 o) const
    {
        if (!has(o, 4))
            return 0;
        return (quint32(m_data[o]) << 24) | (quint32(m_data[o + 1]) << 16)
            | (quint32(m_data[o + 2]) << 8) | m_data[o + 3];
    }
    quint64 be64(qint64 o) const { return has(o, 8) ? (quint64(be32(o)) << 32) | be32(o + 4) : 0; }
    quint32 le16(qint64 o) const
    {
        return has(o, 2) ? m_data[o] | (quint32(m_data[o + 1]) << 8) : 0;
    }
    quint32 le24(qint64 o) const
    {
        return has(o, 3)
            ? m_data[o] | (quint32(m_data[o + 1]) << 8) | (quint32(m_data[o + 2]) << 16)
            : 0;
    }
    quint32 le32(qint64 o) const { return has(o, 4) ? le16(o) | (le16(o + 2) << 16) : 0; }
    bool equals(qint64 o, const char *text, qint64 n) const
    {
        return has(o, n) && std::memcmp(m_data + o, text, size_t(n)) == 0;
    }

private:
    const uchar *m_data;
    qint64 m_size;
};

} // namespace ks

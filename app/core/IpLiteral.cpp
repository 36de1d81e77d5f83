#include "core/IpLiteral.h"

#include <QList>

namespace ks {

std::optional<quint32> IpLiteral::parseIpv4(QStringView s)
{
    const auto parts = s.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QStringView p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return std::nullopt;
        bool ok = false;
        const uint octet = p.toUInt(&ok, 10);
        if (!ok || octet > 255)
            return std::nullopt;
        value = (value << 8) | octet;
    }
    return value;
}

bool IpLiteral::isPublic(quint32 a)
{
    struct Net
    {
        quint32 base;
        int bits;
    };
    static constexpr Net blocked[] = {
        {0x00000000u, 8}, // "this network", 0.0.0.0
        {0x0A000000u, 8}, // 10/8
        {0x64400000u, 10}, // 100.64/10 carrier-grade NAT
        {0x7F000000u, 8}, // loopback
        {0xA9FE0000u, 16}, // link-local
        {0xAC100000u, 12}, // 172.16/12
        {0xC0000000u, 24}, // IETF protocol assignments
        {0xC0A80000u, 16}, // 192.168/16
        {0xC6120000u, 15}, // benchmarking
        {0xE0000000u, 4}, // multicast
        {0xF0000000u, 4}, // reserved and broadcast
    };
    for (const Net &n : blocked) {
        const quint32 mask = n.bits == 0 ? 0 : ~quint32(0) << (32 - n.bits);
        if ((a & mask) == n.base)
            return false;
    }
    return true;
}

std::optional<IpLiteral::Ipv6> IpLiteral::parseIpv6(QStringView s)
{
    if (const auto zone = s.indexOf(u'%'); zone >= 0)
        s = s.left(zone);
    if (s.isEmpty())
        return std::nullopt;

    QList<quint16> head;
    QList<quint16> tail;
    bool compressed = false;
    const auto dbl = s.indexOf(u"::");
    QStringView first = s;
    QStringView second;
    if (dbl >= 0) {
        compressed = true;
        first = s.left(dbl);
        second = s.mid(dbl + 2);
        if (second.contains(u"::"))
            return std::nullopt;
    }

    auto parseGroups = [](QStringView part, QList<quint16> &out, bool allowV4Tail) -> bool {
        if (part.isEmpty())
            return true;
        const auto groups = part.split(u':');
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QStringView g = groups.at(i);
            if (allowV4Tail && i == groups.size() - 1 && g.contains(u'.')) {
                const auto v4 = parseIpv4(g);
                if (!v4)
                    return false;
                out.append(quint16(*v4 >> 16));
                out.append(quint16(*v4 & 0xFFFF));
                return true;
            }
            if (g.isEmpty() || g.size() > 4)
                return false;
            bool ok = false;
            const uint v = g.toUInt(&ok, 16);
            if (!ok)
                return false;
            out.append(quint16(v));
        }
        return true;
    };

    if (!parseGroups(first, head, !compressed) || !parseGroups(second, tail, true))
        return std::nullopt;
    const qsizetype total = head.size() + tail.size();
    if ((compressed && total > 7) || (!compressed && total != 8))
        return std::nullopt;

    Ipv6 addr {};
    int pos = 0;
    for (quint16 g : head) {
        addr[pos++] = quint8(g >> 8);
        addr[pos++] = quint8(g & 0xFF);
    }
    pos = 16 - int(tail.size()) * 2;
    for (quint16 g : tail) {
        addr[pos++] = quint8(g >> 8);
        addr[pos++] = quint8(g & 0xFF);
    }
    return addr;
}

bool IpLiteral::isPublic(const Ipv6 &a)
{
    auto allZero = [&a](int from, int to) {
        for (int i = from; i < to; ++i) {
            if (a[i] != 0)
                return false;
        }
        return true;
    };
    auto embeddedV4 = [&a]() {
        return (quint32(a[12]) << 24) | (quint32(a[13]) << 16) | (quint32(a[14]) << 8) | a[15];
    };
    if (allZero(0, 16))
        return false; // ::
    if (allZero(0, 15) && a[15] == 1)
        return false; // ::1
    if (allZero(0, 10) && a[10] == 0xFF && a[11] == 0xFF)
        return isPublic(embeddedV4()); // ::ffff:a.b.c.d
    if (allZero(0, 12))
        return isPublic(embeddedV4()); // deprecated ::a.b.c.d
    if (a[0] == 0x00 && a[1] == 0x64 && a[2] == 0xFF && a[3] == 0x9B && allZero(4, 12))
        return isPublic(embeddedV4()); // NAT64 64:ff9b::/96
    if (a[0] == 0xFE && (a[1] & 0xC0) == 0x80)
        return false; // fe80::/10 link-local
    if (a[0] == 0xFE && (a[1] & 0xC0) == 0xC0)
        return false; // fec0::/10 site-local (deprecated)
    if ((a[0] & 0xFE) == 0xFC)
        return false; // fc00::/7 unique local
    if (a[0] == 0xFF)
        return false; // multicast
    return true;
}

} // namespace ks

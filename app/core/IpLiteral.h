#pragma once
// The IP address literals a URL's host may be written as ("10.0.0.1",
// "[::ffff:127.0.0.1]" without its brackets), parsed by hand so that core
// needs no QtNetwork and no resolver, and whether one is a public address:
// private, loopback, link-local, carrier-grade NAT, multicast and reserved
// ranges (IPv4 embedded in IPv6 included) are not. Used to refuse a callback
// URL EvoLink could not reach (RequestValidator::checkCallbackUrl).

#include <QStringView>
#include <QtGlobal>

#include <array>
#include <optional>

namespace ks {

class IpLiteral final
{
public:
    using Ipv6 = std::array<quint8, 16>;

    // Dotted quad, four decimal octets of up to three digits each.
    static std::optional<quint32> parseIpv4(QStringView text);
    // RFC 4291 text form: "::" once at most, a dotted IPv4 tail allowed, a
    // "%zone" suffix ignored.
    static std::optional<Ipv6> parseIpv6(QStringView text);
    static bool isPublic(quint32 ipv4);
    static bool isPublic(const Ipv6 &ipv6);
};

} // namespace ks

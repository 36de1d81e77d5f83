#pragma once
// Whether a callback URL's host is one the simulated gateway refuses: a
// local name (localhost, *.local, *.internal) or a private, loopback,
// link-local, carrier-grade NAT or unique-local address, IPv4 mapped in IPv6
// included. Read with QHostAddress, independently of core's own parser
// (core/IpLiteral), so a mistake in either fails a test.

#include <QString>

namespace ks {

class SimPrivateHost final
{
public:
    // False for a public DNS name: the gateway resolves it, the simulator cannot.
    static bool isPrivateOrLocal(const QString &host);
};

} // namespace ks

#include "sim/SimPrivateHost.h"

#include <QHostAddress>
#include <QList>
#include <QPair>

using namespace Qt::StringLiterals;

namespace ks {

bool SimPrivateHost::isPrivateOrLocal(const QString &host)
{
    const QString h = host.toLower();
    if (h == u"localhost"_s || h.endsWith(u".localhost"_s) || h.endsWith(u".local"_s)
        || h.endsWith(u".internal"_s))
        return true;
    QHostAddress addr;
    if (!addr.setAddress(h))
        return false; // a public DNS name: the gateway resolves it, we cannot
    bool mapped = false;
    const quint32 v4 = addr.toIPv4Address(&mapped);
    if (mapped || addr.protocol() == QAbstractSocket::IPv4Protocol) {
        const QHostAddress a(v4);
        static const QList<QPair<QHostAddress, int>> blocked = {
            QHostAddress::parseSubnet(u"0.0.0.0/8"_s),
            QHostAddress::parseSubnet(u"10.0.0.0/8"_s),
            QHostAddress::parseSubnet(u"100.64.0.0/10"_s),
            QHostAddress::parseSubnet(u"127.0.0.0/8"_s),
            QHostAddress::parseSubnet(u"169.254.0.0/16"_s),
            QHostAddress::parseSubnet(u"172.16.0.0/12"_s),
            QHostAddress::parseSubnet(u"192.168.0.0/16"_s),
        };
        for (const auto &net : blocked) {
            if (a.isInSubnet(net))
                return true;
        }
        return false;
    }
    return addr.isLoopback() || addr.isNull() || addr.isLinkLocal() || addr.isUniqueLocalUnicast()
        || addr.isSiteLocal() || addr == QHostAddress(QHostAddress::AnyIPv6);
}

} // namespace ks

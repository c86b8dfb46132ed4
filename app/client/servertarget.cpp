#include "servertarget.h"

#include <QNetworkInterface>

namespace RelayDesk {

ServerTarget localTargetOf(const VirtualServer &server)
{
    if (server.bindings.isEmpty())
        return ServerTarget();
    const Binding &binding = server.bindings.constFirst();
    QString host = binding.address.trimmed();
    const QHostAddress address(host);
    if (host.isEmpty() || address == QHostAddress(QHostAddress::AnyIPv4))
        host = QStringLiteral("127.0.0.1");
    else if (address == QHostAddress(QHostAddress::AnyIPv6))
        host = QStringLiteral("::1");
    return ServerTarget{host, quint16(binding.port)};
}

int virtualServerAt(const Config &config, const QHostAddress &address, quint16 port)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    const QHostAddress wanted = ok ? QHostAddress(v4) : address;
    int wildcard = -1;
    for (int i = 0; i < config.virtualServers.size(); ++i) {
        const VirtualServer &vs = config.virtualServers.at(i);
        if (!vs.enabled)
            continue;
        for (const Binding &b : vs.bindings) {
            if (b.port != port)
                continue;
            const QHostAddress bound(b.address.trimmed());
            if (bound.isEqual(wanted, QHostAddress::TolerantConversion))
                return i;
            const bool any = b.address.trimmed().isEmpty() || bound == QHostAddress(QHostAddress::AnyIPv4)
                || bound == QHostAddress(QHostAddress::AnyIPv6);
            if (any && wildcard < 0)
                wildcard = i;
        }
    }
    return wildcard;
}

bool isBindableSourceAddress(const QHostAddress &address)
{
    if (address.isNull())
        return false;
    if (address.isLoopback())
        return true;
    const QList<QHostAddress> local = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : local) {
        if (a.isEqual(address, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

} // namespace RelayDesk

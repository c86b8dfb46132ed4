#include "hostresolver.h"

#include <QMetaObject>

namespace RelayDesk {

HostNameResolver::~HostNameResolver() = default;

QHostAddress HostNameResolver::normalizedAddress(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isMappedIPv4 = false;
        const quint32 ipv4 = address.toIPv4Address(&isMappedIPv4);
        if (isMappedIPv4)
            return QHostAddress(ipv4);
        QHostAddress withoutScope(address);
        withoutScope.setScopeId(QString());
        return withoutScope;
    }
    return address;
}

QString HostNameResolver::normalizedHostName(const QString &name)
{
    QString result = name.toLower();
    if (result.endsWith(QLatin1Char('.')))
        result.chop(1);
    return result;
}

void HostNameResolver::finishLater(const QHostAddress &address, const QString &verifiedName)
{
    QMetaObject::invokeMethod(
        this, [this, address, verifiedName] { emit finished(address, verifiedName); }, Qt::QueuedConnection);
}

StaticHostNameResolver::StaticHostNameResolver(QObject *parent)
    : HostNameResolver(parent)
{ }

StaticHostNameResolver::~StaticHostNameResolver() = default;

void StaticHostNameResolver::setName(const QHostAddress &address, const QString &name)
{
    const QHostAddress key = normalizedAddress(address);
    const QString value = normalizedHostName(name);
    if (value.isEmpty())
        m_names.remove(key);
    else
        m_names.insert(key, value);
}

QString StaticHostNameResolver::name(const QHostAddress &address) const
{
    return m_names.value(normalizedAddress(address));
}

void StaticHostNameResolver::clear()
{
    m_names.clear();
}

void StaticHostNameResolver::lookup(const QHostAddress &address)
{
    finishLater(address, name(address));
}

} // namespace RelayDesk

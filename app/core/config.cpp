#include "config.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace RelayDesk {

bool AccessEntry::operator==(const AccessEntry &o) const
{
    return type == o.type && address == o.address && mask == o.mask && prefixLength == o.prefixLength
        && name == o.name && comment == o.comment && expires == o.expires;
}

bool GeneralSettings::operator==(const GeneralSettings &o) const
{
    return limitConnections == o.limitConnections && connectionTimeoutMinutes == o.connectionTimeoutMinutes
        && enableLogging == o.enableLogging;
}

bool AuthenticationSettings::operator==(const AuthenticationSettings &o) const
{
    return anonymous == o.anonymous && basic == o.basic && basicRequiresTls == o.basicRequiresTls
        && defaultDomain == o.defaultDomain;
}

bool SecureCommunication::operator==(const SecureCommunication &o) const
{
    return certificateFile == o.certificateFile && privateKeyFile == o.privateKeyFile
        && requireSecureChannel == o.requireSecureChannel;
}

bool RelayRestrictions::operator==(const RelayRestrictions &o) const
{
    return mode == o.mode && allowAuthenticatedRelay == o.allowAuthenticatedRelay && entries == o.entries;
}

bool MessageLimits::operator==(const MessageLimits &o) const
{
    return maxMessageSizeKb == o.maxMessageSizeKb && maxSessionSizeKb == o.maxSessionSizeKb
        && maxMessagesPerConnection == o.maxMessagesPerConnection
        && maxRecipientsPerMessage == o.maxRecipientsPerMessage && ndrCopyTo == o.ndrCopyTo
        && forwardUnresolvedTo == o.forwardUnresolvedTo;
}

bool OutboundSecurity::operator==(const OutboundSecurity &o) const
{
    return authentication == o.authentication && userName == o.userName && tls == o.tls;
}

bool DeliverySettings::operator==(const DeliverySettings &o) const
{
    return retryMinutes == o.retryMinutes && delayNotificationMinutes == o.delayNotificationMinutes
        && expirationMinutes == o.expirationMinutes && maxHopCount == o.maxHopCount
        && masqueradeDomain == o.masqueradeDomain && smartHost == o.smartHost
        && smartHostPort == o.smartHostPort && attemptDirectBeforeSmartHost == o.attemptDirectBeforeSmartHost
        && reverseDnsLookup == o.reverseDnsLookup && outboundSecurity == o.outboundSecurity;
}

bool VirtualServer::operator==(const VirtualServer &o) const
{
    return name == o.name && enabled == o.enabled && bindings == o.bindings && fqdn == o.fqdn
        && general == o.general && authentication == o.authentication
        && secureCommunication == o.secureCommunication && connectionControl == o.connectionControl
        && relayRestrictions == o.relayRestrictions && messages == o.messages && delivery == o.delivery;
}

bool AddressSpace::operator==(const AddressSpace &o) const
{
    return type == o.type && address == o.address && responsible == o.responsible && primary == o.primary;
}

bool RecipientPolicy::operator==(const RecipientPolicy &o) const
{
    return name == o.name && priority == o.priority && filter == o.filter && addressSpaces == o.addressSpaces;
}

bool Recipient::operator==(const Recipient &o) const
{
    return address == o.address && displayName == o.displayName && forwardTo == o.forwardTo;
}

bool SmtpUser::operator==(const SmtpUser &o) const
{
    return name == o.name && enabled == o.enabled && passwordHash == o.passwordHash;
}

bool Config::operator==(const Config &o) const
{
    return organization == o.organization && virtualServers == o.virtualServers
        && recipientPolicies == o.recipientPolicies && recipients == o.recipients && smtpUsers == o.smtpUsers;
}

Config Config::secureDefault()
{
    // One virtual server on 127.0.0.1:2525, an empty relay list in onlyList mode,
    // authenticated relay on, basic authentication only over TLS (the member defaults).
    Config config;
    config.virtualServers.append(VirtualServer{});
    return config;
}

int Config::virtualServerIndex(const QString &name) const
{
    for (int i = 0; i < virtualServers.size(); ++i) {
        if (virtualServers.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QDateTime parseUtcTime(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!form.match(text).hasMatch())
        return QDateTime();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString formatUtcTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QString listModeName(ListMode mode)
{
    return mode == ListMode::OnlyList ? QStringLiteral("onlyList") : QStringLiteral("allExceptList");
}

QString accessEntryTypeName(AccessEntryType type)
{
    switch (type) {
    case AccessEntryType::Single:
        return QStringLiteral("single");
    case AccessEntryType::Group:
        return QStringLiteral("group");
    case AccessEntryType::Domain:
        return QStringLiteral("domain");
    }
    return QString();
}

QString outboundAuthenticationName(OutboundAuthentication authentication)
{
    return authentication == OutboundAuthentication::Basic ? QStringLiteral("basic")
                                                           : QStringLiteral("anonymous");
}

QString outboundTlsName(OutboundTls tls)
{
    switch (tls) {
    case OutboundTls::Off:
        return QStringLiteral("off");
    case OutboundTls::Opportunistic:
        return QStringLiteral("opportunistic");
    case OutboundTls::Required:
        return QStringLiteral("required");
    }
    return QString();
}

bool parseOutboundAuthentication(const QString &text, OutboundAuthentication *authentication)
{
    for (OutboundAuthentication a : {OutboundAuthentication::Anonymous, OutboundAuthentication::Basic}) {
        if (outboundAuthenticationName(a) == text) {
            *authentication = a;
            return true;
        }
    }
    return false;
}

bool parseOutboundTls(const QString &text, OutboundTls *tls)
{
    for (OutboundTls t : {OutboundTls::Off, OutboundTls::Opportunistic, OutboundTls::Required}) {
        if (outboundTlsName(t) == text) {
            *tls = t;
            return true;
        }
    }
    return false;
}

QString describeEntry(const AccessEntry &entry)
{
    QString text;
    switch (entry.type) {
    case AccessEntryType::Single:
        text = entry.address;
        break;
    case AccessEntryType::Group:
        if (entry.prefixLength >= 0) {
            text = entry.address + QLatin1Char('/') + QString::number(entry.prefixLength);
        } else {
            // Shown as a prefix length where the mask is contiguous: "10.30.0.0/24".
            const auto subnet = QHostAddress::parseSubnet(entry.address + QLatin1Char('/') + entry.mask);
            text = entry.address + QLatin1Char('/')
                + (subnet.second >= 0 ? QString::number(subnet.second) : entry.mask);
        }
        break;
    case AccessEntryType::Domain:
        text = entry.name;
        break;
    }
    if (!entry.comment.isEmpty())
        text += QStringLiteral(" '") + entry.comment + QLatin1Char('\'');
    if (entry.expires.isValid()) {
        text += QLatin1Char(' ')
            + QCoreApplication::translate("Config", "(expires %1)")
                  .arg(entry.expires.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    }
    return text;
}

} // namespace RelayDesk

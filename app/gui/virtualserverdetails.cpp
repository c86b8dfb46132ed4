#include "virtualserverdetails.h"

#include "serverdetails.h"
#include "validation.h"

#include <QDateTime>
#include <QLocale>

namespace RelayDesk {

DetailsTable VirtualServerDetails::properties(const VirtualServer &server, const QString &hostName,
                                              bool outboundPasswordSet)
{
    DetailsTable table;
    table.title = server.name;
    table.headers = {tr("Property"), tr("Value")};
    table.sortable = false;
    addGeneral(&table, server, hostName);
    addAccess(&table, server);
    addMessages(&table, server.messages);
    addDelivery(&table, server.delivery, outboundPasswordSet);
    return table;
}

void VirtualServerDetails::addGeneral(DetailsTable *table, const VirtualServer &server,
                                      const QString &hostName)
{
    table->addHeading(tr("General"));
    table->addRow({tr("Name"), server.name});
    table->addRow({tr("State"), server.enabled ? tr("Enabled") : tr("Disabled")});
    for (const Binding &binding : server.bindings) {
        table->addRow({tr("IP address and TCP port"),
                       tr("%1, port %2").arg(ServerDetails::addressText(binding.address)).arg(binding.port)});
    }
    if (server.bindings.isEmpty())
        table->addRow({tr("IP address and TCP port"), tr("(none: the server does not listen)")});
    table->addRow({tr("Fully-qualified domain name"),
                   server.fqdn.isEmpty() ? tr("(this computer: %1)").arg(hostName) : server.fqdn});
    table->addRow({tr("Limit number of connections to"), limit(server.general.limitConnections, {})});
    table->addRow({tr("Connection time-out"), minutes(server.general.connectionTimeoutMinutes)});
    table->addRow({tr("Enable logging"), yesNo(server.general.enableLogging)});
}

void VirtualServerDetails::addAccess(DetailsTable *table, const VirtualServer &server)
{
    const AuthenticationSettings &auth = server.authentication;
    table->addHeading(tr("Access"));
    table->addRow({tr("Anonymous access"), yesNo(auth.anonymous)});
    table->addRow({tr("Basic authentication"), yesNo(auth.basic)});
    table->addRow({tr("Basic authentication requires TLS"), yesNo(auth.basicRequiresTls)});
    table->addRow({tr("Default domain"), orNone(auth.defaultDomain)});

    const SecureCommunication &tls = server.secureCommunication;
    table->addRow({tr("Certificate"), orNone(tls.certificateFile)});
    table->addRow({tr("Private key"), orNone(tls.privateKeyFile)});
    table->addRow({tr("Require secure channel"), yesNo(tls.requireSecureChannel)});

    table->addRow({tr("Connection control"), listModeText(server.connectionControl.mode, false)});
    addAccessEntries(table, tr("Connection"), server.connectionControl.entries);

    const RelayRestrictions &relay = server.relayRestrictions;
    table->addRow({tr("Relay restrictions"), listModeText(relay.mode, true)});
    addAccessEntries(table, tr("Relay"), relay.entries);
    table->addRow({tr("Allow all computers which successfully authenticate to relay"),
                   yesNo(relay.allowAuthenticatedRelay)});
    QString why;
    if (Validation::isOpenRelay(server, &why))
        table->addRow({tr("Open relay"), why}, QStringLiteral("warning"));
}

void VirtualServerDetails::addAccessEntries(DetailsTable *table, const QString &property,
                                            const QList<AccessEntry> &entries)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const AccessEntry &entry : entries) {
        QString value = entryText(entry);
        QString tip;
        if (entry.expires.isValid()) {
            const QString local = QLocale().toString(entry.expires.toLocalTime(), QLocale::ShortFormat);
            if (entry.expires <= now) {
                value = tr("%1 [expired]").arg(value);
                tip = tr("Expired on %1: this entry no longer matches").arg(local);
            } else {
                tip = tr("Expires on %1 (local time)").arg(local);
            }
        }
        table->addRow({property, value}, {}, tip);
    }
    if (entries.isEmpty())
        table->addRow({property, tr("(the list is empty)")});
}

void VirtualServerDetails::addMessages(DetailsTable *table, const MessageLimits &messages)
{
    table->addHeading(tr("Messages"));
    table->addRow({tr("Limit message size to"), limit(messages.maxMessageSizeKb, tr("KB"))});
    table->addRow({tr("Limit session size to"), limit(messages.maxSessionSizeKb, tr("KB"))});
    table->addRow(
        {tr("Limit number of messages per connection to"), limit(messages.maxMessagesPerConnection, {})});
    table->addRow(
        {tr("Limit number of recipients per message to"), limit(messages.maxRecipientsPerMessage, {})});
    table->addRow({tr("Send copy of Non-Delivery Report to"), orNone(messages.ndrCopyTo)});
    table->addRow(
        {tr("Forward all mail with unresolved recipients to host"), orNone(messages.forwardUnresolvedTo)});
}

void VirtualServerDetails::addDelivery(DetailsTable *table, const DeliverySettings &delivery,
                                       bool outboundPasswordSet)
{
    table->addHeading(tr("Delivery"));
    const QStringList retryNames = {tr("First retry interval"), tr("Second retry interval"),
                                    tr("Third retry interval"), tr("Subsequent retry interval")};
    for (int i = 0; i < retryNames.size() && i < delivery.retryMinutes.size(); ++i)
        table->addRow({retryNames.at(i), minutes(delivery.retryMinutes.at(i))});
    table->addRow({tr("Delay notification"), minutes(delivery.delayNotificationMinutes)});
    table->addRow({tr("Expiration time-out"), minutes(delivery.expirationMinutes)});
    table->addRow({tr("Maximum hop count"), QString::number(delivery.maxHopCount)});
    table->addRow({tr("Masquerade domain"), orNone(delivery.masqueradeDomain)});
    table->addRow({tr("Smart host"), orNone(delivery.smartHost)});
    table->addRow({tr("Smart host port"), QString::number(delivery.smartHostPort)});
    table->addRow({tr("Attempt direct delivery before sending to smart host"),
                   yesNo(delivery.attemptDirectBeforeSmartHost)});
    table->addRow({tr("Perform reverse DNS lookup on incoming messages"), yesNo(delivery.reverseDnsLookup)});

    // Outbound Security: whether the secret store holds a password, never the password.
    const OutboundSecurity &outbound = delivery.outboundSecurity;
    const bool basic = outbound.authentication == OutboundAuthentication::Basic;
    table->addRow(
        {tr("Outbound authentication"), basic ? tr("Basic authentication") : tr("Anonymous access")});
    table->addRow({tr("Outbound user name"), orNone(outbound.userName)});
    table->addRow({tr("Outbound password"), outboundPasswordSet ? tr("(set)") : tr("(none)")});
    QString tls;
    switch (outbound.tls) {
    case OutboundTls::Off:
        tls = tr("Off");
        break;
    case OutboundTls::Opportunistic:
        tls = tr("Opportunistic (STARTTLS when offered)");
        break;
    case OutboundTls::Required:
        tls = tr("Required");
        break;
    }
    table->addRow({tr("Outbound TLS encryption"), tls});
}

QString VirtualServerDetails::entryText(const AccessEntry &entry)
{
    QString text;
    switch (entry.type) {
    case AccessEntryType::Single:
        text = entry.address;
        break;
    case AccessEntryType::Group:
        // As written, like the Group of computers dialog: a mask stays a mask.
        text = entry.mask.isEmpty() || entry.prefixLength >= 0
            ? entry.address + QLatin1Char('/') + QString::number(entry.prefixLength)
            : tr("%1 (%2)").arg(entry.address, entry.mask);
        break;
    case AccessEntryType::Domain:
        text = entry.name;
        break;
    }
    if (!entry.comment.isEmpty())
        text = tr("%1 '%2'").arg(text, entry.comment);
    if (entry.expires.isValid())
        text = tr("%1 (expires %2 UTC)")
                   .arg(text, entry.expires.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return text;
}

QString VirtualServerDetails::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString VirtualServerDetails::limit(int value, const QString &unit)
{
    if (value <= 0)
        return tr("No limit");
    return unit.isEmpty() ? QString::number(value) : tr("%1 %2").arg(value).arg(unit);
}

QString VirtualServerDetails::orNone(const QString &value)
{
    return value.isEmpty() ? tr("(none)") : value;
}

QString VirtualServerDetails::minutes(int value)
{
    return tr("%n min", "", value);
}

QString VirtualServerDetails::listModeText(ListMode mode, bool relay)
{
    if (relay) {
        return mode == ListMode::OnlyList ? tr("Only the list below may relay")
                                          : tr("All except the list below may relay");
    }
    return mode == ListMode::OnlyList ? tr("Only the list below may connect")
                                      : tr("All except the list below may connect");
}

} // namespace RelayDesk

#include "serverdetails.h"

#include "validation.h"

namespace RelayDesk {

QString ServerDetails::listenerUnknown()
{
    return tr("Not known: this version of the console does not connect to the listener yet");
}

QString ServerDetails::addressText(const QString &address)
{
    if (address == QLatin1String("0.0.0.0") || address == QLatin1String("::"))
        return tr("(All Unassigned)");
    return address;
}

QString ServerDetails::relayModeText(const VirtualServer &server)
{
    const QString mode =
        server.relayRestrictions.mode == ListMode::OnlyList ? tr("Only the list") : tr("All except the list");
    return Validation::isOpenRelay(server) ? tr("%1 (open relay)").arg(mode) : mode;
}

DetailsTable ServerDetails::servers(const ConsoleSnapshot &snapshot)
{
    DetailsTable table;
    table.title = tr("Servers");
    table.headers = {tr("Name"), tr("Virtual Servers"), tr("Listener")};
    table.addRow(
        {snapshot.hostName, QString::number(snapshot.config.virtualServers.size()), listenerUnknown()},
        QStringLiteral("server"));
    return table;
}

DetailsTable ServerDetails::host(const ConsoleSnapshot &snapshot)
{
    DetailsTable table;
    table.title = snapshot.hostName;
    table.headers = {tr("Property"), tr("Value")};
    table.sortable = false;
    table.addRow({tr("Host name"), snapshot.hostName});
    table.addRow({tr("Data directory"), snapshot.dataDir});
    table.addRow({tr("Configuration database"), snapshot.databasePath});
    table.addRow({tr("Configuration revision"), QString::number(snapshot.revision)});
    table.addRow({tr("Listener state"), listenerUnknown()});
    table.addRow({tr("Sync state"), listenerUnknown()});
    return table;
}

DetailsTable ServerDetails::queues(const ConsoleSnapshot &snapshot)
{
    DetailsTable table;
    table.title = tr("Queues on %1").arg(snapshot.hostName);
    table.headers = {tr("Queue"), tr("Virtual Server"), tr("Messages"), tr("State")};
    table.addPlaceholder(listenerUnknown());
    return table;
}

DetailsTable ServerDetails::protocols()
{
    DetailsTable table;
    table.title = tr("Protocols");
    table.headers = {tr("Name"), tr("Description")};
    table.addRow({tr("SMTP"), tr("The SMTP virtual servers of this host")}, QStringLiteral("protocol"));
    return table;
}

DetailsTable ServerDetails::virtualServers(const Config &config)
{
    DetailsTable table;
    table.title = tr("SMTP");
    table.headers = {tr("Name"),  tr("State"),         tr("IP Address"),         tr("TCP Port"),
                     tr("Relay"), tr("Relay Entries"), tr("Authenticated Relay")};
    table.headerToolTips = {{},
                            {},
                            {},
                            {},
                            tr("Which computers may relay"),
                            {},
                            tr("Whether computers that authenticate may relay regardless of the list")};
    for (const VirtualServer &vs : config.virtualServers) {
        QStringList addresses;
        QStringList ports;
        for (const Binding &binding : vs.bindings) {
            addresses.append(addressText(binding.address));
            ports.append(QString::number(binding.port));
        }
        QStringList cells(VsColumnCount);
        cells[VsName] = vs.name;
        cells[VsState] = vs.enabled ? tr("Enabled") : tr("Disabled");
        cells[VsAddress] = addresses.join(QStringLiteral(", "));
        cells[VsPort] = ports.join(QStringLiteral(", "));
        cells[VsRelay] = relayModeText(vs);
        cells[VsRelayEntries] = QString::number(vs.relayRestrictions.entries.size());
        cells[VsAuthenticatedRelay] = vs.relayRestrictions.allowAuthenticatedRelay ? tr("Yes") : tr("No");
        QString why;
        const QString tip = Validation::isOpenRelay(vs, &why) ? tr("Open relay: %1").arg(why) : QString();
        table.addRow(cells,
                     vs.enabled ? QStringLiteral("virtualserver") : QStringLiteral("virtualserver-disabled"),
                     tip);
    }
    if (table.rows.isEmpty())
        table.addPlaceholder(tr("There are no SMTP virtual servers."));
    return table;
}

DetailsTable ServerDetails::currentSessions(const QString &virtualServer)
{
    DetailsTable table;
    table.title = tr("Current Sessions of %1").arg(virtualServer);
    table.headers = {tr("Connected From"), tr("User"), tr("Connected Since"), tr("State")};
    table.addPlaceholder(listenerUnknown());
    return table;
}

} // namespace RelayDesk

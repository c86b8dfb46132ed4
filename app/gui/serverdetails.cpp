#include "serverdetails.h"

#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace RelayDesk {

QString ServerDetails::listenerUnknown()
{
    return tr("Not known yet: the console is asking the listener");
}

QString ServerDetails::listenerText(const ConsoleSnapshot &snapshot)
{
    if (!snapshot.listener.checked)
        return listenerUnknown();
    const QJsonObject &status = snapshot.listener.status;
    if (status.isEmpty())
        return tr("Not running");
    QString text = tr("Running, pid %1, revision %2")
                       .arg(status.value(QStringLiteral("pid")).toInteger())
                       .arg(status.value(QStringLiteral("revision")).toInt());
    if (status.value(QStringLiteral("serviceManager")).toString() == QLatin1String("systemd"))
        text += tr(" (systemd service)");
    return text;
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
        {snapshot.hostName, QString::number(snapshot.config.virtualServers.size()), listenerText(snapshot)},
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
    table.addRow({tr("Listener state"), listenerText(snapshot)});
    table.addRow({tr("Sync state"),
                  snapshot.listener.checked
                      ? tr("%1: %2").arg(snapshot.listener.syncState, snapshot.listener.syncReason)
                      : listenerUnknown()});
    const QJsonObject counters = snapshot.listener.status.value(QStringLiteral("counters")).toObject();
    if (!counters.isEmpty()) {
        table.addRow({tr("Connections since start"),
                      QString::number(counters.value(QStringLiteral("connections")).toInteger())});
        table.addRow({tr("Messages accepted"),
                      QString::number(counters.value(QStringLiteral("messagesAccepted")).toInteger())});
        const QJsonObject refused = counters.value(QStringLiteral("refused")).toObject();
        for (auto it = refused.begin(); it != refused.end(); ++it)
            table.addRow({tr("Refused: %1").arg(it.key()), QString::number(it.value().toInteger())});
    }
    return table;
}

QString ServerDetails::queueKey(const QString &virtualServer, const QString &destination)
{
    // Both parts are free text: a JSON array keeps them apart whatever they hold.
    return QStringLiteral("queue:")
        + QString::fromUtf8(
               QJsonDocument(QJsonArray{virtualServer, destination}).toJson(QJsonDocument::Compact));
}

bool ServerDetails::parseQueueKey(const QString &key, QString *virtualServer, QString *destination)
{
    static const QString prefix = QStringLiteral("queue:");
    if (!key.startsWith(prefix))
        return false;
    const QJsonArray parts = QJsonDocument::fromJson(key.mid(prefix.size()).toUtf8()).array();
    if (parts.size() != 2)
        return false;
    *virtualServer = parts.at(0).toString();
    *destination = parts.at(1).toString();
    return true;
}

QString ServerDetails::queueStateText(const QString &state)
{
    if (state == QLatin1String("ready"))
        return tr("Ready");
    if (state == QLatin1String("retry"))
        return tr("Retry");
    if (state == QLatin1String("delivering"))
        return tr("Delivering");
    if (state == QLatin1String("frozen"))
        return tr("Frozen");
    return state;
}

QString ServerDetails::routeText(const QString &route)
{
    if (route == QLatin1String("smartHost"))
        return tr("Smart host");
    if (route == QLatin1String("forward"))
        return tr("Forward unresolved");
    if (route == QLatin1String("mx"))
        return tr("Direct (MX)");
    return route;
}

QString ServerDetails::queueTimeText(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

DetailsTable ServerDetails::queues(const ConsoleSnapshot &snapshot)
{
    DetailsTable table;
    table.title = tr("Queues on %1").arg(snapshot.hostName);
    table.headers = {tr("Virtual Server"), tr("Destination"), tr("Route"), tr("Messages"),
                     tr("Oldest"),         tr("Next Retry"),  tr("State"), tr("Last Error")};
    table.headerToolTips = {{},
                            tr("The smart host or forwarding host (host:port), or the recipients' domain"),
                            {},
                            {},
                            tr("When the oldest message of the queue was received"),
                            tr("When the listener attempts the queue next"),
                            {},
                            tr("The remote server's reply or the connection error of the last attempt")};
    if (!snapshot.listener.activityKnown) {
        table.addPlaceholder(snapshot.listener.activityError.isEmpty() ? listenerUnknown()
                                                                       : snapshot.listener.activityError);
        return table;
    }
    for (const QJsonValue &value : snapshot.listener.queues) {
        const QJsonObject q = value.toObject();
        const QString vs = q.value(QStringLiteral("virtualServer")).toString();
        const QString destination = q.value(QStringLiteral("destination")).toString();
        const int messages = q.value(QStringLiteral("messages")).toInt();
        const int frozen = q.value(QStringLiteral("frozen")).toInt();
        const QString oldest = q.value(QStringLiteral("oldest")).toString();
        const QString nextRetry = q.value(QStringLiteral("nextRetry")).toString();
        const QString lastError = q.value(QStringLiteral("lastError")).toString();
        QStringList cells(QueueColumnCount);
        cells[QueueVirtualServer] = vs;
        cells[QueueDestination] = destination;
        cells[QueueRoute] = routeText(q.value(QStringLiteral("route")).toString());
        cells[QueueMessages] = frozen > 0 && frozen < messages
            ? tr("%1 (%2 frozen)").arg(messages).arg(frozen)
            : QString::number(messages);
        cells[QueueOldest] = queueTimeText(oldest);
        cells[QueueNextRetry] = queueTimeText(nextRetry);
        cells[QueueState] = queueStateText(q.value(QStringLiteral("state")).toString());
        cells[QueueLastError] = lastError;
        QVariantList sortKeys(QueueColumnCount);
        sortKeys[QueueMessages] = messages;
        sortKeys[QueueOldest] = QDateTime::fromString(oldest, Qt::ISODateWithMs);
        sortKeys[QueueNextRetry] = QDateTime::fromString(nextRetry, Qt::ISODateWithMs);
        table.addRow(cells, QStringLiteral("queue"), lastError, sortKeys, queueKey(vs, destination));
    }
    if (table.rows.isEmpty())
        table.addPlaceholder(tr("No message waits for outbound delivery."));
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
                     tip, {}, vs.name);
    }
    if (table.rows.isEmpty())
        table.addPlaceholder(tr("There are no SMTP virtual servers."));
    return table;
}

DetailsTable ServerDetails::currentSessions(const ConsoleSnapshot &snapshot, const QString &virtualServer)
{
    DetailsTable table;
    table.title = tr("Current Sessions of %1").arg(virtualServer);
    table.headers = {tr("Connected From"), tr("User"), tr("Connected Since"),
                     tr("State"),          tr("TLS"),  tr("Messages")};
    if (!snapshot.listener.activityKnown) {
        table.addPlaceholder(snapshot.listener.activityError.isEmpty() ? listenerUnknown()
                                                                       : snapshot.listener.activityError);
        return table;
    }
    const QLocale locale;
    for (const QJsonValue &value : snapshot.listener.sessions) {
        const QJsonObject s = value.toObject();
        if (s.value(QStringLiteral("virtualServer")).toString().compare(virtualServer, Qt::CaseInsensitive)
            != 0)
            continue;
        const QDateTime since =
            QDateTime::fromString(s.value(QStringLiteral("since")).toString(), Qt::ISODate);
        table.addRow(
            {s.value(QStringLiteral("client")).toString(), s.value(QStringLiteral("user")).toString(),
             locale.toString(since.toLocalTime(), QLocale::ShortFormat),
             s.value(QStringLiteral("state")).toString(),
             s.value(QStringLiteral("tls")).toBool() ? tr("Yes") : tr("No"),
             QString::number(s.value(QStringLiteral("messages")).toInt())},
            QStringLiteral("sessions"), {}, {}, QString::number(s.value(QStringLiteral("id")).toInteger()));
    }
    if (table.rows.isEmpty())
        table.addPlaceholder(tr("No client is connected."));
    return table;
}

} // namespace RelayDesk

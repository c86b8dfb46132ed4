#pragma once

#include "consolesnapshot.h"
#include "detailstable.h"

#include <QCoreApplication>

namespace RelayDesk {

// Details of "Servers", the host, "Queues", "Protocols", "SMTP" and "Current Sessions". The live
// lists (Queues, Current Sessions) show what the window last asked the listener.
class ServerDetails final
{
    Q_DECLARE_TR_FUNCTIONS(ServerDetails)

public:
    enum VirtualServerColumn
    {
        VsName,
        VsState,
        VsAddress,
        VsPort,
        VsRelay,
        VsRelayEntries,
        VsAuthenticatedRelay,
        VsColumnCount
    };

    static DetailsTable servers(const ConsoleSnapshot &snapshot);
    static DetailsTable host(const ConsoleSnapshot &snapshot);
    static DetailsTable queues(const ConsoleSnapshot &snapshot);
    static DetailsTable protocols();
    static DetailsTable virtualServers(const Config &config);
    static DetailsTable currentSessions(const ConsoleSnapshot &snapshot, const QString &virtualServer);

    // Queues: one row per queue (virtual server and destination), keyed with queueKey().
    enum QueueColumn
    {
        QueueVirtualServer,
        QueueDestination,
        QueueRoute,
        QueueMessages,
        QueueOldest,
        QueueNextRetry,
        QueueState,
        QueueLastError,
        QueueColumnCount
    };
    static QString queueKey(const QString &virtualServer, const QString &destination);
    // False when `key` is not a queue's key.
    static bool parseQueueKey(const QString &key, QString *virtualServer, QString *destination);
    static QString queueStateText(const QString &state); // "ready" → "Ready", …
    static QString routeText(const QString &route); // "smartHost" → "Smart host", …
    static QString queueTimeText(const QString &iso); // local, short; "" for none

    static QString listenerUnknown();
    static QString
    listenerText(const ConsoleSnapshot &snapshot); // "Running, pid 42, revision 7" / "Not running"
    static QString addressText(const QString &address); // "(All Unassigned)" for 0.0.0.0 and ::
    static QString relayModeText(const VirtualServer &server);
};

} // namespace RelayDesk

#pragma once

#include "consolesnapshot.h"
#include "detailstable.h"

#include <QCoreApplication>

namespace RelayDesk {

// Details of "Servers", the host, "Queues", "Protocols", "SMTP" and "Current Sessions".
// This version of the console does not talk to the listener yet: live lists say so.
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

    static QString listenerUnknown();
    static QString
    listenerText(const ConsoleSnapshot &snapshot); // "Running, pid 42, revision 7" / "Not running"
    static QString addressText(const QString &address); // "(All Unassigned)" for 0.0.0.0 and ::
    static QString relayModeText(const VirtualServer &server);
};

} // namespace RelayDesk

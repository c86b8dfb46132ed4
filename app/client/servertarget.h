#pragma once

#include "config.h"

#include <QHostAddress>
#include <QString>

// Where a client on this machine reaches a virtual server of the configuration.
namespace RelayDesk {

struct ServerTarget
{
    QString host; // empty when the virtual server has no binding
    quint16 port = 0;
    bool isValid() const { return !host.isEmpty() && port != 0; }
};

// The first binding of the virtual server; "0.0.0.0" (All Unassigned) becomes 127.0.0.1 and "::"
// becomes ::1.
ServerTarget localTargetOf(const VirtualServer &server);

// The index of the virtual server a connection to address:port reaches: a binding on that
// address and port, or a wildcard binding on that port. -1 when none.
int virtualServerAt(const Config &config, const QHostAddress &address, quint16 port);

// Whether a client on this machine can bind `address` as its source: a loopback address or an
// address of one of this machine's interfaces.
bool isBindableSourceAddress(const QHostAddress &address);

} // namespace RelayDesk

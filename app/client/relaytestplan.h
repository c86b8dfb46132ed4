#pragma once

#include "relaytest.h"
#include "servertarget.h"

#include <QHostAddress>
#include <QString>

// What the CLI's relay-test and the GUI's Open Relay Self-Test share: where to connect, which
// client address to play, the battery with the database's expectations and the session options.
namespace RelayDesk {

// Why a chosen client address is no good for the self-test of a virtual server.
enum class RelayTestSourceProblem
{
    None,
    NotLocal, // not an address of this machine: it cannot be bound as the client's address
    Trusted // on an "only the list" relay list: the relays would get through, proving nothing
};
RelayTestSourceProblem relayTestSourceProblem(const RelayPolicy &policy, const QHostAddress &source);

// Where a client on this machine tests the virtual server: its first binding, with a wildcard
// ("0.0.0.0" or the dual-stack "::") reached on 127.0.0.1 so that the client can be any 127.0.0.x.
// Invalid when the virtual server has no binding.
ServerTarget relayTestTarget(const VirtualServer &server);

struct RelayTestPlan
{
    ServerTarget target;
    QHostAddress source;
    QList<RelayTestCase> cases; // with the expected replies of the database's relay policy
    SmtpClientOptions session; // connection, client address, TLS if offered, time-outs
    RelayTestReport header; // the virtual server's name
    bool sourceMayRelay = false; // the relay restrictions admit the source: expect relays
};

inline constexpr int RelayTestDefaultTimeoutMs = 30000;
inline const QString RelayTestDefaultForeignDomain = QStringLiteral("relaytest.invalid");

// The self-test of the virtual server `index` of `config` from `source` (see
// pickUnlistedLoopbackSource() for a default). The target must be valid (relayTestTarget()).
RelayTestPlan planRelayTest(const Config &config, int index, const QHostAddress &source,
                            const QString &foreignDomain = RelayTestDefaultForeignDomain,
                            int timeoutMs = RelayTestDefaultTimeoutMs);

} // namespace RelayDesk

#pragma once

#include <QString>

namespace RelayDesk {

// What a node of the console tree stands for. The details list and the selection memory
// work on this, never on the node's (translated) text.
struct ConsoleNode
{
    enum class Kind
    {
        None,
        Root,
        RecipientPolicies,
        Recipients,
        SmtpUsers,
        Servers,
        Host, // key: host name
        Queues,
        Protocols,
        Smtp,
        VirtualServer, // key: virtual server name
        CurrentSessions, // key: virtual server name
        Tools,
        ToolTestSend,
        ToolExplain,
        ToolSelfTest,
        ToolProtocolLog,
        History
    };

    Kind kind = Kind::None;
    QString key;
};

} // namespace RelayDesk

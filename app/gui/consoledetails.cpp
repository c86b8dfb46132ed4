#include "consoledetails.h"

#include "directorydetails.h"
#include "historydetails.h"
#include "outboundsecrets.h"
#include "policydetails.h"
#include "serverdetails.h"
#include "virtualserverdetails.h"

namespace RelayDesk {

DetailsTable ConsoleDetails::forNode(const ConsoleNode &node, const ConsoleSnapshot &snapshot)
{
    const Config &config = snapshot.config;
    using Kind = ConsoleNode::Kind;
    switch (node.kind) {
    case Kind::None:
        return {};
    case Kind::Root:
        return overview(snapshot);
    case Kind::RecipientPolicies:
        return PolicyDetails::policies(config);
    case Kind::Recipients:
        return DirectoryDetails::recipients(config);
    case Kind::SmtpUsers:
        return DirectoryDetails::smtpUsers(config);
    case Kind::Servers:
        return ServerDetails::servers(snapshot);
    case Kind::Host:
        return ServerDetails::host(snapshot);
    case Kind::Queues:
        return ServerDetails::queues(snapshot);
    case Kind::Protocols:
        return ServerDetails::protocols();
    case Kind::Smtp:
        return ServerDetails::virtualServers(config);
    case Kind::VirtualServer: {
        const int index = config.virtualServerIndex(node.key);
        return index < 0 ? missing(node.key)
                         : VirtualServerDetails::properties(
                             config.virtualServers.at(index), snapshot.hostName,
                             OutboundSecrets::isSet(snapshot.dataDir, config.virtualServers.at(index).name));
    }
    case Kind::CurrentSessions:
        return ServerDetails::currentSessions(snapshot, node.key);
    case Kind::Tools:
        return tools();
    case Kind::ToolTestSend:
    case Kind::ToolExplain:
    case Kind::ToolSelfTest:
    case Kind::ToolProtocolLog:
        return tool(node.kind);
    case Kind::History:
        return HistoryDetails::history(snapshot);
    }
    return {};
}

DetailsTable ConsoleDetails::overview(const ConsoleSnapshot &snapshot)
{
    const Config &config = snapshot.config;
    const auto count = [](qsizetype n) {
        return QString::number(n);
    };
    DetailsTable table;
    table.title = tr("RelayDesk (%1)").arg(config.organization);
    table.headers = {tr("Name"), tr("Items"), tr("Description")};
    table.addRow({tr("Recipient Policies"), count(config.recipientPolicies.size()),
                  tr("Address spaces; authoritative or not")},
                 QStringLiteral("folder"));
    table.addRow(
        {tr("Recipients"), count(config.recipients.size()), tr("Local mailboxes of authoritative domains")},
        QStringLiteral("recipients"));
    table.addRow({tr("SMTP Users"), count(config.smtpUsers.size()), tr("Accounts for authenticated relay")},
                 QStringLiteral("users"));
    table.addRow({tr("Servers"), count(config.virtualServers.size()),
                  tr("%1 and its SMTP virtual servers").arg(snapshot.hostName)},
                 QStringLiteral("folder"));
    table.addRow({tr("Tools"), count(4), tr("Test Send, Explain, Open Relay Self-Test, Protocol Log")},
                 QStringLiteral("tools"));
    table.addRow({tr("History"), count(snapshot.history.size()),
                  tr("Revisions, newest first; revision %1 is current").arg(snapshot.revision)},
                 QStringLiteral("history"));
    return table;
}

QString ConsoleDetails::toolDescription(ConsoleNode::Kind tool)
{
    switch (tool) {
    case ConsoleNode::Kind::ToolTestSend:
        return tr("Send a test message through a virtual server and watch the SMTP conversation.");
    case ConsoleNode::Kind::ToolExplain:
        return tr("Ask why a client, sender and recipient would be relayed or refused, rule by rule.");
    case ConsoleNode::Kind::ToolSelfTest:
        return tr("Try the usual open-relay tricks against a virtual server and report what got through.");
    case ConsoleNode::Kind::ToolProtocolLog:
        return tr("Read the listener's protocol and event logs.");
    default:
        return {};
    }
}

QString ConsoleDetails::toolKey(ConsoleNode::Kind tool)
{
    return QStringLiteral("tool:%1").arg(static_cast<int>(tool));
}

ConsoleNode::Kind ConsoleDetails::toolOfKey(const QString &key)
{
    for (ConsoleNode::Kind kind : ToolKinds) {
        if (key == toolKey(kind))
            return kind;
    }
    return ConsoleNode::Kind::None;
}

QString ConsoleDetails::toolName(ConsoleNode::Kind tool)
{
    switch (tool) {
    case ConsoleNode::Kind::ToolTestSend:
        return tr("Test Send");
    case ConsoleNode::Kind::ToolExplain:
        return tr("Explain");
    case ConsoleNode::Kind::ToolSelfTest:
        return tr("Open Relay Self-Test");
    case ConsoleNode::Kind::ToolProtocolLog:
        return tr("Protocol Log");
    default:
        return {};
    }
}

DetailsTable ConsoleDetails::tools()
{
    DetailsTable table;
    table.title = tr("Tools");
    table.headers = {tr("Tool"), tr("Description")};
    for (ConsoleNode::Kind kind : ToolKinds)
        table.addRow({toolName(kind), toolDescription(kind)}, QStringLiteral("tool"), {}, {}, toolKey(kind));
    return table;
}

DetailsTable ConsoleDetails::tool(ConsoleNode::Kind kind)
{
    DetailsTable table;
    table.title = toolName(kind);
    table.headers = {tr("Tool"), tr("Description")};
    table.addRow({toolName(kind), toolDescription(kind)}, QStringLiteral("tool"), {}, {}, toolKey(kind));
    table.addPlaceholder(tr("Press Enter or double-click to open it (also in the Tools menu)."));
    return table;
}

DetailsTable ConsoleDetails::missing(const QString &what)
{
    DetailsTable table;
    table.title = what;
    table.headers = {tr("Name")};
    table.addPlaceholder(tr("%1 is no longer in the configuration. Refresh the console.").arg(what));
    return table;
}

} // namespace RelayDesk

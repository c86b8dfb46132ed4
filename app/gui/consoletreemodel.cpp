#include "consoletreemodel.h"

#include "icons.h"

namespace RelayDesk {

namespace {

// Names, not enum values: the selection is saved in relaydesk.ini (and written there by
// scripts/screenshot.sh), and must survive a change of the enum.
QString kindName(ConsoleNode::Kind kind)
{
    using Kind = ConsoleNode::Kind;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Root:
        return QStringLiteral("root");
    case Kind::RecipientPolicies:
        return QStringLiteral("policies");
    case Kind::Recipients:
        return QStringLiteral("recipients");
    case Kind::SmtpUsers:
        return QStringLiteral("users");
    case Kind::Servers:
        return QStringLiteral("servers");
    case Kind::Host:
        return QStringLiteral("host");
    case Kind::Queues:
        return QStringLiteral("queues");
    case Kind::Protocols:
        return QStringLiteral("protocols");
    case Kind::Smtp:
        return QStringLiteral("smtp");
    case Kind::VirtualServer:
        return QStringLiteral("vs");
    case Kind::CurrentSessions:
        return QStringLiteral("sessions");
    case Kind::Tools:
        return QStringLiteral("tools");
    case Kind::ToolTestSend:
        return QStringLiteral("testsend");
    case Kind::ToolExplain:
        return QStringLiteral("explain");
    case Kind::ToolSelfTest:
        return QStringLiteral("selftest");
    case Kind::ToolProtocolLog:
        return QStringLiteral("protocollog");
    case Kind::History:
        return QStringLiteral("history");
    }
    return {};
}

QString idFor(ConsoleNode::Kind kind, const QString &key)
{
    const QString base = kindName(kind);
    return key.isEmpty() ? base : base + QLatin1Char(':') + key;
}

} // namespace

ConsoleTreeModel::ConsoleTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{ }

ConsoleTreeModel::~ConsoleTreeModel() = default;

void ConsoleTreeModel::rebuild(const Config &config, const QString &hostName)
{
    clear();
    setHorizontalHeaderLabels({tr("Console")});

    using Kind = ConsoleNode::Kind;
    QStandardItem *root =
        addNode(invisibleRootItem(), Kind::Root, tr("RelayDesk (%1)").arg(config.organization),
                QStringLiteral("organization"));

    // The policies are rows of this node's details list, not nodes of their own.
    addNode(root, Kind::RecipientPolicies, tr("Recipient Policies"), QStringLiteral("folder"));
    addNode(root, Kind::Recipients, tr("Recipients"), QStringLiteral("recipients"));
    addNode(root, Kind::SmtpUsers, tr("SMTP Users"), QStringLiteral("users"));
    addServers(root, config, hostName);
    addTools(root);
    addNode(root, Kind::History, tr("History"), QStringLiteral("history"));
}

void ConsoleTreeModel::addServers(QStandardItem *root, const Config &config, const QString &hostName)
{
    using Kind = ConsoleNode::Kind;
    QStandardItem *servers = addNode(root, Kind::Servers, tr("Servers"), QStringLiteral("folder"));
    QStandardItem *host = addNode(servers, Kind::Host, hostName, QStringLiteral("server"), hostName);
    addNode(host, Kind::Queues, tr("Queues"), QStringLiteral("queue"));
    QStandardItem *protocols = addNode(host, Kind::Protocols, tr("Protocols"), QStringLiteral("folder"));
    QStandardItem *smtp = addNode(protocols, Kind::Smtp, tr("SMTP"), QStringLiteral("protocol"));
    for (const VirtualServer &vs : config.virtualServers) {
        const QString text = vs.enabled ? vs.name : tr("%1 (disabled)").arg(vs.name);
        QStandardItem *item = addNode(
            smtp, Kind::VirtualServer, text,
            vs.enabled ? QStringLiteral("virtualserver") : QStringLiteral("virtualserver-disabled"), vs.name);
        addNode(item, Kind::CurrentSessions, tr("Current Sessions"), QStringLiteral("sessions"), vs.name);
    }
}

void ConsoleTreeModel::addTools(QStandardItem *root)
{
    using Kind = ConsoleNode::Kind;
    QStandardItem *tools = addNode(root, Kind::Tools, tr("Tools"), QStringLiteral("tools"));
    addNode(tools, Kind::ToolTestSend, tr("Test Send"), QStringLiteral("tool"));
    addNode(tools, Kind::ToolExplain, tr("Explain"), QStringLiteral("tool"));
    addNode(tools, Kind::ToolSelfTest, tr("Open Relay Self-Test"), QStringLiteral("tool"));
    addNode(tools, Kind::ToolProtocolLog, tr("Protocol Log"), QStringLiteral("tool"));
}

QStandardItem *ConsoleTreeModel::addNode(QStandardItem *parent, ConsoleNode::Kind kind, const QString &text,
                                         const QString &icon, const QString &key)
{
    auto *item = new QStandardItem(Icons::icon(icon), text);
    item->setEditable(false);
    item->setData(static_cast<int>(kind), KindRole);
    item->setData(key, KeyRole);
    item->setData(idFor(kind, key), IdRole);
    parent->appendRow(item);
    return item;
}

ConsoleNode ConsoleTreeModel::nodeAt(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    return {static_cast<ConsoleNode::Kind>(index.data(KindRole).toInt()), index.data(KeyRole).toString()};
}

QStringList ConsoleTreeModel::pathOf(const QModelIndex &index)
{
    QStringList path;
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        path.prepend(i.data(IdRole).toString());
    return path;
}

QModelIndex ConsoleTreeModel::indexOf(const QStringList &path) const
{
    QModelIndex found;
    for (const QString &id : path) {
        QModelIndex next;
        for (int row = 0; row < rowCount(found) && !next.isValid(); ++row) {
            const QModelIndex child = index(row, 0, found);
            if (child.data(IdRole).toString() == id)
                next = child;
        }
        if (!next.isValid())
            break;
        found = next;
    }
    return found;
}

} // namespace RelayDesk

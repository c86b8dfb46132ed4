#pragma once

#include "consolenode.h"
#include "consolesnapshot.h"
#include "detailstable.h"

#include <QCoreApplication>

namespace RelayDesk {

// Chooses what the details list shows for a console node.
class ConsoleDetails final
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleDetails)

public:
    static DetailsTable forNode(const ConsoleNode &node, const ConsoleSnapshot &snapshot);

    static QString toolDescription(ConsoleNode::Kind tool);
    static QString toolName(ConsoleNode::Kind tool);
    // The key of a tool's row in the details list, and the tool a key names (None: not a tool).
    static QString toolKey(ConsoleNode::Kind tool);
    static ConsoleNode::Kind toolOfKey(const QString &key);
    static constexpr ConsoleNode::Kind ToolKinds[] = {
        ConsoleNode::Kind::ToolTestSend, ConsoleNode::Kind::ToolExplain, ConsoleNode::Kind::ToolSelfTest,
        ConsoleNode::Kind::ToolProtocolLog};

private:
    static DetailsTable overview(const ConsoleSnapshot &snapshot);
    static DetailsTable tools();
    static DetailsTable tool(ConsoleNode::Kind tool);
    static DetailsTable missing(const QString &what);
};

} // namespace RelayDesk

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

private:
    static DetailsTable overview(const ConsoleSnapshot &snapshot);
    static DetailsTable tools();
    static DetailsTable tool(ConsoleNode::Kind tool);
    static DetailsTable missing(const QString &what);
};

} // namespace RelayDesk

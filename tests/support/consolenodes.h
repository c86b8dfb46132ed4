#pragma once

#include "consoletreemodel.h"

#include <QAbstractItemModel>

// The console tree's node of `kind` (and `key`, when given) anywhere below `parent`, depth first;
// an invalid index when there is none. For the console's widget tests.
namespace RelayDesk::TestSupport {

inline QModelIndex findNode(const QAbstractItemModel *model, ConsoleNode::Kind kind, const QString &key = {},
                            const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const ConsoleNode node = ConsoleTreeModel::nodeAt(index);
        if (node.kind == kind && (key.isEmpty() || node.key == key))
            return index;
        const QModelIndex found = findNode(model, kind, key, index);
        if (found.isValid())
            return found;
    }
    return {};
}

} // namespace RelayDesk::TestSupport

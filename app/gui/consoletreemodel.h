#pragma once

#include "config.h"
#include "consolenode.h"

#include <QStandardItemModel>
#include <QStringList>

namespace RelayDesk {

// The console tree of DESIGN.md ("GUI: the console"), rebuilt from a configuration.
// Each node carries its kind and key; pathOf()/indexOf() identify a node across rebuilds
// by stable ids, so a refresh can restore the selection and the expanded branches.
class ConsoleTreeModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleTreeModel)

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(ConsoleNode::Kind)
        KeyRole, // QString
        IdRole // QString, unique among siblings and stable across rebuilds and versions:
               // "root", "servers", "host:<name>", "vs:<name>", ...
    };

    explicit ConsoleTreeModel(QObject *parent = nullptr);
    ~ConsoleTreeModel() override;

    void rebuild(const Config &config, const QString &hostName);

    static ConsoleNode nodeAt(const QModelIndex &index);
    static QStringList pathOf(const QModelIndex &index);
    // The node at path, or its deepest ancestor that still exists (invalid when none does).
    QModelIndex indexOf(const QStringList &path) const;

private:
    QStandardItem *addNode(QStandardItem *parent, ConsoleNode::Kind kind, const QString &text,
                           const QString &icon, const QString &key = {});
    void addServers(QStandardItem *root, const Config &config, const QString &hostName);
    void addTools(QStandardItem *root);
};

} // namespace RelayDesk

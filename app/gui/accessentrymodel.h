#pragma once

#include "config.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace RelayDesk {

// The entries of a connection-control or relay-restriction list, editable in memory: the list
// of the Connection and Relay Restrictions dialogs. Rows keep the configuration's order (the
// first matching entry decides); the view sorts through a proxy.
class AccessEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessEntryModel)

public:
    enum Column
    {
        AccessColumn, // Single computer / Group of computers / Domain
        AddressColumn, // IP address, subnet address or domain name
        MaskColumn, // subnet mask or prefix length
        CommentColumn,
        ExpiresColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // addresses sort by number, IPv4 before IPv6
        ExpiredRole // bool
    };

    explicit AccessEntryModel(QObject *parent = nullptr);
    ~AccessEntryModel() override;

    void setEntries(const QList<AccessEntry> &entries);
    const QList<AccessEntry> &entries() const { return m_entries; }
    void appendEntry(const AccessEntry &entry);
    void replaceEntry(int row, const AccessEntry &entry);
    // Removes the given rows (any order, duplicates allowed).
    void removeEntries(QList<int> rows);
    // The row of an entry equal to `entry` (comment and expiry aside), -1 when none.
    int findEntry(const AccessEntry &entry) const;
    // "Now" for the expired marking; tests set it.
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeText(AccessEntryType type);

private:
    QList<AccessEntry> m_entries;
    QDateTime m_now;
};

} // namespace RelayDesk

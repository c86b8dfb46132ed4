#pragma once

#include "detailstable.h"

#include <QAbstractTableModel>

namespace RelayDesk {

// The details list of the console: a read-only table fed with a DetailsTable per node.
class DetailsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsModel)

public:
    enum Role
    {
        RowKindRole = Qt::UserRole + 1, // int(DetailsRow::Kind)
        SortRole, // the row's sort key for the column, else its text
        KeyRole // DetailsRow::key: what the row stands for
    };

    explicit DetailsModel(QObject *parent = nullptr);
    ~DetailsModel() override;

    void setTable(const DetailsTable &table);
    const DetailsTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    DetailsTable m_table;
};

} // namespace RelayDesk

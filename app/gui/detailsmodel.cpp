#include "detailsmodel.h"

#include "icons.h"

#include <QFont>

namespace RelayDesk {

DetailsModel::DetailsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

DetailsModel::~DetailsModel() = default;

void DetailsModel::setTable(const DetailsTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int DetailsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int DetailsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.headers.size());
}

QVariant DetailsModel::data(const QModelIndex &index, int role) const
{
    // An invalid index is a legal question (the model testers ask it); an index of another model is not.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DetailsRow &row = m_table.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(index.column());
    case Qt::ToolTipRole:
        // The whole text, for cells too narrow to show it, unless the row explains itself.
        if (!row.toolTip.isEmpty())
            return row.toolTip;
        return row.cells.value(index.column()).isEmpty() ? QVariant()
                                                         : QVariant(row.cells.value(index.column()));
    case Qt::DecorationRole:
        return index.column() == 0 && !row.icon.isEmpty() ? QVariant(Icons::icon(row.icon)) : QVariant();
    case Qt::FontRole:
        if (row.kind == DetailsRow::Kind::Item)
            return {};
        {
            QFont font;
            font.setBold(row.kind == DetailsRow::Kind::Heading);
            font.setItalic(row.kind == DetailsRow::Kind::Placeholder);
            return font;
        }
    case KeyRole:
        return row.key;
    case RowKindRole:
        return static_cast<int>(row.kind);
    case SortRole: {
        const QVariant key = row.sortKeys.value(index.column());
        return key.isValid() ? key : QVariant(row.cells.value(index.column()));
    }
    default:
        return {};
    }
}

QVariant DetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.headers.at(section);
    if (role == Qt::ToolTipRole && section < m_table.headerToolTips.size())
        return m_table.headerToolTips.at(section);
    return {};
}

Qt::ItemFlags DetailsModel::flags(const QModelIndex &index) const
{
    // An invalid index is a legal question (the model testers ask it); an index of another model is not.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_table.rows.at(index.row()).kind == DetailsRow::Kind::Item)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled;
}

} // namespace RelayDesk

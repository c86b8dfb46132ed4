#include "detailssortmodel.h"

#include "detailsmodel.h"

namespace RelayDesk {

DetailsSortModel::DetailsSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(DetailsModel::SortRole);
}

DetailsSortModel::~DetailsSortModel() = default;

void DetailsSortModel::setFilterText(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool DetailsSortModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (first.data(DetailsModel::RowKindRole).toInt() != static_cast<int>(DetailsRow::Kind::Item))
        return false;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent)
                .data(Qt::DisplayRole)
                .toString()
                .contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool DetailsSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto isItem = [](const QModelIndex &index) {
        return index.data(DetailsModel::RowKindRole).toInt() == static_cast<int>(DetailsRow::Kind::Item);
    };
    const bool leftItem = isItem(left);
    if (leftItem != isItem(right)) {
        // The view reverses the result for a descending sort; the items stay on top either way.
        return (sortOrder() == Qt::AscendingOrder) == leftItem;
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace RelayDesk

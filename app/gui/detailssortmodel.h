#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace RelayDesk {

// Sorts the details list on a click on its header: texts in the locale's order with numbers
// compared as numbers ("9" before "10"), sort keys (DetailsModel::SortRole) by value, and
// headings and placeholders always below the items. Column -1 is the list's own order.
class DetailsSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsSortModel)

public:
    explicit DetailsSortModel(QObject *parent = nullptr);
    ~DetailsSortModel() override;

    // Shows only the items with `text` in one of their cells (any case); headings and
    // placeholders go while a filter is set. Empty: every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QCollator m_collator;
    QString m_filter;
};

} // namespace RelayDesk

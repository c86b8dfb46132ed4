#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace RelayDesk {

// One row of the details list.
struct DetailsRow
{
    enum class Kind
    {
        Item, // a selectable row
        Heading, // a section title in a property list ("General", "Access", ...)
        Placeholder // says why the list is empty; not selectable
    };

    QStringList cells;
    Kind kind = Kind::Item;
    QString icon; // Icons::icon name for the first column; empty: none
    QString toolTip;
    QVariantList sortKeys; // optional, per column: what the column sorts by instead of its text
    QString key; // what the row stands for (a user's name, a revision number), for its actions
};

// What the details list shows for one console node: column headers and rows.
struct DetailsTable
{
    QString title;
    QStringList headers;
    QStringList headerToolTips; // optional, per column
    QList<DetailsRow> rows;
    // A list sorts on a click on its header; a property sheet (headings, then Property / Value
    // rows in the order of the dialog) keeps its order.
    bool sortable = true;

    void addRow(const QStringList &cells, const QString &icon = {}, const QString &toolTip = {},
                const QVariantList &sortKeys = {}, const QString &key = {})
    {
        rows.append(DetailsRow{cells, DetailsRow::Kind::Item, icon, toolTip, sortKeys, key});
    }
    void addHeading(const QString &text)
    {
        rows.append(DetailsRow{{text}, DetailsRow::Kind::Heading, {}, {}, {}, {}});
    }
    void addPlaceholder(const QString &text)
    {
        rows.append(DetailsRow{{text}, DetailsRow::Kind::Placeholder, {}, {}, {}, {}});
    }
};

} // namespace RelayDesk

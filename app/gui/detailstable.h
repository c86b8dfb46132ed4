#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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
};

// What the details list shows for one console node: column headers and rows.
struct DetailsTable
{
    QString title;
    QStringList headers;
    QStringList headerToolTips; // optional, per column
    QList<DetailsRow> rows;

    void addRow(const QStringList &cells, const QString &icon = {}, const QString &toolTip = {})
    {
        rows.append(DetailsRow{cells, DetailsRow::Kind::Item, icon, toolTip});
    }
    void addHeading(const QString &text)
    {
        rows.append(DetailsRow{{text}, DetailsRow::Kind::Heading, {}, {}});
    }
    void addPlaceholder(const QString &text)
    {
        rows.append(DetailsRow{{text}, DetailsRow::Kind::Placeholder, {}, {}});
    }
};

} // namespace RelayDesk

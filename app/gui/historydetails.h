#pragma once

#include "consolesnapshot.h"
#include "detailstable.h"

#include <QCoreApplication>

namespace RelayDesk {

// Details of "History": one row per revision, newest first; the change itself in the tooltip
// (its first ToolTipLines lines).
class HistoryDetails final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDetails)

public:
    enum Column
    {
        Revision,
        Time,
        User,
        Program,
        Summary,
        ColumnCount
    };

    static constexpr int ToolTipLines = 20;

    static DetailsTable history(const ConsoleSnapshot &snapshot);
    // The change in words, at most ToolTipLines lines and a line that counts the rest.
    static QString diffToolTip(const QStringList &diff);
};

} // namespace RelayDesk

#pragma once

#include "consolesnapshot.h"
#include "detailstable.h"

#include <QCoreApplication>

namespace RelayDesk {

// Details of "History": one row per revision, newest first; the change itself in the tooltip.
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

    static DetailsTable history(const ConsoleSnapshot &snapshot);
};

} // namespace RelayDesk

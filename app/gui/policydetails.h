#pragma once

#include "config.h"
#include "detailstable.h"

#include <QCoreApplication>

namespace RelayDesk {

// Details of "Recipient Policies": one row per address space of every policy (a policy without
// address spaces gets one row of its own), so the list answers "which domains are ours".
class PolicyDetails final
{
    Q_DECLARE_TR_FUNCTIONS(PolicyDetails)

public:
    enum Column
    {
        Policy,
        Priority,
        Filter,
        Type,
        Address,
        Authoritative,
        Primary,
        ColumnCount
    };

    static DetailsTable policies(const Config &config);
};

} // namespace RelayDesk

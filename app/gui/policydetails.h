#pragma once

#include "config.h"
#include "detailstable.h"

#include <QCoreApplication>

namespace RelayDesk {

// Details of "Recipient Policies" and of one recipient policy (its address spaces).
class PolicyDetails final
{
    Q_DECLARE_TR_FUNCTIONS(PolicyDetails)

public:
    enum PolicyColumn
    {
        PolicyName,
        PolicyPriority,
        PolicyFilter,
        PolicyAddresses,
        PolicyResponsible,
        PolicyColumnCount
    };
    enum AddressColumn
    {
        AddressType,
        AddressValue,
        AddressAuthoritative,
        AddressPrimary,
        AddressColumnCount
    };

    static DetailsTable policies(const Config &config);
    static DetailsTable addressSpaces(const RecipientPolicy &policy);

private:
    static QString responsibleText(const RecipientPolicy &policy);
};

} // namespace RelayDesk

#pragma once

#include "config.h"
#include "detailstable.h"

#include <QCoreApplication>

namespace RelayDesk {

// Details of "Recipients" and "SMTP Users". Password hashes are never shown: only whether
// a password is set.
class DirectoryDetails final
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryDetails)

public:
    enum RecipientColumn
    {
        RecipientAddress,
        RecipientDisplayName,
        RecipientForwardTo,
        RecipientColumnCount
    };
    enum UserColumn
    {
        UserName,
        UserEnabled,
        UserPasswordSet,
        UserColumnCount
    };

    static DetailsTable recipients(const Config &config);
    static DetailsTable smtpUsers(const Config &config);
};

} // namespace RelayDesk

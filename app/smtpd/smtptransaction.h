#pragma once

#include "relaypolicy.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace RelayDesk {

// One mail transaction, from an accepted MAIL to the end of DATA or RSET. It keeps the policy
// it began with, so a reload never changes a transaction in flight.
struct SmtpTransaction
{
    std::shared_ptr<const RelayPolicy> policy;
    QString sender;
    QStringList localRecipients;
    QStringList relayRecipients;
    bool eightBit = false;

    int recipientCount() const { return int(localRecipients.size() + relayRecipients.size()); }
};

} // namespace RelayDesk

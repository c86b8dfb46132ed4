#pragma once

#include "config.h"
#include "detailstable.h"

#include <QCoreApplication>

namespace RelayDesk {

// The settings of one SMTP virtual server as a Property / Value list, grouped like its
// property sheet: General, Access, Messages, Delivery. Access-list entries are rows of their own.
class VirtualServerDetails final
{
    Q_DECLARE_TR_FUNCTIONS(VirtualServerDetails)

public:
    enum Column
    {
        Property,
        Value,
        ColumnCount
    };

    // outboundPasswordSet: whether OutboundSecrets holds the server's smart host password (it is
    // not in the configuration).
    static DetailsTable properties(const VirtualServer &server, const QString &hostName,
                                   bool outboundPasswordSet = false);
    // An access-list entry as written: "10.30.0.0 (255.255.255.0) 'web farm'", "2001:db8::/64",
    // "apps.corp.example", "10.20.0.99 (expires 2027-01-31 00:00 UTC)".
    static QString entryText(const AccessEntry &entry);

private:
    static void addGeneral(DetailsTable *table, const VirtualServer &server, const QString &hostName);
    static void addAccess(DetailsTable *table, const VirtualServer &server);
    static void addAccessEntries(DetailsTable *table, const QString &property,
                                 const QList<AccessEntry> &entries);
    static void addMessages(DetailsTable *table, const MessageLimits &messages);
    static void addDelivery(DetailsTable *table, const DeliverySettings &delivery, bool outboundPasswordSet);

    static QString yesNo(bool value);
    static QString limit(int value, const QString &unit);
    static QString orNone(const QString &value);
    static QString minutes(int value);
    static QString listModeText(ListMode mode, bool relay);
};

} // namespace RelayDesk

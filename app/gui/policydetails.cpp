#include "policydetails.h"

namespace RelayDesk {

DetailsTable PolicyDetails::policies(const Config &config)
{
    DetailsTable table;
    table.title = tr("Recipient Policies");
    table.headers = {tr("Policy"),  tr("Priority"),      tr("Filter"), tr("Type"),
                     tr("Address"), tr("Authoritative"), tr("Primary")};
    const QString responsibleTip =
        tr("This organization is responsible for all mail delivery to this address");
    table.headerToolTips = {{},
                            tr("0 is the highest priority"),
                            {},
                            {},
                            {},
                            responsibleTip,
                            tr("The address new recipients get")};
    const QString notResponsibleTip =
        tr("Not authoritative: any local part is accepted and forwarded to the virtual server's "
           "forward-unresolved host or smart host");

    for (const RecipientPolicy &policy : config.recipientPolicies) {
        QStringList cells(ColumnCount);
        cells[Policy] = policy.name;
        cells[Priority] = policy.priority == 0 ? tr("0 (highest)") : QString::number(policy.priority);
        cells[Filter] = policy.filter.isEmpty() ? tr("(all recipients)") : policy.filter;
        // Sorting on Priority sorts by the number, not by "0 (highest)".
        QVariantList sortKeys(ColumnCount);
        sortKeys[Priority] = policy.priority;
        if (policy.addressSpaces.isEmpty()) {
            cells[Address] = tr("(no e-mail addresses)");
            table.addRow(cells, QStringLiteral("policy"), {}, sortKeys, policy.name);
            continue;
        }
        for (const AddressSpace &space : policy.addressSpaces) {
            cells[Type] = space.type;
            cells[Address] = space.address;
            cells[Authoritative] = space.responsible ? tr("Yes") : tr("No");
            cells[Primary] = space.primary ? tr("Yes") : QString();
            table.addRow(cells, QStringLiteral("policy"),
                         space.responsible ? responsibleTip : notResponsibleTip, sortKeys, policy.name);
        }
    }
    if (table.rows.isEmpty())
        table.addPlaceholder(tr("There are no recipient policies: no domain is delivered locally."));
    return table;
}

} // namespace RelayDesk

#include "policydetails.h"

#include <algorithm>

namespace RelayDesk {

DetailsTable PolicyDetails::policies(const Config &config)
{
    DetailsTable table;
    table.title = tr("Recipient Policies");
    table.headers = {tr("Name"), tr("Priority"), tr("Filter"), tr("E-Mail Addresses"), tr("Responsible")};
    table.headerToolTips = {{},
                            tr("0 is the highest priority"),
                            {},
                            {},
                            tr("This organization is responsible for all mail delivery to these addresses")};
    for (const RecipientPolicy &policy : config.recipientPolicies) {
        QStringList addresses;
        for (const AddressSpace &space : policy.addressSpaces)
            addresses.append(space.primary ? tr("%1 (primary)").arg(space.address) : space.address);
        QStringList cells(PolicyColumnCount);
        cells[PolicyName] = policy.name;
        cells[PolicyPriority] = policy.priority == 0 ? tr("Highest") : QString::number(policy.priority);
        cells[PolicyFilter] = policy.filter.isEmpty() ? tr("(all recipients)") : policy.filter;
        cells[PolicyAddresses] = addresses.join(QStringLiteral(", "));
        cells[PolicyResponsible] = responsibleText(policy);
        table.addRow(cells, QStringLiteral("policy"));
    }
    if (table.rows.isEmpty())
        table.addPlaceholder(tr("There are no recipient policies: no domain is delivered locally."));
    return table;
}

QString PolicyDetails::responsibleText(const RecipientPolicy &policy)
{
    const auto total = policy.addressSpaces.size();
    const auto responsible = std::count_if(policy.addressSpaces.cbegin(), policy.addressSpaces.cend(),
                                           [](const AddressSpace &space) { return space.responsible; });
    if (total > 0 && responsible == total)
        return tr("Yes");
    if (responsible == 0)
        return tr("No");
    return tr("Partly (%1 of %2)").arg(responsible).arg(total);
}

DetailsTable PolicyDetails::addressSpaces(const RecipientPolicy &policy)
{
    DetailsTable table;
    table.title = tr("Recipient Policy: %1").arg(policy.name);
    table.headers = {tr("Type"), tr("Address"), tr("Authoritative"), tr("Primary")};
    const QString responsibleTip =
        tr("This organization is responsible for all mail delivery to this address");
    table.headerToolTips = {{}, {}, responsibleTip, tr("The address new recipients get")};
    for (const AddressSpace &space : policy.addressSpaces) {
        QStringList cells(AddressColumnCount);
        cells[AddressType] = space.type;
        cells[AddressValue] = space.address;
        cells[AddressAuthoritative] = space.responsible ? tr("Yes") : tr("No");
        cells[AddressPrimary] = space.primary ? tr("Yes") : QString();
        const QString tip = space.responsible
            ? responsibleTip
            : tr("Not authoritative: any local part is accepted and forwarded to the virtual server's "
                 "forward-unresolved host or smart host");
        table.addRow(cells, QStringLiteral("address"), tip);
    }
    if (table.rows.isEmpty())
        table.addPlaceholder(tr("This policy has no e-mail addresses."));
    return table;
}

} // namespace RelayDesk

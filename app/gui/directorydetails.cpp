#include "directorydetails.h"

namespace RelayDesk {

DetailsTable DirectoryDetails::recipients(const Config &config)
{
    DetailsTable table;
    table.title = tr("Recipients");
    table.headers = {tr("E-Mail Address"), tr("Display Name"), tr("Forward To")};
    for (const Recipient &recipient : config.recipients) {
        QStringList cells(RecipientColumnCount);
        cells[RecipientAddress] = recipient.address;
        cells[RecipientDisplayName] = recipient.displayName;
        cells[RecipientForwardTo] = recipient.forwardTo;
        table.addRow(cells, QStringLiteral("recipient"), {}, {}, recipient.address);
    }
    if (table.rows.isEmpty())
        table.addPlaceholder(tr("There are no recipients."));
    return table;
}

DetailsTable DirectoryDetails::smtpUsers(const Config &config)
{
    DetailsTable table;
    table.title = tr("SMTP Users");
    table.headers = {tr("Name"), tr("Enabled"), tr("Password Set")};
    table.headerToolTips = {
        tr("Accounts that may authenticate, and relay where the virtual server allows it"),
        {},
        tr("Only a salted hash of the password is stored")};
    for (const SmtpUser &user : config.smtpUsers) {
        QStringList cells(UserColumnCount);
        cells[UserName] = user.name;
        cells[UserEnabled] = user.enabled ? tr("Yes") : tr("No");
        cells[UserPasswordSet] = user.passwordHash.isEmpty() ? tr("No") : tr("Yes");
        table.addRow(cells, user.enabled ? QStringLiteral("user") : QStringLiteral("user-disabled"), {}, {},
                     user.name);
    }
    if (table.rows.isEmpty())
        table.addPlaceholder(tr("There are no SMTP users."));
    return table;
}

} // namespace RelayDesk

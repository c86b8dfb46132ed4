#pragma once

#include "config.h"

// The small world the session tests and the session fuzzer share: @corp.example is
// authoritative with the one recipient alice@corp.example, and one SMTP user exists.
namespace RelayDesk::TestSupport {

inline void addCorpDomain(Config &config, const QString &userName, const QString &passwordHash)
{
    RecipientPolicy policy;
    policy.name = QStringLiteral("Default Policy");
    AddressSpace space;
    space.address = QStringLiteral("@corp.example");
    space.primary = true;
    policy.addressSpaces = {space};
    config.recipientPolicies = {policy};
    Recipient alice;
    alice.address = QStringLiteral("alice@corp.example");
    config.recipients = {alice};
    SmtpUser user;
    user.name = userName;
    user.passwordHash = passwordHash;
    config.smtpUsers = {user};
}

} // namespace RelayDesk::TestSupport

#pragma once

#include "config.h"

// The small world the session tests and the session fuzzer share: @corp.example is
// authoritative with the one recipient alice@corp.example, and one SMTP user exists.
namespace RelayDesk::TestSupport {

// Replaces the recipient policies with one that makes `domain` authoritative, with `recipient`
// its one mailbox.
inline void addAuthoritativeDomain(Config &config, const QString &policyName, const QString &domain,
                                   const QString &recipient)
{
    RecipientPolicy policy;
    policy.name = policyName;
    AddressSpace space;
    space.address = QLatin1Char('@') + domain;
    space.primary = true;
    policy.addressSpaces = {space};
    config.recipientPolicies = {policy};
    Recipient mailbox;
    mailbox.address = recipient;
    config.recipients = {mailbox};
}

inline void addCorpDomain(Config &config, const QString &userName, const QString &passwordHash)
{
    addAuthoritativeDomain(config, QStringLiteral("Default Policy"), QStringLiteral("corp.example"),
                           QStringLiteral("alice@corp.example"));
    SmtpUser user;
    user.name = userName;
    user.passwordHash = passwordHash;
    config.smtpUsers = {user};
}

} // namespace RelayDesk::TestSupport

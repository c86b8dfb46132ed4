#pragma once

#include "config.h"
#include "problem.h"

#include <QDateTime>

namespace RelayDesk {
namespace Validation {

// Every error of the configuration, each with its field path. Empty: the configuration is valid.
QList<Problem> validate(const Config &config);

// Warnings for dangerous settings: open relay, groups wider than /8 (IPv4) or /32 (IPv6),
// AUTH offered without TLS, an authoritative domain with no recipients, ...
QList<Problem> lint(const Config &config);

// True when the virtual server relays for clients that are not on any list and did not
// authenticate (allExceptList relay mode, or a relay group wider than /8 or /32).
bool isOpenRelay(const VirtualServer &server, QString *why = nullptr);

// A DNS host or domain name (letters, digits and inner hyphens; 63 octets a label, 255 in all).
bool isDomainName(const QString &name);

// pbkdf2-sha256$<iterations >= 120000>$<salt base64>$<64 lower-case hex digits>
bool isValidPasswordHash(const QString &hash, QString *why = nullptr);

} // namespace Validation
} // namespace RelayDesk

#pragma once

#include "config.h"

#include <QStringList>

namespace RelayDesk {
namespace ConfigDiff {

// The change from `before` to `after` in words an administrator reads, one line per change:
//   Relay Restrictions of Default SMTP Virtual Server: added 10.30.0.0/24 'web farm'
//   Messages of Default SMTP Virtual Server: maxRecipientsPerMessage 200 → 100
//   SMTP Users: removed crm-app
// Empty when the two are equal.
QStringList describe(const Config &before, const Config &after);

} // namespace ConfigDiff
} // namespace RelayDesk

#pragma once

#include "config.h"
#include "problem.h"

#include <QString>

namespace RelayDesk {

// The smart host passwords of Delivery ▸ Outbound Security (basic authentication). They are
// the one secret the delivery agent must send as it is, so they are kept outside the
// configuration: in DIR/secrets/outbound.json, {"<virtual server name>": "<password>"}, a file
// readable by its owner only (0600) in a directory only its owner may enter (0700), replaced
// atomically. The database, its history, exports and the listener's snapshot never carry them;
// the delivery agent reads this file when it sends. Not versioned: rollback and import leave it
// alone (docs/security.md).
namespace OutboundSecrets {

// DIR/secrets/outbound.json
QString filePath(const QString &dataDir);

// The password of virtual server `vsName`; empty when none is set or the file cannot be read.
QString read(const QString &dataDir, const QString &vsName);
bool isSet(const QString &dataDir, const QString &vsName);
// Sets (replaces) the password; false with a sentence in *error. The password is not checked
// here: see problem().
bool set(const QString &dataDir, const QString &vsName, const QString &password, QString *error);
// Forgets the password; true when there was none.
bool remove(const QString &dataDir, const QString &vsName, QString *error);
// Moves the password of a renamed virtual server to its new name (nothing when it had none).
bool rename(const QString &dataDir, const QString &oldName, const QString &newName, QString *error);

// Why `password` cannot be sent in AUTH PLAIN or LOGIN (empty, control characters, longer than
// 256 characters), or an empty string when it can. Never quotes the password.
QString problem(const QString &password);

// Warnings for the virtual servers of `config` that use basic authentication to the smart host
// while no password is set for them. Only warnings: a configuration is imported without its
// secrets, which are set afterwards.
QList<Problem> lint(const Config &config, const QString &dataDir);

} // namespace OutboundSecrets
} // namespace RelayDesk

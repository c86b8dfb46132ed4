#pragma once

#include <QByteArray>
#include <QString>

namespace RelayDesk {

// Writes `bytes` to `path` atomically (a temporary file in the same directory, then a rename) and
// readable by its owner only (0600): exports hold password hashes, snapshots what the listener
// enforces. False with a sentence naming the file in *error.
bool writePrivateFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace RelayDesk

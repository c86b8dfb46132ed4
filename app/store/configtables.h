#pragma once

#include "config.h"

#include <QSqlDatabase>
#include <QString>

// The live configuration in the normalised tables of the schema. Both functions run inside
// a transaction that the caller holds.
namespace RelayDesk {
namespace ConfigTables {

// Reads the whole configuration; list order comes from the position columns.
bool read(const QSqlDatabase &db, Config *config, QString *error);

// Replaces the whole configuration: deletes every row, then inserts `config`.
bool write(const QSqlDatabase &db, const Config &config, QString *error);

} // namespace ConfigTables
} // namespace RelayDesk

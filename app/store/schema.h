#pragma once

#include <QSqlDatabase>
#include <QString>

// The schema of the configuration database and its migrations. Version N of the schema
// is reached from version N-1 by step N, each step in its own write transaction.
namespace RelayDesk {
namespace Schema {

// The version this build creates and understands.
int latestVersion();

// The schema version of the database (0: a new, empty database). False on SQL error or
// when the file is an SQLite database of some other program.
bool version(const QSqlDatabase &db, int *version, QString *error);

// Brings the schema to latestVersion() one step at a time. Refuses (false, with a
// message) a database made by a newer RelayDesk.
bool migrate(const QSqlDatabase &db, QString *error);
// The same, stopping at `version` (1 to latestVersion()): tests build databases of older versions.
bool migrateTo(const QSqlDatabase &db, int version, QString *error);

} // namespace Schema
} // namespace RelayDesk

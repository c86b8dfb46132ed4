#pragma once

#include <QCoreApplication>
#include <QString>

namespace RelayDesk {

// Where every program keeps the database, settings, spool and logs (DESIGN.md, "Data directory").
class DataDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(DataDirectory)

public:
    // The option's value when given, else RELAYDESK_DATA_DIR, else QStandardPaths::AppDataLocation.
    static QString resolve(const QString &option);

    // Creates the directory (0700, parents as needed) when it does not exist yet.
    static bool ensure(const QString &path, QString *error);

    static QString databasePath(const QString &dataDir); // DIR/relaydesk.sqlite
};

} // namespace RelayDesk

#pragma once

#include "config.h"
#include "configstore.h"

#include <QList>
#include <QString>

namespace RelayDesk {

// Everything the console shows, read from the store in one go (File > Refresh reads it again).
struct ConsoleSnapshot
{
    QString dataDir;
    QString databasePath;
    QString hostName;
    Config config;
    int revision = -1;
    QList<HistoryEntry> history; // newest first, at most HistoryLimit entries
    bool historyComplete = true; // false when older entries were left out

    static constexpr int HistoryLimit = 1000;

    // Reads the configuration, its revision and the history. On failure returns false with
    // *error set, and leaves *snapshot unchanged.
    static bool load(const ConfigStore &store, ConsoleSnapshot *snapshot, QString *error);
};

} // namespace RelayDesk

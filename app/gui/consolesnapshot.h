#pragma once

#include "config.h"
#include "configstore.h"

#include <QJsonArray>
#include <QJsonObject>
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

    // What the listener reports, filled in by the window from sync and the control socket (not by
    // load()). Empty while not known.
    struct Listener
    {
        bool checked = false; // sync has looked at least once
        QString syncState; // "In sync", "Stale", … (translated)
        QString syncReason;
        QJsonObject status; // the listener's "status" answer; empty when none runs
        bool activityKnown = false; // sessions and queue were asked for
        QString activityError; // why they could not be asked for
        QJsonArray sessions;
        QJsonArray queue; // the "queue" answer's messages, one entry per message and destination
        QJsonArray queues; // its queues by virtual server and destination
    } listener;

    static constexpr int HistoryLimit = 1000;

    // Reads the configuration, its revision and the history. On failure returns false with
    // *error set, and leaves *snapshot unchanged.
    static bool load(const ConfigStore &store, ConsoleSnapshot *snapshot, QString *error);
};

} // namespace RelayDesk

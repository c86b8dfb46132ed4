#include "consolesnapshot.h"

namespace RelayDesk {

bool ConsoleSnapshot::load(const ConfigStore &store, ConsoleSnapshot *snapshot, QString *error)
{
    Config config;
    int revision = -1;
    if (!store.load(&config, &revision, error))
        return false;
    // One more than the limit tells whether older entries were left out.
    QString historyError;
    QList<HistoryEntry> history = store.history(HistoryLimit + 1, &historyError);
    if (!historyError.isEmpty()) {
        if (error)
            *error = historyError;
        return false;
    }
    const bool complete = history.size() <= HistoryLimit;
    if (!complete)
        history.resize(HistoryLimit);

    snapshot->config = config;
    snapshot->revision = revision;
    snapshot->history = history;
    snapshot->historyComplete = complete;
    return true;
}

} // namespace RelayDesk

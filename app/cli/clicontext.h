#pragma once

#include "configstore.h"
#include "syncservice.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>

namespace RelayDesk {

// Exit codes of relaydeskctl (DESIGN.md, CLI contract).
enum ExitCode
{
    ExitOk = 0, // success
    ExitNegative = 1, // the operation ran and its answer is negative
    ExitUsage = 2, // bad usage or invalid input
    ExitEnvironment = 3 // cannot open the database, cannot reach the listener
};

// What every command shares: the global options, the output streams and the store.
class CliContext final
{
public:
    CliContext(QTextStream &out, QTextStream &err, QTextStream &in);

    // Adds --data-dir, --json and --no-sync to a command's parser.
    static void addGlobalOptions(QCommandLineParser &parser);
    // Reads the global options after parser.process/parse.
    void readGlobalOptions(const QCommandLineParser &parser);

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    bool json() const { return m_json; }
    bool noSync() const { return m_noSync; }

    // Opens (and with `create`, creates) the database; on failure prints why and returns null.
    ConfigStore *store(bool create = true);
    // Loads the current configuration of an existing database: ExitOk, or the exit code after
    // printing why not.
    int loadConfig(Config *config, int *revision);
    // Sync for this data directory, on the opened store; null (after printing why) without one.
    SyncService *sync();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QTextStream &in() { return m_in; }

    int usageError(const QString &message); // prints "relaydeskctl: <message>", returns ExitUsage
    int environmentError(const QString &message); // returns ExitEnvironment

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    QString m_dataDir;
    bool m_json = false;
    bool m_noSync = false;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<SyncService> m_sync;
};

} // namespace RelayDesk

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace RelayDesk {

// The files of one data directory that sync reads and writes (DESIGN.md, Data directory).
struct ListenerPaths
{
    explicit ListenerPaths(const QString &dataDirectory);

    QString dataDirectory;
    QString database; // relaydesk.sqlite
    QString directory; // listener/
    QString snapshot; // listener/config.json: what the listener loads
    QString control; // listener/control.sock
    QString record; // listener/sync.json: what sync last pushed, and the last failure
    QString lock; // listener/sync.lock: one push at a time, across processes
    QString log; // logs/listener.log: standard error of a listener that sync started detached
};

// What sync last did, kept in listener/sync.json so that every program (a second console, the
// CLI) sees it: the last revision it pushed successfully, and the last failure if one came after.
struct SyncRecord
{
    int pushedRevision = -1;
    QString pushedSha256;
    QDateTime pushedAt; // UTC
    int failedRevision = -1; // -1: the last action succeeded
    QString failure; // the listener's own error (or why it could not start)
    QDateTime failedAt;

    static SyncRecord read(const QString &path);
    bool write(const QString &path, QString *error) const;
};

// Everything sync compares: the database, the listener's copy on disk, the running process and
// the record of the last push. Gathered by SyncService::facts(), judged by SyncStatus::evaluate().
struct SyncFacts
{
    QString databaseError; // non-empty: the database could not be read
    int databaseRevision = -1;
    QString databaseSha256; // of the snapshot the database renders for its current revision

    bool snapshotExists = false;
    QString snapshotError; // the file exists but is unreadable or not a snapshot
    int snapshotRevision = -1;
    QString snapshotSha256;
    bool snapshotMatchesDatabase = false; // the file is exactly what the database renders for its revision

    bool listenerRunning = false;
    QString listenerError; // why no listener answered (transport)
    QJsonObject listenerStatus; // the listener's answer to "status"

    SyncRecord record;
    QStringList openRelayWarnings; // the current configuration makes an open relay
};

// The one answer to "does the listener enforce what the database says?" (DESIGN.md, Sync).
struct SyncStatus
{
    enum class State
    {
        Unknown, // not checked yet
        InSync, // the listener enforces the database's current revision, from an untouched snapshot
        Pending, // the database is newer than the listener, and nothing was pushed since
        Stale, // the listener enforces something else: see reason
        Stopped, // no listener answers on the control socket
        Failed, // the listener refused the snapshot or could not start: error holds its own words
    };
    enum class Fix
    {
        None,
        SyncNow, // push the current revision
        Start, // start the listener
        Restart, // restart the listener
        Rebuild, // delete the listener's copy, render it again from the database, restart
    };

    State state = State::Unknown;
    Fix fix = Fix::None;
    QString reason; // one or two sentences for the administrator
    QString error; // Failed: the listener's own message
    int databaseRevision = -1;
    int listenerRevision = -1; // -1: no listener
    qint64 listenerPid = 0;
    QStringList openRelayWarnings;
    QJsonObject listenerStatus;

    bool inSync() const { return state == State::InSync; }

    static SyncStatus evaluate(const SyncFacts &facts);

    static QString stateName(State state); // "in sync", "pending", … (untranslated, for JSON)
    static QString stateText(State state); // translated, for people
    static QString fixName(Fix fix); // "sync", "start", … (for JSON)
    static QString fixText(Fix fix); // translated button text: "Sync now", "Rebuild and restart", …
    QJsonObject toJson() const;
};

} // namespace RelayDesk

Q_DECLARE_METATYPE(RelayDesk::SyncStatus)

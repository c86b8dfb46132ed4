#pragma once

#include "config.h"
#include "syncstatus.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace RelayDesk {

class ConfigStore;
class ListenerLauncher;

// Sync (DESIGN.md, "Sync: from a click to the wire"): renders the snapshot of the database's
// current revision, writes listener/config.json atomically and owner-only, asks the listener to
// load it over its control socket, and compares what the listener reports with the database.
//
// Blocking: every call returns when its work is done or its bound ran out. The CLI calls it
// directly; the console runs it on a worker thread (SyncMonitor). One push at a time per data
// directory, across processes (listener/sync.lock): the push renders the newest revision while it
// holds the lock, so concurrent programs end with the newest revision enforced.
class SyncService final
{
public:
    // store: opened on the calling thread; not owned.
    SyncService(ConfigStore *store, const QString &dataDirectory);
    ~SyncService();
    SyncService(const SyncService &) = delete;
    SyncService &operator=(const SyncService &) = delete;

    const ListenerPaths &paths() const { return m_paths; }

    // The listener program: RELAYDESK_SMTPD, else relaydesk-smtpd beside this program (or in the
    // build tree's app/smtpd), else on PATH.
    static QString listenerProgram();

    // How the listener is started: detached (the default; it outlives the program that started
    // it) or a supervised child (the console's ChildLauncher). Not owned.
    void setLauncher(ListenerLauncher *launcher);

    // How a revision becomes snapshot bytes; the default is ConfigJson::writeSnapshot. Tests
    // replace it to produce a snapshot the listener refuses.
    using Renderer = std::function<QByteArray(const Config &config, int revision)>;
    void setRenderer(Renderer renderer);

    struct Timeouts
    {
        int statusMs = 5000;
        int reloadMs = 60000; // a reload of 100,000 entries takes about a second
        int startMs = 15000;
        int stopMs = 60000; // a graceful stop waits for messages being written
    };
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }

    SyncFacts facts();
    SyncStatus check() { return SyncStatus::evaluate(facts()); }

    // The listener's answer to a control request, or an empty object with *error set.
    QJsonObject request(const QJsonObject &request, int timeoutMs, QString *error) const;

    struct Result
    {
        bool ok = false; // the action did what it was asked
        QString message; // what happened, for the administrator
        SyncStatus status; // the state afterwards
    };

    // Renders the current revision into listener/config.json and, when a listener runs, makes it
    // load it and verifies revision and SHA-256. A refused snapshot is taken back (the file holds
    // the last good one again) and the failure recorded. No listener: the file is written, ok is
    // false and the status says stopped.
    Result push();
    // Renders the current revision and starts the listener on it; waits until it answers.
    Result start();
    // Asks the listener to stop gracefully and waits until it is gone.
    Result stop();
    // Stops and starts again on the current revision. A listener run by systemd is asked to exit
    // for a restart, and systemd starts it again.
    Result restart();
    // The repair of the seed documents as one action: stop, delete the listener's copy, render it
    // from the database, start, verify.
    Result rebuild();

private:
    bool render(int *revision, QByteArray *bytes, QString *error);
    QString shaForRevision(int revision, QString *error);
    bool writeSnapshot(const QByteArray &bytes, QString *error);
    Result finish(bool ok, const QString &message);
    Result startLocked(int revision, const QByteArray &bytes);
    Result stopLocked();
    void recordFailure(int revision, const QString &error);
    void recordPushed(int revision, const QString &sha256);

    class Lock;

    ConfigStore *m_store;
    ListenerPaths m_paths;
    ListenerLauncher *m_launcher = nullptr;
    std::unique_ptr<ListenerLauncher> m_detachedLauncher;
    Renderer m_renderer;
    Timeouts m_timeouts;
    QHash<int, QString> m_renderedSha; // revision → SHA-256 of its rendering (revisions never change)
    struct Current
    {
        int revision = -1;
        QString sha256;
        QStringList openRelayWarnings;
    } m_current; // the facts of the database's current revision, as last read
};

// Starts the listener process. The default launcher starts it detached with its standard error
// appended to logs/listener.log.
class ListenerLauncher
{
public:
    virtual ~ListenerLauncher();
    // Starts program with arguments; false with a sentence when it cannot even be started.
    virtual bool launch(const QString &program, const QStringList &arguments, QString *error) = 0;
    // Whether the process launched last still runs; waits up to waitMs for it to end.
    virtual bool isRunning(int waitMs) = 0;
    // What the process launched last wrote to standard error (its own explanation when it failed).
    virtual QString output() = 0;
};

} // namespace RelayDesk

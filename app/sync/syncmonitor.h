#pragma once

#include "syncstatus.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace RelayDesk {

class SyncWorker;

// Sync for the console (DESIGN.md, "GUI: the console"): watches the database and the listener on
// a worker thread and keeps the sync state current, without ever blocking the caller's thread.
//
// The worker opens its own ConfigStore on the database of the data directory and runs a
// SyncService there. It looks at the database revision every revisionPollMs (cheap) and at the
// listener every statusPollMs; when the revision moves (a commit by this console, the CLI or a
// second console) and automatic sync is on and a listener runs, it pushes. A listener the monitor
// started is its child process: supervised (restarted with growing delays when it crashes) and
// stopped when the monitor is destroyed. A listener that someone else started (relaydeskctl,
// systemd) is used as it is and left running.
//
// Actions run one at a time, in the order asked; each is announced with actionStarted() and
// answered with actionFinished().
class SyncMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncMonitor)

public:
    struct Options
    {
        bool autoSync = true; // push every revision the database moves to
        bool startListener = false; // on start: start a child listener when none answers
        int revisionPollMs = 250;
        int statusPollMs = 2000;
        int minRestartDelayMs = 1000; // supervision: the first restart after a crash
        int maxRestartDelayMs = 60000; // the delay doubles up to this; a child that ran this long starts over
        int shutdownWaitMs = 20000; // the destructor waits this long for the worker
    };

    // Action names, as in actionStarted()/actionFinished() and SyncStatus::fixName().
    static const QString SyncAction; // "sync"
    static const QString StartAction; // "start"
    static const QString StopAction; // "stop"
    static const QString RestartAction; // "restart"
    static const QString RebuildAction; // "rebuild"

    SyncMonitor(const QString &dataDirectory, const Options &options, QObject *parent = nullptr);
    // Stops the listener this monitor started (gracefully, then SIGKILL) and the worker thread,
    // waiting at most Options::shutdownWaitMs.
    ~SyncMonitor() override;

    // Starts the worker: the first check, the listener start if asked, then the watching.
    void start();

    SyncStatus status() const { return m_status; } // the last state reported
    bool isBusy() const { return !m_runningAction.isEmpty(); }
    QString runningAction() const { return m_runningAction; }
    bool autoSync() const { return m_autoSync; }
    QString dataDirectory() const { return m_dataDirectory; }
    // The pid of the listener this monitor started while it runs, else 0.
    qint64 childPid() const;

    // Queued to the worker; each reports with actionStarted()/actionFinished().
    void syncNow();
    void startListener();
    void stopListener();
    void restartListener();
    void rebuildListener();
    void runAction(const QString &action); // one of the action names
    void runFix(SyncStatus::Fix fix); // the action that fixes a state (SyncStatus::fix)

    void setAutoSync(bool on); // turned on while changes are pending: pushes them
    void refresh(); // checks at once instead of at the next poll

    // The translated text for an action while it runs ("Syncing…").
    static QString runningText(const QString &action);

signals:
    void statusChanged(const RelayDesk::SyncStatus &status); // only when the state or its reason changes
    void databaseRevisionChanged(int revision); // the database moved (any program)
    void actionStarted(const QString &action);
    void actionFinished(const QString &action, bool ok, const QString &message);
    // A listener this monitor started ended by itself (crash, or another program stopped it);
    // the message says so and whether it is restarted.
    void listenerExited(const QString &message);

private:
    void onStatus(const RelayDesk::SyncStatus &status);
    void onActionStarted(const QString &action);
    void onActionFinished(const QString &action, bool ok, const QString &message);

    QString m_dataDirectory;
    Options m_options;
    std::unique_ptr<QThread> m_thread;
    SyncWorker *m_worker; // lives on m_thread; deleted after it ended
    SyncStatus m_status;
    QString m_runningAction;
    bool m_autoSync;
};

} // namespace RelayDesk

#pragma once

#include "childlauncher.h"
#include "syncmonitor.h"
#include "syncservice.h"
#include "syncstatus.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QTimer;

namespace RelayDesk {

class ConfigStore;

// SyncMonitor's half on the worker thread: owns the ConfigStore, the SyncService and the child
// launcher, and does every blocking call. Created on the console's thread, moved to the worker
// thread before init(); everything it owns is created in init() and freed in shutdown(), on the
// worker thread.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    SyncWorker(const QString &dataDirectory, const SyncMonitor::Options &options);
    ~SyncWorker() override;

    void init();
    void run(const QString &action);
    void setAutoSync(bool on);
    void refresh();
    // Stops the child listener, frees everything and quits the worker thread.
    void shutdown();

    // Any thread: from now on queued actions are skipped.
    void requestStop() { m_stopping.store(true); }
    qint64 childPid() const { return m_childPid.load(); }

signals:
    void statusChanged(const RelayDesk::SyncStatus &status);
    void databaseRevisionChanged(int revision);
    void actionStarted(const QString &action);
    void actionFinished(const QString &action, bool ok, const QString &message);
    void listenerExited(const QString &message);

private:
    SyncService::Result execute(const QString &action);
    SyncService::Result perform(const QString &action);
    QString scheduleRestart(); // the sentence that says when
    void cancelRestart();
    void pollRevision();
    void pollListener();
    void check();
    void publish(const SyncStatus &status);
    void watchChild(const SyncStatus &status);
    void childExited(const ChildLauncher::Exit &exit);
    void restartChild();
    QString listenerFingerprint();
    bool stopping() const { return m_stopping.load(); }

    QString m_dataDirectory;
    SyncMonitor::Options m_options;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<SyncService> m_service;
    ChildLauncher *m_launcher = nullptr;
    QTimer *m_revisionTimer = nullptr;
    QTimer *m_statusTimer = nullptr;
    QTimer *m_restartTimer = nullptr;
    QString m_openError; // the database could not be opened
    SyncStatus m_last;
    bool m_published = false;
    int m_revision = -1; // the database revision last seen
    QString m_fingerprint; // of what the last full check saw (listener, files, database)
    int m_pollsSinceCheck = 0;
    qint64 m_supervisedPid = 0; // our child, once it answered: restarted when it crashes
    int m_restartDelayMs = 0;
    bool m_restarting = false; // a supervised restart is scheduled or failed and will be retried
    std::atomic<bool> m_stopping{false};
    std::atomic<qint64> m_childPid{0};
};

} // namespace RelayDesk

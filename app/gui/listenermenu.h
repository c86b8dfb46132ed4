#pragma once

#include <QMenu>

class QSettings;

namespace RelayDesk {

class SyncMonitor;

// The Listener menu: the sync actions of the status-bar indicator, available at any time (Sync
// Now, Start, Stop, Restart, Rebuild and Restart), and the two settings of the console's sync:
// "sync/automatic" and "listener/startWithConsole". Actions that make no sense in the current
// state, or while another action runs, are disabled.
class ListenerMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenerMenu)

public:
    static const QString AutoSyncKey; // "sync/automatic", default true
    static const QString StartWithConsoleKey; // "listener/startWithConsole", default true

    // settings: not owned, must outlive the menu.
    ListenerMenu(SyncMonitor *monitor, QSettings *settings, QWidget *parent = nullptr);
    ~ListenerMenu() override;

private:
    QAction *addMonitorAction(const QString &objectName, const QString &text, const QString &action);
    void updateActions();

    SyncMonitor *m_monitor;
    QSettings *m_settings;
    QAction *m_syncAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_rebuildAction = nullptr;
};

} // namespace RelayDesk

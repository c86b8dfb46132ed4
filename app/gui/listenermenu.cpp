#include "listenermenu.h"

#include "syncmonitor.h"

#include <QSettings>

namespace RelayDesk {

const QString ListenerMenu::AutoSyncKey = QStringLiteral("sync/automatic");
const QString ListenerMenu::StartWithConsoleKey = QStringLiteral("listener/startWithConsole");

ListenerMenu::ListenerMenu(SyncMonitor *monitor, QSettings *settings, QWidget *parent)
    : QMenu(tr("&Listener"), parent)
    , m_monitor(monitor)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("listenerMenu"));
    m_syncAction =
        addMonitorAction(QStringLiteral("syncNowAction"), tr("&Sync Now"), SyncMonitor::SyncAction);
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncAction->setStatusTip(tr("Push the current revision to the listener and verify what it enforces"));
    addSeparator();
    m_startAction =
        addMonitorAction(QStringLiteral("startListenerAction"), tr("S&tart"), SyncMonitor::StartAction);
    m_stopAction =
        addMonitorAction(QStringLiteral("stopListenerAction"), tr("St&op"), SyncMonitor::StopAction);
    m_restartAction =
        addMonitorAction(QStringLiteral("restartListenerAction"), tr("&Restart"), SyncMonitor::RestartAction);
    m_rebuildAction = addMonitorAction(QStringLiteral("rebuildListenerAction"), tr("Re&build and Restart"),
                                       SyncMonitor::RebuildAction);
    m_rebuildAction->setStatusTip(
        tr("Delete the listener's copy of the configuration, render it again from the database and restart"));
    addSeparator();

    QAction *autoSync = addAction(tr("&Automatic Sync"));
    autoSync->setObjectName(QStringLiteral("autoSyncAction"));
    autoSync->setCheckable(true);
    autoSync->setChecked(monitor->autoSync());
    autoSync->setStatusTip(tr("Push every committed change to the listener, whichever program made it"));
    connect(autoSync, &QAction::toggled, this, [this](bool on) {
        m_settings->setValue(AutoSyncKey, on);
        m_monitor->setAutoSync(on);
    });

    QAction *startWithConsole = addAction(tr("Start Listener with the &Console"));
    startWithConsole->setObjectName(QStringLiteral("startWithConsoleAction"));
    startWithConsole->setCheckable(true);
    startWithConsole->setChecked(m_settings->value(StartWithConsoleKey, true).toBool());
    startWithConsole->setStatusTip(
        tr("When the console starts and no listener runs for its data directory, start one"));
    connect(startWithConsole, &QAction::toggled, this,
            [this](bool on) { m_settings->setValue(StartWithConsoleKey, on); });

    connect(monitor, &SyncMonitor::statusChanged, this, &ListenerMenu::updateActions);
    connect(monitor, &SyncMonitor::actionStarted, this, &ListenerMenu::updateActions);
    connect(monitor, &SyncMonitor::actionFinished, this, &ListenerMenu::updateActions);
    updateActions();
}

ListenerMenu::~ListenerMenu() = default;

QAction *ListenerMenu::addMonitorAction(const QString &objectName, const QString &text, const QString &action)
{
    QAction *a = addAction(text);
    a->setObjectName(objectName);
    connect(a, &QAction::triggered, m_monitor, [this, action] { m_monitor->runAction(action); });
    return a;
}

void ListenerMenu::updateActions()
{
    const SyncStatus status = m_monitor->status();
    const bool idle = !m_monitor->isBusy();
    const bool known = status.state != SyncStatus::State::Unknown;
    const bool running = status.listenerPid > 0;
    m_syncAction->setEnabled(idle && running);
    m_startAction->setEnabled(idle && known && !running);
    m_stopAction->setEnabled(idle && running);
    m_restartAction->setEnabled(idle && running);
    m_rebuildAction->setEnabled(idle && known);
}

} // namespace RelayDesk
